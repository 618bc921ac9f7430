import { newId } from "@healthcare/db";
import { eq } from "drizzle-orm";
import { expireRequest } from "../appointments/follow-ups";
import type { Services } from "../context";
import type { DomainEventKind, OutboxKind } from "../outbox";
import { enqueueEvent } from "../outbox";
import type { Mailer } from "./email";
import type { AppointmentRef } from "./messages";
import { MESSAGES } from "./messages";
import { wantEmail } from "./preferences";

/** One piece of queued work: an outbox row, or the pg-boss job made from it (same id). */
export interface WorkItem {
  id: string;
  kind: string;
  payload: string;
}

/** What the handlers need beyond the services: where email goes (none: email work waits). */
export interface WorkEnvironment {
  mailer?: Mailer | null;
}

/** The pg-boss queues: one per kind of work, each with its dead-letter queue. */
export type QueueName = "notify" | "email" | "reminder" | "expire";

/** The queue a kind of outbox row is worked on. New event kinds go to `notify` with no wiring. */
export function queueOf(kind: string): QueueName {
  const queues: Partial<Record<OutboxKind, QueueName>> = {
    "email.send": "email",
    "appointment.reminder": "reminder",
    "appointment.expire": "expire",
  };
  return queues[kind as OutboxKind] ?? "notify";
}

/** Whether a handler's database writes can share one transaction with the bookkeeping (not email: no I/O inside a write lock). */
export const runsInTransaction = (kind: string) => queueOf(kind) !== "email";

/**
 * Runs one piece of work with the handler for its kind. Every handler is idempotent: running it
 * again (a retry after a crash, a second worker) never shows a notification twice. Returns the
 * users who got a new in-app notification, so their live streams can be woken.
 */
export async function runWork(services: Services, item: WorkItem, env: WorkEnvironment): Promise<string[]> {
  const payload = JSON.parse(item.payload) as Record<string, unknown>;
  switch (item.kind as OutboxKind) {
    case "email.send":
      if (!env.mailer) throw new Error("No mailer configured");
      await sendNotificationEmail(services, payload as unknown as EmailWork, env.mailer);
      return [];
    case "appointment.expire":
      await expireRequest(services, payload as { appointmentId: string; startsAt: string });
      return [];
    default:
      return deliverEvent(services, item);
  }
}

/**
 * Delivers one event: its in-app messages (the dedupe key makes a re-delivery a no-op) and, in the
 * same transaction, an email job for each new message whose recipient wants this kind by email.
 */
export async function deliverEvent(services: Services, event: WorkItem): Promise<string[]> {
  const build = MESSAGES[event.kind as DomainEventKind];
  if (!build) throw new Error(`No messages for event kind ${event.kind}`);
  const messages = await build(services, JSON.parse(event.payload) as Record<string, unknown>);
  if (messages.length === 0) return [];
  const t = services.database.tables;
  return services.database.transaction(async (tx) => {
    const now = services.clock.now();
    const inserted = await tx
      .insert(t.notifications)
      .values(
        messages.map((m) => ({
          id: newId(now.getTime()),
          userId: m.userId,
          kind: event.kind,
          title: m.title,
          body: m.body,
          link: m.link,
          dedupeKey: m.dedupeKey ?? `${event.id}:${m.userId}`,
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: t.notifications.id, userId: t.notifications.userId });
    const emailTo = await wantEmail(
      services,
      event.kind,
      inserted.map((n) => n.userId),
    );
    for (const n of inserted) {
      if (!emailTo.has(n.userId)) continue;
      const appointment = messages.find((m) => m.userId === n.userId)?.appointment ?? null;
      const work: EmailWork = { notificationId: n.id, appointment };
      await enqueueEvent(services, tx, "email.send", { ...work });
    }
    return inserted.map((n) => n.userId);
  });
}

/** The payload of an email job: which notification, and the calendar entry to attach. */
interface EmailWork {
  notificationId: string;
  appointment: AppointmentRef | null;
}

/**
 * Emails one notification to its recipient, once: a notification already emailed is skipped
 * (a crash between the mail server's acceptance and the record can still send it twice).
 */
export async function sendNotificationEmail(
  services: Services,
  work: EmailWork,
  mailer: Mailer,
): Promise<boolean> {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select({
      kind: t.notifications.kind,
      title: t.notifications.title,
      body: t.notifications.body,
      link: t.notifications.link,
      emailedAt: t.notifications.emailedAt,
      createdAt: t.notifications.createdAt,
      email: t.users.email,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      timeZone: t.users.timeZone,
      isActive: t.users.isActive,
    })
    .from(t.notifications)
    .innerJoin(t.users, eq(t.users.id, t.notifications.userId))
    .where(eq(t.notifications.id, work.notificationId));
  if (!row || row.emailedAt || !row.isActive) return false;
  const a = work.appointment;
  await mailer.send({
    to: { email: row.email, name: `${row.firstName} ${row.lastName}`, timeZone: row.timeZone },
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    ...(a && {
      calendar: {
        uid: `${a.id}@healthcare`,
        // Later changes of the same appointment carry a higher sequence (minutes since the epoch).
        sequence: Math.floor(row.createdAt.getTime() / 60_000),
        method: a.cancelled ? ("CANCEL" as const) : ("REQUEST" as const),
        startsAt: new Date(a.startsAt),
        endsAt: new Date(a.endsAt),
        summary: a.summary,
        attendee: { name: `${row.firstName} ${row.lastName}`, email: row.email },
      },
    }),
  });
  await services.database.db
    .update(t.notifications)
    .set({ emailedAt: services.clock.now() })
    .where(eq(t.notifications.id, work.notificationId));
  return true;
}
