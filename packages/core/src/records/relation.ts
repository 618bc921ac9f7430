import { and, eq, gt, isNull } from "drizzle-orm";
import type { PatientRelation } from "../access/records";
import type { Actor, Services } from "../context";

/** How the caller relates to a patient: care team membership and live break-glass access. */
export async function relationTo(
  services: Services,
  actor: Actor,
  patientId: string,
): Promise<PatientRelation & { patientExists: boolean }> {
  const t = services.database.tables;
  const db = services.database.db;
  const [patient] = await db
    .select({ id: t.patients.id })
    .from(t.patients)
    .where(eq(t.patients.id, patientId));
  let isCareTeam = false;
  if (actor.role === "doctor" && actor.doctorId) {
    const [member] = await db
      .select({ id: t.careTeam.id })
      .from(t.careTeam)
      .where(
        and(
          eq(t.careTeam.patientId, patientId),
          eq(t.careTeam.doctorId, actor.doctorId),
          isNull(t.careTeam.endedAt),
        ),
      )
      .limit(1);
    isCareTeam = Boolean(member);
  }
  let hasBreakGlass = false;
  if (actor.role !== "patient") {
    const [grant] = await db
      .select({ id: t.breakGlassGrants.id })
      .from(t.breakGlassGrants)
      .where(
        and(
          eq(t.breakGlassGrants.userId, actor.userId),
          eq(t.breakGlassGrants.patientId, patientId),
          gt(t.breakGlassGrants.expiresAt, services.clock.now()),
        ),
      )
      .limit(1);
    hasBreakGlass = Boolean(grant);
  }
  return { patientId, isCareTeam, hasBreakGlass, patientExists: Boolean(patient) };
}
