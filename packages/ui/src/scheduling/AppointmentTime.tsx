import { Stack, Text } from "@mantine/core";
import { appointmentWhen } from "./timeLabels";
import type { TimeRange } from "./zonedTime";

/**
 * When an appointment takes place: the day and times in the doctor's zone, and below them the
 * viewer's own times where their clock differs.
 */
export function AppointmentTime({
  range,
  doctorZone,
  viewerZone,
  size = "md",
}: {
  range: TimeRange;
  doctorZone: string;
  viewerZone: string;
  size?: "sm" | "md";
}) {
  const when = appointmentWhen(range, doctorZone, viewerZone);
  return (
    <Stack gap={2}>
      <Text fw={600} size={size}>
        {when.date}, {when.time}{" "}
        <Text span size="sm" fw={400} c="dimmed">
          {when.zone} (doctor)
        </Text>
      </Text>
      {when.viewer && (
        <Text size="sm" c="dimmed">
          {when.viewer.date ? `${when.viewer.date}, ` : ""}
          {when.viewer.time} your time ({when.viewer.zone})
        </Text>
      )}
    </Stack>
  );
}
