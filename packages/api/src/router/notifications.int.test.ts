import { notifications } from "@healthcare/core";
import { newId } from "@healthcare/db";
import { TRPCError } from "@trpc/server";
import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "../testing";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `THREW ${String(e)}`),
  );
}

describe("in-app notifications from the outbox", () => {
  let api: Api;
  let clinic: Clinic;

  beforeAll(async () => {
    api = await createTestApi();
    api.clock.set(new Date("2026-06-01T06:00:00Z"));
    clinic = await api.seedClinic();
    await notifications.drainOutbox(api.services);
  });
  afterAll(async () => {
    await api.drop();
  });

  const titlesOf = async (userId: string) => {
    const t = api.database.tables;
    return (
      await api.database.db
        .select({ title: t.notifications.title })
        .from(t.notifications)
        .where(eq(t.notifications.userId, userId))
    ).map((n) => n.title);
  };

  it("tells the doctor about a request and confirms receipt to the patient, in their own time zones", async () => {
    await api.as(clinic.patient.actor).auth.updateProfile({ timeZone: "Asia/Tokyo" });
    await api.as(clinic.patient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: new Date("2026-06-01T09:00:00Z"),
      reason: "Cough",
    });
    const result = await notifications.drainOutbox(api.services);
    expect(result.delivered).toBeGreaterThan(0);
    expect(await titlesOf(clinic.doctor.actor.userId)).toContain("New appointment request");
    const mine = await api.as(clinic.patient.actor).notifications.list({});
    const receipt = mine.items.find((n) => n.title === "Request received")!;
    expect(receipt.body).toContain("18:00"); // 09:00 UTC in Tokyo
    expect(receipt.link).toMatch(/^\/appointments\//);
    expect(await api.as(clinic.patient.actor).notifications.unreadCount()).toBe(1);
  });

  it("delivers each event once, even when the drain runs twice or concurrently", async () => {
    await api.as(clinic.otherPatient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: new Date("2026-06-01T10:00:00Z"),
      reason: "Rash",
    });
    await Promise.all([notifications.drainOutbox(api.services), notifications.drainOutbox(api.services)]);
    const t = api.database.tables;
    const before = (await api.database.db.select().from(t.notifications)).length;
    // A crash after delivery but before "processed" is recorded: the event comes round again.
    await api.database.db.update(t.outbox).set({ processedAt: null, lockedUntil: null });
    await notifications.drainOutbox(api.services, { batch: 500 });
    expect((await api.database.db.select().from(t.notifications)).length).toBe(before);
  });

  it("leaves no outbox row when the change rolls back", async () => {
    const t = api.database.tables;
    const before = (await api.database.db.select().from(t.outbox)).length;
    // The slot is taken: the booking's transaction fails and takes its event with it.
    expect(
      await codeOf(
        api.as(clinic.otherPatient.actor).appointments.create({
          doctorId: clinic.doctor.profile.id,
          startsAt: new Date("2026-06-01T09:00:00Z"),
          reason: "Too late",
        }),
      ),
    ).toBe("CONFLICT");
    expect((await api.database.db.select().from(t.outbox)).length).toBe(before);
  });

  it("retries a failing event with growing delays and dead-letters it after the limit", async () => {
    const t = api.database.tables;
    const id = newId();
    await api.database.db
      .insert(t.outbox)
      .values({ id, kind: "no.such.kind", payload: "{}", availableAt: api.clock.now() });
    const delays: number[] = [];
    for (let i = 0; i < notifications.MAX_ATTEMPTS; i++) {
      await notifications.drainOutbox(api.services);
      const [row] = await api.database.db.select().from(t.outbox).where(eq(t.outbox.id, id));
      expect(row!.attempts).toBe(i + 1);
      expect(row!.lastError).toContain("no.such.kind");
      delays.push(row!.availableAt.getTime() - api.clock.now().getTime());
      // Not retried before its time.
      await notifications.drainOutbox(api.services);
      expect((await api.database.db.select().from(t.outbox).where(eq(t.outbox.id, id)))[0]!.attempts).toBe(
        i + 1,
      );
      api.clock.advance(notifications.backoffMs(i + 1));
    }
    expect(delays.slice(0, 4)).toEqual([2000, 4000, 8000, 16000]);
    const dead = await api.database.db.select().from(t.outbox).where(isNotNull(t.outbox.deadAt));
    expect(dead.map((d) => d.id)).toContain(id);
    await notifications.drainOutbox(api.services);
    expect((await api.database.db.select().from(t.outbox).where(eq(t.outbox.id, id)))[0]!.attempts).toBe(
      notifications.MAX_ATTEMPTS,
    );
  });

  it("tells the patient about shared comments (not private ones) and emergency access, and admins about doctor registrations", async () => {
    const booked = await api.as(clinic.patient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt: new Date("2026-06-02T09:00:00Z"),
      reason: "Follow-up",
    });
    await api.as(clinic.doctor.actor).appointments.confirm({ id: booked.id });
    const record = await api.as(clinic.doctor.actor).medicalRecords.create({
      patientId: clinic.patient.user.patientId!,
      type: "checkup",
      title: "Follow-up",
      visitDate: "2026-06-02",
    });
    await api
      .as(clinic.doctor.actor)
      .medicalRecords.addComment({ recordId: record.id, comment: "Private thought", isPrivate: true });
    await api
      .as(clinic.doctor.actor)
      .medicalRecords.addComment({ recordId: record.id, comment: "All good", isPrivate: false });
    await api.as(clinic.otherDoctor.actor).careTeam.breakGlass({
      patientId: clinic.patient.user.patientId!,
      reason: "Collapsed in the waiting room",
    });
    await api.as(null).auth.register({
      role: "doctor",
      email: "newdoc@example.test",
      password: "a long doctor password",
      firstName: "New",
      lastName: "Doc",
      specialization: "Neurology",
      licenseNumber: "NEW-77",
    });
    await notifications.drainOutbox(api.services, { batch: 500 });
    const patientTitles = await titlesOf(clinic.patient.actor.userId);
    expect(patientTitles).toEqual(
      expect.arrayContaining([
        "Appointment confirmed",
        "New medical record",
        "New comment from your doctor",
        "Emergency access to your records",
      ]),
    );
    expect(patientTitles.filter((title) => title === "New comment from your doctor")).toHaveLength(1);
    expect(await titlesOf(clinic.admin.userId)).toContain("Doctor registration awaits approval");
  });

  it("marks notifications read, one or all, and only the caller's own", async () => {
    const { items } = await api.as(clinic.patient.actor).notifications.list({});
    expect(items.length).toBeGreaterThan(1);
    expect(await codeOf(api.as(clinic.otherPatient.actor).notifications.markRead({ id: items[0]!.id }))).toBe(
      "NOT_FOUND",
    );
    const unread = await api.as(clinic.patient.actor).notifications.unreadCount();
    await api.as(clinic.patient.actor).notifications.markRead({ id: items[0]!.id });
    expect(await api.as(clinic.patient.actor).notifications.unreadCount()).toBe(unread - 1);
    await api.as(clinic.patient.actor).notifications.markAllRead();
    expect(await api.as(clinic.patient.actor).notifications.unreadCount()).toBe(0);
    expect(await codeOf(api.as(null).notifications.unreadCount())).toBe("UNAUTHORIZED");
  });
});

