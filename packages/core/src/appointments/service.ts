import type { Executor } from "@healthcare/db";
import { constraintViolation, hotQuery, newId } from "@healthcare/db";
import type { AppointmentStatus } from "@healthcare/validators";
import {
  appointmentWindowInput,
  cancelAppointmentInput,
  createAppointmentInput,
  doctorAppointmentsInput,
  listAppointmentsInput,
  rescheduleAppointmentInput,
  updateAppointmentInput,
} from "@healthcare/validators";
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { alias as pgAlias } from "drizzle-orm/pg-core";
import { alias as sqliteAlias } from "drizzle-orm/sqlite-core";
import { Temporal } from "temporal-polyfill";
import type { z } from "zod";
import {
  canBookFor,
  canRunAppointment,
  canViewAppointment,
  canViewDoctorCalendar,
} from "../access/scheduling";
import { appendAudit } from "../audit";
import type { Actor, Services } from "../context";
import { HOLDING, loadCalendar } from "../doctors/service";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors";
import { enqueueEvent, type DomainEventKind } from "../outbox";
import { decodeCursor, toPage } from "../pagination";
import { freeSlots } from "../scheduling/slots";
import { scheduleExpiry, scheduleReminders } from "./follow-ups";
import { assertAllowed, nextStatus } from "./lifecycle";

const SLOT_TAKEN = "This time slot has just been taken. Please choose another one.";

function appointmentColumns(services: Services) {
  const t = services.database.tables;
  // Drizzle's alias is per dialect; the table is this database's.
  const alias = (name: string) =>
    (services.database.dialect === "sqlite"
      ? sqliteAlias(t.users as never, name)
      : pgAlias(t.users, name)) as typeof t.users;
  const doctorUser = alias("doctor_user");
  const patientUser = alias("patient_user");
  return {
    doctorUser,
    patientUser,
    columns: {
      id: t.appointments.id,
      status: t.appointments.status,
      startsAt: t.appointments.startsAt,
      endsAt: t.appointments.endsAt,
      doctorId: t.appointments.doctorId,
      patientId: t.appointments.patientId,
      reason: t.appointments.reason,
      notes: t.appointments.notes,
      cancellationReason: t.appointments.cancellationReason,
      cancelledBy: t.appointments.cancelledBy,
      cancelledAt: t.appointments.cancelledAt,
      confirmedAt: t.appointments.confirmedAt,
      completedAt: t.appointments.completedAt,
      createdAt: t.appointments.createdAt,
      updatedAt: t.appointments.updatedAt,
      doctorUserId: doctorUser.id,
      patientUserId: patientUser.id,
      doctorFirstName: doctorUser.firstName,
      doctorLastName: doctorUser.lastName,
      doctorSpecialization: t.doctors.specialization,
      doctorTimeZone: t.doctors.timeZone,
      patientFirstName: patientUser.firstName,
      patientLastName: patientUser.lastName,
    },
  };
}

type Row = {
  [K in keyof ReturnType<typeof appointmentColumns>["columns"]]:
    ReturnType<typeof appointmentColumns>["columns"][K]["_"]["data"] | null;
};

/** An appointment as the API returns it, with the names of both parties. */
export interface AppointmentView {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  doctorId: string;
  patientId: string;
  reason: string;
  notes: string | null;
  cancellationReason: string | null;
  cancelledBy: string | null;
  /** Who cancelled, as a party of the appointment ("admin" for clinic staff). */
  cancelledByRole: "patient" | "doctor" | "admin" | null;
  cancelledAt: Date | null;
  confirmedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  doctor: { id: string; firstName: string; lastName: string; specialization: string; timeZone: string };
  patient: { id: string; firstName: string; lastName: string };
}

