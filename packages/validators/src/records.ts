import { z } from "zod";
import { calendarDate, id, pageInput } from "./common";
import { RECORD_TYPES } from "./enums";

const clinicalText = (label: string) => z.string().trim().max(10_000, `${label} is too long`);

/** The clinical fields of a record; all optional free text. */
const recordFields = {
  description: clinicalText("Description").optional(),
  symptoms: clinicalText("Symptoms").optional(),
  diagnosis: clinicalText("Diagnosis").optional(),
  treatment: clinicalText("Treatment").optional(),
  medications: clinicalText("Medications").optional(),
  notes: clinicalText("Notes").optional(),
};

/**
 * `medicalRecords.create`: `patientId` omitted means the caller's own (patients). Unknown keys
 * (author, doctor, timestamps) are stripped: the server decides who wrote what.
 */
export const createRecordInput = z.object({
  patientId: id.optional(),
  type: z.enum(RECORD_TYPES),
  title: z.string().trim().min(2, "Give the record a title").max(200),
  visitDate: calendarDate,
  appointmentId: id.optional(),
  ...recordFields,
});
export type CreateRecordInput = z.input<typeof createRecordInput>;

/** `medicalRecords.update`: the author edits content; owner, author and links never change. */
export const updateRecordInput = z.object({
  id,
  type: z.enum(RECORD_TYPES).optional(),
  title: z.string().trim().min(2).max(200).optional(),
  visitDate: calendarDate.optional(),
  ...recordFields,
});

/** `medicalRecords.list`: a patient's records (default: the caller's own), by type and date. */
export const listRecordsInput = pageInput
  .extend({
    patientId: id.optional(),
    type: z.enum(RECORD_TYPES).optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
  })
  .default({ limit: 20 });

export const recordIdInput = z.object({ id });

/** `medicalRecords.addComment`. */
export const addCommentInput = z.object({
  recordId: id,
  comment: z.string().trim().min(1, "Write a comment").max(4000),
  isPrivate: z.boolean(),
});

/** `careTeam.assign` / `careTeam.unassign`. */
export const careTeamInput = z.object({ patientId: id, doctorId: id });

/** `careTeam.list`: a patient's care team (default: the caller's own). */
export const careTeamListInput = z.object({ patientId: id.optional() }).default({});

/** `careTeam.breakGlass`: emergency access, only with a reason. */
export const breakGlassInput = z.object({
  patientId: id,
  reason: z.string().trim().min(10, "Explain the emergency in a sentence").max(500),
});

/** `doctors.myPatients`. */
export const myPatientsInput = pageInput
  .extend({ search: z.string().trim().max(100).optional() })
  .default({ limit: 20 });

/** `audit.list` (admins). */
export const auditListInput = pageInput
  .extend({
    actorUserId: id.optional(),
    patientId: id.optional(),
    entityType: z.string().trim().max(50).optional(),
    action: z.string().trim().max(80).optional(),
    outcome: z.enum(["success", "denied", "failure"]).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .default({ limit: 50 });

/** `audit.myRecordAccess` (patients). */
export const myRecordAccessInput = pageInput.default({ limit: 50 });

/** An emergency contact (stored encrypted). */
export const emergencyContact = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  relationship: z.string().trim().max(100).default(""),
  phone: z.string().trim().min(5, "Phone is required").max(32),
});

/** Insurance details (stored encrypted). */
export const insuranceInfo = z.object({
  provider: z.string().trim().min(1, "Provider is required").max(200),
  policyNumber: z.string().trim().min(1, "Policy number is required").max(100),
  groupNumber: z.string().trim().max(100).default(""),
});

const patientProfileFields = {
  firstName: z.string().trim().min(1).max(100).optional(),
  lastName: z.string().trim().min(1).max(100).optional(),
  phone: z.string().trim().max(32).nullable().optional(),
  dateOfBirth: calendarDate.nullable().optional(),
  gender: z.enum(["female", "male", "other", "undisclosed"]).nullable().optional(),
  address: z.string().trim().max(500).nullable().optional(),
  emergencyContact: emergencyContact.nullable().optional(),
  insurance: insuranceInfo.nullable().optional(),
};

/** `patients.update`: the patient or an admin. */
export const updatePatientInput = z.object({ id, ...patientProfileFields });

/** `patients.create` (admin): an account for a patient who does not register themselves. */
export const createPatientInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address")),
  password: z.string().min(12, "Use at least 12 characters").max(128),
  firstName: z.string().trim().min(1, "First name is required").max(100),
  lastName: z.string().trim().min(1, "Last name is required").max(100),
  phone: patientProfileFields.phone,
  dateOfBirth: patientProfileFields.dateOfBirth,
  gender: patientProfileFields.gender,
  address: patientProfileFields.address,
  emergencyContact: patientProfileFields.emergencyContact,
  insurance: patientProfileFields.insurance,
});

export const patientIdInput = z.object({ id });
