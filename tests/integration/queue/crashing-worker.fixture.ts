/**
 * A notification worker (the real runtime of the dialect) whose first delivery hangs forever, for
 * worker-crash.int.test.ts to SIGKILL. Environment:
 * - CRASH_DATABASE: the SQLite file or the PostgreSQL connection string;
 * - CRASH_POINT: "before-commit" (the delivery's transaction stays open) or "after-commit".
 * Prints HANGING on stdout when it reaches the point.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { notifications } from "@healthcare/core";
import type { Database, Executor } from "@healthcare/db";
import { openPostgres, openSqlite } from "@healthcare/db";
import { count } from "drizzle-orm";
import {
  FAST_LOCK_MS,
  FAST_POLLING_SECONDS,
  FAST_QUEUES,
  FAST_SUPERVISE_SECONDS,
  realTimeServices,
} from "./support";

const target = process.env.CRASH_DATABASE ?? "";
const point = process.env.CRASH_POINT;
if (!target || (point !== "before-commit" && point !== "after-commit")) {
  throw new Error("Set CRASH_DATABASE and CRASH_POINT=before-commit|after-commit");
}
const isPostgres = target.startsWith("postgres");
// Never outlive a test that forgot to kill us.
setTimeout(() => process.exit(3), 60_000).unref();

const base: Database = isPostgres
  ? await openPostgres(target, { migrate: false })
  : openSqlite(target, { migrate: false });

/** Notifications visible to `db` (inside a transaction: including its own uncommitted ones). */
const countNotifications = async (db: Executor) =>
  Number((await db.select({ n: count() }).from(base.tables.notifications))[0]?.n ?? 0);

/** Stops here for good, after telling the parent (a never-settling await inside the worker). */
const hang = (): Promise<never> => {
  process.stdout.write("HANGING\n");
  return new Promise<never>(() => {});
};

const outermost = new AsyncLocalStorage<true>();
let hung = false;
/**
 * The database's transaction, except that the first outermost transaction that adds notifications
 * (a delivery; the relay's transactions add none) never returns: before its commit, or after it.
 */
async function transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T> {
  if (hung || outermost.getStore()) return base.transaction(fn);
  return outermost.run(true, async () => {
    let delivered = false;
    const result = await base.transaction(async (tx) => {
      const before = await countNotifications(tx);
      const value = await fn(tx);
      delivered = !hung && (await countNotifications(tx)) > before;
      if (delivered && point === "before-commit") {
        hung = true;
        await hang();
      }
      return value;
    });
    if (delivered && point === "after-commit") {
      hung = true;
      await hang();
    }
    return result;
  });
}

const database = new Proxy(base, {
  get: (object, key): unknown => (key === "transaction" ? transaction : Reflect.get(object, key)),
});
const services = realTimeServices(database);
const onError = (error: unknown) => console.error("worker error:", error);

if (isPostgres) {
  await notifications.startPgBossWorkers(services, {
    connectionString: target,
    queueOverrides: FAST_QUEUES,
    superviseIntervalSeconds: FAST_SUPERVISE_SECONDS,
    pollingIntervalSeconds: FAST_POLLING_SECONDS,
    relayIntervalMs: 100,
    onError,
  });
} else {
  notifications.startOutboxDrain(services, { intervalMs: 100, lockMs: FAST_LOCK_MS, onError });
}
process.stdout.write("STARTED\n");
