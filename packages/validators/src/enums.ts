/** Domain vocabularies shared by the database schema, the API and both SPAs. */
export const ROLES = ["patient", "doctor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const DOCTOR_APPROVAL_STATES = ["pending", "approved", "rejected"] as const;
export type DoctorApprovalState = (typeof DOCTOR_APPROVAL_STATES)[number];

export const APPOINTMENT_STATUSES = ["requested", "confirmed", "completed", "cancelled", "no_show"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses in which an appointment holds its slot (no one else may book it). */
export const SLOT_HOLDING_STATUSES = [
  "requested",
  "confirmed",
] as const satisfies readonly AppointmentStatus[];

export const RECORD_TYPES = ["checkup", "diagnosis", "prescription", "lab_result", "emergency"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const GENDERS = ["female", "male", "other", "undisclosed"] as const;
export type Gender = (typeof GENDERS)[number];

export const CARE_TEAM_SOURCES = ["admin", "appointment"] as const;
export type CareTeamSource = (typeof CARE_TEAM_SOURCES)[number];

export const AUDIT_OUTCOMES = ["success", "denied", "failure"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const CURRENCIES = ["USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "INR"] as const;
export type Currency = (typeof CURRENCIES)[number];
