// Scheduling invariants of the demo data, checked independently of the planner (the tests use
// these on planned rows and on rows read back from the database).
import { Temporal } from "temporal-polyfill";

export interface CheckedAppointment {
  id: string;
  doctorId: string;
  patientId: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
}

export interface CheckedDoctor {
  id: string;
  timeZone: string;
  slotMinutes: number;
}

export interface CheckedRule {
  doctorId: string;
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  isAvailable: boolean;
}

const SLOT_HOLDING = new Set(["requested", "confirmed"]);

function wallClock(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
}

const hhmm = (zoned: Temporal.ZonedDateTime) =>
  `${String(zoned.hour).padStart(2, "0")}:${String(zoned.minute).padStart(2, "0")}`;

/**
 * Appointments that do not lie within one available weekly block of their doctor, read in the
 * doctor's time zone, or whose length is not the doctor's slot length. Returns descriptions.
 */
export function offScheduleAppointments(
  appointments: readonly CheckedAppointment[],
  doctors: readonly CheckedDoctor[],
  rules: readonly CheckedRule[],
): string[] {
  const doctorById = new Map(doctors.map((doctor) => [doctor.id, doctor]));
  const problems: string[] = [];
  for (const appointment of appointments) {
    const doctor = doctorById.get(appointment.doctorId);
    if (!doctor) {
      problems.push(`${appointment.id}: unknown doctor`);
      continue;
    }
    const start = wallClock(appointment.startsAt, doctor.timeZone);
    const end = wallClock(appointment.endsAt, doctor.timeZone);
    const minutes = (appointment.endsAt.getTime() - appointment.startsAt.getTime()) / 60_000;
    const inBlock = rules.some(
      (rule) =>
        rule.doctorId === doctor.id &&
        rule.isAvailable &&
        rule.dayOfWeek === start.dayOfWeek &&
        rule.startTime <= hhmm(start) &&
        hhmm(end) <= rule.endTime,
    );
    const sameDay = start.toPlainDate().equals(end.toPlainDate());
    if (!inBlock || !sameDay || minutes !== doctor.slotMinutes) {
      problems.push(
        `${appointment.id}: ${start.toString()} - ${hhmm(end)} (${minutes} min) is off the schedule`,
      );
    }
  }
  return problems;
}

/** Pairs of overlapping slot-holding (requested or confirmed) appointments of one doctor or one patient. */
export function overlappingAppointments(
  appointments: readonly CheckedAppointment[],
  by: "doctorId" | "patientId",
): string[] {
  const groups = new Map<string, CheckedAppointment[]>();
  for (const appointment of appointments.filter((a) => SLOT_HOLDING.has(a.status))) {
    groups.set(appointment[by], [...(groups.get(appointment[by]) ?? []), appointment]);
  }
  const problems: string[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (let i = 1; i < group.length; i++) {
      if (group[i]!.startsAt < group[i - 1]!.endsAt)
        problems.push(`${group[i - 1]!.id} overlaps ${group[i]!.id}`);
    }
  }
  return problems;
}
