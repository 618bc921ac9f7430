import { AppointmentStatusBadge, AppointmentTime, appointmentWhen } from "@healthcare/ui";
import { Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { doctorName } from "../doctors/doctorFacts";
import { useViewerZone } from "../scheduling";
import type { Appointment } from "./appointmentTypes";

/** One appointment in a list: when, with whom, why, its status and the way to its page. */
export function AppointmentCard({ appointment }: { appointment: Appointment }) {
  const viewerZone = useViewerZone();
  const { doctor } = appointment;
  const when = appointmentWhen(appointment, doctor.timeZone, viewerZone);
  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={6} style={{ flex: "1 1 20rem" }}>
          <AppointmentTime
            range={appointment}
            doctorZone={doctor.timeZone}
            viewerZone={viewerZone}
            size="sm"
          />
          <Text size="sm">
            {doctorName(doctor)} · {doctor.specialization}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={2}>
            Reason: {appointment.reason}
          </Text>
        </Stack>
        <Stack gap="xs" align="flex-end">
          <AppointmentStatusBadge status={appointment.status} />
          <Anchor
            component={Link}
            to={`/appointments/${appointment.id}`}
            size="sm"
            fw={600}
            aria-label={`Details: ${when.date}, ${when.time}, ${doctorName(doctor)}`}
          >
            Details
          </Anchor>
        </Stack>
      </Group>
    </Paper>
  );
}
