import type { Executor } from "@healthcare/db";
import { hotQuery, newId } from "@healthcare/db";
import { sql } from "drizzle-orm";
import type { Services } from "./context";

/** Kinds of domain events written to the outbox. */
export type DomainEventKind =
  | "appointment.requested"
  | "appointment.confirmed"
  | "appointment.cancelled"
  | "appointment.rescheduled"
  | "appointment.completed"
  | "appointment.no_show"
  | "appointment.expired"
  | "appointment.reminder"
  | "care_team.assigned"
  | "care_team.removed"
  | "patient.emergency_access"
  | "record.created"
  | "record.comment_shared"
  | "doctor.registered";

/** Work that is not an event to tell anyone about, queued through the same outbox. */
export type WorkKind = "email.send" | "appointment.expire";

/** What an outbox row can hold. */
export type OutboxKind = DomainEventKind | WorkKind;

const insertEvent = hotQuery("insert_outbox_event", (db, t) =>
  db.insert(t.outbox).values({
    id: sql.placeholder("id"),
    kind: sql.placeholder("kind"),
    payload: sql.placeholder("payload"),
    createdAt: sql.placeholder("createdAt"),
    availableAt: sql.placeholder("availableAt"),
    attempts: 0,
  }),
);

/**
 * Writes a domain event (or queued work, due at `availableAt`) in the caller's transaction, so it
 * exists exactly when the change does. Returns the outbox row's id.
 */
export async function enqueueEvent(
  services: Services,
  tx: Executor,
  kind: OutboxKind,
  payload: Record<string, unknown>,
  availableAt: Date = services.clock.now(),
): Promise<string> {
  const now = services.clock.now();
  const id = newId(now.getTime());
  await insertEvent(
    services.database,
    { id, kind, payload: JSON.stringify(payload), createdAt: now, availableAt },
    tx,
  );
  return id;
}
