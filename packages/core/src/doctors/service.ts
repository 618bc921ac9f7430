import { hotQuery, newId } from "@healthcare/db";
import { hashPassword } from "@healthcare/auth";
import type { CreateDoctorInput, SetScheduleInput, UpdateDoctorInput } from "@healthcare/validators";
import {
  addTimeOffInput,
  availableSlotsInput,
  createDoctorInput,
  listDoctorsInput,
  removeTimeOffInput,
  setScheduleInput,
  updateDoctorInput,
} from "@healthcare/validators";
import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { canManageSchedule, canSeeInactiveDoctor } from "../access/scheduling";
import { appendAudit } from "../audit";
import { uniqueAccountConflict } from "../auth/service";
import type { Actor, Services } from "../context";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { decodeCursor, likePattern, toPage } from "../pagination";
import type { Slot, WeeklyRule } from "../scheduling/slots";
import { freeSlots } from "../scheduling/slots";

/** Statuses whose appointments occupy the calendar. */
export const HOLDING = ["requested", "confirmed"] as const;

/** The columns of a doctor profile that every signed-in user may see. */
function doctorColumns(t: Services["database"]["tables"]) {
  return {
    id: t.doctors.id,
    userId: t.doctors.userId,
    firstName: t.users.firstName,
    lastName: t.users.lastName,
    specialization: t.doctors.specialization,
    licenseNumber: t.doctors.licenseNumber,
    phone: t.doctors.phone,
    yearsOfExperience: t.doctors.yearsOfExperience,
    consultationFeeMinor: t.doctors.consultationFeeMinor,
    currency: t.doctors.currency,
    bio: t.doctors.bio,
    timeZone: t.doctors.timeZone,
    slotMinutes: t.doctors.slotMinutes,
    minNoticeMinutes: t.doctors.minNoticeMinutes,
    bookingWindowDays: t.doctors.bookingWindowDays,
    approvalState: t.doctors.approvalState,
    approvedAt: t.doctors.approvedAt,
    archivedAt: t.doctors.archivedAt,
    createdAt: t.doctors.createdAt,
  };
}

/** A doctor as the API returns it. */
export type DoctorProfile = NonNullable<Awaited<ReturnType<typeof loadDoctor>>>;

async function loadDoctor(services: Services, doctorId: string) {
  const t = services.database.tables;
  const [row] = await services.database.db
    .select(doctorColumns(t))
    .from(t.doctors)
    .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
    .where(eq(t.doctors.id, doctorId));
  return row ?? null;
}

const isBookable = (d: { approvalState: string; archivedAt: Date | null }) =>
  d.approvalState === "approved" && d.archivedAt === null;

/** A doctor the caller may see: bookable ones for everyone, others for admins and the doctor. */
export async function getDoctor(services: Services, actor: Actor, doctorId: string): Promise<DoctorProfile> {
  const doctor = await loadDoctor(services, doctorId);
  if (!doctor || (!isBookable(doctor) && !canSeeInactiveDoctor(actor, doctorId)))
    throw new NotFoundError("Doctor not found");
  return doctor;
}

/** Lists doctors by name, filtered by specialization and searched by name; only bookable ones unless an admin asks. */
export async function listDoctors(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof listDoctorsInput>,
) {
  const input = listDoctorsInput.parse(rawInput);
  const t = services.database.tables;
  const state = actor.role === "admin" ? input.state : "active";
  const conditions: (SQL | undefined)[] = [];
  if (state === "active")
    conditions.push(eq(t.doctors.approvalState, "approved"), isNull(t.doctors.archivedAt));
  if (state === "pending")
    conditions.push(eq(t.doctors.approvalState, "pending"), isNull(t.doctors.archivedAt));
  if (state === "archived") conditions.push(isNotNull(t.doctors.archivedAt));
  if (input.specialization)
    conditions.push(eq(sql`lower(${t.doctors.specialization})`, input.specialization.toLowerCase()));
  if (input.search) {
    conditions.push(
      sql`lower(${t.users.firstName} || ' ' || ${t.users.lastName}) like ${likePattern(input.search)} escape '\\'`,
    );
  }
  if (input.cursor) {
    const [lastName, id] = decodeCursor(input.cursor, ["string", "string"]) as [string, string];
    conditions.push(
      or(gt(t.users.lastName, lastName), and(eq(t.users.lastName, lastName), gt(t.doctors.id, id))),
    );
  }
  const rows = await services.database.db
    .select(doctorColumns(t))
    .from(t.doctors)
    .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
    .where(and(...conditions))
    .orderBy(asc(t.users.lastName), asc(t.doctors.id))
    .limit(input.limit + 1);
  return toPage(rows, input.limit, (d) => [d.lastName, d.id]);
}

