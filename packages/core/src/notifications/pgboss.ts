import { and, asc, inArray, isNull } from "drizzle-orm";
import pg from "pg";
import { PgBoss, type Clock as BossClock, type Job, type JobResult, type Queue } from "pg-boss";
import type { Services } from "../context";
import { deliveredSignal } from "./live";
import type { QueueName, WorkEnvironment, WorkItem } from "./work";
import { queueOf, runWork } from "./work";

const DAY = 24 * 60 * 60;

/**
 * Retries, backoff, expiry and retention per queue. A job whose worker died is retried after
 * `expireInSeconds` plus up to one monitor interval; after `retryLimit` retries it moves to the
 * queue's dead-letter queue.
 */
export const QUEUES: Record<QueueName, Omit<Queue, "name" | "deadLetter">> = (() => {
  const inApp = { retryLimit: 5, retryDelay: 2, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 60 };
  // Reminders and expiries wait for their time; pg-boss counts retention from then, not from sending.
  const scheduled = { ...inApp, retentionSeconds: 30 * DAY };
  return {
    notify: inApp,
    email: { retryLimit: 8, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 120 },
    reminder: scheduled,
    expire: scheduled,
  };
})();

/** The dead-letter queue of a queue. */
export const deadLetterOf = (queue: QueueName) => `${queue}_dead`;

/** The channel on which workers tell web servers "user X has new notifications" (payload: user id). */
export const DELIVERED_CHANNEL = "hc_notifications";

/** Options of the pg-boss runtime. */
export interface PgBossWorkerOptions extends WorkEnvironment {
  connectionString: string;
  /** Run workers (default true); false only relays and creates the schema. */
  work?: boolean;
  /** How often the relay looks for new outbox rows (default 250 ms). */
  relayIntervalMs?: number;
  /** Worker polling interval (default 1 s); with LISTEN/NOTIFY up, at most every 5 s for jobs coming due. */
  pollingIntervalSeconds?: number;
  /** Per-queue overrides (tests shorten expiry and retry delays). */
  queueOverrides?: Partial<Record<QueueName, Partial<(typeof QUEUES)[QueueName]>>>;
  /** pg-boss's own clock (tests pass its TestClock). */
  bossClock?: BossClock;
  /** How often pg-boss looks for jobs whose worker died, i.e. past `expireInSeconds` (default 60 s). */
  superviseIntervalSeconds?: number;
  onError?: (error: unknown) => void;
  /** Told about every job this process ran (for logs and metrics; no payload, no patient data). */
  onJob?: (job: JobReport) => void;
}

/** One job run by a worker of this process. */
export interface JobReport {
  queue: QueueName;
  id: string;
  kind: string;
  attempt: number;
  ms: number;
  outcome: "completed" | "failed";
}

