import { Badge } from "@mantine/core";
import type { BadgeProps } from "@mantine/core";
import type { AppointmentStatus } from "@healthcare/validators";
import { APPOINTMENT_STATUS_COLORS, APPOINTMENT_STATUS_LABELS } from "./appointmentStatus";

// The light variant writes in shade 9, which for yellow is below 4.5:1 on its tint: a darker amber.
const TEXT_COLORS: Partial<Record<AppointmentStatus, string>> = { requested: "#6e4b00" };

/** An appointment's status as a coloured badge: "Awaiting confirmation", "Confirmed", "Missed"... */
export function AppointmentStatusBadge({ status, ...props }: { status: AppointmentStatus } & BadgeProps) {
  return (
    <Badge
      variant="light"
      color={APPOINTMENT_STATUS_COLORS[status]}
      c={TEXT_COLORS[status]}
      tt="none"
      {...props}
    >
      {APPOINTMENT_STATUS_LABELS[status]}
    </Badge>
  );
}
