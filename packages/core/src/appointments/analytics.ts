import type { AppointmentStatus } from "@healthcare/validators";
import { analyticsInput, APPOINTMENT_STATUSES } from "@healthcare/validators";
import { and, count, eq, gt, gte, lt, sql, sum, type SQL } from "drizzle-orm";
import { Temporal } from "temporal-polyfill";
import type { z } from "zod";
import type { Actor, Services } from "../context";
import { ForbiddenError } from "../errors";
import type { Slot, WeeklyRule } from "../scheduling/slots";
import { scheduledBlocks, uncoveredMinutes } from "../scheduling/slots";

type StatusCounts = Record<AppointmentStatus, number>;
const emptyCounts = (): StatusCounts =>
  Object.fromEntries(APPOINTMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
/** Statuses whose minutes count as booked time. */
const BOOKED: readonly AppointmentStatus[] = ["requested", "confirmed", "completed", "no_show"];
const BUCKET_MS = 15 * 60_000;

function rates(c: StatusCounts, total: number) {
  return {
    cancellationRate: total === 0 ? 0 : c.cancelled / total,
    noShowRate: c.completed + c.no_show === 0 ? 0 : c.no_show / (c.completed + c.no_show),
  };
}

/**
 * Appointment analytics over calendar days in the viewer's time zone: counts by status, doctor,
 * specialization and day; cancellation rate (cancelled / all), no-show rate (no-shows / visits
 * that were due: completed + no-show), and utilisation (booked minutes / scheduled minutes, where
 * scheduled minutes are the weekly blocks minus time off). Doctors see their own figures.
 */
export async function appointmentAnalytics(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof analyticsInput>,
) {
  const input = analyticsInput.parse(rawInput);
  if (actor.role === "doctor" && input.doctorId && input.doctorId !== actor.doctorId)
    throw new ForbiddenError("Doctors see their own analytics only");
  const doctorId = actor.role === "doctor" ? actor.doctorId! : input.doctorId;
  const { database } = services;
  const t = database.tables;
  const db = database.db;

  const [viewer] = await db
    .select({ timeZone: t.users.timeZone })
    .from(t.users)
    .where(eq(t.users.id, actor.userId));
  const timeZone = viewer?.timeZone ?? "UTC";
  const start = new Date(Temporal.PlainDate.from(input.from).toZonedDateTime(timeZone).epochMilliseconds);
  const end = new Date(
    Temporal.PlainDate.from(input.to).add({ days: 1 }).toZonedDateTime(timeZone).epochMilliseconds,
  );

  const inRange = and(
    gte(t.appointments.startsAt, start),
    lt(t.appointments.startsAt, end),
    doctorId ? eq(t.appointments.doctorId, doctorId) : undefined,
  );
  const sqlite = database.dialect === "sqlite";
  const minutes: SQL<number> = sqlite
    ? sql<number>`(${t.appointments.endsAt} - ${t.appointments.startsAt}) / 60000`
    : sql<number>`extract(epoch from (${t.appointments.endsAt} - ${t.appointments.startsAt})) / 60`;
  const bucket: SQL<number> = sqlite
    ? sql<number>`${t.appointments.startsAt} / ${sql.raw(String(BUCKET_MS))}`
    : sql<number>`floor(extract(epoch from ${t.appointments.startsAt}) * 1000 / ${sql.raw(String(BUCKET_MS))})`;

  const [byDoctorRows, byBucketRows, doctors, rules, timeOff] = await Promise.all([
    db
      .select({
        doctorId: t.appointments.doctorId,
        status: t.appointments.status,
        n: count(),
        minutes: sum(minutes),
      })
      .from(t.appointments)
      .where(inRange)
      .groupBy(t.appointments.doctorId, t.appointments.status),
    db
      .select({ bucket, status: t.appointments.status, n: count() })
      .from(t.appointments)
      .where(inRange)
      .groupBy(bucket, t.appointments.status),
    db
      .select({
        id: t.doctors.id,
        firstName: t.users.firstName,
        lastName: t.users.lastName,
        specialization: t.doctors.specialization,
        timeZone: t.doctors.timeZone,
        approvalState: t.doctors.approvalState,
      })
      .from(t.doctors)
      .innerJoin(t.users, eq(t.users.id, t.doctors.userId))
      .where(doctorId ? eq(t.doctors.id, doctorId) : eq(t.doctors.approvalState, "approved")),
    db
      .select({
        doctorId: t.scheduleRules.doctorId,
        dayOfWeek: t.scheduleRules.dayOfWeek,
        startTime: t.scheduleRules.startTime,
        endTime: t.scheduleRules.endTime,
        isAvailable: t.scheduleRules.isAvailable,
      })
      .from(t.scheduleRules)
      .where(doctorId ? eq(t.scheduleRules.doctorId, doctorId) : undefined),
    db
      .select({ doctorId: t.timeOff.doctorId, startsAt: t.timeOff.startsAt, endsAt: t.timeOff.endsAt })
      .from(t.timeOff)
      .where(
        and(
          lt(t.timeOff.startsAt, end),
          gt(t.timeOff.endsAt, start),
          doctorId ? eq(t.timeOff.doctorId, doctorId) : undefined,
        ),
      ),
  ]);

  const group = <T>(rows: T[], key: (r: T) => string) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return map;
  };
  const rulesByDoctor = group(rules, (r) => r.doctorId);
  const timeOffByDoctor = group(timeOff, (r) => r.doctorId);
  const statsByDoctor = group(byDoctorRows, (r) => r.doctorId);

  const byDoctor = doctors.map((d) => {
    const counts = emptyCounts();
    let bookedMinutes = 0;
    for (const r of statsByDoctor.get(d.id) ?? []) {
      counts[r.status] += Number(r.n);
      if (BOOKED.includes(r.status)) bookedMinutes += Number(r.minutes ?? 0);
    }
    const blocks = scheduledBlocks((rulesByDoctor.get(d.id) ?? []) as WeeklyRule[], d.timeZone, start, end);
    const scheduledMinutes = uncoveredMinutes(blocks, (timeOffByDoctor.get(d.id) ?? []) as Slot[]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      doctorId: d.id,
      name: `${d.firstName} ${d.lastName}`,
      specialization: d.specialization,
      total,
      byStatus: counts,
      ...rates(counts, total),
      bookedMinutes,
      scheduledMinutes,
      utilisation: scheduledMinutes === 0 ? 0 : bookedMinutes / scheduledMinutes,
    };
  });

  const bySpecialization = [...group(byDoctor, (d) => d.specialization).entries()]
    .map(([specialization, list]) => {
      const byStatus = emptyCounts();
      for (const d of list) for (const s of APPOINTMENT_STATUSES) byStatus[s] += d.byStatus[s];
      const total = list.reduce((a, d) => a + d.total, 0);
      return { specialization, total, byStatus, ...rates(byStatus, total) };
    })
    .sort((a, b) => a.specialization.localeCompare(b.specialization));

  const days = new Map<string, StatusCounts>();
  for (
    let day = Temporal.PlainDate.from(input.from);
    Temporal.PlainDate.compare(day, Temporal.PlainDate.from(input.to)) <= 0;
    day = day.add({ days: 1 })
  ) {
    days.set(day.toString(), emptyCounts());
  }
  for (const r of byBucketRows) {
    const date = Temporal.Instant.fromEpochMilliseconds(Number(r.bucket) * BUCKET_MS)
      .toZonedDateTimeISO(timeZone)
      .toPlainDate()
      .toString();
    const counts = days.get(date);
    if (counts) counts[r.status] += Number(r.n);
  }
  const byDay = [...days.entries()].map(([date, byStatus]) => ({
    date,
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
  }));

  const byStatus = emptyCounts();
  for (const d of byDoctor) for (const s of APPOINTMENT_STATUSES) byStatus[s] += d.byStatus[s];
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const bookedMinutes = byDoctor.reduce((a, d) => a + d.bookedMinutes, 0);
  const scheduledMinutes = byDoctor.reduce((a, d) => a + d.scheduledMinutes, 0);
  return {
    from: input.from,
    to: input.to,
    timeZone,
    totals: {
      total,
      byStatus,
      ...rates(byStatus, total),
      bookedMinutes,
      scheduledMinutes,
      utilisation: scheduledMinutes === 0 ? 0 : bookedMinutes / scheduledMinutes,
    },
    byDoctor,
    bySpecialization,
    byDay,
  };
}
