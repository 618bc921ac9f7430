// Demo data for development databases: a believable multi-specialty clinic with staff, patients,
// schedules, two months of history, a month of bookings ahead, records and comments.
//
// Re-running is a no-op. Every id derives from a stable name, rows go in with ON CONFLICT DO NOTHING,
// and the first run writes an audit event whose time anchors the demo timeline: later runs plan the
// same clinic around that same anchor, so every row they would insert already exists.
import { hashPassword } from "@healthcare/auth";
import { appointments } from "@healthcare/core";
import type { Database, Executor, Schema } from "@healthcare/db";
import { eq, inArray } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { DemoLogin, DemoPlan } from "./plan";
import { planDemoClinic } from "./plan";
import { stableId } from "./random";

/** The password of every demo account (the seed is for development databases only). */
export const DEMO_PASSWORD = "clinic-demo-2026";

/** What the demo clinic consists of, and how many rows this run actually inserted. */
export interface SeedSummary {
  admins: number;
  /** Approved doctors. */
  doctors: number;
  /** Doctor registrations waiting for an administrator. */
  pendingDoctors: number;
  patients: number;
  appointments: number;
  records: number;
  comments: number;
  /** Rows this run inserted; 0 when the demo clinic was already there. */
  inserted: number;
  /** "Now" of the demo timeline: the time of the first seed of this database. */
  anchoredAt: Date;
  /** Accounts to try the product with; `passwordIsDemo` is false for an account that existed before the seed. */
  logins: (DemoLogin & { passwordIsDemo: boolean })[];
}

const SEED_EVENT_ID = stableId("audit:demo-seed");
const BATCH_SIZE = 100;

/**
 * Fills a development database with a believable clinic; running it again inserts nothing new.
 * `now` anchors the timeline on the first run (default: the current time); later runs reuse the
 * first run's anchor so that they plan exactly the rows that are already there.
 */
export async function seedDemoData(database: Database, options: { now?: Date } = {}): Promise<SeedSummary> {
  // argon2 is slow on purpose: hash once, outside the transaction, and share the hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const t = database.tables;
  return database.transaction(async (tx) => {
    const anchor = (await previousSeedAnchor(tx, t)) ?? options.now ?? new Date();
    const { plan, adopted } = await adoptExistingAccounts(tx, t, planDemoClinic(anchor, passwordHash));
    const inserted = (await insertPlan(tx, t, plan)) + (await recordSeedEvent(tx, t, plan));
    return summarize(plan, inserted, adopted);
  });
}

/** The anchor of an earlier seed of this database, if there was one. */
async function previousSeedAnchor(tx: Executor, t: Schema): Promise<Date | null> {
  const [event] = await tx
    .select({ occurredAt: t.auditEvents.occurredAt })
    .from(t.auditEvents)
    .where(eq(t.auditEvents.id, SEED_EVENT_ID));
  return event?.occurredAt ?? null;
}

/** Appends the audit event that records the seed (and anchors its timeline); 1 if it is new. */
async function recordSeedEvent(tx: Executor, t: Schema, plan: DemoPlan): Promise<number> {
  return insertNew(tx, t.auditEvents, [
    {
      id: SEED_EVENT_ID,
      occurredAt: plan.anchor,
      actorUserId: null,
      actorRole: "system",
      action: "demo.seed",
      entityType: "database",
      outcome: "success",
      details: JSON.stringify({
        anchor: plan.anchor.toISOString(),
        users: plan.users.length,
        appointments: plan.appointments.length,
      }),
    },
  ]);
}

/** Inserts every planned row that is not there yet, parents before children; returns how many were new. */
async function insertPlan(tx: Executor, t: Schema, plan: DemoPlan): Promise<number> {
  let inserted = 0;
  inserted += await insertNew(tx, t.users, plan.users);
  inserted += await insertNew(tx, t.doctors, plan.doctors);
  inserted += await insertNew(tx, t.patients, plan.patients);
  inserted += await insertNew(tx, t.scheduleRules, plan.scheduleRules);
  inserted += await insertNew(tx, t.timeOff, plan.timeOff);
  inserted += await insertNew(tx, t.appointments, plan.appointments);
  inserted += await insertNew(tx, t.careTeam, plan.careTeam);
  inserted += await insertNew(tx, t.medicalRecords, plan.medicalRecords);
  inserted += await insertNew(tx, t.recordComments, plan.recordComments);
  inserted += await insertNew(tx, t.outbox, followUps(plan));
  return inserted;
}

/** Reminders and expiries of the upcoming demo appointments, as the booking service would queue them. */
function followUps(plan: DemoPlan) {
  return plan.appointments.flatMap((a) =>
    appointments.followUpsOf({ ...a, status: a.status ?? "requested" }, plan.anchor).map((f) => ({
      id: stableId(`follow-up:${a.id}:${f.kind}:${f.availableAt.toISOString()}`),
      kind: f.kind,
      payload: JSON.stringify(f.payload),
      createdAt: plan.anchor,
      availableAt: f.availableAt,
      attempts: 0,
    })),
  );
}

