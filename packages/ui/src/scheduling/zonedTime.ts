/**
 * Calendar days and wall-clock times in a named IANA time zone, with nothing but `Intl`: the
 * browser's own zone never leaks in, so a doctor's day is the doctor's day wherever it is viewed.
 */

/** A calendar date "YYYY-MM-DD" (a day in some zone, not an instant). */
export type CalendarDay = string;

/** A half-open instant range [startsAt, endsAt), as the API returns slots and appointments. */
export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

/** One calendar day of a zone and the instants it spans (23 or 25 hours around a DST change). */
export interface ZonedDay extends TimeRange {
  day: CalendarDay;
}

const DAY_MS = 86_400_000;

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone, as numbers. */
function wallClock(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The zone's offset from UTC at an instant, in minutes (New York in winter: -300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** True when both zones read the same wall-clock time at this instant. */
export function sameWallClock(instant: Date, zoneA: string, zoneB: string): boolean {
  return zoneA === zoneB || offsetMinutes(instant, zoneA) === offsetMinutes(instant, zoneB);
}

/** The calendar day an instant falls on in a zone. */
export function calendarDayIn(instant: Date, timeZone: string): CalendarDay {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

function dayAsUtc(day: CalendarDay): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The day `count` days after (or before, when negative) `day`. */
export function addDays(day: CalendarDay, count: number): CalendarDay {
  return new Date(dayAsUtc(day) + count * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO weekday of a day: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(day: CalendarDay): number {
  const weekday = new Date(dayAsUtc(day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the week a day belongs to. */
export function startOfWeek(day: CalendarDay): CalendarDay {
  return addDays(day, 1 - isoWeekday(day));
}

/**
 * The first instant of a calendar day in a zone: usually local midnight; where midnight is
 * skipped by a DST change (Santiago, Beirut), the moment the clocks jump.
 */
export function startOfDayIn(day: CalendarDay, timeZone: string): Date {
  // Offsets lie within -12 h and +14 h, so local midnight lies within these bounds; the calendar
  // day only ever grows with time, so a binary search finds its first second.
  const utcMidnight = dayAsUtc(day);
  let low = (utcMidnight - 15 * 3_600_000) / 1000;
  let high = (utcMidnight + 13 * 3_600_000) / 1000;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (calendarDayIn(new Date(middle * 1000), timeZone) >= day) high = middle;
    else low = middle + 1;
  }
  return new Date(low * 1000);
}

/** The seven days of the week starting on `firstDay`, each with the instants it spans in the zone. */
export function buildWeek(firstDay: CalendarDay, timeZone: string): ZonedDay[] {
  const starts = Array.from({ length: 8 }, (_, i) => startOfDayIn(addDays(firstDay, i), timeZone));
  return Array.from({ length: 7 }, (_, i) => ({
    day: addDays(firstDay, i),
    startsAt: starts[i]!,
    endsAt: starts[i + 1]!,
  }));
}

/** Ranges grouped by the calendar day they start on in a zone, in their original order. */
export function groupByDay<T extends { startsAt: Date }>(
  items: readonly T[],
  timeZone: string,
): Map<CalendarDay, T[]> {
  const groups = new Map<CalendarDay, T[]>();
  for (const item of items) {
    const day = calendarDayIn(item.startsAt, timeZone);
    const group = groups.get(day);
    if (group) group.push(item);
    else groups.set(day, [item]);
  }
  return groups;
}
