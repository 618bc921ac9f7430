import type { Actor } from "../context";
import type { PatientRelation } from "./records";

/**
 * Who may read a patient's profile (with emergency contact and insurance): the patient, admins
 * (who manage accounts), care-team doctors, and doctors holding break-glass access.
 */
export function canReadProfile(actor: Actor, relation: PatientRelation): boolean {
  if (actor.role === "admin") return true;
  if (actor.role === "patient") return actor.patientId === relation.patientId;
  return actor.doctorApproved && (relation.isCareTeam || relation.hasBreakGlass);
}

/** Who may change a patient's profile: the patient and admins. */
export function canEditProfile(actor: Actor, patientId: string): boolean {
  return actor.role === "admin" || (actor.role === "patient" && actor.patientId === patientId);
}
