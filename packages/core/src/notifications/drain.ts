import { and, asc, eq, isNull, lte, ne, or } from "drizzle-orm";
import type { Services } from "../context";
import { deliveredSignal } from "./live";
import type { WorkEnvironment } from "./work";
import { runsInTransaction, runWork } from "./work";

/** Attempts before an event is dead-lettered. */
export const MAX_ATTEMPTS = 6;
/** How long a claimed event stays locked to one worker (then a crashed worker's claim lapses). */
const LOCK_MS = 60_000;

/** Wait before retry n (1-based): 2 s, 4 s, 8 s ... capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(5 * 60_000, 1000 * 2 ** attempt);
}

/** Options of the embedded drain. */
export interface DrainOptions extends WorkEnvironment {
  batch?: number;
  /** How long a claim holds before another worker may take the row (default 60 s). */
  lockMs?: number;
}

/**
 * One pass of the embedded outbox drain (SQLite; PostgreSQL uses pg-boss): claims due rows (a
 * lock, so several workers never take the same one), runs each with the handler for its kind,
 * and on failure schedules a retry with exponential backoff or, after MAX_ATTEMPTS, dead-letters
 * it. Without a mailer, email work is left for a drain that has one.
 */
export async function drainOutbox(
  services: Services,
  options: DrainOptions = {},
): Promise<{ delivered: number; failed: number; dead: number }> {
  const t = services.database.tables;
  const db = services.database.db;
  const now = services.clock.now();
  const due = await db
    .select({ id: t.outbox.id, kind: t.outbox.kind, payload: t.outbox.payload, attempts: t.outbox.attempts })
    .from(t.outbox)
    .where(
      and(
        isNull(t.outbox.processedAt),
        isNull(t.outbox.deadAt),
        isNull(t.outbox.relayedAt),
        lte(t.outbox.availableAt, now),
        or(isNull(t.outbox.lockedUntil), lte(t.outbox.lockedUntil, now)),
        options.mailer ? undefined : ne(t.outbox.kind, "email.send"),
      ),
    )
    .orderBy(asc(t.outbox.availableAt))
    .limit(options.batch ?? 50);
  const result = { delivered: 0, failed: 0, dead: 0 };
  for (const item of due) {
    // Each claim reads the time anew: earlier rows of the batch may have taken a while (SMTP).
    const claimedAt = services.clock.now();
    // The claim counts as an attempt, so a row that kills its worker still ends dead-lettered.
    const attempts = item.attempts + 1;
    const claimed = await db
      .update(t.outbox)
      .set({ lockedUntil: new Date(claimedAt.getTime() + (options.lockMs ?? LOCK_MS)), attempts })
      .where(
        and(
          eq(t.outbox.id, item.id),
          eq(t.outbox.attempts, item.attempts),
          isNull(t.outbox.processedAt),
          isNull(t.outbox.deadAt),
          or(isNull(t.outbox.lockedUntil), lte(t.outbox.lockedUntil, claimedAt)),
        ),
      )
      .returning({ id: t.outbox.id });
    if (claimed.length === 0) continue; // another worker has it
    if (attempts > MAX_ATTEMPTS) {
      // Its earlier attempts never came back (the worker died each time): give up on it.
      await db
        .update(t.outbox)
        .set({ deadAt: claimedAt, lockedUntil: null, lastError: "the worker stopped during every attempt" })
        .where(eq(t.outbox.id, item.id));
      result.dead++;
      continue;
    }
    const markProcessed = () =>
      services.database.db
        .update(t.outbox)
        .set({ processedAt: services.clock.now(), lockedUntil: null })
        .where(eq(t.outbox.id, item.id));
    try {
      let recipients: string[];
      if (runsInTransaction(item.kind)) {
        // The work and "processed" commit together: a crash in between re-runs it, and the
        // handlers' idempotency keeps the user from seeing anything twice.
        recipients = await services.database.transaction(async () => {
          const woken = await runWork(services, item, options);
          await markProcessed();
          return woken;
        });
      } else {
        recipients = await runWork(services, item, options);
        await markProcessed();
      }
      // Wake the live streams of the recipients (after the commit, so they can read it).
      for (const userId of new Set(recipients)) deliveredSignal.emit(userId);
      result.delivered++;
    } catch (error) {
      const failedAt = services.clock.now();
      const dead = attempts >= MAX_ATTEMPTS;
      await db
        .update(t.outbox)
        .set({
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          lockedUntil: null,
          availableAt: new Date(failedAt.getTime() + backoffMs(attempts)),
          ...(dead && { deadAt: failedAt }),
        })
        .where(eq(t.outbox.id, item.id));
      if (dead) result.dead++;
      else result.failed++;
    }
  }
  return result;
}

/** Runs the drain every `intervalMs` until stopped; returns the stop function (awaits the pass in flight). */
export function startOutboxDrain(
  services: Services,
  options: DrainOptions & { intervalMs?: number; onError?: (error: unknown) => void } = {},
) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    if (stopped) return;
    running = running
      .then(() => drainOutbox(services, options))
      .catch((error: unknown) => options.onError?.(error));
  }, options.intervalMs ?? 1000);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
