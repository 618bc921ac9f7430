import { newId } from "@healthcare/db";
import { careTeamInput, careTeamListInput, breakGlassInput, myPatientsInput } from "@healthcare/validators";
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import type { z } from "zod";
import { canBreakGlass, canViewCareTeam } from "../access/records";
import { appendAudit } from "../audit";
import type { Actor, Services } from "../context";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { enqueueEvent } from "../outbox";
import { decodeCursor, likePattern, toPage } from "../pagination";
import { relationTo } from "./relation";

/** How long emergency access lasts. */
export const BREAK_GLASS_MS = 60 * 60 * 1000;

/**
 * Admin: puts a doctor on a patient's care team (idempotent: an existing active assignment is
 * kept). Notifies both through the outbox.
 */
export async function assignCareTeam(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof careTeamInput>,
) {
  const input = careTeamInput.parse(rawInput);
  const t = services.database.tables;
  return services.database.transaction(async (tx) => {
    const [patient] = await tx
      .select({ id: t.patients.id })
      .from(t.patients)
      .where(eq(t.patients.id, input.patientId));
    const [doctor] = await tx
      .select({ approvalState: t.doctors.approvalState, archivedAt: t.doctors.archivedAt })
      .from(t.doctors)
      .where(eq(t.doctors.id, input.doctorId));
    if (!patient) throw new NotFoundError("Patient not found");
    if (!doctor) throw new NotFoundError("Doctor not found");
    if (doctor.approvalState !== "approved" || doctor.archivedAt)
      throw new ConflictError("Only approved, active doctors can join a care team");
    const inserted = await tx
      .insert(t.careTeam)
      .values({
        id: newId(),
        patientId: input.patientId,
        doctorId: input.doctorId,
        source: "admin",
        assignedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: t.careTeam.id });
    if (inserted.length > 0) {
      await enqueueEvent(services, tx, "care_team.assigned", {
        patientId: input.patientId,
        doctorId: input.doctorId,
        actorUserId: actor.userId,
      });
    }
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "careTeam.assign",
        entityType: "care_team",
        entityId: inserted[0]?.id ?? null,
        patientId: input.patientId,
        outcome: "success",
      },
      tx,
    );
    return { assigned: inserted.length > 0 };
  });
}

/** Admin: ends a doctor's care-team membership (history is kept). */
export async function unassignCareTeam(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof careTeamInput>,
) {
  const input = careTeamInput.parse(rawInput);
  const t = services.database.tables;
  return services.database.transaction(async (tx) => {
    const ended = await tx
      .update(t.careTeam)
      .set({ endedAt: services.clock.now(), endedBy: actor.userId })
      .where(
        and(
          eq(t.careTeam.patientId, input.patientId),
          eq(t.careTeam.doctorId, input.doctorId),
          isNull(t.careTeam.endedAt),
        ),
      )
      .returning({ id: t.careTeam.id });
    if (ended.length === 0) throw new NotFoundError("This doctor is not on the patient's care team");
    await enqueueEvent(services, tx, "care_team.removed", {
      patientId: input.patientId,
      doctorId: input.doctorId,
      actorUserId: actor.userId,
    });
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "careTeam.unassign",
        entityType: "care_team",
        entityId: ended[0]!.id,
        patientId: input.patientId,
        outcome: "success",
      },
      tx,
    );
    return { removed: true as const };
  });
}

/** A patient's active care team: the patient, its doctors and admins may look. */
export async function listCareTeam(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof careTeamListInput>,
) {
  const input = careTeamListInput.parse(rawInput);
  const patientId = input.patientId ?? actor.patientId;
  if (!patientId) throw new ValidationError("Choose the patient", { patientId: ["Required"] });
  const relation = await relationTo(services, actor, patientId);
  if (!relation.patientExists || !canViewCareTeam(actor, relation)) {
    await appendAudit(services, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: "careTeam.list",
      entityType: "care_team",
      patientId,
      outcome: "denied",
    });
    throw new NotFoundError("Patient not found");
  }
  const t = services.database.tables;
  const members = await services.database.db
    .select({
      doctorId: t.doctors.id,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      specialization: t.doctors.specialization,
      source: t.careTeam.source,
      since: t.careTeam.createdAt,
    })
    .from(t.careTeam)
    .innerJoin(t.doctors, eq(t.doctors.id, t.careTeam.doctorId))
    .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
    .where(and(eq(t.careTeam.patientId, patientId), isNull(t.careTeam.endedAt)))
    .orderBy(asc(t.users.lastName));
  await appendAudit(services, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "careTeam.list",
    entityType: "care_team",
    patientId,
    outcome: "success",
  });
  return { patientId, members };
}

