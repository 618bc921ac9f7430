import type { Executor } from "@healthcare/db";
import { and, eq } from "drizzle-orm";
import { appendAudit } from "../audit";
import type { Services } from "../context";
import { enqueueEvent } from "../outbox";

/** How long before a confirmed appointment its reminders go out. */
export const REMINDER_LEADS = [
  { lead: "24h", ms: 24 * 60 * 60_000 },
  { lead: "2h", ms: 2 * 60 * 60_000 },
] as const;

/** The reason recorded on a request that lapsed unconfirmed. */
export const EXPIRED_REASON = "Expired: the doctor did not confirm the request before its start time";

interface Scheduled {
  id: string;
  patientId: string;
  doctorId: string;
  startsAt: Date;
  endsAt: Date;
}

const payloadOf = (a: Scheduled) => ({
  appointmentId: a.id,
  patientId: a.patientId,
  doctorId: a.doctorId,
  startsAt: a.startsAt.toISOString(),
  endsAt: a.endsAt.toISOString(),
});

/** A follow-up of an appointment: queued work that comes due at `availableAt`. */
export interface FollowUp {
  kind: "appointment.reminder" | "appointment.expire";
  payload: Record<string, string>;
  availableAt: Date;
}

/**
 * The follow-ups an appointment in this status needs from `now` on: reminders 24 h and 2 h before
 * a confirmed one (those still ahead), the expiry of a request at its start. Each names the start
 * time it was made for, so after a cancellation or a move it finds the appointment changed.
 */
export function followUpsOf(a: Scheduled & { status: string }, now: Date): FollowUp[] {
  if (a.status === "requested")
    return [{ kind: "appointment.expire", payload: payloadOf(a), availableAt: a.startsAt }];
  if (a.status !== "confirmed") return [];
  return REMINDER_LEADS.map(({ lead, ms }) => ({
    kind: "appointment.reminder" as const,
    payload: { ...payloadOf(a), lead },
    availableAt: new Date(a.startsAt.getTime() - ms),
  })).filter((r) => r.availableAt.getTime() > now.getTime());
}

/** Queues the reminders of a confirmed appointment (24 h and 2 h before, those still ahead). */
export async function scheduleReminders(services: Services, tx: Executor, a: Scheduled): Promise<void> {
  for (const f of followUpsOf({ ...a, status: "confirmed" }, services.clock.now()))
    await enqueueEvent(services, tx, f.kind, f.payload, f.availableAt);
}

/** Queues the expiry of a request at its start time (ignored if it is confirmed or moved by then). */
export async function scheduleExpiry(services: Services, tx: Executor, a: Scheduled): Promise<void> {
  for (const f of followUpsOf({ ...a, status: "requested" }, services.clock.now()))
    await enqueueEvent(services, tx, f.kind, f.payload, f.availableAt);
}

/**
 * Expires a request still unconfirmed at its start: cancelled with a reason that says so, and both
 * parties are told. Does nothing when the appointment was confirmed, cancelled or moved meanwhile.
 */
export async function expireRequest(
  services: Services,
  payload: { appointmentId: string; startsAt: string },
): Promise<boolean> {
  const t = services.database.tables;
  return services.database.transaction(async (tx) => {
    const now = services.clock.now();
    const expired = await tx
      .update(t.appointments)
      .set({ status: "cancelled", cancelledAt: now, cancelledBy: null, cancellationReason: EXPIRED_REASON })
      .where(
        and(
          eq(t.appointments.id, payload.appointmentId),
          eq(t.appointments.status, "requested"),
          eq(t.appointments.startsAt, new Date(payload.startsAt)),
        ),
      )
      .returning({
        id: t.appointments.id,
        patientId: t.appointments.patientId,
        doctorId: t.appointments.doctorId,
        startsAt: t.appointments.startsAt,
        endsAt: t.appointments.endsAt,
      });
    const [a] = expired;
    if (!a) return false;
    await enqueueEvent(services, tx, "appointment.expired", { ...payloadOf(a), reason: EXPIRED_REASON });
    await appendAudit(
      services,
      {
        actorUserId: null,
        actorRole: "system",
        action: "appointments.expire",
        entityType: "appointment",
        entityId: a.id,
        patientId: a.patientId,
        outcome: "success",
      },
      tx,
    );
    return true;
  });
}
