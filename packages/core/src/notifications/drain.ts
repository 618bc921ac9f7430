import { newId } from "@healthcare/db";
import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import type { Services } from "../context";
import type { DomainEventKind } from "../outbox";
import { deliveredSignal } from "./live";
import { MESSAGES } from "./messages";

/** Attempts before an event is dead-lettered. */
export const MAX_ATTEMPTS = 6;
/** How long a claimed event stays locked to one worker. */
const LOCK_MS = 60_000;

/** Wait before retry n (1-based): 2 s, 4 s, 8 s ... capped at 5 minutes. */
export function backoffMs(attempt: number): number {
  return Math.min(5 * 60_000, 1000 * 2 ** attempt);
}

/** Delivers one event's messages (returns who got a new one); a re-delivery never shows a message twice. */
export async function deliverEvent(
  services: Services,
  event: { id: string; kind: string; payload: string },
): Promise<string[]> {
  const build = MESSAGES[event.kind as DomainEventKind];
  if (!build) throw new Error(`No messages for event kind ${event.kind}`);
  const messages = await build(services, JSON.parse(event.payload) as Record<string, unknown>);
  if (messages.length === 0) return [];
  const t = services.database.tables;
  const now = services.clock.now();
  const inserted = await services.database.db
    .insert(t.notifications)
    .values(
      messages.map((m) => ({
        id: newId(),
        userId: m.userId,
        kind: event.kind,
        title: m.title,
        body: m.body,
        link: m.link,
        dedupeKey: `${event.id}:${m.userId}`,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ userId: t.notifications.userId });
  return inserted.map((n) => n.userId);
}

/**
 * One pass of the embedded outbox drain: claims due events (a lock, so several workers never
 * take the same one), delivers them, and on failure schedules a retry with exponential backoff
 * or, after MAX_ATTEMPTS, dead-letters the event. Returns how many events were handled.
 */
export async function drainOutbox(
  services: Services,
  options: { batch?: number } = {},
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
        lte(t.outbox.availableAt, now),
        or(isNull(t.outbox.lockedUntil), lte(t.outbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(t.outbox.availableAt))
    .limit(options.batch ?? 50);
  const result = { delivered: 0, failed: 0, dead: 0 };
  for (const event of due) {
    const claimed = await db
      .update(t.outbox)
      .set({ lockedUntil: new Date(now.getTime() + LOCK_MS) })
      .where(
        and(
          eq(t.outbox.id, event.id),
          isNull(t.outbox.processedAt),
          or(isNull(t.outbox.lockedUntil), lte(t.outbox.lockedUntil, now)),
        ),
      )
      .returning({ id: t.outbox.id });
    if (claimed.length === 0) continue; // another worker has it
    try {
      // Messages and "processed" commit together: a crash in between re-delivers, and the
      // dedupe key keeps the user from seeing a message twice.
      const recipients = await services.database.transaction(async () => {
        const delivered = await deliverEvent(services, event);
        await services.database.db
          .update(t.outbox)
          .set({ processedAt: services.clock.now(), lockedUntil: null })
          .where(eq(t.outbox.id, event.id));
        return delivered;
      });
      // Wake the live streams of the recipients (after the commit, so they can read it).
      for (const userId of new Set(recipients)) deliveredSignal.emit(userId);
      result.delivered++;
    } catch (error) {
      const attempts = event.attempts + 1;
      const dead = attempts >= MAX_ATTEMPTS;
      await db
        .update(t.outbox)
        .set({
          attempts,
          lastError: error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500),
          lockedUntil: null,
          availableAt: new Date(now.getTime() + backoffMs(attempts)),
          ...(dead && { deadAt: now }),
        })
        .where(eq(t.outbox.id, event.id));
      if (dead) result.dead++;
      else result.failed++;
    }
  }
  return result;
}

/** Runs the drain every `intervalMs` until stopped; returns the stop function (awaits the pass in flight). */
export function startOutboxDrain(
  services: Services,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(() => drainOutbox(services)).catch((error: unknown) => options.onError?.(error));
  }, options.intervalMs ?? 1000);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
