import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestApi } from "../testing";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `THREW ${String(e)}`),
  );
}

// Monday 2026-06-01, 06:00 UTC: the day's 09:00 slots are beyond the 2 h minimum notice.
const NOW = new Date("2026-06-01T06:00:00Z");
const at = (hhmm: string, date = "2026-06-01") => new Date(`${date}T${hhmm}:00Z`);

describe("booking and the appointment lifecycle", () => {
  let api: Api;
  let clinic: Clinic;

  beforeAll(async () => {
    api = await createTestApi();
    clinic = await api.seedClinic();
  });
  afterAll(async () => {
    await api.drop();
  });
  beforeEach(() => {
    api.clock.set(NOW);
  });

  const book = (who: Clinic["patient"], startsAt: Date, doctorId = clinic.doctor.profile.id) =>
    api.as(who.actor).appointments.create({ doctorId, startsAt, reason: "Check-up visit" });

  it("lists free slots and books one as requested", async () => {
    const { slots, timeZone } = await api
      .as(clinic.patient.actor)
      .doctors.availableSlots({ doctorId: clinic.doctor.profile.id, from: at("00:00"), to: at("23:59") });
    expect(timeZone).toBe("UTC");
    expect(slots).toHaveLength(16);
    const appointment = await book(clinic.patient, at("09:00"));
    expect(appointment).toMatchObject({
      status: "requested",
      doctorId: clinic.doctor.profile.id,
      patientId: clinic.patient.user.patientId,
      reason: "Check-up visit",
    });
    expect(appointment.endsAt.toISOString()).toBe("2026-06-01T09:30:00.000Z");
    const after = await api
      .as(clinic.patient.actor)
      .doctors.availableSlots({ doctorId: clinic.doctor.profile.id, from: at("00:00"), to: at("23:59") });
    expect(after.slots).toHaveLength(15);
  });

  it("refuses a slot that is taken, and allows the adjacent one", async () => {
    await book(clinic.patient, at("10:00"));
    expect(await codeOf(book(clinic.otherPatient, at("10:00")))).toBe("CONFLICT");
    expect(await codeOf(book(clinic.otherPatient, at("10:30")))).toBe("OK");
  });

  it("refuses times that are not slots, in the past, within the notice or outside the window", async () => {
    expect(await codeOf(book(clinic.patient, at("09:15", "2026-06-02")))).toBe("BAD_REQUEST");
    expect(await codeOf(book(clinic.patient, at("07:00", "2026-06-01")))).toBe("BAD_REQUEST");
    expect(await codeOf(book(clinic.patient, at("12:00", "2026-05-29")))).toBe("BAD_REQUEST");
    expect(await codeOf(book(clinic.patient, at("07:30")))).toBe("BAD_REQUEST");
    expect(await codeOf(book(clinic.patient, at("09:00", "2026-12-01")))).toBe("BAD_REQUEST");
    expect(await codeOf(book(clinic.patient, at("09:00", "2026-06-06")))).toBe("BAD_REQUEST");
  });

  it("lets the database refuse overlapping rows even when the service is bypassed", async () => {
    const t = api.database.tables;
    const base = {
      doctorId: clinic.doctor.profile.id,
      patientId: clinic.otherPatient.user.patientId!,
      status: "requested" as const,
      reason: "direct",
    };
    await api.database.db.insert(t.appointments).values({
      ...base,
      id: "direct-1",
      startsAt: at("09:00", "2026-06-03"),
      endsAt: at("09:30", "2026-06-03"),
    });
    // 09:15-09:45 overlaps 09:00-09:30 for the same doctor: refused by the database itself.
    await expect(
      api.database.db.insert(t.appointments).values({
        ...base,
        id: "direct-2",
        patientId: clinic.patient.user.patientId!,
        startsAt: at("09:15", "2026-06-03"),
        endsAt: at("09:45", "2026-06-03"),
      }),
    ).rejects.toThrow();
    // Adjacent 09:30-10:00 is fine.
    await api.database.db.insert(t.appointments).values({
      ...base,
      id: "direct-3",
      startsAt: at("09:30", "2026-06-03"),
      endsAt: at("10:00", "2026-06-03"),
    });
    // A cancelled row does not hold its slot.
    await api.database.db.insert(t.appointments).values({
      ...base,
      id: "direct-4",
      status: "cancelled",
      patientId: clinic.patient.user.patientId!,
      startsAt: at("09:00", "2026-06-03"),
      endsAt: at("09:30", "2026-06-03"),
    });
  });

  it("stops a patient holding two overlapping appointments, even with different doctors", async () => {
    await book(clinic.patient, at("11:00", "2026-06-04"));
    const other = clinic.otherDoctor.profile.id;
    expect(await codeOf(book(clinic.patient, at("11:00", "2026-06-04"), other))).toBe("CONFLICT");
  });

  it("runs the lifecycle and refuses invalid transitions with CONFLICT", async () => {
    const a = await book(clinic.patient, at("13:00"));
    const doctor = api.as(clinic.doctor.actor);
    expect(await codeOf(doctor.appointments.complete({ id: a.id }))).toBe("CONFLICT");
    expect((await doctor.appointments.confirm({ id: a.id })).status).toBe("confirmed");
    expect(await codeOf(doctor.appointments.confirm({ id: a.id }))).toBe("CONFLICT");
    expect(await codeOf(doctor.appointments.markNoShow({ id: a.id }))).toBe("CONFLICT"); // not started yet
    api.clock.set(at("13:10"));
    expect((await doctor.appointments.complete({ id: a.id })).status).toBe("completed");
    expect(await codeOf(doctor.appointments.cancel({ id: a.id, reason: "too late" }))).toBe("CONFLICT");
    expect(
      await codeOf(
        api
          .as(clinic.patient.actor)
          .appointments.reschedule({ id: a.id, startsAt: at("14:00", "2026-06-02") }),
      ),
    ).toBe("CONFLICT");
  });

  it("cancels with reason and actor, then the slot can be booked again", async () => {
    const a = await book(clinic.patient, at("15:00"));
    const cancelled = await api
      .as(clinic.patient.actor)
      .appointments.cancel({ id: a.id, reason: "Feeling better" });
    expect(cancelled).toMatchObject({
      status: "cancelled",
      cancellationReason: "Feeling better",
      cancelledBy: clinic.patient.user.id,
    });
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect(await codeOf(book(clinic.otherPatient, at("15:00")))).toBe("OK");
  });

  it("reschedules atomically: the old slot frees, the new one is taken, a taken target changes nothing", async () => {
    const a = await book(clinic.patient, at("09:00", "2026-06-05"));
    await api.as(clinic.doctor.actor).appointments.confirm({ id: a.id });
    const moved = await api
      .as(clinic.patient.actor)
      .appointments.reschedule({ id: a.id, startsAt: at("10:00", "2026-06-05") });
    expect(moved).toMatchObject({ status: "requested" });
    expect(moved.startsAt.toISOString()).toBe("2026-06-05T10:00:00.000Z");
    expect(await codeOf(book(clinic.otherPatient, at("09:00", "2026-06-05")))).toBe("OK");
    await book(clinic.otherPatient, at("11:00", "2026-06-05"));
    expect(
      await codeOf(
        api
          .as(clinic.patient.actor)
          .appointments.reschedule({ id: a.id, startsAt: at("11:00", "2026-06-05") }),
      ),
    ).toBe("CONFLICT");
    expect((await api.as(clinic.patient.actor).appointments.byId({ id: a.id })).startsAt.toISOString()).toBe(
      "2026-06-05T10:00:00.000Z",
    );
  });

  it("lets exactly one of a reschedule and a booking racing for the same slot win", async () => {
    const a = await book(clinic.patient, at("14:00", "2026-06-08"));
    const target = at("16:00", "2026-06-08");
    const results = await Promise.all([
      codeOf(api.as(clinic.patient.actor).appointments.reschedule({ id: a.id, startsAt: target })),
      codeOf(book(clinic.otherPatient, target)),
    ]);
    expect(results.sort()).toEqual(["CONFLICT", "OK"]);
    const t = api.database.tables;
    const { eq, and, inArray } = await import("drizzle-orm");
    const holders = await api.database.db
      .select()
      .from(t.appointments)
      .where(
        and(
          eq(t.appointments.doctorId, clinic.doctor.profile.id),
          eq(t.appointments.startsAt, target),
          inArray(t.appointments.status, ["requested", "confirmed"]),
        ),
      );
    expect(holders).toHaveLength(1);
  });

  it("writes an outbox event in the same transaction as each change", async () => {
    const t = api.database.tables;
    const before = (await api.database.db.select().from(t.outbox)).length;
    const a = await book(clinic.patient, at("16:30", "2026-06-09"));
    await api.as(clinic.doctor.actor).appointments.confirm({ id: a.id });
    await api.as(clinic.patient.actor).appointments.cancel({ id: a.id, reason: "Travel" });
    const events = (await api.database.db.select().from(t.outbox)).slice(before).map((e) => e.kind);
    expect(events).toEqual([
      "appointment.requested",
      "appointment.expire", // a request lapses at its start unless confirmed
      "appointment.reminder", // 24 h before, queued by the confirmation
      "appointment.reminder", // 2 h before
      "appointment.confirmed",
      "appointment.cancelled",
    ]);
    expect(await codeOf(book(clinic.patient, at("16:30", "2026-06-09")))).toBe("OK");
  });

  it("shows upcoming, past and today's appointments in the viewer's time zone", async () => {
    const fresh = await api.registerPatient({ timeZone: "Pacific/Auckland" });
    await api.as(fresh.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: at("12:00", "2026-06-10"),
      reason: "Routine",
    });
    const upcoming = await api.as(fresh.actor).appointments.upcoming();
    expect(upcoming).toHaveLength(1);
    // 2026-06-10 12:00 UTC is 2026-06-11 00:00 in Auckland.
    api.clock.set(new Date("2026-06-10T13:00:00Z"));
    const today = await api.as(fresh.actor).appointments.today();
    expect(today.date).toBe("2026-06-11");
    expect(today.items).toHaveLength(1);
    const past = await api.as(fresh.actor).appointments.past();
    expect(past).toHaveLength(1);
  });

  it("pages through appointments with a cursor and filters by status", async () => {
    const all = await api.as(clinic.admin).appointments.list({ limit: 100 });
    let cursor: string | null = null;
    const seen: string[] = [];
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await api
        .as(clinic.admin)
        .appointments.list({ limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.id));
    const cancelled = await api.as(clinic.admin).appointments.list({ status: ["cancelled"], limit: 100 });
    expect(cancelled.items.every((i) => i.status === "cancelled")).toBe(true);
    expect(cancelled.items.length).toBeGreaterThan(0);
    expect(await codeOf(api.as(clinic.admin).appointments.list({ cursor: "garbage" }))).toBe("BAD_REQUEST");
  });

  it("computes analytics with rates and utilisation", async () => {
    const result = await api
      .as(clinic.admin)
      .appointments.analytics({ from: "2026-06-01", to: "2026-06-12" });
    expect(result.totals.total).toBeGreaterThan(5);
    expect(result.byDay).toHaveLength(12);
    expect(result.byDay.reduce((a, d) => a + d.total, 0)).toBe(result.totals.total);
    const primary = result.byDoctor.find((d) => d.doctorId === clinic.doctor.profile.id)!;
    // Mon-Fri 8 h a day over 10 working days.
    expect(primary.scheduledMinutes).toBe(10 * 8 * 60);
    expect(primary.utilisation).toBeCloseTo(primary.bookedMinutes / primary.scheduledMinutes);
    expect(result.totals.cancellationRate).toBeCloseTo(
      result.totals.byStatus.cancelled / result.totals.total,
    );
    const own = await api
      .as(clinic.doctor.actor)
      .appointments.analytics({ from: "2026-06-01", to: "2026-06-12" });
    expect(own.byDoctor.map((d) => d.doctorId)).toEqual([clinic.doctor.profile.id]);
    expect(
      await codeOf(
        api.as(clinic.doctor.actor).appointments.analytics({
          from: "2026-06-01",
          to: "2026-06-12",
          doctorId: clinic.otherDoctor.profile.id,
        }),
      ),
    ).toBe("FORBIDDEN");
  });
});
