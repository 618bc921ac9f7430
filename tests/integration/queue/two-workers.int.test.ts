import { createTestApi } from "@healthcare/api/testing";
import { notifications } from "@healthcare/core";
import { newId } from "@healthcare/db";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAST_POLLING_SECONDS, FAST_QUEUES, realTimeServices, waitFor } from "./support";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

const EVENTS = 200;

// pg-boss runs on PostgreSQL only; on SQLite the embedded drain has its own concurrency test
// (packages/api/src/router/notifications.int.test.ts, "even when the drain runs twice or concurrently").
describe.runIf(process.env.TEST_DIALECT === "postgres")(
  "two pg-boss worker processes on one database",
  () => {
    let api: Api;
    let clinic: Clinic;
    const runs = [new Map<string, number>(), new Map<string, number>()] as const;
    const failures: string[] = [];
    let busyMs = 0;
    let stops: (() => Promise<void>)[] = [];

    beforeAll(async () => {
      api = await createTestApi();
      clinic = await api.seedClinic();
      // Deliver the seeding's events now, so every notify job below is one of ours.
      await notifications.drainOutbox(api.services, { batch: 500 });
    });
    afterAll(async () => {
      await Promise.all(stops.map((stop) => stop()));
      stops = [];
      await api.drop();
    });

    it(`runs each of ${EVENTS} jobs exactly once between them`, async () => {
      const t = api.database.tables;
      // Two runtimes as two processes would have them: each its own PgBoss, pool, relay and services.
      const workers = await Promise.all(
        runs.map((ran, n) =>
          notifications.startPgBossWorkers(realTimeServices(api.database), {
            connectionString: api.database.url!,
            queueOverrides: FAST_QUEUES,
            pollingIntervalSeconds: FAST_POLLING_SECONDS,
            relayIntervalMs: 100,
            onError: (error) => failures.push(`worker ${n}: ${String(error)}`),
            onJob: (job) => {
              if (job.outcome === "failed") failures.push(`job ${job.id} failed`);
              if (job.queue !== "notify") return;
              ran.set(job.id, (ran.get(job.id) ?? 0) + 1);
              busyMs += job.ms;
            },
          }),
        ),
      );
      stops = workers.map((w) => () => w.stop());

      const emailJobs = async () =>
        Number(
          (
            await api.database.db.select({ n: count() }).from(t.outbox).where(eq(t.outbox.kind, "email.send"))
          )[0]?.n,
        );
      const emailsBefore = await emailJobs();
      const started = Date.now();
      const payload = JSON.stringify({
        patientId: clinic.patient.user.patientId,
        doctorId: clinic.doctor.profile.id,
      });
      const ids = Array.from({ length: EVENTS }, () => newId());
      const now = new Date();
      // Committed in one go, as a burst of domain changes would leave them.
      await api.database.db
        .insert(t.outbox)
        .values(
          ids.map((id) => ({ id, kind: "care_team.assigned", payload, createdAt: now, availableAt: now })),
        );

      const finished = async () => {
        const { rows } = await workers[0]!.boss
          .getDb()
          .executeSql(
            "select count(*)::int as n from pgboss.job where name = 'notify' and id = any($1::uuid[]) and state = 'completed'",
            [ids],
          );
        return (rows[0] as { n: number }).n === EVENTS;
      };
      await waitFor("every job to complete", finished, 60_000, 100);
      const elapsed = Date.now() - started;
      // A job run twice would show up here a moment later: give a stray second run the time to report.
      await new Promise((resolve) => setTimeout(resolve, 1000));

      const [first, second] = runs;
      console.info(
        `${EVENTS} jobs in ${elapsed} ms: worker 1 ran ${first.size}, worker 2 ran ${second.size}; ` +
          `handlers busy ${Math.round(busyMs / EVENTS)} ms per job on average`,
      );
      expect(failures).toEqual([]);
      for (const id of ids) {
        expect((first.get(id) ?? 0) + (second.get(id) ?? 0), `runs of job ${id}`).toBe(1);
      }
      expect(first.size + second.size).toBe(EVENTS);
      expect(first.size).toBeGreaterThan(0);
      expect(second.size).toBeGreaterThan(0);

      // Two notifications per event (doctor and patient), none twice.
      const delivered = await api.database.db
        .select({ userId: t.notifications.userId, n: count() })
        .from(t.notifications)
        .where(eq(t.notifications.kind, "care_team.assigned"))
        .groupBy(t.notifications.userId);
      expect(Object.fromEntries(delivered.map((d) => [d.userId, Number(d.n)]))).toEqual({
        [clinic.doctor.actor.userId]: EVENTS,
        [clinic.patient.actor.userId]: EVENTS,
      });
      const [distinct] = await api.database.db
        .select({ n: sql<number>`count(distinct ${t.notifications.dedupeKey})::int` })
        .from(t.notifications)
        .where(eq(t.notifications.kind, "care_team.assigned"));
      expect(distinct?.n).toBe(2 * EVENTS);
      // And one email job per notification.
      expect((await emailJobs()) - emailsBefore).toBe(2 * EVENTS);
    }, 90_000);
  },
);
