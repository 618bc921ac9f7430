import type { Executor } from "@healthcare/db";
import { newId } from "@healthcare/db";
import type { Services } from "./context";

/** Kinds of domain events written to the outbox. */
export type DomainEventKind =
  | "appointment.requested"
  | "appointment.confirmed"
  | "appointment.cancelled"
  | "appointment.rescheduled"
  | "appointment.completed"
  | "appointment.no_show";

/** Writes a domain event in the caller's transaction, so it exists exactly when the change does. */
export async function enqueueEvent(
  services: Services,
  tx: Executor,
  kind: DomainEventKind,
  payload: Record<string, unknown>,
  availableAt: Date = services.clock.now(),
): Promise<void> {
  await tx.insert(services.database.tables.outbox).values({
    id: newId(),
    kind,
    payload: JSON.stringify(payload),
    createdAt: services.clock.now(),
    availableAt,
  });
}
