/**
 * Instants and dates as people read them, in a named time zone and the viewer's locale
 * (a `locale` argument exists for tests). Dates "YYYY-MM-DD" are formatted as calendar days,
 * the same whatever the viewer's zone.
 */
import type { CalendarDate } from "./zonedTime";

function timeFormat(timeZone: string, locale?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone });
}

/** "09:30" (or "9:30 AM") on the wall clocks of `timeZone`. */
export function formatTime(instant: Date, timeZone: string, locale?: string): string {
  return timeFormat(timeZone, locale).format(instant);
}

/** "09:30–10:00" (or "9:30 – 10:00 AM") in `timeZone`. */
export function formatTimeRange(startsAt: Date, endsAt: Date, timeZone: string, locale?: string): string {
  return timeFormat(timeZone, locale).formatRange(startsAt, endsAt);
}

function dateTimeFormat(timeZone: string, locale?: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
  });
}

/** "Mon, 23 Nov 2026, 09:30" in `timeZone`. */
export function formatDateTime(instant: Date, timeZone: string, locale?: string): string {
  return dateTimeFormat(timeZone, locale).format(instant);
}

/** "Mon, 23 Nov 2026, 09:00–12:00", or both dates when the range spans days, in `timeZone`. */
export function formatDateTimeRange(startsAt: Date, endsAt: Date, timeZone: string, locale?: string): string {
  return dateTimeFormat(timeZone, locale).formatRange(startsAt, endsAt);
}

function calendarDay(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "Mon 23 Nov": a week grid's column heading. */
export function formatDayHeading(date: CalendarDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  })
    .format(calendarDay(date))
    .replace(",", "");
}

/** "Monday, 23 November 2026". */
export function formatLongDate(date: CalendarDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(calendarDay(date));
}

/** "23 Nov – 29 Nov 2026": the span of a week. */
export function formatDateSpan(first: CalendarDate, last: CalendarDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).formatRange(calendarDay(first), calendarDay(last));
}

/** The zone's short name at an instant ("EST", "GMT+1"), to say which clocks the times follow. */
export function zoneAbbreviation(timeZone: string, at: Date = new Date(), locale?: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "America/New_York (EST)". */
export function zoneLabel(timeZone: string, at: Date = new Date(), locale?: string): string {
  const abbreviation = zoneAbbreviation(timeZone, at, locale);
  return abbreviation === timeZone ? timeZone : `${timeZone} (${abbreviation})`;
}