describe("live notifications", () => {
  let api: Api;
  let clinic: Clinic;

  beforeAll(async () => {
    api = await createTestApi();
    api.clock.set(new Date("2026-06-01T06:00:00Z"));
    clinic = await api.seedClinic();
    await notifications.drainOutbox(api.services);
  });
  afterAll(async () => {
    await api.drop();
  });

  const book = (hhmm: string) =>
    api
      .as(clinic.patient.actor)
      .appointments.create({
        doctorId: clinic.doctor.profile.id,
        startsAt: new Date(`2026-06-03T${hhmm}:00Z`),
        reason: "Check",
      });

  it("pushes a doctor's new notification as soon as the drain delivers it", async () => {
    const controller = new AbortController();
    const stream = notifications.liveNotifications(api.services, clinic.doctor.actor, {
      signal: controller.signal,
      pollMs: 60_000,
    });
    const first = stream.next();
    await book("09:00");
    await notifications.drainOutbox(api.services);
    const result = await first;
    expect(result.value).toMatchObject({ title: "New appointment request" });
    controller.abort();
    expect((await stream.next()).done).toBe(true);
  });

  it("replays what was missed after the last event id on reconnect, without repeats", async () => {
    const seen = (await api.as(clinic.doctor.actor).notifications.list({})).items[0]!;
    // Delivered while the client was away:
    await book("10:00");
    await book("11:00");
    await notifications.drainOutbox(api.services);
    const controller = new AbortController();
    const stream = notifications.liveNotifications(api.services, clinic.doctor.actor, {
      lastEventId: seen.id,
      signal: controller.signal,
      pollMs: 50,
    });
    const replayed = [(await stream.next()).value, (await stream.next()).value] as {
      id: string;
      body: string;
    }[];
    expect(replayed.map((n) => n.id)).not.toContain(seen.id);
    expect(new Set(replayed.map((n) => n.id)).size).toBe(2);
    controller.abort();
  });

  it("serves the same stream through the onNew subscription procedure", async () => {
    const iterable = await api.as(clinic.doctor.actor).notifications.onNew({});
    const iterator = iterable[Symbol.asyncIterator]();
    const next = iterator.next();
    await book("12:00");
    await notifications.drainOutbox(api.services);
    const { value } = await next;
    expect(JSON.stringify(value)).toContain("New appointment request");
    await iterator.return?.();
  });
});
