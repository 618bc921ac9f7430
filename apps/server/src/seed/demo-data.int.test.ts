import { verifyPassword } from "@healthcare/auth";
import type { TestDatabase } from "@healthcare/db/testing";
import { createTestDatabase } from "@healthcare/db/testing";
import { newId } from "@healthcare/db";
import { APPOINTMENT_STATUSES } from "@healthcare/validators";
import { and, count, eq, isNull } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offScheduleAppointments, overlappingAppointments } from "./checks";
import type { SeedSummary } from "./demo-data";
import { DEMO_PASSWORD, seedDemoData } from "./demo-data";

// A Wednesday afternoon whose past 60 days cross the DST changes of New York (8 March), Europe
// (29 March) and Sydney (5 April), so schedule arithmetic across offsets is exercised too.
const NOW = new Date("2026-04-15T14:30:00Z");
const HOUR = 3_600_000;

describe("seedDemoData", () => {
  let database: TestDatabase;
  let first: SeedSummary;

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await seedDemoData(database, { now: NOW });
  });
  afterAll(async () => {
    await database.drop();
  });

  const tableCounts = async () => {
    const t = database.tables;
    const tables = {
      users: t.users,
      doctors: t.doctors,
      patients: t.patients,
      scheduleRules: t.scheduleRules,
      timeOff: t.timeOff,
      appointments: t.appointments,
      careTeam: t.careTeam,
      medicalRecords: t.medicalRecords,
      recordComments: t.recordComments,
      auditEvents: t.auditEvents,
      outbox: t.outbox,
    };
    const counts: Record<string, number> = {};
    for (const [name, table] of Object.entries(tables)) {
      const [row] = await database.db.select({ n: count() }).from(table);
      counts[name] = row!.n;
    }
    return counts;
  };

  const loadAppointments = () => database.db.select().from(database.tables.appointments);

  it("creates one admin, eight approved doctors, one pending doctor and about forty patients", async () => {
    const t = database.tables;
    const users = await database.db.select({ role: t.users.role }).from(t.users);
    const doctors = await database.db.select().from(t.doctors);
    const patients = await database.db.select().from(t.patients);
    expect(users.filter((u) => u.role === "admin")).toHaveLength(1);
    expect(doctors.filter((d) => d.approvalState === "approved")).toHaveLength(8);
    expect(doctors.filter((d) => d.approvalState === "pending")).toHaveLength(1);
    expect(patients.length).toBeGreaterThanOrEqual(35);
    expect(patients.length).toBeLessThanOrEqual(45);
    expect(new Set(doctors.map((d) => d.specialization)).size).toBeGreaterThanOrEqual(6);
    for (const zone of [
      "America/New_York",
      "Europe/Berlin",
      "Europe/London",
      "Australia/Sydney",
      "America/Los_Angeles",
    ]) {
      expect(doctors.some((d) => d.timeZone === zone)).toBe(true);
    }
    const [admin] = await database.db.select().from(t.users).where(eq(t.users.email, "admin@clinic.test"));
    const approved = doctors.filter((d) => d.approvalState === "approved");
    expect(approved.every((d) => d.approvedBy === admin!.id && d.approvedAt !== null)).toBe(true);
    expect(first).toMatchObject({ admins: 1, doctors: 8, pendingDoctors: 1, patients: patients.length });
  });

  it("books appointments in every status, in the past and ahead, with two hours' notice", async () => {
    const appointments = await loadAppointments();
    expect(appointments.length).toBeGreaterThanOrEqual(250);
    expect(appointments.length).toBeLessThanOrEqual(400);
    expect(new Set(appointments.map((a) => a.status))).toEqual(new Set(APPOINTMENT_STATUSES));
    const past = appointments.filter((a) => a.endsAt <= NOW);
    const upcoming = appointments.filter((a) => a.startsAt > NOW);
    expect(past.length + upcoming.length).toBe(appointments.length);
    expect(past.length).toBeGreaterThan(100);
    expect(upcoming.length).toBeGreaterThan(50);
    expect(upcoming.every((a) => a.startsAt.getTime() >= NOW.getTime() + 2 * HOUR)).toBe(true);
    expect(upcoming.every((a) => ["requested", "confirmed", "cancelled"].includes(a.status))).toBe(true);
    expect(past.every((a) => ["completed", "no_show", "cancelled"].includes(a.status))).toBe(true);
    const cancelled = appointments.filter((a) => a.status === "cancelled");
    expect(cancelled.every((a) => a.cancellationReason && a.cancelledBy && a.cancelledAt)).toBe(true);
    expect(appointments.every((a) => a.createdAt <= NOW && a.updatedAt <= NOW)).toBe(true);
  });

  it("keeps every appointment within one of its doctor's schedule blocks, in the doctor's local time", async () => {
    const t = database.tables;
    const doctors = await database.db.select().from(t.doctors);
    const rules = await database.db.select().from(t.scheduleRules);
    expect(offScheduleAppointments(await loadAppointments(), doctors, rules)).toEqual([]);
    expect(rules.some((rule) => !rule.isAvailable)).toBe(true);
    expect(rules.some((rule) => rule.dayOfWeek === 6)).toBe(true);
  });

  it("never overlaps slot-holding appointments of one doctor or one patient, nor a doctor's time off", async () => {
    const appointments = await loadAppointments();
    expect(overlappingAppointments(appointments, "doctorId")).toEqual([]);
    expect(overlappingAppointments(appointments, "patientId")).toEqual([]);
    const timeOff = await database.db.select().from(database.tables.timeOff);
    expect(timeOff).toHaveLength(1);
    const away = appointments.filter(
      (a) =>
        a.doctorId === timeOff[0]!.doctorId &&
        a.startsAt < timeOff[0]!.endsAt &&
        timeOff[0]!.startsAt < a.endsAt,
    );
    expect(away).toEqual([]);
  });

  it("gives the demo patient past visits and confirmed and requested ones ahead with the demo doctor", async () => {
    const t = database.tables;
    const [doctorUser] = await database.db
      .select()
      .from(t.users)
      .where(eq(t.users.email, "doctor@clinic.test"));
    const [patientUser] = await database.db
      .select()
      .from(t.users)
      .where(eq(t.users.email, "patient@clinic.test"));
    const [doctor] = await database.db.select().from(t.doctors).where(eq(t.doctors.userId, doctorUser!.id));
    const [patient] = await database.db
      .select()
      .from(t.patients)
      .where(eq(t.patients.userId, patientUser!.id));
    const together = await database.db
      .select()
      .from(t.appointments)
      .where(and(eq(t.appointments.doctorId, doctor!.id), eq(t.appointments.patientId, patient!.id)));
    const ahead = together.filter((a) => a.startsAt > NOW);
    expect(ahead.some((a) => a.status === "confirmed")).toBe(true);
    expect(ahead.some((a) => a.status === "requested")).toBe(true);
    expect(
      together.filter((a) => a.startsAt < NOW && a.status === "completed").length,
    ).toBeGreaterThanOrEqual(2);
    // 15 April 2026 is a Wednesday in New York: the demo doctor has appointments today.
    const localDay = (instant: Date) =>
      Temporal.Instant.fromEpochMilliseconds(instant.getTime())
        .toZonedDateTimeISO(doctor!.timeZone)
        .toPlainDate()
        .toString();
    const today = (await loadAppointments()).filter(
      (a) => a.doctorId === doctor!.id && localDay(a.startsAt) === "2026-04-15",
    );
    expect(today.length).toBeGreaterThanOrEqual(1);
  });

  it("puts doctors on the care teams of patients they saw and writes records and comments", async () => {
    const t = database.tables;
    const appointments = await loadAppointments();
    const team = await database.db.select().from(t.careTeam).where(isNull(t.careTeam.endedAt));
    const onTeam = new Set(team.map((m) => `${m.patientId}:${m.doctorId}`));
    const seen = appointments.filter((a) => a.status === "completed" || a.status === "confirmed");
    expect(seen.every((a) => onTeam.has(`${a.patientId}:${a.doctorId}`))).toBe(true);
    expect(team.filter((m) => m.source === "admin").length).toBeGreaterThanOrEqual(3);
    expect(onTeam.size).toBe(team.length);

    const records = await database.db.select().from(t.medicalRecords);
    expect(records.length).toBeGreaterThanOrEqual(150);
    expect(records.length).toBeLessThanOrEqual(250);
    const completed = new Map(appointments.filter((a) => a.status === "completed").map((a) => [a.id, a]));
    const clinical = records.filter((r) => r.appointmentId !== null);
    expect(clinical.every((r) => completed.get(r.appointmentId!)?.doctorId === r.doctorId)).toBe(true);
    expect(records.some((r) => r.doctorId === null && r.appointmentId === null)).toBe(true);

    const doctors = await database.db.select().from(t.doctors);
    const doctorIdOfUser = new Map(doctors.map((d) => [d.userId, d.id]));
    const recordById = new Map(records.map((r) => [r.id, r]));
    const comments = await database.db.select().from(t.recordComments);
    expect(comments.length).toBeGreaterThan(20);
    expect(new Set(comments.map((c) => c.isPrivate))).toEqual(new Set([true, false]));
    for (const comment of comments) {
      const record = recordById.get(comment.recordId)!;
      expect(onTeam.has(`${record.patientId}:${doctorIdOfUser.get(comment.authorUserId)}`)).toBe(true);
    }
  });

  it("queues reminders for upcoming confirmed appointments and the expiry of upcoming requests", async () => {
    const t = database.tables;
    const queued = await database.db
      .select({ kind: t.outbox.kind, payload: t.outbox.payload, availableAt: t.outbox.availableAt })
      .from(t.outbox);
    const upcoming = (await loadAppointments()).filter((a) => a.startsAt > NOW);
    const confirmed = upcoming.filter((a) => a.status === "confirmed");
    const requested = upcoming.filter((a) => a.status === "requested");
    expect(confirmed.length).toBeGreaterThan(0);
    expect(requested.length).toBeGreaterThan(0);
    const expiries = queued.filter((q) => q.kind === "appointment.expire");
    expect(
      expiries.map((q) => (JSON.parse(q.payload) as { appointmentId: string }).appointmentId).sort(),
    ).toEqual(requested.map((a) => a.id).sort());
    for (const a of confirmed) {
      const mine = queued.filter((q) => q.kind === "appointment.reminder" && q.payload.includes(a.id));
      // 24 h and 2 h before, those still ahead of the seed's "now".
      const expected = [24, 2].map((h) => a.startsAt.getTime() - h * HOUR).filter((ms) => ms > NOW.getTime());
      expect(mine.map((q) => q.availableAt.getTime()).sort()).toEqual(expected.sort());
    }
  });

  it("inserts nothing on a second run and leaves every count unchanged", async () => {
    const before = await tableCounts();
    expect(first.inserted).toBe(Object.values(before).reduce((sum, n) => sum + n, 0));
    const second = await seedDemoData(database, { now: new Date(NOW.getTime() + 3 * 24 * HOUR) });
    expect(second.inserted).toBe(0);
    expect({ ...second, inserted: first.inserted }).toEqual(first);
    expect(await tableCounts()).toEqual(before);
  });

  it("lets every demo login sign in with the demo password", async () => {
    const t = database.tables;
    const users = await database.db
      .select({ email: t.users.email, passwordHash: t.users.passwordHash })
      .from(t.users);
    // One hash for everyone (argon2 is slow: verify it once).
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    for (const login of first.logins) expect(users.some((u) => u.email === login.email)).toBe(true);
    const patient = users.find((u) => u.email === "patient@clinic.test")!;
    expect(await verifyPassword(patient.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(first.logins.map((l) => l.email)).toEqual([
      "admin@clinic.test",
      "doctor@clinic.test",
      "patient@clinic.test",
      "dr.moreau@clinic.test",
    ]);
  });
});

describe("seedDemoData on a database that already has the demo admin", () => {
  let database: TestDatabase;
  afterAll(async () => {
    await database.drop();
  });

  it("keeps the existing admin account and makes it the approver", async () => {
    database = await createTestDatabase();
    const t = database.tables;
    const adminId = newId();
    await database.db.insert(t.users).values({
      id: adminId,
      email: "admin@clinic.test",
      passwordHash: "not the demo password",
      role: "admin",
      firstName: "Robin",
      lastName: "Hale",
    });
    const summary = await seedDemoData(database, { now: NOW });
    expect(summary.logins[0]).toEqual({
      role: "admin",
      email: "admin@clinic.test",
      name: "Robin Hale",
      passwordIsDemo: false,
    });
    const doctors = await database.db.select().from(t.doctors).where(eq(t.doctors.approvalState, "approved"));
    expect(doctors.every((d) => d.approvedBy === adminId)).toBe(true);
    expect((await seedDemoData(database)).inserted).toBe(0);
  });
});
