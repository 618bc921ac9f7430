import { EventEmitter } from "node:events";
import { and, asc, eq, gte } from "drizzle-orm";
import type { Actor, Services } from "../context";

/** In-process signal: "user X has new notifications" (the drain emits after it commits). */
export const deliveredSignal = new EventEmitter();
deliveredSignal.setMaxListeners(0);

/** A notification as pushed to the SPAs. */
export interface LiveNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

/**
 * Arms a wake-up for the user: resolves when they are signalled, `ms` pass, or the signal aborts.
 * Armed before a query, so a delivery between the query and the wait is not lost.
 */
function armWake(
  userId: string,
  ms: number,
  signal: AbortSignal | undefined,
): { woken: Promise<void>; disarm: () => void } {
  let disarm = () => {};
  const woken = new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      deliveredSignal.off(userId, done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    deliveredSignal.once(userId, done);
    signal?.addEventListener("abort", done, { once: true });
    disarm = done;
  });
  return { woken, disarm };
}

/**
 * The caller's new notifications as they arrive, oldest first. With `lastEventId` (the last one
 * the client saw, from a reconnect) it first replays everything after it, so nothing is missed.
 * Other processes' deliveries are picked up by polling every `pollMs`.
 */
export async function* liveNotifications(
  services: Services,
  actor: Actor,
  options: { lastEventId?: string | null; signal?: AbortSignal; pollMs?: number },
): AsyncGenerator<LiveNotification> {
  const t = services.database.tables;
  const db = () => services.database.db;
  const columns = {
    id: t.notifications.id,
    kind: t.notifications.kind,
    title: t.notifications.title,
    body: t.notifications.body,
    link: t.notifications.link,
    readAt: t.notifications.readAt,
    createdAt: t.notifications.createdAt,
  };
  // Start from the last seen notification's time, or from now; ids already sent are remembered,
  // because several notifications can share a millisecond.
  let since = services.clock.now();
  if (options.lastEventId) {
    const [last] = await db()
      .select({ createdAt: t.notifications.createdAt })
      .from(t.notifications)
      .where(and(eq(t.notifications.id, options.lastEventId), eq(t.notifications.userId, actor.userId)));
    if (last) since = last.createdAt;
  }
  const sent = new Set<string>(options.lastEventId ? [options.lastEventId] : []);
  while (!options.signal?.aborted) {
    const wake = armWake(actor.userId, options.pollMs ?? 5000, options.signal);
    const rows = await db()
      .select(columns)
      .from(t.notifications)
      .where(and(eq(t.notifications.userId, actor.userId), gte(t.notifications.createdAt, since)))
      .orderBy(asc(t.notifications.createdAt), asc(t.notifications.id))
      .limit(100);
    for (const row of rows) {
      if (sent.has(row.id)) continue;
      sent.add(row.id);
      yield row;
    }
    const newest = rows.at(-1)?.createdAt;
    if (newest && newest > since) {
      // Keep only ids at the new boundary: older ones can no longer match `>= since`.
      for (const row of rows) if (row.createdAt < newest) sent.delete(row.id);
      since = newest;
    }
    if (rows.length === 100) wake.disarm();
    await wake.woken;
  }
}
