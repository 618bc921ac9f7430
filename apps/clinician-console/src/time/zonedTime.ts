/**
 * Calendar arithmetic in a given IANA time zone, with Temporal (the same library the server's
 * slot logic uses), never by hand: days and weeks are wall-clock days of the zone, so a week that
 * contains a DST change is 167 or 169 hours long.
 */
import { Temporal } from "temporal-polyfill";

/** A calendar date "YYYY-MM-DD". */
export type CalendarDate = string;

/** A wall-clock date and time "YYYY-MM-DDTHH:MM", as a `datetime-local` input holds it. */
export type WallClock = string;

/** A week of a zone: its seven dates (Monday first) and the instants where it starts and ends. */
export interface WeekRange {
  days: CalendarDate[];
  /** Monday 00:00 in the zone. */
  from: Date;
  /** The next Monday 00:00 in the zone (exclusive). */
  to: Date;
}

/** Where an event sits in a week: day column (0 = Monday) and wall-clock minutes of that day. */
export interface WeekPosition {
  day: number;
  startMinute: number;
  endMinute: number;
}

const DAY_MINUTES = 24 * 60;

function zoned(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
}

/** The instant a wall-clock day starts in a zone (usually 00:00; later where midnight is skipped). */
function startOfDay(date: CalendarDate, timeZone: string): Date {
  return new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
}

/** Today's date in a zone. */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  return zoned(now, timeZone).toPlainDate().toString();
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** The Monday of the week that contains `date`. */
export function mondayOf(date: CalendarDate): CalendarDate {
  const day = Temporal.PlainDate.from(date);
  return day.subtract({ days: day.dayOfWeek - 1 }).toString();
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function weekdayOf(date: CalendarDate): number {
  return Temporal.PlainDate.from(date).dayOfWeek;
}

/** Whether a string is a real calendar date "YYYY-MM-DD". */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: "reject" });
    return true;
  } catch {
    return false;
  }
}

/** The week (Monday to Sunday) of a zone that contains `date`. */
export function weekRange(date: CalendarDate, timeZone: string): WeekRange {
  const monday = mondayOf(date);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return { days, from: startOfDay(monday, timeZone), to: startOfDay(addDays(monday, 7), timeZone) };
}

/** The instants a wall-clock day of a zone starts and ends (exclusive). */
export function dayRange(date: CalendarDate, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDay(date, timeZone), to: startOfDay(addDays(date, 1), timeZone) };
}

/** The date and minute of the day that an instant shows on the wall clocks of a zone. */
export function wallClockOf(instant: Date, timeZone: string): { date: CalendarDate; minute: number } {
  const local = zoned(instant, timeZone);
  return { date: local.toPlainDate().toString(), minute: local.hour * 60 + local.minute };
}

/**
 * Where an appointment sits in a week grid of a zone, by its wall-clock times; null when it
 * starts outside the week. It ends at its wall-clock end (the end of the day at most); where a
 * clock goes back during it, it keeps its real length instead.
 */
export function weekPosition(
  startsAt: Date,
  endsAt: Date,
  week: Pick<WeekRange, "days">,
  timeZone: string,
): WeekPosition | null {
  const start = wallClockOf(startsAt, timeZone);
  const day = week.days.indexOf(start.date);
  if (day === -1) return null;
  const end = wallClockOf(endsAt, timeZone);
  const realMinutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  let endMinute: number;
  if (end.date !== start.date) endMinute = DAY_MINUTES;
  else if (end.minute > start.minute) endMinute = end.minute;
  else endMinute = Math.min(start.minute + realMinutes, DAY_MINUTES);
  return { day, startMinute: start.minute, endMinute };
}

/**
 * The instant of a wall-clock date-time in a zone; null when the text is not a date-time.
 * A time that does not exist (skipped by a DST change) moves forward by the gap, and one that
 * occurs twice means the earlier occurrence, as Temporal's "compatible" rule does.
 */
export function wallClockToInstant(local: WallClock, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  try {
    const dateTime = Temporal.PlainDateTime.from(local, { overflow: "reject" });
    return new Date(dateTime.toZonedDateTime(timeZone, { disambiguation: "compatible" }).epochMilliseconds);
  } catch {
    return null;
  }
}

/** The wall-clock date-time "YYYY-MM-DDTHH:MM" of an instant in a zone, for a `datetime-local` input. */
export function instantToWallClock(instant: Date, timeZone: string): WallClock {
  return zoned(instant, timeZone)
    .toPlainDateTime()
    .toString({ smallestUnit: "minute", roundingMode: "floor" });
}