/** The specializations of bookable doctors, for filters. */
export async function listSpecializations(services: Services): Promise<string[]> {
  const t = services.database.tables;
  const rows = await services.database.db
    .selectDistinct({ specialization: t.doctors.specialization })
    .from(t.doctors)
    .where(and(eq(t.doctors.approvalState, "approved"), isNull(t.doctors.archivedAt)))
    .orderBy(asc(t.doctors.specialization));
  return rows.map((r) => r.specialization);
}

/** Admin: creates a doctor account, approved and active. */
export async function createDoctor(
  services: Services,
  actor: Actor,
  rawInput: CreateDoctorInput,
): Promise<DoctorProfile> {
  const input = createDoctorInput.parse(rawInput);
  const { database, clock } = services;
  const t = database.tables;
  const passwordHash = await hashPassword(input.password);
  const userId = newId();
  const doctorId = newId();
  const now = clock.now();
  try {
    await database.transaction(async (tx) => {
      await tx.insert(t.users).values({
        id: userId,
        email: input.email,
        passwordHash,
        role: "doctor",
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        timeZone: input.timeZone,
      });
      await tx.insert(t.doctors).values({
        id: doctorId,
        userId,
        specialization: input.specialization,
        licenseNumber: input.licenseNumber,
        phone: input.phone ?? null,
        yearsOfExperience: input.yearsOfExperience ?? 0,
        consultationFeeMinor: input.consultationFeeMinor ?? 0,
        currency: input.currency ?? "USD",
        bio: input.bio ?? "",
        timeZone: input.timeZone,
        approvalState: "approved",
        approvedAt: now,
        approvedBy: actor.userId,
      });
      await appendAudit(
        services,
        {
          actorUserId: actor.userId,
          actorRole: actor.role,
          action: "doctors.create",
          entityType: "doctor",
          entityId: doctorId,
          outcome: "success",
        },
        tx,
      );
    });
  } catch (error) {
    throw uniqueAccountConflict(error) ?? error;
  }
  return (await loadDoctor(services, doctorId))!;
}

/** Updates a doctor: admins everything; the doctor their own bio, fee and phone. */
export async function updateDoctor(
  services: Services,
  actor: Actor,
  rawInput: UpdateDoctorInput,
): Promise<DoctorProfile> {
  const input = updateDoctorInput.parse(rawInput);
  const existing = await getDoctor(services, actor, input.id);
  if (actor.role !== "admin") {
    if (actor.doctorId !== input.id) throw new ForbiddenError("You can only edit your own profile");
    const {
      id: _id,
      bio: _bio,
      consultationFeeMinor: _fee,
      currency: _currency,
      phone: _phone,
      ...restricted
    } = input;
    const refused = Object.entries(restricted)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k);
    if (refused.length > 0)
      throw new ForbiddenError(`Only an administrator can change: ${refused.join(", ")}`);
  }
  const t = services.database.tables;
  try {
    await services.database.transaction(async (tx) => {
      const { id, firstName, lastName, ...doctorFields } = input;
      if (Object.values(doctorFields).some((v) => v !== undefined)) {
        await tx.update(t.doctors).set(doctorFields).where(eq(t.doctors.id, id));
      }
      if (firstName !== undefined || lastName !== undefined) {
        await tx.update(t.users).set({ firstName, lastName }).where(eq(t.users.id, existing.userId));
      }
      await appendAudit(
        services,
        {
          actorUserId: actor.userId,
          actorRole: actor.role,
          action: "doctors.update",
          entityType: "doctor",
          entityId: id,
          outcome: "success",
        },
        tx,
      );
    });
  } catch (error) {
    throw uniqueAccountConflict(error) ?? error;
  }
  return (await loadDoctor(services, input.id))!;
}

/** Admin: approves a pending doctor registration. */
export async function approveDoctor(
  services: Services,
  actor: Actor,
  doctorId: string,
): Promise<DoctorProfile> {
  const t = services.database.tables;
  const doctor = await loadDoctor(services, doctorId);
  if (!doctor) throw new NotFoundError("Doctor not found");
  if (doctor.approvalState === "approved") throw new ConflictError("This doctor is already approved");
  if (doctor.archivedAt) throw new ConflictError("This doctor is archived");
  await services.database.transaction(async (tx) => {
    await tx
      .update(t.doctors)
      .set({ approvalState: "approved", approvedAt: services.clock.now(), approvedBy: actor.userId })
      .where(eq(t.doctors.id, doctorId));
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "doctors.approve",
        entityType: "doctor",
        entityId: doctorId,
        outcome: "success",
      },
      tx,
    );
  });
  return (await loadDoctor(services, doctorId))!;
}