function toView(r: Row): AppointmentView {
  return {
    id: r.id!,
    status: r.status!,
    startsAt: r.startsAt!,
    endsAt: r.endsAt!,
    doctorId: r.doctorId!,
    patientId: r.patientId!,
    reason: r.reason!,
    notes: r.notes,
    cancellationReason: r.cancellationReason,
    cancelledBy: r.cancelledBy,
    cancelledByRole: !r.cancelledBy
      ? null
      : r.cancelledBy === r.patientUserId
        ? "patient"
        : r.cancelledBy === r.doctorUserId
          ? "doctor"
          : "admin",
    cancelledAt: r.cancelledAt,
    confirmedAt: r.confirmedAt,
    completedAt: r.completedAt,
    createdAt: r.createdAt!,
    updatedAt: r.updatedAt!,
    doctor: {
      id: r.doctorId!,
      firstName: r.doctorFirstName!,
      lastName: r.doctorLastName!,
      specialization: r.doctorSpecialization!,
      timeZone: r.doctorTimeZone!,
    },
    patient: { id: r.patientId!, firstName: r.patientFirstName!, lastName: r.patientLastName! },
  };
}

/** Selects appointments with both parties' names; `where` decides which. */
async function selectAppointments(
  services: Services,
  db: Executor,
  where: SQL | undefined,
  order: "asc" | "desc",
  limit: number,
): Promise<AppointmentView[]> {
  const t = services.database.tables;
  const { columns, doctorUser, patientUser } = appointmentColumns(services);
  const direction = order === "asc" ? asc : desc;
  const rows = await db
    .select(columns)
    .from(t.appointments)
    .innerJoin(t.doctors, eq(t.doctors.id, t.appointments.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, t.doctors.userId))
    .innerJoin(t.patients, eq(t.patients.id, t.appointments.patientId))
    .innerJoin(patientUser, eq(patientUser.id, t.patients.userId))
    .where(where)
    .orderBy(direction(t.appointments.startsAt), direction(t.appointments.id))
    .limit(limit);
  return rows.map((r) => toView(r as Row));
}

async function findAppointment(
  services: Services,
  db: Executor,
  id: string,
): Promise<AppointmentView | null> {
  const [row] = await selectAppointments(
    services,
    db,
    eq(services.database.tables.appointments.id, id),
    "asc",
    1,
  );
  return row ?? null;
}

/** Loads an appointment the caller may see; others answer NOT_FOUND so existence does not leak. */
async function visibleAppointment(
  services: Services,
  actor: Actor,
  id: string,
  db: Executor = services.database.db,
) {
  const appointment = await findAppointment(services, db, id);
  if (!appointment || !canViewAppointment(actor, appointment))
    throw new NotFoundError("Appointment not found");
  return appointment;
}

/**
 * Runs a change of an appointment in a transaction; a refusal (not found, forbidden) is audited
 * after the rollback, so that it is not rolled back with the change.
 */
async function changeAudited<T>(
  services: Services,
  actor: Actor,
  action: string,
  appointmentId: string,
  fn: (tx: Executor) => Promise<T>,
): Promise<T> {
  try {
    return await services.database.transaction(fn);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) {
      await appendAudit(services, {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action,
        entityType: "appointment",
        entityId: appointmentId,
        outcome: "denied",
      });
    }
    throw error;
  }
}

/** Appends the audit event of a read of appointments (one per call). */
function auditRead(
  services: Services,
  actor: Actor,
  action: string,
  outcome: "success" | "denied",
  target: { entityId?: string | null; patientId?: string | null } = {},
) {
  return appendAudit(services, {
    actorUserId: actor.userId,
    actorRole: actor.role,
    action,
    entityType: "appointment",
    entityId: target.entityId ?? null,
    patientId: target.patientId ?? (actor.role === "patient" ? actor.patientId : null),
    outcome,
  });
}

