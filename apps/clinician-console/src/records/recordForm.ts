import { blankToUndefined, calendarDayIn } from "@healthcare/ui";
import type { RouterInputs, RouterOutputs } from "@healthcare/ui";
import { RECORD_TYPES } from "@healthcare/validators";

import type { CreateRecordInput, RecordType } from "@healthcare/validators";

/** A record as `medicalRecords.list` returns it. */
export type RecordSummary = RouterOutputs["medicalRecords"]["list"]["items"][number];
/** A record with its comments, as `medicalRecords.byId` returns it. */
export type RecordDetail = RouterOutputs["medicalRecords"]["byId"];

/** How each record type reads in the console. */
export const RECORD_TYPE_LABELS: Record<RecordType, string> = {
  checkup: "Checkup",
  diagnosis: "Diagnosis",
  prescription: "Prescription",
  lab_result: "Lab result",
  emergency: "Emergency",
};

/** The record types as Select options. */
export const RECORD_TYPE_OPTIONS = RECORD_TYPES.map((type) => ({
  value: type,
  label: RECORD_TYPE_LABELS[type],
}));

/** A record's clinical fields, in the order a chart shows them. */
export const CLINICAL_FIELDS = [
  { key: "description", label: "Description" },
  { key: "symptoms", label: "Symptoms" },
  { key: "diagnosis", label: "Diagnosis" },
  { key: "treatment", label: "Treatment" },
  { key: "medications", label: "Medications" },
  { key: "notes", label: "Notes" },
] as const;

/** The "Write record" form's values: text as typed. */
export interface RecordFormValues {
  type: RecordType;
  title: string;
  visitDate: string;
  appointmentId: string;
  description: string;
  symptoms: string;
  diagnosis: string;
  treatment: string;
  medications: string;
  notes: string;
}

/** An empty record for a visit on `visitDate` ("YYYY-MM-DD"). */
export function emptyRecordForm(visitDate: string): RecordFormValues {
  return {
    type: "checkup",
    title: "",
    visitDate,
    appointmentId: "",
    description: "",
    symptoms: "",
    diagnosis: "",
    treatment: "",
    medications: "",
    notes: "",
  };
}

/** A record of an appointment: linked to it, dated on the appointment's day in `timeZone`. */
export function recordFormFromAppointment(
  appointment: { id: string; startsAt: Date; reason?: string | null },
  timeZone: string,
): RecordFormValues {
  const reason = appointment.reason?.trim();
  return {
    ...emptyRecordForm(calendarDayIn(appointment.startsAt, timeZone)),
    appointmentId: appointment.id,
    title: reason ? reason.slice(0, 200) : "",
  };
}

/** The form's values as `medicalRecords.create` input for `patientId`: blanks are "not given". */
export function createRecordFormInput(values: RecordFormValues, patientId: string): CreateRecordInput {
  return {
    patientId,
    type: values.type,
    title: values.title.trim(),
    visitDate: values.visitDate,
    appointmentId: blankToUndefined(values.appointmentId),
    description: blankToUndefined(values.description),
    symptoms: blankToUndefined(values.symptoms),
    diagnosis: blankToUndefined(values.diagnosis),
    treatment: blankToUndefined(values.treatment),
    medications: blankToUndefined(values.medications),
    notes: blankToUndefined(values.notes),
  };
}

/** Appointment statuses a record can be written from: the visit happened or is about to. */
export function canWriteRecordFrom(status: string): boolean {
  return status === "completed" || status === "confirmed";
}

/** "Dr. Sarah Mitchell" or "Anna Weber": an author's name. */
export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}

/** The form's values for editing an existing record (its appointment link never changes). */
export function recordFormFromRecord(record: RecordDetail): RecordFormValues {
  return {
    type: record.type,
    title: record.title,
    visitDate: record.visitDate,
    appointmentId: record.appointmentId ?? "",
    description: record.description ?? "",
    symptoms: record.symptoms ?? "",
    diagnosis: record.diagnosis ?? "",
    treatment: record.treatment ?? "",
    medications: record.medications ?? "",
    notes: record.notes ?? "",
  };
}

/** The form's values as `medicalRecords.update` input: every field is sent, so a cleared one is cleared. */
export function updateRecordFormInput(
  values: RecordFormValues,
  id: string,
): RouterInputs["medicalRecords"]["update"] {
  return {
    id,
    type: values.type,
    title: values.title.trim(),
    visitDate: values.visitDate,
    description: values.description.trim(),
    symptoms: values.symptoms.trim(),
    diagnosis: values.diagnosis.trim(),
    treatment: values.treatment.trim(),
    medications: values.medications.trim(),
    notes: values.notes.trim(),
  };
}