/** Admin: archives a doctor; they can no longer be booked or sign in as a doctor, history stays. */
export async function archiveDoctor(
  services: Services,
  actor: Actor,
  doctorId: string,
): Promise<DoctorProfile> {
  const t = services.database.tables;
  const doctor = await loadDoctor(services, doctorId);
  if (!doctor) throw new NotFoundError("Doctor not found");
  if (doctor.archivedAt) throw new ConflictError("This doctor is already archived");
  const now = services.clock.now();
  await services.database.transaction(async (tx) => {
    const [upcoming] = await tx
      .select({ id: t.appointments.id })
      .from(t.appointments)
      .where(
        and(
          eq(t.appointments.doctorId, doctorId),
          inArray(t.appointments.status, [...HOLDING]),
          gt(t.appointments.startsAt, now),
        ),
      )
      .limit(1);
    if (upcoming)
      throw new ConflictError("This doctor still has upcoming appointments; cancel or move them first");
    await tx.update(t.doctors).set({ archivedAt: now }).where(eq(t.doctors.id, doctorId));
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "doctors.archive",
        entityType: "doctor",
        entityId: doctorId,
        outcome: "success",
      },
      tx,
    );
  });
  return (await loadDoctor(services, doctorId))!;
}

/** The weekly rules, booking policy and upcoming time off of a doctor. */
export async function getSchedule(services: Services, actor: Actor, doctorId: string) {
  const doctor = await getDoctor(services, actor, doctorId);
  const t = services.database.tables;
  const [rules, timeOff] = await Promise.all([
    services.database.db
      .select({
        id: t.scheduleRules.id,
        dayOfWeek: t.scheduleRules.dayOfWeek,
        startTime: t.scheduleRules.startTime,
        endTime: t.scheduleRules.endTime,
        isAvailable: t.scheduleRules.isAvailable,
      })
      .from(t.scheduleRules)
      .where(eq(t.scheduleRules.doctorId, doctorId))
      .orderBy(asc(t.scheduleRules.dayOfWeek), asc(t.scheduleRules.startTime)),
    services.database.db
      .select({
        id: t.timeOff.id,
        startsAt: t.timeOff.startsAt,
        endsAt: t.timeOff.endsAt,
        reason: t.timeOff.reason,
      })
      .from(t.timeOff)
      .where(and(eq(t.timeOff.doctorId, doctorId), gt(t.timeOff.endsAt, services.clock.now())))
      .orderBy(asc(t.timeOff.startsAt)),
  ]);
  return {
    doctorId,
    timeZone: doctor.timeZone,
    slotMinutes: doctor.slotMinutes,
    minNoticeMinutes: doctor.minNoticeMinutes,
    bookingWindowDays: doctor.bookingWindowDays,
    rules,
    timeOff,
  };
}

/** Replaces a doctor's weekly rules (and time zone, slot length, notice, window) at once. */
export async function setSchedule(services: Services, actor: Actor, rawInput: SetScheduleInput) {
  const input = setScheduleInput.parse(rawInput);
  if (!canManageSchedule(actor, input.doctorId)) throw new NotFoundError("Doctor not found");
  const t = services.database.tables;
  await getDoctor(services, actor, input.doctorId);
  await services.database.transaction(async (tx) => {
    await tx
      .update(t.doctors)
      .set({
        timeZone: input.timeZone,
        slotMinutes: input.slotMinutes,
        ...(input.minNoticeMinutes !== undefined && { minNoticeMinutes: input.minNoticeMinutes }),
        ...(input.bookingWindowDays !== undefined && { bookingWindowDays: input.bookingWindowDays }),
      })
      .where(eq(t.doctors.id, input.doctorId));
    await tx.delete(t.scheduleRules).where(eq(t.scheduleRules.doctorId, input.doctorId));
    if (input.rules.length > 0) {
      await tx
        .insert(t.scheduleRules)
        .values(input.rules.map((r) => ({ id: newId(), doctorId: input.doctorId, ...r })));
    }
    await appendAudit(
      services,
      {
        actorUserId: actor.userId,
        actorRole: actor.role,
        action: "doctors.setSchedule",
        entityType: "doctor",
        entityId: input.doctorId,
        outcome: "success",
      },
      tx,
    );
  });
  return getSchedule(services, actor, input.doctorId);
}

/** Adds a time-off range; existing appointments in it are not touched (the doctor moves them). */
export async function addTimeOff(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof addTimeOffInput>,
) {
  const input = addTimeOffInput.parse(rawInput);
  if (!canManageSchedule(actor, input.doctorId)) throw new NotFoundError("Doctor not found");
  await getDoctor(services, actor, input.doctorId);
  const id = newId();
  await services.database.db.insert(services.database.tables.timeOff).values({
    id,
    doctorId: input.doctorId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    reason: input.reason ?? null,
  });
  return { id, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason ?? null };
}