/** One appointment the caller may see; the read, or the refusal, is audited. */
export async function getAppointment(services: Services, actor: Actor, id: string): Promise<AppointmentView> {
  const appointment = await findAppointment(services, services.database.db, id);
  if (!appointment || !canViewAppointment(actor, appointment)) {
    await auditRead(services, actor, "appointments.byId", "denied", {
      entityId: id,
      patientId: appointment?.patientId ?? null,
    });
    throw new NotFoundError("Appointment not found");
  }
  await auditRead(services, actor, "appointments.byId", "success", {
    entityId: id,
    patientId: appointment.patientId,
  });
  return appointment;
}

function eventPayload(
  a: { id: string; patientId: string; doctorId: string; startsAt: Date; endsAt: Date },
  actor: Actor,
  extra: Record<string, unknown> = {},
) {
  return {
    appointmentId: a.id,
    patientId: a.patientId,
    doctorId: a.doctorId,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    actorUserId: actor.userId,
    actorRole: actor.role,
    ...extra,
  };
}

/** Maps the database's refusal of an overlapping booking to a clear conflict. */
function overlapConflict(error: unknown, actor: Actor): ConflictError | null {
  const violation = constraintViolation(error);
  if (!violation) return null;
  if (/patient_no_overlap/.test(violation.name)) {
    const message =
      actor.role === "patient"
        ? "You already have an appointment at that time"
        : "The patient already has an appointment at that time";
    return new ConflictError(message, "overlapping_appointment");
  }
  if (
    /doctor_no_overlap|doctor_slot|doctor_id, appointments.starts_at/.test(violation.name) ||
    violation.kind === "exclusion"
  )
    return new ConflictError(SLOT_TAKEN, "slot_taken");
  return null;
}

/** Checks, inside the transaction, that `startsAt` starts a free slot of a bookable doctor. */
async function assertFreeSlot(
  services: Services,
  doctorId: string,
  startsAt: Date,
  excludeAppointmentId?: string,
) {
  const calendar = await loadCalendar(
    services,
    doctorId,
    startsAt,
    new Date(startsAt.getTime() + 86_400_000),
    excludeAppointmentId,
  );
  if (!calendar || calendar.doctor.approvalState !== "approved" || calendar.doctor.archivedAt)
    throw new NotFoundError("Doctor not found");
  const endsAt = new Date(startsAt.getTime() + calendar.doctor.slotMinutes * 60_000);
  const free = freeSlots({
    rules: calendar.rules,
    policy: calendar.doctor,
    busy: calendar.busy,
    now: services.clock.now(),
    from: startsAt,
    to: endsAt,
  });
  if (!free.some((s) => s.startsAt.getTime() === startsAt.getTime())) {
    const clash = calendar.busy.some((b) => b.startsAt < endsAt && b.endsAt > startsAt);
    if (clash) throw new ConflictError(SLOT_TAKEN, "slot_taken");
    throw new ValidationError("That time is not a bookable slot of this doctor", {
      startsAt: ["Pick one of the doctor's free slots"],
    });
  }
  return { endsAt, doctor: calendar.doctor };
}

const bookablePatient = hotQuery("bookable_patient", (db, t) =>
  db
    .select({ archivedAt: t.patients.archivedAt, firstName: t.users.firstName, lastName: t.users.lastName })
    .from(t.patients)
    .innerJoin(t.users, eq(t.users.id, t.patients.userId))
    .where(eq(t.patients.id, sql.placeholder("patientId"))),
);

const insertAppointment = hotQuery("insert_appointment", (db, t) =>
  db.insert(t.appointments).values({
    id: sql.placeholder("id"),
    patientId: sql.placeholder("patientId"),
    doctorId: sql.placeholder("doctorId"),
    startsAt: sql.placeholder("startsAt"),
    endsAt: sql.placeholder("endsAt"),
    status: sql.placeholder("status"),
    reason: sql.placeholder("reason"),
    createdBy: sql.placeholder("createdBy"),
    createdAt: sql.placeholder("createdAt"),
    updatedAt: sql.placeholder("updatedAt"),
  }),
);

