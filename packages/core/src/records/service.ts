import { newId } from "@healthcare/db";
import type { CreateRecordInput, RecordType } from "@healthcare/validators";
import {
  addCommentInput,
  createRecordInput,
  listRecordsInput,
  updateRecordInput,
} from "@healthcare/validators";
import { and, asc, desc, eq, gte, isNull, lt, lte, or } from "drizzle-orm";
import type { z } from "zod";
import type { PatientRelation } from "../access/records";
import {
  canChangeRecord,
  canComment,
  canReadRecords,
  canWriteRecord,
  visibleComments,
} from "../access/records";
import { appendAudit } from "../audit";
import type { Actor, Services } from "../context";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { enqueueEvent } from "../outbox";
import { decodeCursor, toPage } from "../pagination";
import { relationTo } from "./relation";

/** The clinical free-text fields of a record (encrypted at rest). */
export const CLINICAL_FIELDS = [
  "description",
  "symptoms",
  "diagnosis",
  "treatment",
  "medications",
  "notes",
] as const;
type ClinicalField = (typeof CLINICAL_FIELDS)[number];
type ClinicalText = Record<ClinicalField, string | null>;

/** A medical record as the API returns it. */
export interface RecordView extends ClinicalText {
  id: string;
  patientId: string;
  type: RecordType;
  title: string;
  visitDate: string;
  /** "clinical" when a doctor wrote it, "self_reported" when the patient did. */
  kind: "clinical" | "self_reported";
  author: { userId: string; firstName: string; lastName: string };
  doctorId: string | null;
  appointmentId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A comment as the API returns it. */
export interface CommentView {
  id: string;
  recordId: string;
  comment: string;
  isPrivate: boolean;
  author: { userId: string; firstName: string; lastName: string };
  createdAt: Date;
}

type Audit = Parameters<typeof appendAudit>[1];
const audit = (services: Services, actor: Actor, entry: Omit<Audit, "actorUserId" | "actorRole">) =>
  appendAudit(services, { actorUserId: actor.userId, actorRole: actor.role, ...entry });

/** Encrypts clinical text for one row (passes text through when no cipher is configured). */
function seal(
  services: Services,
  table: string,
  column: string,
  rowId: string,
  value: string | null | undefined,
): string | null | undefined {
  if (value === undefined || value === null) return value;
  return services.cipher ? services.cipher.encrypt(value, { table, column, rowId }) : value;
}

function unseal(
  services: Services,
  table: string,
  column: string,
  rowId: string,
  value: string | null,
): string | null {
  if (value === null) return null;
  return services.cipher.decrypt(value, { table, column, rowId });
}

const SQL_COLUMN: Record<ClinicalField, string> = {
  description: "description",
  symptoms: "symptoms",
  diagnosis: "diagnosis",
  treatment: "treatment",
  medications: "medications",
  notes: "notes",
};

function recordColumns(services: Services) {
  const t = services.database.tables;
  return {
    id: t.medicalRecords.id,
    patientId: t.medicalRecords.patientId,
    type: t.medicalRecords.type,
    title: t.medicalRecords.title,
    visitDate: t.medicalRecords.visitDate,
    authorUserId: t.medicalRecords.authorUserId,
    authorFirstName: t.users.firstName,
    authorLastName: t.users.lastName,
    doctorId: t.medicalRecords.doctorId,
    appointmentId: t.medicalRecords.appointmentId,
    createdAt: t.medicalRecords.createdAt,
    updatedAt: t.medicalRecords.updatedAt,
    description: t.medicalRecords.description,
    symptoms: t.medicalRecords.symptoms,
    diagnosis: t.medicalRecords.diagnosis,
    treatment: t.medicalRecords.treatment,
    medications: t.medicalRecords.medications,
    notes: t.medicalRecords.notes,
  };
}

type RecordRow = {
  [K in keyof ReturnType<typeof recordColumns>]: ReturnType<typeof recordColumns>[K]["_"]["data"] | null;
};

function toRecordView(services: Services, r: RecordRow): RecordView {
  const text = Object.fromEntries(
    CLINICAL_FIELDS.map((f) => [f, unseal(services, "medical_records", SQL_COLUMN[f], r.id!, r[f])]),
  ) as ClinicalText;
  return {
    id: r.id!,
    patientId: r.patientId!,
    type: r.type!,
    title: r.title!,
    visitDate: r.visitDate!,
    kind: r.doctorId ? "clinical" : "self_reported",
    author: { userId: r.authorUserId!, firstName: r.authorFirstName!, lastName: r.authorLastName! },
    doctorId: r.doctorId,
    appointmentId: r.appointmentId,
    createdAt: r.createdAt!,
    updatedAt: r.updatedAt!,
    ...text,
  };
}

async function loadRecord(services: Services, id: string): Promise<RecordView | null> {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select(recordColumns(services))
    .from(t.medicalRecords)
    .innerJoin(t.users, eq(t.users.id, t.medicalRecords.authorUserId))
    .where(and(eq(t.medicalRecords.id, id), isNull(t.medicalRecords.deletedAt)));
  return row ? toRecordView(services, row as RecordRow) : null;
}

/**
 * Loads a record and the caller's relation to its patient, or answers NOT_FOUND (audited as a
 * denial) when the caller may not read it: existence never leaks.
 */
async function readableRecord(services: Services, actor: Actor, id: string, action: string) {
  const record = await loadRecord(services, id);
  const relation = record ? await relationTo(services, actor, record.patientId) : null;
  if (!record || !relation || !canReadRecords(actor, relation)) {
    await audit(services, actor, {
      action,
      entityType: "medical_record",
      entityId: id,
      patientId: record?.patientId ?? null,
      outcome: "denied",
    });
    throw new NotFoundError("Record not found");
  }
  return { record, relation };
}

async function loadComments(services: Services, recordId: string): Promise<CommentView[]> {
  const t = services.database.tables;
  const rows = await services.database.db
    .select({
      id: t.recordComments.id,
      recordId: t.recordComments.recordId,
      body: t.recordComments.body,
      isPrivate: t.recordComments.isPrivate,
      authorUserId: t.recordComments.authorUserId,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      createdAt: t.recordComments.createdAt,
    })
    .from(t.recordComments)
    .innerJoin(t.users, eq(t.users.id, t.recordComments.authorUserId))
    .where(and(eq(t.recordComments.recordId, recordId), isNull(t.recordComments.deletedAt)))
    .orderBy(asc(t.recordComments.createdAt), asc(t.recordComments.id));
  return rows.map((c) => ({
    id: c.id,
    recordId: c.recordId,
    comment: unseal(services, "record_comments", "body", c.id, c.body)!,
    isPrivate: c.isPrivate,
    author: { userId: c.authorUserId, firstName: c.firstName, lastName: c.lastName },
    createdAt: c.createdAt,
  }));
}

/** One record with its comments; patients never receive private comments. */
export async function getRecord(
  services: Services,
  actor: Actor,
  id: string,
): Promise<RecordView & { comments: CommentView[] }> {
  const { record } = await readableRecord(services, actor, id, "medicalRecords.byId");
  const comments = visibleComments(actor, await loadComments(services, id));
  await audit(services, actor, {
    action: "medicalRecords.byId",
    entityType: "medical_record",
    entityId: id,
    patientId: record.patientId,
    outcome: "success",
  });
  return { ...record, comments };
}

/** A patient's records (the caller's own by default), newest visit first, by type and date. */
export async function listRecords(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof listRecordsInput>,
) {
  const input = listRecordsInput.parse(rawInput);
  const patientId = input.patientId ?? actor.patientId;
  if (!patientId) throw new ValidationError("Choose the patient", { patientId: ["Required"] });
  const relation = await relationTo(services, actor, patientId);
  if (!relation.patientExists || !canReadRecords(actor, relation)) {
    await audit(services, actor, {
      action: "medicalRecords.list",
      entityType: "patient",
      entityId: patientId,
      patientId,
      outcome: "denied",
    });
    throw new NotFoundError("Patient not found");
  }
  const t = services.database.tables;
  const conditions = [
    eq(t.medicalRecords.patientId, patientId),
    isNull(t.medicalRecords.deletedAt),
    input.type ? eq(t.medicalRecords.type, input.type) : undefined,
    input.from ? gte(t.medicalRecords.visitDate, input.from) : undefined,
    input.to ? lte(t.medicalRecords.visitDate, input.to) : undefined,
  ];
  if (input.cursor) {
    const [visitDate, id] = decodeCursor(input.cursor, ["string", "string"]) as [string, string];
    conditions.push(
      or(
        lt(t.medicalRecords.visitDate, visitDate),
        and(eq(t.medicalRecords.visitDate, visitDate), lt(t.medicalRecords.id, id)),
      ),
    );
  }
  const rows = await services.database.db
    .select(recordColumns(services))
    .from(t.medicalRecords)
    .innerJoin(t.users, eq(t.users.id, t.medicalRecords.authorUserId))
    .where(and(...conditions))
    .orderBy(desc(t.medicalRecords.visitDate), desc(t.medicalRecords.id))
    .limit(input.limit + 1);
  await audit(services, actor, {
    action: "medicalRecords.list",
    entityType: "patient",
    entityId: patientId,
    patientId,
    outcome: "success",
  });
  return toPage(
    rows.map((r) => toRecordView(services, r as RecordRow)),
    input.limit,
    (r) => [r.visitDate, r.id],
  );
}

/** Refuses a write the caller may not make: NOT_FOUND when they cannot even read the patient. */
async function refuse(
  services: Services,
  actor: Actor,
  relation: PatientRelation & { patientExists: boolean },
  entry: { action: string; entityType: string; entityId?: string | null },
): Promise<never> {
  await audit(services, actor, { ...entry, patientId: relation.patientId, outcome: "denied" });
  if (!relation.patientExists || !canReadRecords(actor, relation)) throw new NotFoundError("Not found");
  throw new ForbiddenError("You cannot do this for this patient");
}

/**
 * Creates a record: self-reported by the patient, or clinical by a care-team doctor (who may link
 * an appointment of that patient with that doctor). The author is always the caller.
 */
export async function createRecord(
  services: Services,
  actor: Actor,
  rawInput: CreateRecordInput,
): Promise<RecordView> {
  const input = createRecordInput.parse(rawInput);
  const patientId = actor.role === "patient" ? actor.patientId : input.patientId;
  if (!patientId) throw new ValidationError("Choose the patient", { patientId: ["Required"] });
  if (actor.role === "patient" && input.patientId && input.patientId !== actor.patientId) {
    const relation = await relationTo(services, actor, input.patientId);
    return refuse(services, actor, relation, {
      action: "medicalRecords.create",
      entityType: "medical_record",
    });
  }
  const relation = await relationTo(services, actor, patientId);
  const kind = relation.patientExists ? canWriteRecord(actor, relation) : null;
  if (!kind)
    return refuse(services, actor, relation, {
      action: "medicalRecords.create",
      entityType: "medical_record",
    });
  const doctorId = kind === "clinical" ? actor.doctorId : null;
  const t = services.database.tables;
  if (input.appointmentId) {
    if (!doctorId)
      throw new ValidationError("Only a doctor's record can be linked to an appointment", {
        appointmentId: ["Not for self-reported records"],
      });
    const [appointment] = await services.database.db
      .select({ patientId: t.appointments.patientId, doctorId: t.appointments.doctorId })
      .from(t.appointments)
      .where(eq(t.appointments.id, input.appointmentId));
    if (!appointment || appointment.patientId !== patientId || appointment.doctorId !== doctorId) {
      throw new ValidationError("The appointment must be this patient's appointment with you", {
        appointmentId: ["Not an appointment of this patient with you"],
      });
    }
  }
  const id = newId();
  const now = services.clock.now();
  const text = Object.fromEntries(
    CLINICAL_FIELDS.map((f) => [f, seal(services, "medical_records", SQL_COLUMN[f], id, input[f] ?? null)]),
  );
  await services.database.transaction(async (tx) => {
    await tx.insert(t.medicalRecords).values({
      id,
      patientId,
      type: input.type,
      title: input.title,
      visitDate: input.visitDate,
      authorUserId: actor.userId,
      doctorId,
      appointmentId: input.appointmentId ?? null,
      createdAt: now,
      updatedAt: now,
      ...text,
    });
    await enqueueEvent(services, tx, "record.created", {
      recordId: id,
      patientId,
      doctorId,
      authorUserId: actor.userId,
      kind,
    });
    await audit(services, actor, {
      action: "medicalRecords.create",
      entityType: "medical_record",
      entityId: id,
      patientId,
      outcome: "success",
    });
  });
  return (await loadRecord(services, id))!;
}

/** The author edits the content of their record; owner, author and links never change. */
export async function updateRecord(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof updateRecordInput>,
): Promise<RecordView> {
  const input = updateRecordInput.parse(rawInput);
  const existing = await loadRecord(services, input.id);
  const relation = await relationTo(services, actor, existing?.patientId ?? "");
  if (!existing || !canChangeRecord(actor, { authorUserId: existing.author.userId }, relation)) {
    if (!existing) {
      await audit(services, actor, {
        action: "medicalRecords.update",
        entityType: "medical_record",
        entityId: input.id,
        outcome: "denied",
      });
      throw new NotFoundError("Record not found");
    }
    return refuse(services, actor, relation, {
      action: "medicalRecords.update",
      entityType: "medical_record",
      entityId: input.id,
    });
  }
  const t = services.database.tables;
  const text = Object.fromEntries(
    CLINICAL_FIELDS.filter((f) => input[f] !== undefined).map((f) => [
      f,
      seal(services, "medical_records", SQL_COLUMN[f], input.id, input[f] === "" ? null : input[f]),
    ]),
  );
  await services.database.transaction(async (tx) => {
    await tx
      .update(t.medicalRecords)
      .set({ type: input.type, title: input.title, visitDate: input.visitDate, ...text })
      .where(eq(t.medicalRecords.id, input.id));
    await audit(services, actor, {
      action: "medicalRecords.update",
      entityType: "medical_record",
      entityId: input.id,
      patientId: existing.patientId,
      outcome: "success",
    });
  });
  return (await loadRecord(services, input.id))!;
}

/** The author removes their record: a soft delete, so the clinical history is retained. */
export async function deleteRecord(services: Services, actor: Actor, id: string): Promise<{ ok: true }> {
  const existing = await loadRecord(services, id);
  const relation = await relationTo(services, actor, existing?.patientId ?? "");
  if (!existing) {
    await audit(services, actor, {
      action: "medicalRecords.delete",
      entityType: "medical_record",
      entityId: id,
      outcome: "denied",
    });
    throw new NotFoundError("Record not found");
  }
  if (!canChangeRecord(actor, { authorUserId: existing.author.userId }, relation))
    return refuse(services, actor, relation, {
      action: "medicalRecords.delete",
      entityType: "medical_record",
      entityId: id,
    });
  const t = services.database.tables;
  await services.database.transaction(async (tx) => {
    await tx
      .update(t.medicalRecords)
      .set({ deletedAt: services.clock.now() })
      .where(eq(t.medicalRecords.id, id));
    await audit(services, actor, {
      action: "medicalRecords.delete",
      entityType: "medical_record",
      entityId: id,
      patientId: existing.patientId,
      outcome: "success",
    });
  });
  return { ok: true };
}

/** A care-team doctor comments on a record: private (clinicians only) or shared with the patient. */
export async function addComment(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof addCommentInput>,
): Promise<CommentView> {
  const input = addCommentInput.parse(rawInput);
  const record = await loadRecord(services, input.recordId);
  const relation = await relationTo(services, actor, record?.patientId ?? "");
  if (!record) {
    await audit(services, actor, {
      action: "medicalRecords.addComment",
      entityType: "medical_record",
      entityId: input.recordId,
      outcome: "denied",
    });
    throw new NotFoundError("Record not found");
  }
  if (!canComment(actor, relation))
    return refuse(services, actor, relation, {
      action: "medicalRecords.addComment",
      entityType: "medical_record",
      entityId: input.recordId,
    });
  const t = services.database.tables;
  const id = newId();
  const now = services.clock.now();
  await services.database.transaction(async (tx) => {
    await tx.insert(t.recordComments).values({
      id,
      recordId: input.recordId,
      authorUserId: actor.userId,
      body: seal(services, "record_comments", "body", id, input.comment)!,
      isPrivate: input.isPrivate,
      createdAt: now,
      updatedAt: now,
    });
    if (!input.isPrivate)
      await enqueueEvent(services, tx, "record.comment_shared", {
        recordId: input.recordId,
        commentId: id,
        patientId: record.patientId,
        authorUserId: actor.userId,
      });
    await audit(services, actor, {
      action: "medicalRecords.addComment",
      entityType: "record_comment",
      entityId: id,
      patientId: record.patientId,
      outcome: "success",
    });
  });
  const comments = await loadComments(services, input.recordId);
  return comments.find((c) => c.id === id)!;
}