/** A running pg-boss runtime. */
export interface PgBossWorkers {
  boss: PgBoss;
  /** Hands the outbox's new rows to pg-boss now; returns how many. */
  relay(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on PostgreSQL: creates (or migrates) its schema and the queues, relays committed
 * outbox rows to their queue (job id = outbox id, so relaying a row twice makes one job), and
 * works every queue with the shared handlers. Several of these on one database never run a job
 * twice at once: pg-boss claims jobs with SKIP LOCKED.
 */
export async function startPgBossWorkers(
  services: Services,
  options: PgBossWorkerOptions,
): Promise<PgBossWorkers> {
  const onError = options.onError ?? (() => {});
  const boss = new PgBoss({
    connectionString: options.connectionString,
    application_name: "healthcare-worker",
    max: 4,
    useListenNotify: true,
    // Active jobs past their expiry (a dead worker's) are failed and retried by the monitor pass.
    superviseIntervalSeconds: options.superviseIntervalSeconds ?? 60,
    monitorIntervalSeconds: options.superviseIntervalSeconds ?? 60,
    ...(options.bossClock && { clock: options.bossClock }),
  });
  boss.on("error", onError);
  await boss.start();

  const names = Object.keys(QUEUES) as QueueName[];
  for (const queue of names) {
    const settings = { ...QUEUES[queue], ...options.queueOverrides?.[queue] };
    await ensureQueue(boss, deadLetterOf(queue), {
      retentionSeconds: 30 * DAY,
      deleteAfterSeconds: 30 * DAY,
    });
    await ensureQueue(boss, queue, { ...settings, deadLetter: deadLetterOf(queue), notify: true });
  }

  // One connection for "tell the web servers": NOTIFY is cheap and carries only a user id.
  const notifier = new pg.Pool({ connectionString: options.connectionString, max: 1 });
  notifier.on("error", onError);
  const wake = async (userIds: string[]) => {
    for (const userId of new Set(userIds)) {
      deliveredSignal.emit(userId);
      await notifier.query("select pg_notify($1, $2)", [DELIVERED_CHANNEL, userId]).catch(onError);
    }
  };

  const env: WorkEnvironment = { mailer: options.mailer ?? null };
  if (options.work !== false) {
    for (const queue of names) {
      if (queue === "email" && !env.mailer) continue; // email jobs wait for a worker that can send
      await boss.work(
        queue,
        {
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1,
          // NOTIFY wakes workers for new jobs, not for scheduled ones coming due: poll for those too.
          notifyPollingIntervalSeconds: options.pollingIntervalSeconds ?? 5,
          // Batches, fetched back to back while they come full, so a backlog drains at handler speed.
          batchSize: 10,
          burstWhenBatchFull: true,
          perJobResults: true,
        },
        async (jobs: Job<WorkItem>[]) => {
          const results: JobResult[] = [];
          for (const job of jobs) {
            const started = Date.now();
            let outcome: JobReport["outcome"] = "completed";
            try {
              await wake(await runWork(services, job.data, env));
              results.push({ id: job.id, status: "completed" });
            } catch (error) {
              // This job alone is failed: pg-boss retries it with backoff, then dead-letters it.
              outcome = "failed";
              const message = error instanceof Error ? error.message : String(error);
              results.push({ id: job.id, status: "failed", output: { message: message.slice(0, 500) } });
            }
            options.onJob?.({
              queue,
              id: job.id,
              kind: job.data.kind,
              attempt: job.retryCount,
              ms: Date.now() - started,
              outcome,
            });
          }
          return results;
        },
      );
    }
  }

  let relaying: Promise<number> = Promise.resolve(0);
  const relay = () => {
    relaying = relaying.catch(() => 0).then(() => relayOutbox(services, boss));
    return relaying;
  };
  let stopped = false;
  const timer = setInterval(() => {
    if (!stopped) relay().catch(onError);
  }, options.relayIntervalMs ?? 250);

  return {
    boss,
    relay,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await relaying.catch(() => 0);
      await boss.stop({ graceful: true, timeout: 10_000 });
      await notifier.end();
    },
  };
}

/** Creates a queue, or brings an existing one's options up to date. */
async function ensureQueue(boss: PgBoss, name: string, settings: Omit<Queue, "name">): Promise<void> {
  if (await boss.getQueue(name)) {
    const { notify: _notify, deadLetter, ...rest } = settings;
    await boss.updateQueue(name, { ...rest, ...(deadLetter && { deadLetter }) });
  } else {
    await boss.createQueue(name, settings);
  }
}

/**
 * Moves committed outbox rows to pg-boss, oldest first. Rows are locked (SKIP LOCKED) so two
 * relays never take the same ones; a row sent but not marked (a crash) is sent again next time
 * and pg-boss ignores it, because the job id is the row's id.
 */
export async function relayOutbox(services: Services, boss: PgBoss, batch = 100): Promise<number> {
  const t = services.database.tables;
  return services.database.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: t.outbox.id,
        kind: t.outbox.kind,
        payload: t.outbox.payload,
        availableAt: t.outbox.availableAt,
      })
      .from(t.outbox)
      .where(and(isNull(t.outbox.relayedAt), isNull(t.outbox.processedAt), isNull(t.outbox.deadAt)))
      .orderBy(asc(t.outbox.createdAt))
      .limit(batch)
      .for("update", { skipLocked: true });
    if (rows.length === 0) return 0;
    for (const row of rows) {
      const item: WorkItem = { id: row.id, kind: row.kind, payload: row.payload };
      await boss.send(queueOf(row.kind), item, { id: row.id, startAfter: row.availableAt });
    }
    await tx
      .update(t.outbox)
      .set({ relayedAt: services.clock.now() })
      .where(
        inArray(
          t.outbox.id,
          rows.map((r) => r.id),
        ),
      );
    return rows.length;
  });
}

/**
 * Wakes this process's live notification streams when a worker anywhere delivers (LISTEN on the
 * delivered channel); reconnects after a dropped connection. Returns the stop function.
 */
export function listenForDeliveries(connectionString: string, onError: (error: unknown) => void = () => {}) {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString, application_name: "healthcare-live" });
    c.on("notification", (n) => {
      if (n.payload) deliveredSignal.emit(n.payload);
    });
    c.on("error", (error) => {
      onError(error);
      c.end().catch(() => {});
      if (client === c) client = null;
      if (!stopped) retry = setTimeout(() => void connect(), 1000);
    });
    try {
      await c.connect();
      await c.query(`listen ${DELIVERED_CHANNEL}`);
      client = c;
    } catch (error) {
      onError(error);
      c.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), 1000);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
