import type { Executor } from "@healthcare/db";
import { hotQuery, newId } from "@healthcare/db";
import { sql } from "drizzle-orm";
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

const insertAudit = hotQuery("insert_audit_event", (db, t) =>
  db.insert(t.auditEvents).values({
    id: sql.placeholder("id"),
    occurredAt: sql.placeholder("occurredAt"),
    actorUserId: sql.placeholder("actorUserId"),
    actorRole: sql.placeholder("actorRole"),
    action: sql.placeholder("action"),
    entityType: sql.placeholder("entityType"),
    entityId: sql.placeholder("entityId"),
    patientId: sql.placeholder("patientId"),
    outcome: sql.placeholder("outcome"),
    ip: sql.placeholder("ip"),
    details: sql.placeholder("details"),
  }),
);

/** Appends an audit event, inside the given transaction when there is one. */
export async function appendAudit(services: Services, entry: AuditEntry, tx?: Executor): Promise<void> {
  await insertAudit(
    services.database,
    {
      id: newId(),
      occurredAt: services.clock.now(),
      actorUserId: entry.actorUserId,
      actorRole: entry.actorRole,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      patientId: entry.patientId ?? null,
      outcome: entry.outcome,
      ip: entry.ip ?? services.request?.ip ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
    tx,
  );
}
