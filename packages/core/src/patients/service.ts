import { hashPassword } from "@healthcare/auth";
import { newId } from "@healthcare/db";
import {
  createPatientInput,
  insuranceInfo,
  emergencyContact,
  listPatientsInput,
  updatePatientInput,
} from "@healthcare/validators";
import { and, asc, eq, gt, isNull, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { canEditProfile, canReadProfile } from "../access/profiles";
import { appendAudit } from "../audit";
import { uniqueAccountConflict } from "../auth/service";
import type { Actor, Services } from "../context";
import { decryptFields, encryptFields } from "../crypto";
import { relationTo } from "../records/relation";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { decodeCursor, likePattern, toPage } from "../pagination";

/** Staff search over patients by name, email or phone, ordered by last name, with a cursor. */
export async function listPatients(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof listPatientsInput>,
) {
  if (actor.role !== "admin" && !(actor.role === "doctor" && actor.doctorApproved))
    throw new ForbiddenError("For clinic staff only");
  const input = listPatientsInput.parse(rawInput);
  const t = services.database.tables;
  const conditions: (SQL | undefined)[] = [input.includeArchived ? undefined : isNull(t.patients.archivedAt)];
  if (input.search) {
    const pattern = likePattern(input.search);
    conditions.push(
      or(
        sql`lower(${t.users.firstName} || ' ' || ${t.users.lastName}) like ${pattern} escape '\\'`,
        sql`lower(${t.users.email}) like ${pattern} escape '\\'`,
        sql`coalesce(${t.patients.phone}, '') like ${pattern} escape '\\'`,
      ),
    );
  }
  if (input.cursor) {
    const [lastName, id] = decodeCursor(input.cursor, ["string", "string"]) as [string, string];
    conditions.push(
      or(gt(t.users.lastName, lastName), and(eq(t.users.lastName, lastName), gt(t.patients.id, id))),
    );
  }
  const rows = await services.database.db
    .select({
      id: t.patients.id,
      userId: t.patients.userId,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      email: t.users.email,
      phone: t.patients.phone,
      dateOfBirth: t.patients.dateOfBirth,
      gender: t.patients.gender,
      archivedAt: t.patients.archivedAt,
    })
    .from(t.patients)
    .innerJoin(t.users, eq(t.users.id, t.patients.userId))
    .where(and(...conditions))
    .orderBy(asc(t.users.lastName), asc(t.patients.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, (p) => [p.lastName, p.id]);
}

/** A patient profile as the API returns it; emergency contact and insurance are decrypted. */
export interface PatientProfile {
  id: string;
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  address: string | null;
  emergencyContact: z.output<typeof emergencyContact> | null;
  insurance: z.output<typeof insuranceInfo> | null;
  archivedAt: Date | null;
}

function parseJson<T>(schema: z.ZodType<T>, text: string | null): T | null {
  if (!text) return null;
  const parsed = schema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

async function loadProfile(services: Services, patientId: string): Promise<PatientProfile | null> {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select({
      id: t.patients.id,
      userId: t.patients.userId,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      email: t.users.email,
      phone: t.patients.phone,
      dateOfBirth: t.patients.dateOfBirth,
      gender: t.patients.gender,
      address: t.patients.address,
      emergencyContact: t.patients.emergencyContact,
      insurance: t.patients.insurance,
      archivedAt: t.patients.archivedAt,
    })
    .from(t.patients)
    .innerJoin(t.users, eq(t.users.id, t.patients.userId))
    .where(eq(t.patients.id, patientId));
  if (!row) return null;
  const open = decryptFields(services.cipher, "patients", row);
  return {
    ...row,
    emergencyContact: parseJson(emergencyContact, open.emergencyContact),
    insurance: parseJson(insuranceInfo, open.insurance),
  };
}

/** A patient's profile for the owner, admins and the patient's doctors; others get NOT_FOUND (audited). */
export async function getPatient(
  services: Services,
  actor: Actor,
  patientId: string,
): Promise<PatientProfile> {
  const relation = await relationTo(services, actor, patientId);
  const profile =
    relation.patientExists && canReadProfile(actor, relation) ? await loadProfile(services, patientId) : null;
  await appendAudit(services, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action: "patients.byId",
    entityType: "patient",
    entityId: patientId,
    patientId,
    outcome: profile ? "success" : "denied",
  });
  if (!profile) throw new NotFoundError("Patient not found");
  return profile;
}

/** Admin: creates a patient account (for patients who do not register themselves). */
export async function createPatient(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof createPatientInput>,
): Promise<PatientProfile> {
  const input = createPatientInput.parse(rawInput);
  const t = services.database.tables;
  const userId = newId();
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  const sealed = encryptFields(services.cipher, "patients", id, {
    emergencyContact: input.emergencyContact ? JSON.stringify(input.emergencyContact) : null,
    insurance: input.insurance ? JSON.stringify(input.insurance) : null,
  });
  try {
    await services.database.transaction(async (tx) => {
      await tx
        .insert(t.users)
        .values({
          id: userId,
          email: input.email,
          passwordHash,
          role: "patient",
          firstName: input.firstName,
          lastName: input.lastName,
          phone: input.phone ?? null,
        });
      await tx
        .insert(t.patients)
        .values({
          id,
          userId,
          phone: input.phone ?? null,
          dateOfBirth: input.dateOfBirth ?? null,
          gender: input.gender ?? null,
          address: input.address ?? null,
          ...sealed,
        });
      await appendAudit(
        services,
        {
          actorUserId: actor.userId,
          actorRole: actor.role,
          action: "patients.create",
          entityType: "patient",
          entityId: id,
          patientId: id,
          outcome: "success",
        },
        tx,
      );
    });
  } catch (error) {
    throw uniqueAccountConflict(error) ?? error;
  }
  return (await loadProfile(services, id))!;
}

/** The patient or an admin changes the profile; sensitive identifiers are re-encrypted. */
export async function updatePatient(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof updatePatientInput>,
): Promise<PatientProfile> {
  const input = updatePatientInput.parse(rawInput);
  const existing = await loadProfile(services, input.id);
  if (!existing || !canEditProfile(actor, input.id)) {
    await appendAudit(services, {
      actorUserId: actor.userId,
      actorRole: actor.role,
      action: "patients.update",
      entityType: "patient",
      entityId: input.id,
      patientId: input.id,
      outcome: "denied",
    });
    if (!existing || actor.role === "patient") throw new NotFoundError("Patient not found");
    throw new ForbiddenError("Only the patient or an administrator can change this profile");
  }
  const t = services.database.tables;
  const sealed = encryptFields(services.cipher, "patients", input.id, {
    ...(input.emergencyContact !== undefined && {
      emergencyContact: input.emergencyContact ? JSON.stringify(input.emergencyContact) : null,
    }),
    ...(input.insurance !== undefined && {
      insurance: input.insurance ? JSON.stringify(input.insurance) : null,
    }),
  });
  await services.database.transaction(async (tx) => {
    const patientFields = {
      phone: input.phone,
      dateOfBirth: input.dateOfBirth,
      gender: input.gender,
      address: input.address,
      ...sealed,
    };
    if (Object.values(patientFields).some((v) => v !== undefined))
      await tx.update(t.patients).set(patientFields).where(eq(t.patients.id, input.id));
    if (input.firstName !== undefined || input.lastName !== undefined || input.phone !== undefined) {
      await tx
        .update(t.users)
        .set({ firstName: input.firstName, lastName: input.lastName, phone: input.phone })
        .where(eq(t.users.id, existing.userId));
    }
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "patients.update",
        entityType: "patient",
        entityId: input.id,
        patientId: input.id,
        outcome: "success",
      },
      tx,
    );
  });
  return (await loadProfile(services, input.id))!;
}

/** Admin: archives a patient instead of deleting; records stay, the account can no longer sign in. */
export async function archivePatient(
  services: Services,
  actor: Actor,
  patientId: string,
): Promise<PatientProfile> {
  const existing = await loadProfile(services, patientId);
  if (!existing) throw new NotFoundError("Patient not found");
  if (existing.archivedAt) throw new ConflictError("This patient is already archived");
  const t = services.database.tables;
  await services.database.transaction(async (tx) => {
    await tx.update(t.patients).set({ archivedAt: services.clock.now() }).where(eq(t.patients.id, patientId));
    await tx.update(t.users).set({ isActive: false }).where(eq(t.users.id, existing.userId));
    await tx.delete(t.sessions).where(eq(t.sessions.userId, existing.userId));
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "patients.archive",
        entityType: "patient",
        entityId: patientId,
        patientId,
        outcome: "success",
      },
      tx,
    );
  });
  return (await loadProfile(services, patientId))!;
}
