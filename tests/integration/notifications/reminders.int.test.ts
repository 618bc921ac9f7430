import { createTestApi } from "@healthcare/api/testing";
import { appointments } from "@healthcare/core";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRuntime, type RuntimeDriver } from "./runtime";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

const at = (iso: string) => new Date(iso);

describe("reminders and expiry of requests, on a controllable clock", () => {
  let api: Api;
  let clinic: Clinic;
  let runtime: RuntimeDriver;

  beforeAll(async () => {
    api = await createTestApi();
    api.clock.set(at("2026-06-01T06:00:00Z")); // a Monday; the doctors work 09:00-17:00 UTC
    clinic = await api.seedClinic();
    runtime = await startRuntime(api);
    await runtime.settle();
  });
  afterAll(async () => {
    await runtime?.stop();
    await api?.drop();
  });

  /** Reminder notifications of a user so far: [title, link] pairs. */
  const reminders = async (userId: string) => {
    const t = api.database.tables;
    const rows = await api.database.db
      .select({
        title: t.notifications.title,
        link: t.notifications.link,
        createdAt: t.notifications.createdAt,
      })
      .from(t.notifications)
      .where(and(eq(t.notifications.userId, userId), like(t.notifications.title, "Reminder:%")))
      .orderBy(t.notifications.createdAt);
    return rows;
  };

  it("sends two reminders at 24 h and 2 h before, none for a cancelled appointment, and only the new time's for a moved one; an unconfirmed request expires at its start", async () => {
    const patient = api.as(clinic.patient.actor);
    const other = api.as(clinic.otherPatient.actor);
    const doctor = api.as(clinic.doctor.actor);
    const doctorId = clinic.doctor.profile.id;

    // Confirmed for tomorrow 10:00: reminders due today 10:00 and tomorrow 08:00.
    const kept = await patient.appointments.create({
      doctorId,
      startsAt: at("2026-06-02T10:00:00Z"),
      reason: "Check-up",
    });
    await doctor.appointments.confirm({ id: kept.id });
    // Confirmed, then cancelled: no reminder at all.
    const cancelled = await other.appointments.create({
      doctorId,
      startsAt: at("2026-06-02T11:00:00Z"),
      reason: "Rash",
    });
    await doctor.appointments.confirm({ id: cancelled.id });
    await other.appointments.cancel({ id: cancelled.id, reason: "Feeling better" });
    // Confirmed for tomorrow 13:00, moved by the doctor to Wednesday 13:00 (stays confirmed).
    const moved = await patient.appointments.create({
      doctorId,
      startsAt: at("2026-06-02T13:00:00Z"),
      reason: "Results",
    });
    await doctor.appointments.confirm({ id: moved.id });
    await doctor.appointments.reschedule({ id: moved.id, startsAt: at("2026-06-03T13:00:00Z") });
    // Requested and never confirmed: expires at its start.
    const lapsed = await other.appointments.create({
      doctorId,
      startsAt: at("2026-06-02T15:00:00Z"),
      reason: "Cough",
    });
    await runtime.settle();

    const patientLinks = async () =>
      (await reminders(clinic.patient.actor.userId)).map((r) => `${r.title} ${r.link}`);
    const keptLink = `/appointments/${kept.id}`;
    const movedLink = `/appointments/${moved.id}`;

    // Walk time through every instant that matters, checking just before and at each.
    const expectations: [string, string[]][] = [
      ["2026-06-01T09:59:59Z", []],
      ["2026-06-01T10:00:00Z", [`Reminder: appointment tomorrow ${keptLink}`]],
      ["2026-06-01T13:00:00Z", [`Reminder: appointment tomorrow ${keptLink}`]], // the moved one's old 24 h: stale
      ["2026-06-02T07:59:59Z", [`Reminder: appointment tomorrow ${keptLink}`]],
      [
        "2026-06-02T08:00:00Z",
        [`Reminder: appointment tomorrow ${keptLink}`, `Reminder: appointment in 2 hours ${keptLink}`],
      ],
      [
        "2026-06-02T13:00:00Z",
        [
          `Reminder: appointment tomorrow ${keptLink}`,
          `Reminder: appointment in 2 hours ${keptLink}`,
          `Reminder: appointment tomorrow ${movedLink}`,
        ],
      ],
      [
        "2026-06-02T15:00:00Z", // the unconfirmed request's start: it expires now
        [
          `Reminder: appointment tomorrow ${keptLink}`,
          `Reminder: appointment in 2 hours ${keptLink}`,
          `Reminder: appointment tomorrow ${movedLink}`,
        ],
      ],
      [
        "2026-06-03T11:00:00Z",
        [
          `Reminder: appointment tomorrow ${keptLink}`,
          `Reminder: appointment in 2 hours ${keptLink}`,
          `Reminder: appointment tomorrow ${movedLink}`,
          `Reminder: appointment in 2 hours ${movedLink}`,
        ],
      ],
    ];
    for (const [when, expected] of expectations) {
      await runtime.setTime(at(when));
      await runtime.settle(async () => (await patientLinks()).length >= expected.length);
      expect(await patientLinks(), `patient's reminders at ${when}`).toEqual(expected);
    }

    // Each reminder went out at its instant (pg-boss polls, so within a poll or two), and the
    // doctor got the same ones.
    const sent = (await reminders(clinic.patient.actor.userId)).map((r) => r.createdAt.getTime());
    const instants = [
      "2026-06-01T10:00:00Z",
      "2026-06-02T08:00:00Z",
      "2026-06-02T13:00:00Z",
      "2026-06-03T11:00:00Z",
    ];
    expect(sent).toHaveLength(instants.length);
    sent.forEach((ms, i) => {
      const late = ms - at(instants[i]!).getTime();
      expect(late, `reminder ${i + 1} sent ${late} ms after its instant`).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(api.database.dialect === "sqlite" ? 1 : 3000);
    });
    expect(await reminders(clinic.doctor.actor.userId)).toHaveLength(4);
    expect(await reminders(clinic.otherPatient.actor.userId)).toHaveLength(0);

    // The request nobody confirmed lapsed at 15:00 on Tuesday: cancelled with a reason, both told.
    const expired = await api.as(clinic.admin).appointments.byId({ id: lapsed.id });
    expect(expired.status).toBe("cancelled");
    expect(expired.cancellationReason).toBe(appointments.EXPIRED_REASON);
    const lateBy = expired.cancelledAt!.getTime() - at("2026-06-02T15:00:00Z").getTime();
    expect(lateBy).toBeGreaterThanOrEqual(0);
    expect(lateBy).toBeLessThan(api.database.dialect === "sqlite" ? 1 : 3000);
    const told = async (userId: string, title: string) => {
      const t = api.database.tables;
      const rows = await api.database.db
        .select({ id: t.notifications.id })
        .from(t.notifications)
        .where(and(eq(t.notifications.userId, userId), eq(t.notifications.title, title)));
      return rows.length;
    };
    expect(await told(clinic.otherPatient.actor.userId, "Request expired")).toBe(1);
    expect(await told(clinic.doctor.actor.userId, "Request expired unconfirmed")).toBe(1);
    // The confirmed ones did not expire.
    expect((await api.as(clinic.admin).appointments.byId({ id: kept.id })).status).toBe("confirmed");
    expect((await api.as(clinic.admin).appointments.byId({ id: moved.id })).status).toBe("confirmed");
  });
});