/**
 * Books an appointment (status requested) on a free slot. The database refuses a second booking
 * of an overlapping slot, for the doctor and for the patient, even when two requests race.
 */
export async function bookAppointment(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof createAppointmentInput>,
): Promise<AppointmentView> {
  const input = createAppointmentInput.parse(rawInput);
  const patientId = actor.role === "admin" ? input.patientId : actor.patientId;
  if (actor.role === "admin" && !patientId)
    throw new ValidationError("Choose the patient", { patientId: ["Required when an administrator books"] });
  if (actor.role !== "admin" && input.patientId !== undefined && input.patientId !== actor.patientId)
    throw new ForbiddenError("Patients book for themselves only");
  if (!patientId || !canBookFor(actor, patientId))
    throw new ForbiddenError("Only patients and administrators can book");
  const id = newId();
  try {
    return await services.database.transaction(async (tx) => {
      const [patient] = await bookablePatient(services.database, { patientId });
      if (!patient || patient.archivedAt) throw new NotFoundError("Patient not found");
      const { endsAt, doctor } = await assertFreeSlot(services, input.doctorId, input.startsAt);
      const now = services.clock.now();
      const row = {
        id,
        patientId,
        doctorId: input.doctorId,
        startsAt: input.startsAt,
        endsAt,
        status: "requested" as const,
        reason: input.reason,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      };
      await insertAppointment(services.database, row);
      await enqueueEvent(
        services,
        tx,
        "appointment.requested",
        eventPayload(row, actor, { reason: input.reason }),
      );
      // A request nobody confirms lapses at its start time.
      await scheduleExpiry(services, tx, row);
      await appendAudit(
        services,
        {
          actorUserId: actor.userId,
          actorRole: actor.role,
          action: "appointments.create",
          entityType: "appointment",
          entityId: id,
          patientId,
          outcome: "success",
        },
        tx,
      );
      return {
        ...row,
        notes: null,
        cancellationReason: null,
        cancelledBy: null,
        cancelledByRole: null,
        cancelledAt: null,
        confirmedAt: null,
        completedAt: null,
        doctor: {
          id: input.doctorId,
          firstName: doctor.firstName,
          lastName: doctor.lastName,
          specialization: doctor.specialization,
          timeZone: doctor.timeZone,
        },
        patient: { id: patientId, firstName: patient.firstName, lastName: patient.lastName },
      };
    });
  } catch (error) {
    throw overlapConflict(error, actor) ?? error;
  }
}

async function changeStatus(
  services: Services,
  actor: Actor,
  id: string,
  action: "confirm" | "complete" | "markNoShow" | "cancel",
  reason?: string,
): Promise<AppointmentView> {
  const t = services.database.tables;
  const now = services.clock.now();
  await changeAudited(services, actor, `appointments.${action}`, id, async (tx) => {
    const appointment = await visibleAppointment(services, actor, id, tx);
    if (action !== "cancel" && !canRunAppointment(actor, appointment))
      throw new ForbiddenError("Only the doctor or an administrator can do this");
    const status = nextStatus(appointment.status, action, { now, startsAt: appointment.startsAt });
    const changes = {
      status,
      ...(action === "confirm" && { confirmedAt: now }),
      ...(action === "complete" && { completedAt: now }),
      ...(action === "cancel" && {
        cancelledAt: now,
        cancelledBy: actor.userId,
        cancellationReason: reason ?? null,
      }),
    };
    // The status guard makes a concurrent, conflicting change lose cleanly.
    const updated = await tx
      .update(t.appointments)
      .set(changes)
      .where(and(eq(t.appointments.id, id), eq(t.appointments.status, appointment.status)))
      .returning({ id: t.appointments.id });
    if (updated.length === 0)
      throw new ConflictError("This appointment was changed in the meantime; reload and try again", "stale");
    if (action === "confirm") {
      // The confirming doctor joins the patient's care team for this care (kept until an admin ends it).
      await tx
        .insert(t.careTeam)
        .values({
          id: newId(),
          patientId: appointment.patientId,
          doctorId: appointment.doctorId,
          source: "appointment",
          appointmentId: appointment.id,
          assignedBy: actor.userId,
        })
        .onConflictDoNothing();
      await scheduleReminders(services, tx, appointment);
    }
    const kinds: Record<typeof action, DomainEventKind> = {
      confirm: "appointment.confirmed",
      complete: "appointment.completed",
      markNoShow: "appointment.no_show",
      cancel: "appointment.cancelled",
    };
    await enqueueEvent(
      services,
      tx,
      kinds[action],
      eventPayload(appointment, actor, action === "cancel" ? { reason } : {}),
    );
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: `appointments.${action}`,
        entityType: "appointment",
        entityId: id,
        patientId: appointment.patientId,
        outcome: "success",
      },
      tx,
    );
  });
  return (await findAppointment(services, services.database.db, id))!;
}