/** Removes a time-off range of the doctor. */
export async function removeTimeOff(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof removeTimeOffInput>,
) {
  const input = removeTimeOffInput.parse(rawInput);
  if (!canManageSchedule(actor, input.doctorId)) throw new NotFoundError("Doctor not found");
  const t = services.database.tables;
  const removed = await services.database.db
    .delete(t.timeOff)
    .where(and(eq(t.timeOff.id, input.timeOffId), eq(t.timeOff.doctorId, input.doctorId)))
    .returning({ id: t.timeOff.id });
  if (removed.length === 0) throw new NotFoundError("Time off not found");
  return { ok: true as const };
}

// Slot computation runs on every booking: its three queries are built once per database.
const doctorWithRules = hotQuery("doctor_with_rules", (db, t) =>
  db
    .select({
      timeZone: t.doctors.timeZone,
      slotMinutes: t.doctors.slotMinutes,
      minNoticeMinutes: t.doctors.minNoticeMinutes,
      bookingWindowDays: t.doctors.bookingWindowDays,
      approvalState: t.doctors.approvalState,
      archivedAt: t.doctors.archivedAt,
      specialization: t.doctors.specialization,
      firstName: t.users.firstName,
      lastName: t.users.lastName,
      dayOfWeek: t.scheduleRules.dayOfWeek,
      startTime: t.scheduleRules.startTime,
      endTime: t.scheduleRules.endTime,
      isAvailable: t.scheduleRules.isAvailable,
    })
    .from(t.doctors)
    .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
    .leftJoin(t.scheduleRules, eq(t.scheduleRules.doctorId, t.doctors.id))
    .where(eq(t.doctors.id, sql.placeholder("doctorId"))),
);

const timeOffBetween = hotQuery("time_off_between", (db, t) =>
  db
    .select({ startsAt: t.timeOff.startsAt, endsAt: t.timeOff.endsAt })
    .from(t.timeOff)
    .where(
      and(
        eq(t.timeOff.doctorId, sql.placeholder("doctorId")),
        lt(t.timeOff.startsAt, sql.placeholder("to")),
        gt(t.timeOff.endsAt, sql.placeholder("from")),
      ),
    ),
);

const heldBetween = hotQuery("held_between", (db, t) =>
  db
    .select({ startsAt: t.appointments.startsAt, endsAt: t.appointments.endsAt })
    .from(t.appointments)
    .where(
      and(
        eq(t.appointments.doctorId, sql.placeholder("doctorId")),
        inArray(t.appointments.status, [...HOLDING]),
        // Appointments last at most a day (a database rule): bound the index range scan.
        gte(t.appointments.startsAt, sql.placeholder("earliestStart")),
        lt(t.appointments.startsAt, sql.placeholder("to")),
        gt(t.appointments.endsAt, sql.placeholder("from")),
        ne(t.appointments.id, sql.placeholder("excludeId")),
      ),
    ),
);

/** Everything slot computation needs about one doctor, in three queries whatever the range. */
export async function loadCalendar(
  services: Services,
  doctorId: string,
  from: Date,
  to: Date,
  excludeAppointmentId?: string,
) {
  const { database } = services;
  // Sequential on purpose: inside a transaction the queries share one connection.
  const doctorRows = await doctorWithRules(database, { doctorId });
  const timeOff = await timeOffBetween(database, { doctorId, from, to });
  const appointments = await heldBetween(database, {
    doctorId,
    from,
    to,
    earliestStart: new Date(from.getTime() - 86_400_000),
    excludeId: excludeAppointmentId ?? "",
  });
  const doctor = doctorRows[0];
  if (!doctor) return null;
  const rules: WeeklyRule[] = doctorRows
    .filter((r) => r.dayOfWeek !== null)
    .map((r) => ({
      dayOfWeek: r.dayOfWeek!,
      startTime: r.startTime!,
      endTime: r.endTime!,
      isAvailable: r.isAvailable!,
    }));
  return { doctor, rules, busy: [...timeOff, ...appointments] as Slot[] };
}

/** Free slots of a bookable doctor between `from` and `to`. */
export async function availableSlots(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof availableSlotsInput>,
) {
  const input = availableSlotsInput.parse(rawInput);
  const calendar = await loadCalendar(services, input.doctorId, input.from, input.to);
  if (!calendar || (!isBookable(calendar.doctor) && !canSeeInactiveDoctor(actor, input.doctorId)))
    throw new NotFoundError("Doctor not found");
  const slots = isBookable(calendar.doctor)
    ? freeSlots({
        rules: calendar.rules,
        policy: calendar.doctor,
        busy: calendar.busy,
        now: services.clock.now(),
        from: input.from,
        to: input.to,
      })
    : [];
  return {
    doctorId: input.doctorId,
    timeZone: calendar.doctor.timeZone,
    slotMinutes: calendar.doctor.slotMinutes,
    slots,
  };
}
