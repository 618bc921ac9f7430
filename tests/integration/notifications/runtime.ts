import type { createTestApi } from "@healthcare/api/testing";
import type { Services } from "@healthcare/core";
import { notifications } from "@healthcare/core";
import { TestClock as BossClock } from "pg-boss";

type Api = Awaited<ReturnType<typeof createTestApi>>;

/** Drives the notification runtime of the test dialect on a controllable clock. */
export interface RuntimeDriver {
  /** Moves both clocks (the services' and, on PostgreSQL, pg-boss's) to `at`. */
  setTime(at: Date): Promise<void>;
  /** Runs everything that is due now, then resolves when `done()` holds (or throws after a while). */
  settle(done?: () => Promise<boolean>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * SQLite: the embedded drain, passed by hand. PostgreSQL: pg-boss with its TestClock, so jobs
 * scheduled with `startAfter` become due exactly when the test moves time there.
 */
export async function startRuntime(
  api: Api,
  options: { mailer?: notifications.Mailer } = {},
): Promise<RuntimeDriver> {
  if (api.database.dialect === "sqlite") {
    return {
      async setTime(at) {
        api.clock.set(at);
        await Promise.resolve();
      },
      async settle(done) {
        for (let pass = 0; pass < 10; pass++) {
          const r = await notifications.drainOutbox(api.services, { mailer: options.mailer, batch: 500 });
          if (r.delivered + r.failed + r.dead === 0 && (!done || (await done()))) return;
        }
        if (done && !(await done())) throw new Error("the drain settled without reaching the expected state");
      },
      stop: () => Promise.resolve(),
    };
  }
  const bossClock = new BossClock(api.clock.now());
  // The services read the same clock as pg-boss, so "now" agrees everywhere.
  const services: Services = { ...api.services, clock: { now: () => new Date(bossClock.now()) } };
  const workers = await notifications.startPgBossWorkers(services, {
    connectionString: api.database.url!,
    mailer: options.mailer,
    bossClock,
    pollingIntervalSeconds: 0.5,
    relayIntervalMs: 60_000, // relayed by settle(), so a test sees exactly what is queued
  });
  return {
    async setTime(at) {
      api.clock.set(at);
      await bossClock.setTime(at);
    },
    async settle(done) {
      const deadline = Date.now() + 15_000;
      // Jobs that are due (by pg-boss's clock, which this session reads) and not finished.
      const worked = Object.keys(notifications.QUEUES).filter((q) => q !== "email" || options.mailer);
      const pending = async () => {
        const { rows } = await workers.boss
          .getDb()
          .executeSql(
            "select count(*)::int as n from pgboss.job where name = any($1) and state in ('created', 'retry', 'active') and start_after <= pgboss.job_now()",
            [worked],
          );
        return (rows[0] as { n: number }).n;
      };
      for (let pass = 0; ; pass++) {
        await workers.relay();
        // The first tick fires the polls that the last time jump passed, without moving time on.
        await bossClock.tick(pass === 0 ? 0 : 500);
        await new Promise((r) => setTimeout(r, 50));
        if ((await pending()) === 0 && (!done || (await done()))) return;
        if (Date.now() > deadline)
          throw new Error(
            `pg-boss did not reach the expected state in 15 s (${await pending()} jobs pending)`,
          );
      }
    },
    stop: () => workers.stop(),
  };
}
