import { calendarDayIn, sameWallClock } from "./zonedTime";
import type { CalendarDay, TimeRange } from "./zonedTime";

/** "09:30": a 24-hour wall-clock time in a zone. */
export function formatTime(instant: Date, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

/** A calendar day as people read it; `style` picks "Mon 23 Nov" (short) or "Monday, 23 November 2026" (long). */
export function formatDay(
  day: CalendarDay,
  style: "short" | "medium" | "long" = "long",
  locale?: string,
): string {
  const options: Record<typeof style, Intl.DateTimeFormatOptions> = {
    short: { weekday: "short", day: "numeric", month: "short" },
    medium: { weekday: "long", day: "numeric", month: "long" },
    long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  };
  return new Intl.DateTimeFormat(locale, { ...options[style], timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The days of a week as one range: "23 – 29 Nov 2026". */
export function formatDayRange(first: CalendarDay, last: CalendarDay, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return format.formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
}

/** How a slot reads: the doctor's time, and the viewer's own time only where their clock differs. */
export interface SlotLabel {
  /** The time in the doctor's zone, "09:30". */
  time: string;
  /** The viewer's time where it differs, "15:30" or, on another day, "Tue 01:30"; else null. */
  viewerTime: string | null;
  /** The button's accessible name: "09:30" or "09:30 (15:30 your time)". */
  accessibleName: string;
}

/** The label of a slot starting at `instant`, shown in `doctorZone` with `viewerZone` beside it when it differs. */
export function slotLabel(instant: Date, doctorZone: string, viewerZone: string, locale?: string): SlotLabel {
  const time = formatTime(instant, doctorZone, locale);
  if (sameWallClock(instant, doctorZone, viewerZone)) return { time, viewerTime: null, accessibleName: time };
  const viewerDay = calendarDayIn(instant, viewerZone);
  const ownTime = formatTime(instant, viewerZone, locale);
  const viewerTime =
    viewerDay === calendarDayIn(instant, doctorZone)
      ? ownTime
      : `${new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: viewerZone }).format(instant)} ${ownTime}`;
  return { time, viewerTime, accessibleName: `${time} (${viewerTime} your time)` };
}

/** Which zone the times of a slot picker are in, said plainly. */
export function zoneNote(doctorZone: string, viewerZone: string): string {
  if (doctorZone === viewerZone) return `Times in ${doctorZone}, the doctor's time zone and yours.`;
  return `Times in ${doctorZone} (doctor). Your time zone: ${viewerZone}.`;
}

/** When an appointment takes place, in the doctor's zone and, where it differs, the viewer's. */
export interface AppointmentWhen {
  /** "Monday, 23 November 2026", the day in the doctor's zone. */
  date: string;
  /** "14:00–14:30" in the doctor's zone. */
  time: string;
  zone: string;
  /** The viewer's reading, when their clock differs; `date` only when it is another day. */
  viewer: { date: string | null; time: string; zone: string } | null;
}

function timeSpan(range: TimeRange, timeZone: string, locale?: string): string {
  return `${formatTime(range.startsAt, timeZone, locale)}–${formatTime(range.endsAt, timeZone, locale)}`;
}

/** Reads an appointment's time for a viewer in `viewerZone`. */
export function appointmentWhen(
  range: TimeRange,
  doctorZone: string,
  viewerZone: string,
  locale?: string,
): AppointmentWhen {
  const day = calendarDayIn(range.startsAt, doctorZone);
  const when: AppointmentWhen = {
    date: formatDay(day, "long", locale),
    time: timeSpan(range, doctorZone, locale),
    zone: doctorZone,
    viewer: null,
  };
  if (
    sameWallClock(range.startsAt, doctorZone, viewerZone) &&
    sameWallClock(range.endsAt, doctorZone, viewerZone)
  ) {
    return when;
  }
  const viewerDay = calendarDayIn(range.startsAt, viewerZone);
  return {
    ...when,
    viewer: {
      date: viewerDay === day ? null : formatDay(viewerDay, "long", locale),
      time: timeSpan(range, viewerZone, locale),
      zone: viewerZone,
    },
  };
}
