import { and, count, desc, eq, isNull, lt, or } from "drizzle-orm";
import { z } from "zod";
import type { Actor, Services } from "../context";
import { NotFoundError } from "../errors";
import { decodeCursor, toPage } from "../pagination";

export const listNotificationsInput = z
  .object({
    cursor: z.string().max(200).nullish(),
    limit: z.number().int().min(1).max(100).default(20),
    unreadOnly: z.boolean().default(false),
  })
  .default({ limit: 20, unreadOnly: false });

/** The caller's notifications, newest first. */
export async function listNotifications(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof listNotificationsInput>,
) {
  const input = listNotificationsInput.parse(rawInput);
  const t = services.database.tables;
  let after;
  if (input.cursor) {
    const [ms, id] = decodeCursor(input.cursor, ["number", "string"]) as [number, string];
    const at = new Date(ms);
    after = or(
      lt(t.notifications.createdAt, at),
      and(eq(t.notifications.createdAt, at), lt(t.notifications.id, id)),
    );
  }
  const rows = await services.database.db
    .select({
      id: t.notifications.id,
      kind: t.notifications.kind,
      title: t.notifications.title,
      body: t.notifications.body,
      link: t.notifications.link,
      readAt: t.notifications.readAt,
      createdAt: t.notifications.createdAt,
    })
    .from(t.notifications)
    .where(
      and(
        eq(t.notifications.userId, actor.userId),
        input.unreadOnly ? isNull(t.notifications.readAt) : undefined,
        after,
      ),
    )
    .orderBy(desc(t.notifications.createdAt), desc(t.notifications.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, (n) => [n.createdAt.getTime(), n.id]);
}

/** How many of the caller's notifications are unread. */
export async function unreadCount(services: Services, actor: Actor): Promise<number> {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select({ n: count() })
    .from(t.notifications)
    .where(and(eq(t.notifications.userId, actor.userId), isNull(t.notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one of the caller's notifications read (someone else's answers NOT_FOUND). */
export async function markRead(services: Services, actor: Actor, id: string): Promise<{ ok: true }> {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select({ readAt: t.notifications.readAt })
    .from(t.notifications)
    .where(and(eq(t.notifications.id, id), eq(t.notifications.userId, actor.userId)));
  if (!row) throw new NotFoundError("Notification not found");
  if (!row.readAt)
    await services.database.db
      .update(t.notifications)
      .set({ readAt: services.clock.now() })
      .where(eq(t.notifications.id, id));
  return { ok: true };
}

/** Marks all of the caller's notifications read. */
export async function markAllRead(services: Services, actor: Actor): Promise<{ marked: number }> {
  const t = services.database.tables;
  const marked = await services.database.db
    .update(t.notifications)
    .set({ readAt: services.clock.now() })
    .where(and(eq(t.notifications.userId, actor.userId), isNull(t.notifications.readAt)))
    .returning({ id: t.notifications.id });
  return { marked: marked.length };
}
