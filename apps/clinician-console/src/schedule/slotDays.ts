import type { CalendarDate } from "../time/zonedTime";
import { addDays, wallClockOf } from "../time/zonedTime";

/** Free slots grouped by the day they start on in the doctor's zone, for the given dates in order. */
export function slotsByDay<T extends { startsAt: Date }>(
  slots: readonly T[],
  dates: readonly CalendarDate[],
  timeZone: string,
): { date: CalendarDate; slots: T[] }[] {
  const byDate = new Map<CalendarDate, T[]>(dates.map((date) => [date, []]));
  for (const slot of slots) byDate.get(wallClockOf(slot.startsAt, timeZone).date)?.push(slot);
  return dates.map((date) => ({ date, slots: byDate.get(date) ?? [] }));
}

/** `count` consecutive dates from `first`. */
export function datesFrom(first: CalendarDate, count: number): CalendarDate[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}