/** The doctor (or an admin) accepts a requested appointment. */
export const confirmAppointment = (s: Services, a: Actor, id: string) => changeStatus(s, a, id, "confirm");
/** The doctor (or an admin) records that the visit took place. */
export const completeAppointment = (s: Services, a: Actor, id: string) => changeStatus(s, a, id, "complete");
/** The doctor (or an admin) records that the patient did not come. */
export const markNoShow = (s: Services, a: Actor, id: string) => changeStatus(s, a, id, "markNoShow");

/** Cancels with a reason, recording who cancelled; the slot becomes free again. */
export function cancelAppointment(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof cancelAppointmentInput>,
) {
  const input = cancelAppointmentInput.parse(rawInput);
  return changeStatus(services, actor, input.id, "cancel", input.reason);
}

/**
 * Moves an appointment to another free slot of the same doctor, atomically: the new slot is taken
 * and the old one freed in one transaction, or nothing changes. A patient's move needs the
 * doctor's confirmation again; a move by the doctor or an admin keeps the status.
 */
export async function rescheduleAppointment(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof rescheduleAppointmentInput>,
): Promise<AppointmentView> {
  const input = rescheduleAppointmentInput.parse(rawInput);
  const t = services.database.tables;
  try {
    await changeAudited(services, actor, "appointments.reschedule", input.id, async (tx) => {
      const appointment = await visibleAppointment(services, actor, input.id, tx);
      assertAllowed(appointment.status, "reschedule");
      if (appointment.startsAt.getTime() === input.startsAt.getTime())
        throw new ValidationError("Pick a different time", { startsAt: ["This is the current time"] });
      const { endsAt } = await assertFreeSlot(services, appointment.doctorId, input.startsAt, appointment.id);
      const status = actor.role === "patient" ? "requested" : appointment.status;
      const updated = await tx
        .update(t.appointments)
        .set({
          startsAt: input.startsAt,
          endsAt,
          status,
          ...(status === "requested" && { confirmedAt: null }),
        })
        .where(
          and(
            eq(t.appointments.id, appointment.id),
            eq(t.appointments.status, appointment.status),
            eq(t.appointments.startsAt, appointment.startsAt),
          ),
        )
        .returning({ id: t.appointments.id });
      if (updated.length === 0)
        throw new ConflictError(
          "This appointment was changed in the meantime; reload and try again",
          "stale",
        );
      await enqueueEvent(
        services,
        tx,
        "appointment.rescheduled",
        eventPayload({ ...appointment, startsAt: input.startsAt, endsAt }, actor, {
          previousStartsAt: appointment.startsAt.toISOString(),
          status,
        }),
      );
      // Follow-ups for the new time; those queued for the old time find it changed and do nothing.
      const moved = { ...appointment, startsAt: input.startsAt, endsAt };
      if (status === "confirmed") await scheduleReminders(services, tx, moved);
      if (status === "requested") await scheduleExpiry(services, tx, moved);
      await appendAudit(
        services,
        {
          actorUserId: actor.userId,
          actorRole: actor.role,
          action: "appointments.reschedule",
          entityType: "appointment",
          entityId: appointment.id,
          patientId: appointment.patientId,
          outcome: "success",
        },
        tx,
      );
    });
  } catch (error) {
    throw overlapConflict(error, actor) ?? error;
  }
  return (await findAppointment(services, services.database.db, input.id))!;
}

