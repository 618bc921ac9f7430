import type { AppointmentStatus } from "@healthcare/validators";
import { ConflictError } from "../errors";

/** What can be done to an appointment. */
export type AppointmentAction = "confirm" | "complete" | "markNoShow" | "cancel" | "reschedule";

const ALLOWED: Record<AppointmentAction, readonly AppointmentStatus[]> = {
  confirm: ["requested"],
  complete: ["confirmed"],
  markNoShow: ["confirmed"],
  cancel: ["requested", "confirmed"],
  reschedule: ["requested", "confirmed"],
};

const RESULT: Record<Exclude<AppointmentAction, "reschedule">, AppointmentStatus> = {
  confirm: "confirmed",
  complete: "completed",
  markNoShow: "no_show",
  cancel: "cancelled",
};

const LABEL: Record<AppointmentStatus, string> = {
  requested: "requested",
  confirmed: "confirmed",
  completed: "completed",
  cancelled: "cancelled",
  no_show: "marked as a no-show",
};

/**
 * The lifecycle: requested -> confirmed -> completed; requested|confirmed -> cancelled;
 * confirmed -> no_show after the start. Throws ConflictError for any other change.
 */
export function nextStatus(
  current: AppointmentStatus,
  action: Exclude<AppointmentAction, "reschedule">,
  timing: { now: Date; startsAt: Date },
): AppointmentStatus {
  assertAllowed(current, action);
  if ((action === "complete" || action === "markNoShow") && timing.now < timing.startsAt) {
    throw new ConflictError(
      action === "complete"
        ? "An appointment can be completed only once it has started"
        : "A no-show can be recorded only after the start time",
      "invalid_transition",
    );
  }
  return RESULT[action];
}

/** Throws ConflictError when `action` is not allowed from `current`. */
export function assertAllowed(current: AppointmentStatus, action: AppointmentAction): void {
  if (!ALLOWED[action].includes(current)) {
    throw new ConflictError(
      `This appointment is ${LABEL[current]}; it cannot be ${actionLabel(action)}`,
      "invalid_transition",
    );
  }
}

function actionLabel(action: AppointmentAction): string {
  return {
    confirm: "confirmed",
    complete: "completed",
    markNoShow: "marked as a no-show",
    cancel: "cancelled",
    reschedule: "rescheduled",
  }[action];
}
