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
  | "care_team.assigned"
  | "care_team.removed"
  | "patient.emergency_access"
  | "record.created"
  | "record.comment_shared"
  | "doctor.registered";

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

/** Writes a domain event in the caller's transaction, so it exists exactly when the change does. */
export async function enqueueEvent(
  services: Services,
  tx: Executor,
  kind: DomainEventKind,
  payload: Record<string, unknown>,
  availableAt: Date = services.clock.now(),
): Promise<void> {
  const now = services.clock.now();
  await insertEvent(
    services.database,
    { id: newId(), kind, payload: JSON.stringify(payload), createdAt: now, availableAt },
    tx,
  );
}
