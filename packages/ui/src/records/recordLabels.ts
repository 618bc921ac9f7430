import { RECORD_TYPES } from "@healthcare/validators";
import type { CareTeamSource, RecordType } from "@healthcare/validators";

/** How each record type is named on screen. */
export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  checkup: "Check-up",
  diagnosis: "Diagnosis",
  prescription: "Prescription",
  lab_result: "Lab result",
  emergency: "Emergency",
};

/** The Mantine colour of each record type's badge. */
export const RECORD_TYPE_COLORS: Record<RecordType, string> = {
  checkup: "blue",
  diagnosis: "grape",
  prescription: "teal",
  lab_result: "indigo",
  emergency: "red",
};

/** The record types as options of a select, in the order the API lists them. */
export const RECORD_TYPE_OPTIONS: { value: RecordType; label: string }[] = RECORD_TYPES.map((type) => ({
  value: type,
  label: RECORD_TYPE_LABELS[type],
}));

/** True for a string that names a record type. */
export function isRecordType(value: string | null | undefined): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value ?? "");
}

/** How a doctor joined a patient's care team. */
export const CARE_TEAM_SOURCE_LABELS: Record<CareTeamSource, string> = {
  admin: "Assigned by the clinic",
  appointment: "From an appointment",
};

/** What an audited action means for the patient whose data it touched. */
export const ACCESS_ACTION_LABELS: Record<string, string> = {
  "medicalRecords.byId": "Viewed a record",
  "medicalRecords.list": "Viewed your records",
  "medicalRecords.create": "Added a record",
  "medicalRecords.update": "Changed a record",
  "medicalRecords.delete": "Deleted a record",
  "medicalRecords.addComment": "Commented on a record",
  "careTeam.list": "Viewed your care team",
  "careTeam.assign": "Added a doctor to your care team",
  "careTeam.unassign": "Removed a doctor from your care team",
  "breakGlass.open": "Emergency access",
  "appointments.create": "Booked an appointment",
  "appointments.update": "Changed an appointment",
  "appointments.reschedule": "Moved an appointment",
  "appointments.confirm": "Confirmed an appointment",
  "appointments.complete": "Completed an appointment",
  "appointments.markNoShow": "Marked an appointment as missed",
  "appointments.cancel": "Cancelled an appointment",
  "appointments.delete": "Removed an appointment",
  "patients.byId": "Viewed your profile",
  "patients.update": "Changed your profile",
};

/** A readable label for an audited action; an action without one is shown as it is. */
export function accessActionLabel(action: string): string {
  return Object.hasOwn(ACCESS_ACTION_LABELS, action) ? ACCESS_ACTION_LABELS[action]! : action;
}

/** Who wrote a record, from the patient's point of view: "Dr. Emily Clarke" or "You". */
export function recordAuthorLabel(record: {
  kind: "clinical" | "self_reported";
  author: { firstName: string; lastName: string };
}): string {
  if (record.kind === "self_reported") return "You";
  return `Dr. ${record.author.firstName} ${record.author.lastName}`;
}

/** Who did something, as a patient reads it: "Dr. Emily Clarke", "Ada Admin", or "Someone" when unknown. */
export function actorName(actor: {
  actorRole: string | null;
  actorFirstName: string | null;
  actorLastName: string | null;
}): string {
  const name = [actor.actorFirstName, actor.actorLastName].filter(Boolean).join(" ");
  if (!name) return "Someone";
  return actor.actorRole === "doctor" ? `Dr. ${name}` : name;
}

/** An instant as the viewer's clock shows it ("22 Nov 2026, 14:05"), in the given time zone. */
export function formatInstant(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    instant,
  );
}
