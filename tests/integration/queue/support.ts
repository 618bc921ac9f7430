import { FieldCipher, generateKey, KeyRing, systemClock, type Services } from "@healthcare/core";
import type { Database } from "@healthcare/db";
import { and, count, eq } from "drizzle-orm";

/** Queue settings short enough for tests: a dead worker's job expires after 2 s, retries wait 1-2 s. */
export const FAST_QUEUES = {
  notify: { expireInSeconds: 2, retryDelay: 1, retryBackoff: true },
} as const;

/** How long the SQLite drain's claim of a row holds in these tests (then a dead worker's claim lapses). */
export const FAST_LOCK_MS = 1500;

/** How often the tests' pg-boss looks for expired jobs (its shortest supervise and monitor interval). */
export const FAST_SUPERVISE_SECONDS = 1;
/** pg-boss's shortest worker polling interval. */
export const FAST_POLLING_SECONDS = 0.5;

/** Services on the real clock: pg-boss, the drain's locks and a child process all share wall time. */
export function realTimeServices(database: Database): Services {
  return { database, clock: systemClock, cipher: new FieldCipher(new KeyRing([generateKey("test")])) };
}

/** Resolves once `probe` returns a value other than undefined/false; rejects after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 15_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A bookable slot a few days ahead (a weekday at 10:00 UTC, inside the seeded Mon-Fri 09-17 schedule). */
export function upcomingSlot(hour = 10): Date {
  const day = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour));
}

/** How many in-app notifications with this title a user has. */
export async function notificationsTitled(
  database: Database,
  userId: string,
  title: string,
): Promise<number> {
  const t = database.tables;
  const [row] = await database.db
    .select({ n: count() })
    .from(t.notifications)
    .where(and(eq(t.notifications.userId, userId), eq(t.notifications.title, title)));
  return Number(row?.n ?? 0);
}