/** Edits the reason (patient, doctor, admin) and notes (doctor and admin). */
export async function updateAppointment(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof updateAppointmentInput>,
): Promise<AppointmentView> {
  const input = updateAppointmentInput.parse(rawInput);
  const t = services.database.tables;
  await changeAudited(services, actor, "appointments.update", input.id, async (tx) => {
    const appointment = await visibleAppointment(services, actor, input.id, tx);
    if (input.notes !== undefined && !canRunAppointment(actor, appointment))
      throw new ForbiddenError("Only the doctor or an administrator can write notes");
    if (input.reason === undefined && input.notes === undefined) return;
    await tx
      .update(t.appointments)
      .set({ reason: input.reason, notes: input.notes })
      .where(eq(t.appointments.id, appointment.id));
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "appointments.update",
        entityType: "appointment",
        entityId: appointment.id,
        patientId: appointment.patientId,
        outcome: "success",
      },
      tx,
    );
  });
  return (await findAppointment(services, services.database.db, input.id))!;
}

/** Admin: removes an erroneous appointment that has no medical record. */
export async function deleteAppointment(services: Services, actor: Actor, id: string): Promise<{ ok: true }> {
  const t = services.database.tables;
  await changeAudited(services, actor, "appointments.delete", id, async (tx) => {
    const appointment = await visibleAppointment(services, actor, id, tx);
    const [record] = await tx
      .select({ id: t.medicalRecords.id })
      .from(t.medicalRecords)
      .where(eq(t.medicalRecords.appointmentId, id))
      .limit(1);
    if (record)
      throw new ConflictError("This appointment has a medical record and must be kept; cancel it instead");
    const [careLink] = await tx
      .select({ id: t.careTeam.id })
      .from(t.careTeam)
      .where(eq(t.careTeam.appointmentId, id))
      .limit(1);
    if (careLink)
      await tx.update(t.careTeam).set({ appointmentId: null }).where(eq(t.careTeam.appointmentId, id));
    await tx.delete(t.appointments).where(eq(t.appointments.id, id));
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "appointments.delete",
        entityType: "appointment",
        entityId: id,
        patientId: appointment.patientId,
        outcome: "success",
      },
      tx,
    );
  });
  return { ok: true };
}

/** The caller's scope: own appointments for patients and doctors, everything for admins. */
function scopeOf(services: Services, actor: Actor): SQL | undefined {
  const t = services.database.tables;
  if (actor.role === "admin") return undefined;
  if (actor.role === "patient" && actor.patientId) return eq(t.appointments.patientId, actor.patientId);
  if (actor.role === "doctor" && actor.doctorId && actor.doctorApproved)
    return eq(t.appointments.doctorId, actor.doctorId);
  return sql`1 = 0`;
}

function cursorCondition(
  services: Services,
  cursor: string | null | undefined,
  order: "asc" | "desc",
): SQL | undefined {
  if (!cursor) return undefined;
  const t = services.database.tables;
  const [ms, id] = decodeCursor(cursor, ["number", "string"]) as [number, string];
  const at = new Date(ms);
  const after = order === "asc" ? gt : lt;
  return or(
    after(t.appointments.startsAt, at),
    and(eq(t.appointments.startsAt, at), after(t.appointments.id, id)),
  );
}

