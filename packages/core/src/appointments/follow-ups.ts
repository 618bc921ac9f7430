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

/**
 * Queues the reminders of a confirmed appointment (24 h and 2 h before, those still ahead). Each
 * names the start time it was made for: if the appointment is cancelled or moved, it sends nothing.
 */
export async function scheduleReminders(services: Services, tx: Executor, a: Scheduled): Promise<void> {
  const now = services.clock.now().getTime();
  for (const { lead, ms } of REMINDER_LEADS) {
    const at = a.startsAt.getTime() - ms;
    if (at <= now) continue;
    await enqueueEvent(services, tx, "appointment.reminder", { ...payloadOf(a), lead }, new Date(at));
  }
}

/** Queues the expiry of a request at its start time (ignored if it is confirmed or moved by then). */
export async function scheduleExpiry(services: Services, tx: Executor, a: Scheduled): Promise<void> {
  await enqueueEvent(services, tx, "appointment.expire", payloadOf(a), a.startsAt);
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
