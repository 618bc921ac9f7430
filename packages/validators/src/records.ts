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
