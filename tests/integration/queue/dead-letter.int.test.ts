import { createTestApi } from "@healthcare/api/testing";
import { notifications } from "@healthcare/core";
import { newId } from "@healthcare/db";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAST_POLLING_SECONDS, realTimeServices, upcomingSlot, waitFor } from "./support";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

const RETRY_LIMIT = 3;
const RETRY_DELAY = 1;

/** The tRPC code a call failed with ("OK" when it did not fail). */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "OK",
    (e: unknown) => (e instanceof Error && "code" in e ? String(e.code) : `THREW ${String(e)}`),
  );
}

// pg-boss runs on PostgreSQL only; the SQLite drain's retries, dead letters and rollbacks are tested in
// packages/api/src/router/notifications.int.test.ts.
describe.runIf(process.env.TEST_DIALECT === "postgres")("pg-boss retries, dead letters and rollbacks", () => {
  let api: Api;
  let clinic: Clinic;
  let workers: notifications.PgBossWorkers;
  const reports: (notifications.JobReport & { at: number })[] = [];
  const errors: unknown[] = [];

  beforeAll(async () => {
    api = await createTestApi();
    clinic = await api.seedClinic();
    await notifications.drainOutbox(api.services, { batch: 500 });
    workers = await notifications.startPgBossWorkers(realTimeServices(api.database), {
      connectionString: api.database.url!,
      queueOverrides: { notify: { retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY, retryBackoff: true } },
      pollingIntervalSeconds: FAST_POLLING_SECONDS,
      relayIntervalMs: 100,
      onError: (error) => errors.push(error),
      // When the attempt started, from when it reported and how long it ran.
      onJob: (job) => reports.push({ ...job, at: Date.now() - job.ms }),
    });
  });
  afterAll(async () => {
    await workers?.stop();
    await api.drop();
  });

  /** Rows in pg-boss's job table (every queue, every state). */
  const jobCount = async () => {
    const { rows } = await workers.boss.getDb().executeSql("select count(*)::int as n from pgboss.job", []);
    return (rows[0] as { n: number }).n;
  };
  const outboxCount = async () =>
    Number((await api.database.db.select({ n: count() }).from(api.database.tables.outbox))[0]?.n);

  it("leaves no outbox row and no job when the change rolls back", async () => {
    const startsAt = upcomingSlot();
    await api.as(clinic.patient.actor).appointments.create({
      doctorId: clinic.doctor.profile.id,
      startsAt,
      reason: "First",
    });
    // Let the successful booking's work settle: its delivery queues email jobs into the outbox.
    const t = api.database.tables;
    const [requested] = await api.database.db
      .select({ id: t.outbox.id })
      .from(t.outbox)
      .where(eq(t.outbox.kind, "appointment.requested"));
    await waitFor("the first booking's delivery", () =>
      reports.some((r) => r.id === requested!.id && r.outcome === "completed"),
    );
    await workers.relay();
    const outboxBefore = await outboxCount();
    const jobsBefore = await jobCount();
    expect(jobsBefore).toBeGreaterThan(0);

    // The slot is taken: the booking's transaction fails and takes its events with it.
    expect(
      await codeOf(
        api.as(clinic.otherPatient.actor).appointments.create({
          doctorId: clinic.doctor.profile.id,
          startsAt,
          reason: "Too late",
        }),
      ),
    ).toBe("CONFLICT");
    expect(await workers.relay()).toBe(0);
    expect(await outboxCount()).toBe(outboxBefore);
    expect(await jobCount()).toBe(jobsBefore);
    const [appointments] = await api.database.db
      .select({ n: count() })
      .from(t.appointments)
      .where(eq(t.appointments.startsAt, startsAt));
    expect(Number(appointments?.n)).toBe(1);
  });

  it("retries a failing job with growing delays, then moves it to the dead-letter queue", async () => {
    const id = newId();
    await api.database.db.insert(api.database.tables.outbox).values({
      id,
      kind: "no.such.kind",
      payload: "{}",
      createdAt: new Date(),
      availableAt: new Date(),
    });
    expect(notifications.queueOf("no.such.kind")).toBe("notify");

    const [dead] = await waitFor(
      "the job in the dead-letter queue",
      async () => {
        const found = await workers.boss.findJobs<{ id: string }>(notifications.deadLetterOf("notify"), {
          data: { id },
        });
        return found.length > 0 && found;
      },
      30_000,
      200,
    );
    const attempts = reports.filter((r) => r.id === id);
    expect(attempts.map((a) => [a.attempt, a.outcome])).toEqual(
      Array.from({ length: RETRY_LIMIT + 1 }, (_, n) => [n, "failed"]),
    );

    // pg-boss waits retryDelay * 2^n * (1 + random()) / 2... precisely, before retry n (1-based):
    // retryDelay * (2^(n-1) + 2^(n-1) * random()) seconds, so between base and twice base, base
    // doubling each time. Jitter can make one gap shorter than the one before it, but never shorter
    // than its base, and never the third shorter than the first (>= 4 s against <= 2 s).
    const gaps = attempts.slice(1).map((a, n) => a.at - attempts[n]!.at);
    console.info(`attempt gaps: ${gaps.map((g) => `${g} ms`).join(", ")}`);
    const polling = FAST_POLLING_SECONDS * 1000;
    gaps.forEach((gap, n) => {
      const base = RETRY_DELAY * 1000 * 2 ** n;
      expect(gap, `gap before retry ${n + 1}`).toBeGreaterThanOrEqual(base - 50);
      expect(gap, `gap before retry ${n + 1}`).toBeLessThanOrEqual(2 * base + polling + 1500);
    });
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);

    const [original] = await workers.boss.findJobs("notify", { id });
    expect(original).toMatchObject({ state: "failed", retryCount: RETRY_LIMIT });
    expect(dead).toMatchObject({ sourceName: "notify", sourceId: id, data: { id, kind: "no.such.kind" } });
    expect(JSON.stringify(original?.output)).toContain("No messages for event kind no.such.kind");
  }, 45_000);
});
