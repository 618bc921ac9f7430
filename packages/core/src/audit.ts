import type { Executor } from "@healthcare/db";
import { newId } from "@healthcare/db";
import type { AuditOutcome } from "@healthcare/validators";
import type { Services } from "./context";

/** One audit event: who did what to which entity, with what outcome, from where. */
export interface AuditEntry {
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  patientId?: string | null;
  outcome: AuditOutcome;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Appends an audit event, inside the given transaction when there is one. */
export async function appendAudit(services: Services, entry: AuditEntry, tx?: Executor): Promise<void> {
  const { database, clock } = services;
  await (tx ?? database.db).insert(database.tables.auditEvents).values({
    id: newId(),
    occurredAt: clock.now(),
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    patientId: entry.patientId ?? null,
    outcome: entry.outcome,
    ip: entry.ip ?? null,
    details: entry.details ? JSON.stringify(entry.details) : null,
  });
}
