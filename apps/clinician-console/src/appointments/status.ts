import { APPOINTMENT_STATUS_COLORS, APPOINTMENT_STATUS_LABELS } from "@healthcare/ui";
import type { AppointmentStatus } from "@healthcare/validators";

/** How each appointment status is named on screen (the same words as the patient portal). */
export const STATUS_LABELS: Record<AppointmentStatus, string> = APPOINTMENT_STATUS_LABELS;

/** The colour of each status, in badges and on the calendar (the same as the patient portal). */
export const STATUS_COLORS: Record<AppointmentStatus, string> = APPOINTMENT_STATUS_COLORS;

/** What a clinician can do to an appointment. */
export type AppointmentAction = "confirm" | "complete" | "markNoShow" | "cancel";

/** The button text of each action. */
export const ACTION_LABELS: Record<AppointmentAction, string> = {
  confirm: "Confirm",
  complete: "Complete",
  markNoShow: "Mark no-show",
  cancel: "Cancel",
};

/** The actions the lifecycle allows from a status, in the order the buttons show. */
export function actionsFor(status: AppointmentStatus): AppointmentAction[] {
  switch (status) {
    case "requested":
      return ["confirm", "cancel"];
    case "confirmed":
      return ["complete", "markNoShow", "cancel"];
    default:
      return [];
  }
}

/** Whether an appointment no longer takes place (drawn faded on the calendar). */
export function isVoid(status: AppointmentStatus): boolean {
  return status === "cancelled" || status === "no_show";
}
