import { errorCode, serverZodError } from "../api/errors";

/**
 * Why a chosen slot could not be booked or moved to: `taken` when someone else booked it in the
 * meantime (CONFLICT), `unavailable` when it is no longer bookable (BAD_REQUEST on `startsAt`,
 * e.g. the minimum notice has passed); null for any other failure, which the form shows.
 */
export type SlotProblem = "taken" | "unavailable";

/** Reads a failed `appointments.create` or `appointments.reschedule` for a lost slot. */
export function slotProblem(error: unknown): SlotProblem | null {
  const code = errorCode(error);
  if (code === "CONFLICT") {
    // Other conflicts (the patient's own overlapping visit, a concurrent status change) are not
    // about the slot: the server says which with `data.conflictReason`.
    const data =
      typeof error === "object" && error !== null && "data" in error
        ? (error.data as { conflictReason?: unknown } | null)
        : null;
    return data?.conflictReason === "slot_taken" ? "taken" : null;
  }
  if (code === "BAD_REQUEST" && serverZodError(error)?.fieldErrors.startsAt?.length) return "unavailable";
  return null;
}

/** The friendly words for a lost slot, shown above fresh slots. */
export const SLOT_PROBLEM_MESSAGES: Record<SlotProblem, string> = {
  taken: "Sorry, that time was just booked by someone else. Here are the free times now.",
  unavailable: "Sorry, that time can no longer be booked. Here are the free times now.",
};
