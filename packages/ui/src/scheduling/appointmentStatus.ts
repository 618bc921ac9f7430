import { SLOT_HOLDING_STATUSES } from "@healthcare/validators";
import type { AppointmentStatus } from "@healthcare/validators";

/** How each appointment status is named for patients and staff. */
export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  requested: "Awaiting confirmation",
  confirmed: "Confirmed",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "Missed",
};

/** The Mantine colour of each status's badge. */
export const APPOINTMENT_STATUS_COLORS: Record<AppointmentStatus, string> = {
  requested: "yellow",
  confirmed: "teal",
  completed: "blue",
  cancelled: "gray",
  no_show: "red",
};

/** True while an appointment holds its slot and may still be cancelled or moved. */
export function isActiveAppointment(status: AppointmentStatus): boolean {
  return (SLOT_HOLDING_STATUSES as readonly AppointmentStatus[]).includes(status);
}
