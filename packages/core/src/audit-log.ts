import { auditListInput, myRecordAccessInput } from "@healthcare/validators";
import { and, desc, eq, gte, lt, ne, or, type SQL } from "drizzle-orm";
import type { z } from "zod";
import type { Actor, Services } from "./context";
import { ForbiddenError } from "./errors";
import { decodeCursor, toPage } from "./pagination";

function eventColumns(services: Services) {
  const t = services.database.tables;
  return {
    id: t.auditEvents.id,
    occurredAt: t.auditEvents.occurredAt,
    actorUserId: t.auditEvents.actorUserId,
    actorRole: t.auditEvents.actorRole,
    actorFirstName: t.users.firstName,
    actorLastName: t.users.lastName,
    action: t.auditEvents.action,
    entityType: t.auditEvents.entityType,
    entityId: t.auditEvents.entityId,
    patientId: t.auditEvents.patientId,
    outcome: t.auditEvents.outcome,
    ip: t.auditEvents.ip,
  };
}

function pageBefore(services: Services, cursor: string | null | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const t = services.database.tables;
  const [ms, id] = decodeCursor(cursor, ["number", "string"]) as [number, string];
  const at = new Date(ms);
  return or(
    lt(t.auditEvents.occurredAt, at),
    and(eq(t.auditEvents.occurredAt, at), lt(t.auditEvents.id, id)),
  );
}

/** Admins browse the audit trail, newest first, filtered by actor, patient, entity, action, outcome and time. */
export async function listAuditEvents(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof auditListInput>,
) {
  if (actor.role !== "admin") throw new ForbiddenError("For administrators only");
  const input = auditListInput.parse(rawInput);
  const t = services.database.tables;
  const rows = await services.database.db
    .select(eventColumns(services))
    .from(t.auditEvents)
    .leftJoin(t.users, eq(t.users.id, t.auditEvents.actorUserId))
    .where(
      and(
        input.actorUserId ? eq(t.auditEvents.actorUserId, input.actorUserId) : undefined,
        input.patientId ? eq(t.auditEvents.patientId, input.patientId) : undefined,
        input.entityType ? eq(t.auditEvents.entityType, input.entityType) : undefined,
        input.action ? eq(t.auditEvents.action, input.action) : undefined,
        input.outcome ? eq(t.auditEvents.outcome, input.outcome) : undefined,
        input.from ? gte(t.auditEvents.occurredAt, input.from) : undefined,
        input.to ? lt(t.auditEvents.occurredAt, input.to) : undefined,
        pageBefore(services, input.cursor),
      ),
    )
    .orderBy(desc(t.auditEvents.occurredAt), desc(t.auditEvents.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, (e) => [e.occurredAt.getTime(), e.id]);
}

/** A patient's view of who viewed or changed their data (other people's actions only). */
export async function myRecordAccess(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof myRecordAccessInput>,
) {
  if (actor.role !== "patient" || !actor.patientId) throw new ForbiddenError("For patients only");
  const input = myRecordAccessInput.parse(rawInput);
  const t = services.database.tables;
  const rows = await services.database.db
    .select(eventColumns(services))
    .from(t.auditEvents)
    .leftJoin(t.users, eq(t.users.id, t.auditEvents.actorUserId))
    .where(
      and(
        eq(t.auditEvents.patientId, actor.patientId),
        ne(t.auditEvents.actorUserId, actor.userId),
        eq(t.auditEvents.outcome, "success"),
        pageBefore(services, input.cursor),
      ),
    )
    .orderBy(desc(t.auditEvents.occurredAt), desc(t.auditEvents.id))
    .limit(input.limit + 1);
  // Patients see who and what, not the staff member's IP address.
  const items = rows.map(({ ip: _ip, ...event }) => ({
    ...event,
    emergency: event.action === "breakGlass.open",
  }));
  return toPage(items, input.limit, (e) => [e.occurredAt.getTime(), e.id]);
}
