import { trpc } from "@healthcare/ui";
import { Anchor, EmptyState, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { AppointmentActions } from "../appointments/AppointmentActions";
import { AppointmentStatusBadge } from "@healthcare/ui";
import type { Appointment } from "../appointments/types";
import { patientName } from "../appointments/types";
import { PageHeader } from "../layout/PageHeader";
import { QueryState } from "../layout/QueryState";
import { formatLongDate, formatTimeRange, zoneLabel } from "../time/formatTime";

/** One appointment of the agenda: time, patient, reason, status and what can be done next. */
function AgendaItem({ appointment, timeZone }: { appointment: Appointment; timeZone: string }) {
  const time = formatTimeRange(appointment.startsAt, appointment.endsAt, timeZone);
  return (
    <Paper component="li" withBorder p="md" radius="md" aria-label={`${time}, ${patientName(appointment)}`}>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Group align="flex-start" gap="lg" wrap="nowrap" style={{ flex: "1 1 320px", minWidth: 0 }}>
          <Text
            fw={700}
            miw={150}
            style={{ flexShrink: 0, whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}
          >
            {time}
          </Text>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{patientName(appointment)}</Text>
            <Text size="sm" c="dimmed">
              {appointment.reason}
            </Text>
            {appointment.cancellationReason && (
              <Text size="sm" c="dimmed">
                Why cancelled: {appointment.cancellationReason}
              </Text>
            )}
          </Stack>
        </Group>
        <Stack gap="xs" align="flex-end" ml="auto">
          <AppointmentStatusBadge status={appointment.status} />
          <AppointmentActions appointment={appointment} timeZone={timeZone} />
        </Stack>
      </Group>
    </Paper>
  );
}

/** The doctor's agenda for today (the viewer's own day and zone), in time order. */
export function TodayPage() {
  const today = trpc.appointments.today.useQuery(undefined, { refetchInterval: 60_000 });
  const data = today.data;
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader
        title="Today"
        description={
          data
            ? `${formatLongDate(data.date)} · times in ${zoneLabel(data.timeZone)}`
            : "Your appointments for today"
        }
      />
      {!data ? (
        <QueryState
          error={today.error}
          onRetry={() => void today.refetch()}
          label="Loading today's appointments"
        />
      ) : data.items.length === 0 ? (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            title="Nothing on your agenda today"
            description={
              <>
                No appointments are booked for today.{" "}
                <Anchor component={Link} to="/calendar">
                  See the coming days
                </Anchor>
              </>
            }
          />
        </Paper>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          m={0}
          p={0}
          aria-label="Today's appointments"
          style={{ listStyle: "none" }}
        >
          {[...data.items]
            .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
            .map((appointment) => (
              <AgendaItem key={appointment.id} appointment={appointment} timeZone={data.timeZone} />
            ))}
        </Stack>
      )}
    </Stack>
  );
}
