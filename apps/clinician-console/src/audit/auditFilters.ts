/** An audit event's outcome. */
export type AuditOutcome = "success" | "denied" | "failure";

/** The audit page's filters, as typed ("" means "any"). */
export interface AuditFilters {
  outcome: AuditOutcome | "";
  action: string;
  patientId: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = { outcome: "", action: "", patientId: "" };

/** The colour of each outcome's badge. */
export const AUDIT_OUTCOME_COLORS: Record<AuditOutcome, string> = {
  success: "teal",
  denied: "orange",
  failure: "red",
};

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: "Success",
  denied: "Denied",
  failure: "Failure",
};

/** The filters as `audit.list` input (without the cursor): blank filters are left out. */
export function auditListInput(
  filters: AuditFilters,
  limit = 50,
): { limit: number; outcome?: AuditOutcome; action?: string; patientId?: string } {
  const action = filters.action.trim();
  const patientId = filters.patientId.trim();
  return {
    limit,
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(action ? { action } : {}),
    ...(patientId ? { patientId } : {}),
  };
}

/** "Dr. Sarah Mitchell" style name of an event's actor, or a fallback when there is none. */
export function auditActorName(event: {
  actorFirstName: string | null;
  actorLastName: string | null;
  actorUserId: string | null;
}): string {
  const name = [event.actorFirstName, event.actorLastName].filter(Boolean).join(" ");
  if (name) return name;
  return event.actorUserId ? `User ${event.actorUserId}` : "System";
}
