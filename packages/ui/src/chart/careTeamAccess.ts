import { errorCode } from "../api/errors";

/**
 * True when a query about a patient's clinical data failed because the caller is outside the
 * patient's care team: the server answers NOT_FOUND so as not to reveal what exists.
 */
export function isOutsideCareTeam(error: unknown): boolean {
  return errorCode(error) === "NOT_FOUND";
}

/** The end of an emergency (break-glass) access while it lasts; null once it has ended. */
export function activeEmergencyAccess(until: Date | null, now: Date = new Date()): Date | null {
  return until !== null && until.getTime() > now.getTime() ? until : null;
}
