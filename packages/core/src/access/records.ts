import type { Actor } from "../context";

/** What is known about the caller's relation to one patient. */
export interface PatientRelation {
  patientId: string;
  /** The doctor is on the patient's care team (an active assignment). */
  isCareTeam: boolean;
  /** The caller holds an unexpired break-glass grant for this patient. */
  hasBreakGlass: boolean;
}

const isApprovedDoctor = (actor: Actor) =>
  actor.role === "doctor" && actor.doctorApproved && actor.doctorId !== null;
const isOwner = (actor: Actor, patientId: string) =>
  actor.role === "patient" && actor.patientId === patientId;

/**
 * Who may read a patient's medical records: the patient, a care-team doctor, and a doctor or
 * admin holding break-glass access. Admins manage accounts but do not read clinical content
 * without break-glass.
 */
export function canReadRecords(actor: Actor, relation: PatientRelation): boolean {
  if (isOwner(actor, relation.patientId)) return true;
  if (isApprovedDoctor(actor)) return relation.isCareTeam || relation.hasBreakGlass;
  if (actor.role === "admin") return relation.hasBreakGlass;
  return false;
}

/** Who may write a record: the patient (self-reported) and care-team doctors (clinical). */
export function canWriteRecord(actor: Actor, relation: PatientRelation): "self_reported" | "clinical" | null {
  if (isOwner(actor, relation.patientId)) return "self_reported";
  if (isApprovedDoctor(actor) && relation.isCareTeam) return "clinical";
  return null;
}

/** Only the author edits or deletes a record, and only while they could still write it. */
export function canChangeRecord(
  actor: Actor,
  record: { authorUserId: string },
  relation: PatientRelation,
): boolean {
  return record.authorUserId === actor.userId && canWriteRecord(actor, relation) !== null;
}

/** Care-team doctors comment on any record of their patients. */
export function canComment(actor: Actor, relation: PatientRelation): boolean {
  return isApprovedDoctor(actor) && relation.isCareTeam;
}

/** Private comments are for clinicians: patients never see them. */
export function visibleComments<C extends { isPrivate: boolean }>(actor: Actor, comments: C[]): C[] {
  return actor.role === "patient" ? comments.filter((c) => !c.isPrivate) : comments;
}

/** Who may see a patient's care team: the patient, its doctors, and admins. */
export function canViewCareTeam(actor: Actor, relation: PatientRelation): boolean {
  return (
    isOwner(actor, relation.patientId) ||
    actor.role === "admin" ||
    (isApprovedDoctor(actor) && relation.isCareTeam)
  );
}

/** Who may open a patient's records in an emergency: doctors outside the care team, and admins. */
export function canBreakGlass(actor: Actor, relation: PatientRelation): boolean {
  return (isApprovedDoctor(actor) && !relation.isCareTeam) || actor.role === "admin";
}