/** Inserts rows in batches, skipping any that conflict with an existing row; returns how many were new. */
async function insertNew<T extends PgTable>(
  tx: Executor,
  table: T,
  rows: PgInsertValue<T>[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const created = await tx.insert(table).values(batch).onConflictDoNothing().returning();
    inserted += created.length;
  }
  return inserted;
}

/**
 * Accounts with a demo email that the seed did not create (say, `admin@clinic.test` made with
 * create-admin) are used as they are: the plan's references point to them instead. An account
 * with a demo email but another role cannot stand in, and stops the seed.
 */
async function adoptExistingAccounts(
  tx: Executor,
  t: Schema,
  plan: DemoPlan,
): Promise<{ plan: DemoPlan; adopted: Map<string, string> }> {
  const planned = new Map(plan.users.map((user) => [user.email, user]));
  const existing = await tx
    .select({
      id: t.users.id,
      email: t.users.email,
      role: t.users.role,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
    })
    .from(t.users)
    .where(inArray(t.users.email, [...planned.keys()]));
  const swaps = new Map<string, string>();
  const adopted = new Map<string, string>();
  for (const user of existing) {
    const mine = planned.get(user.email)!;
    if (user.id === mine.id) continue;
    if (user.role !== mine.role) {
      throw new Error(
        `${user.email} already exists with the role ${user.role}, so it cannot be the demo ${mine.role}`,
      );
    }
    swaps.set(mine.id!, user.id);
    adopted.set(user.email, `${user.firstName} ${user.lastName}`);
  }
  if (swaps.size === 0) return { plan, adopted };

  const adoptedUserIds = [...swaps.values()];
  const profiles = [
    ...(await tx
      .select({ id: t.doctors.id, userId: t.doctors.userId })
      .from(t.doctors)
      .where(inArray(t.doctors.userId, adoptedUserIds))),
    ...(await tx
      .select({ id: t.patients.id, userId: t.patients.userId })
      .from(t.patients)
      .where(inArray(t.patients.userId, adoptedUserIds))),
  ];
  for (const row of [...plan.doctors, ...plan.patients]) {
    const profile = profiles.find((p) => p.userId === swaps.get(row.userId));
    if (profile) swaps.set(row.id!, profile.id);
  }
  return { plan: redirect(plan, swaps), adopted };
}

/** The plan with every reference to a planned user or profile id replaced per `swaps`. */
function redirect(plan: DemoPlan, swaps: Map<string, string>): DemoPlan {
  const to = <T extends string | null | undefined>(id: T): T => (id ? ((swaps.get(id) ?? id) as T) : id);
  return {
    ...plan,
    doctors: plan.doctors.map((r) => ({ ...r, userId: to(r.userId), approvedBy: to(r.approvedBy) })),
    patients: plan.patients.map((r) => ({ ...r, userId: to(r.userId) })),
    scheduleRules: plan.scheduleRules.map((r) => ({ ...r, doctorId: to(r.doctorId) })),
    timeOff: plan.timeOff.map((r) => ({ ...r, doctorId: to(r.doctorId) })),
    appointments: plan.appointments.map((r) => ({
      ...r,
      patientId: to(r.patientId),
      doctorId: to(r.doctorId),
      cancelledBy: to(r.cancelledBy),
      createdBy: to(r.createdBy),
    })),
    careTeam: plan.careTeam.map((r) => ({
      ...r,
      patientId: to(r.patientId),
      doctorId: to(r.doctorId),
      assignedBy: to(r.assignedBy),
    })),
    medicalRecords: plan.medicalRecords.map((r) => ({
      ...r,
      patientId: to(r.patientId),
      authorUserId: to(r.authorUserId),
      doctorId: to(r.doctorId),
    })),
    recordComments: plan.recordComments.map((r) => ({ ...r, authorUserId: to(r.authorUserId) })),
  };
}

function summarize(plan: DemoPlan, inserted: number, adopted: Map<string, string>): SeedSummary {
  return {
    admins: plan.users.filter((user) => user.role === "admin").length,
    doctors: plan.doctors.filter((doctor) => doctor.approvalState === "approved").length,
    pendingDoctors: plan.doctors.filter((doctor) => doctor.approvalState === "pending").length,
    patients: plan.patients.length,
    appointments: plan.appointments.length,
    records: plan.medicalRecords.length,
    comments: plan.recordComments.length,
    inserted,
    anchoredAt: plan.anchor,
    logins: plan.logins.map((login) => {
      const existingName = adopted.get(login.email);
      return existingName
        ? { ...login, name: existingName, passwordIsDemo: false }
        : { ...login, passwordIsDemo: true };
    }),
  };
}
