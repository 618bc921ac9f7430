// Wall-clock schedule arithmetic for the seed. Schedules are local times in the doctor's IANA time
// zone; every instant is computed by Temporal from a local date and time, never by adding offsets.
import { Temporal } from "temporal-polyfill";

/** A weekly block of a doctor's schedule: `HH:MM` local times, dayOfWeek 1 = Monday .. 7 = Sunday. */
export interface WeeklyBlock {
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  isAvailable: boolean;
}

/** A half-open range of instants [startsAt, endsAt). */
export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

const MINUTE_MS = 60_000;

/** Minutes since local midnight of an `HH:MM` time. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return hours! * 60 + minutes!;
}

/** The calendar date an instant falls on in a time zone. */
export function localDate(instant: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone).toPlainDate();
}

/** The local wall-clock time (minutes since midnight) of an instant in a time zone. */
export function localMinutes(instant: Date, timeZone: string): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return zoned.hour * 60 + zoned.minute;
}

/** The instant at which a local date and wall-clock time (minutes since midnight) occur in a time zone. */
export function instantAt(date: Temporal.PlainDate, minutes: number, timeZone: string): Date {
  const zoned = Temporal.ZonedDateTime.from({
    timeZone,
    year: date.year,
    month: date.month,
    day: date.day,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  });
  return new Date(zoned.epochMilliseconds);
}

/** True when two half-open intervals share at least one instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/**
 * The bookable slots of one local day: each available block of that weekday cut into
 * `slotMinutes` pieces from its start, minus anything touching an unavailable block or time off.
 */
export function daySlots(
  date: Temporal.PlainDate,
  blocks: readonly WeeklyBlock[],
  slotMinutes: number,
  timeZone: string,
  timeOff: readonly Interval[],
): Interval[] {
  const today = blocks.filter((block) => block.dayOfWeek === date.dayOfWeek);
  const closed = today
    .filter((block) => !block.isAvailable)
    .map((block) => ({
      startsAt: instantAt(date, minutesOfDay(block.startTime), timeZone),
      endsAt: instantAt(date, minutesOfDay(block.endTime), timeZone),
    }));
  const slots: Interval[] = [];
  for (const block of today.filter((b) => b.isAvailable)) {
    const end = minutesOfDay(block.endTime);
    for (let start = minutesOfDay(block.startTime); start + slotMinutes <= end; start += slotMinutes) {
      const startsAt = instantAt(date, start, timeZone);
      const slot = { startsAt, endsAt: new Date(startsAt.getTime() + slotMinutes * MINUTE_MS) };
      if (![...closed, ...timeOff].some((range) => overlaps(range, slot))) slots.push(slot);
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Keeps who is busy when, so that no doctor or patient is planned twice at the same time. */
export class Occupancy {
  private readonly busy = new Map<string, Interval[]>();

  /** True when `who` has nothing overlapping `interval`. */
  isFree(who: string, interval: Interval): boolean {
    return !(this.busy.get(who) ?? []).some((taken) => overlaps(taken, interval));
  }

  /** Marks `who` busy during `interval`. */
  hold(who: string, interval: Interval): void {
    const list = this.busy.get(who) ?? [];
    list.push(interval);
    this.busy.set(who, list);
  }
}
