import { DataList, Drawer, Stack, Text } from "@mantine/core";
import { AppointmentActions } from "../appointments/AppointmentActions";
import { AppointmentStatusBadge } from "@healthcare/ui";
import type { Appointment } from "../appointments/types";
import { patientName } from "../appointments/types";
import { formatLongDate, formatTimeRange, zoneLabel } from "../time/formatTime";
import { wallClockOf } from "../time/zonedTime";

/** An appointment's details and the actions its status allows, beside the calendar. */
export function AppointmentDrawer({
  appointment,
  timeZone,
  onClose,
}: {
  appointment: Appointment | null;
  timeZone: string;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={appointment !== null}
      onClose={onClose}
      position="right"
      title={appointment ? patientName(appointment) : "Appointment"}
      closeButtonProps={{ "aria-label": "Close details" }}
    >
      {appointment && (
        <Stack gap="lg">
          <AppointmentStatusBadge status={appointment.status} />
          <DataList labelWidth="8rem" withDivider>
            <DataList.Item>
              <DataList.ItemLabel>Patient</DataList.ItemLabel>
              <DataList.ItemValue>{patientName(appointment)}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>When</DataList.ItemLabel>
              <DataList.ItemValue>
                {formatLongDate(wallClockOf(appointment.startsAt, timeZone).date)}
                <br />
                {formatTimeRange(appointment.startsAt, appointment.endsAt, timeZone)}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>Reason</DataList.ItemLabel>
              <DataList.ItemValue>{appointment.reason}</DataList.ItemValue>
            </DataList.Item>
            {appointment.notes && (
              <DataList.Item>
                <DataList.ItemLabel>Notes</DataList.ItemLabel>
                <DataList.ItemValue>{appointment.notes}</DataList.ItemValue>
              </DataList.Item>
            )}
            {appointment.cancellationReason && (
              <DataList.Item>
                <DataList.ItemLabel>Why cancelled</DataList.ItemLabel>
                <DataList.ItemValue>{appointment.cancellationReason}</DataList.ItemValue>
              </DataList.Item>
            )}
          </DataList>
          <Text size="sm" c="dimmed">
            Times in {zoneLabel(timeZone, appointment.startsAt)}, the doctor&apos;s time zone.
          </Text>
          <AppointmentActions key={appointment.id} appointment={appointment} timeZone={timeZone} />
        </Stack>
      )}
    </Drawer>
  );
}