/** The caller's appointments, filtered by status, range, doctor and patient, with a cursor. */
export async function listAppointments(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof listAppointmentsInput>,
) {
  const input = listAppointmentsInput.parse(rawInput);
  const t = services.database.tables;
  const where = and(
    scopeOf(services, actor),
    input.status?.length ? inArray(t.appointments.status, input.status) : undefined,
    input.from ? gte(t.appointments.startsAt, input.from) : undefined,
    input.to ? lt(t.appointments.startsAt, input.to) : undefined,
    input.doctorId ? eq(t.appointments.doctorId, input.doctorId) : undefined,
    input.patientId ? eq(t.appointments.patientId, input.patientId) : undefined,
    cursorCondition(services, input.cursor, input.order),
  );
  const rows = await selectAppointments(services, services.database.db, where, input.order, input.limit + 1);
  await auditRead(services, actor, "appointments.list", "success", { patientId: input.patientId ?? null });
  return toPage(rows, input.limit, (a) => [a.startsAt.getTime(), a.id]);
}

/** A doctor's appointments in a range (the doctor and admins). */
export async function doctorAppointments(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof doctorAppointmentsInput>,
) {
  const input = doctorAppointmentsInput.parse(rawInput);
  if (!canViewDoctorCalendar(actor, input.doctorId)) {
    await auditRead(services, actor, "doctors.appointments", "denied", { entityId: input.doctorId });
    throw new NotFoundError("Doctor not found");
  }
  const t = services.database.tables;
  const where = and(
    eq(t.appointments.doctorId, input.doctorId),
    gte(t.appointments.startsAt, input.from),
    lt(t.appointments.startsAt, input.to),
    input.status?.length ? inArray(t.appointments.status, input.status) : undefined,
    cursorCondition(services, input.cursor, "asc"),
  );
  const rows = await selectAppointments(services, services.database.db, where, "asc", input.limit + 1);
  await auditRead(services, actor, "doctors.appointments", "success", { entityId: input.doctorId });
  return toPage(rows, input.limit, (a) => [a.startsAt.getTime(), a.id]);
}

/** Upcoming appointments that still hold their slot, soonest first. */
export async function upcomingAppointments(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof appointmentWindowInput>,
) {
  const { limit } = appointmentWindowInput.parse(rawInput);
  const t = services.database.tables;
  const where = and(
    scopeOf(services, actor),
    inArray(t.appointments.status, [...HOLDING]),
    gt(t.appointments.endsAt, services.clock.now()),
  );
  const items = await selectAppointments(services, services.database.db, where, "asc", limit);
  await auditRead(services, actor, "appointments.upcoming", "success");
  return items;
}

/** Appointments that have started, most recent first, whatever their status. */
export async function pastAppointments(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof appointmentWindowInput>,
) {
  const { limit } = appointmentWindowInput.parse(rawInput);
  const t = services.database.tables;
  const items = await selectAppointments(
    services,
    services.database.db,
    and(scopeOf(services, actor), lte(t.appointments.startsAt, services.clock.now())),
    "desc",
    limit,
  );
  await auditRead(services, actor, "appointments.past", "success");
  return items;
}

/** Today's appointments, "today" being the viewer's own calendar day in their time zone. */
export async function todayAppointments(services: Services, actor: Actor) {
  const t = services.database.tables;
  const [user] = await services.database.db
    .select({ timeZone: t.users.timeZone })
    .from(t.users)
    .where(eq(t.users.id, actor.userId));
  const timeZone = user?.timeZone ?? "UTC";
  const today = Temporal.Instant.fromEpochMilliseconds(services.clock.now().getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
  const start = new Date(today.toZonedDateTime(timeZone).epochMilliseconds);
  const end = new Date(today.add({ days: 1 }).toZonedDateTime(timeZone).epochMilliseconds);
  const where = and(
    scopeOf(services, actor),
    gte(t.appointments.startsAt, start),
    lt(t.appointments.startsAt, end),
  );
  const items = await selectAppointments(services, services.database.db, where, "asc", 200);
  await auditRead(services, actor, "appointments.today", "success");
  return { date: today.toString(), timeZone, items };
}