/** The doctor's own patients (active care-team assignments), searchable, with a cursor. */
export async function myPatients(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof myPatientsInput>,
) {
  if (actor.role !== "doctor" || !actor.doctorId || !actor.doctorApproved)
    throw new ForbiddenError("For doctors only");
  const input = myPatientsInput.parse(rawInput);
  const t = services.database.tables;
  const conditions = [eq(t.careTeam.doctorId, actor.doctorId), isNull(t.careTeam.endedAt)];
  if (input.search)
    conditions.push(
      sql`lower(${t.users.firstName} || ' ' || ${t.users.lastName}) like ${likePattern(input.search)} escape '\\'`,
    );
  if (input.cursor) {
    const [lastName, id] = decodeCursor(input.cursor, ["string", "string"]) as [string, string];
    conditions.push(
      or(gt(t.users.lastName, lastName), and(eq(t.users.lastName, lastName), gt(t.patients.id, id)))!,
    );
  }
  const rows = await services.database.db
    .select({
      id: t.patients.id,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      dateOfBirth: t.patients.dateOfBirth,
      gender: t.patients.gender,
      since: t.careTeam.createdAt,
    })
    .from(t.careTeam)
    .innerJoin(t.patients, eq(t.patients.id, t.careTeam.patientId))
    .innerJoin(t.users, eq(t.users.id, t.patients.userId))
    .where(and(...conditions))
    .orderBy(asc(t.users.lastName), asc(t.patients.id))
    .limit(input.limit + 1);
  await appendAudit(services, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "doctors.myPatients",
    entityType: "patient",
    outcome: "success",
  });
  return toPage(rows, input.limit, (p) => [p.lastName, p.id]);
}

/**
 * Emergency access: a doctor outside the care team (or an admin) opens a patient's records for
 * one hour by giving a reason. Audited as emergency access; the patient is told.
 */
export async function breakGlass(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof breakGlassInput>,
) {
  const input = breakGlassInput.parse(rawInput);
  const relation = await relationTo(services, actor, input.patientId);
  if (!relation.patientExists) throw new NotFoundError("Patient not found");
  if (!canBreakGlass(actor, relation)) {
    await appendAudit(services, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: "breakGlass.open",
      entityType: "patient",
      entityId: input.patientId,
      patientId: input.patientId,
      outcome: "denied",
    });
    throw new ForbiddenError(
      relation.isCareTeam
        ? "You are on this patient's care team already"
        : "Only doctors and administrators can use emergency access",
    );
  }
  const now = services.clock.now();
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_MS);
  const t = services.database.tables;
  const id = newId();
  await services.database.transaction(async (tx) => {
    await tx.insert(t.breakGlassGrants).values({
      id,
      userId: actor.userId,
      doctorId: actor.doctorId,
      patientId: input.patientId,
      reason: input.reason,
      createdAt: now,
      expiresAt,
    });
    await enqueueEvent(services, tx, "patient.emergency_access", {
      patientId: input.patientId,
      actorUserId: actor.userId,
      actorRole: actor.role,
      reason: input.reason,
      expiresAt: expiresAt.toISOString(),
    });
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "breakGlass.open",
        entityType: "patient",
        entityId: input.patientId,
        patientId: input.patientId,
        outcome: "success",
        details: { emergency: true, reason: input.reason, expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
  });
  return { grantId: id, patientId: input.patientId, expiresAt };
}
