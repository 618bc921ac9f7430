import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestApi } from "@healthcare/api/testing";
import { notifications, type Services } from "@healthcare/core";
import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  FAST_POLLING_SECONDS,
  FAST_QUEUES,
  FAST_SUPERVISE_SECONDS,
  notificationsTitled,
  realTimeServices,
  upcomingSlot,
  waitFor,
} from "./support";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Clinic = Awaited<ReturnType<Api["seedClinic"]>>;

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, "crashing-worker.fixture.ts");
const TESTS_PACKAGE = path.resolve(here, "../..");

/** Starts the crashing worker on this database; resolves with the child once it prints HANGING. */
async function startHangingWorker(target: string, point: "before-commit" | "after-commit") {
  // The tests package's tsx, so the child loads the workspace's TypeScript sources like vitest does.
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE], {
    cwd: TESTS_PACKAGE,
    env: { ...process.env, CRASH_DATABASE: target, CRASH_POINT: point },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // Loading the workspace's sources takes the child a few seconds (more on a busy machine).
  await waitFor(
    "the worker to hang",
    () => {
      if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
      return output.includes("HANGING\n");
    },
    45_000,
  ).catch((error: Error) => {
    child.kill("SIGKILL");
    throw new Error(`${error.message}; its output:\n${output}`);
  });
  return child;
}

/** SIGKILLs a child and waits until it is gone. */
async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

/** The file behind a SQLite test database (createTestApi does not expose it). */
async function sqliteFileOf(api: Api): Promise<string> {
  const db = api.database.db as unknown as { all(query: unknown): Promise<unknown[][]> };
  const rows = await db.all(sql`pragma database_list`);
  const file = rows.find((row) => row[1] === "main")?.[2];
  if (typeof file !== "string" || !file) throw new Error("No file behind the SQLite database");
  return file;
}

describe.each(["before-commit", "after-commit"] as const)(
  "a notification worker SIGKILLed in the middle of a job (%s)",
  (point) => {
    let api: Api;
    let clinic: Clinic;
    let services: Services;
    let child: ChildProcess | undefined;
    let stopWorkers: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      api = await createTestApi();
      clinic = await api.seedClinic();
      // Deliver the seeding's events now, so the only work left is the booking's.
      await notifications.drainOutbox(api.services, { batch: 500 });
      services = realTimeServices(api.database);
    });
    afterEach(async () => {
      if (child) await kill(child);
      await stopWorkers?.();
      child = undefined;
      stopWorkers = undefined;
      await api.drop();
    });

    it("delivers the job after a restart, and the doctor sees the notification once", async () => {
      const t = api.database.tables;
      const emailJobs = async () =>
        (
          await api.database.db
            .select({ id: t.outbox.id })
            .from(t.outbox)
            .where(eq(t.outbox.kind, "email.send"))
        ).length;
      const emailsBefore = await emailJobs();
      await api.as(clinic.patient.actor).appointments.create({
        doctorId: clinic.doctor.profile.id,
        startsAt: upcomingSlot(),
        reason: "Cough",
      });
      const [event] = await api.database.db
        .select({ id: t.outbox.id })
        .from(t.outbox)
        .where(eq(t.outbox.kind, "appointment.requested"));
      const doctor = clinic.doctor.actor.userId;
      const title = "New appointment request";

      const target = api.database.url ?? (await sqliteFileOf(api));
      const spawnedAt = Date.now();
      child = await startHangingWorker(target, point);
      const hungAfter = Date.now() - spawnedAt;
      await kill(child);
      const killedAt = Date.now();
      // What the kill left: nothing before the commit, everything after it.
      expect(await notificationsTitled(api.database, doctor, title)).toBe(point === "before-commit" ? 0 : 1);

      if (api.database.dialect === "postgres") {
        const { rows: before } = await api.database.db.execute(
          sql`select state, retry_count from pgboss.job where id = ${event!.id}`,
        );
        expect(before).toEqual([{ state: "active", retry_count: 0 }]); // still claimed by the dead worker
        const completed = new Set<string>();
        const workers = await notifications.startPgBossWorkers(services, {
          connectionString: api.database.url!,
          queueOverrides: FAST_QUEUES,
          superviseIntervalSeconds: FAST_SUPERVISE_SECONDS,
          pollingIntervalSeconds: FAST_POLLING_SECONDS,
          relayIntervalMs: 100,
          onJob: (job) => job.outcome === "completed" && completed.add(job.id),
        });
        stopWorkers = () => workers.stop();
        await waitFor("the restarted worker to run the job", () => completed.has(event!.id));
        // pg-boss settles the job once the handler's batch returns.
        await waitFor(
          "pg-boss to record the job as completed",
          async () => (await workers.boss.findJobs("notify", { id: event!.id }))[0]?.state === "completed",
        );
        const [job] = await workers.boss.findJobs("notify", { id: event!.id });
        expect(job?.state).toBe("completed");
        expect(job?.retryCount).toBeGreaterThanOrEqual(1);
      } else {
        const [before] = await api.database.db.select().from(t.outbox).where(eq(t.outbox.id, event!.id));
        // Before the commit the row is still claimed by the dead worker (its lock lapses soon).
        expect(before?.processedAt == null).toBe(point === "before-commit");
        expect(before?.lockedUntil == null).toBe(point === "after-commit");
        await waitFor(
          "a fresh drain to process the event",
          async () => {
            await notifications.drainOutbox(services);
            const [row] = await api.database.db
              .select({ processedAt: t.outbox.processedAt })
              .from(t.outbox)
              .where(eq(t.outbox.id, event!.id));
            return row?.processedAt != null;
          },
          15_000,
          100,
        );
      }
      console.info(
        `${api.database.dialect} ${point}: worker hung ${hungAfter} ms after its start; delivered ${Date.now() - killedAt} ms after the kill`,
      );
      expect(await notificationsTitled(api.database, doctor, title)).toBe(1);
      expect(await notificationsTitled(api.database, clinic.patient.actor.userId, "Request received")).toBe(
        1,
      );
      // One email job per notification: the re-run queued no second email either.
      expect((await emailJobs()) - emailsBefore).toBe(2);
    }, 90_000);
  },
);
