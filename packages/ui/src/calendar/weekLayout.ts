/**
 * Layout math for a week grid: which hours to show, how overlapping events share a day column,
 * and where each event sits. Everything is in wall-clock minutes of a day (0 = midnight), so the
 * caller decides the time zone; nothing here knows about instants.
 */

/** Minutes in a day. */
export const DAY_MINUTES = 24 * 60;

/** An event placed in a week: its day column and its wall-clock minutes in that day. */
export interface WeekPlacement {
  /** Day column, 0 = the first day shown. */
  day: number;
  /** Minutes after midnight where it starts, 0 to 1440. */
  startMinute: number;
  /** Minutes after midnight where it ends (after the start; 1440 at most). */
  endMinute: number;
}

/** The hours a grid shows: from `startHour` (inclusive) to `endHour` (exclusive), whole hours. */
export interface HourRange {
  startHour: number;
  endHour: number;
}

/** An event with its lane: overlapping events of one day stand side by side in `lanes` lanes. */
export type LaidOut<T extends WeekPlacement> = T & { lane: number; lanes: number };

/** An event's box in its day column, in percent of the column's height and width. */
export interface EventBox {
  top: number;
  height: number;
  left: number;
  width: number;
}

/** The working day a grid shows when nothing happens outside it. */
export const DEFAULT_HOURS: HourRange = { startHour: 8, endHour: 18 };

const clampMinute = (minute: number) => Math.min(Math.max(minute, 0), DAY_MINUTES);

/** The hours to show: `defaults`, widened to whole hours around every event. */
export function visibleHours(
  events: readonly Pick<WeekPlacement, "startMinute" | "endMinute">[],
  defaults: HourRange = DEFAULT_HOURS,
): HourRange {
  let { startHour, endHour } = defaults;
  for (const event of events) {
    startHour = Math.min(startHour, Math.floor(clampMinute(event.startMinute) / 60));
    endHour = Math.max(endHour, Math.ceil(clampMinute(event.endMinute) / 60));
  }
  return { startHour, endHour: Math.max(endHour, startHour + 1) };
}

/**
 * Lanes for the events of one day: each event takes the first lane free at its start; a group of
 * events that overlap one another (directly or through others) shares the same number of lanes,
 * so that boxes of one group have equal widths and never cover each other.
 */
export function layoutDay<T extends WeekPlacement>(events: readonly T[]): LaidOut<T>[] {
  const sorted = [...events].sort(
    (a, b) => a.startMinute - b.startMinute || b.endMinute - b.startMinute - (a.endMinute - a.startMinute),
  );
  const result: LaidOut<T>[] = [];
  let group: LaidOut<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;

  const closeGroup = () => {
    for (const event of group) event.lanes = laneEnds.length;
    result.push(...group);
    group = [];
    laneEnds = [];
  };

  for (const event of sorted) {
    if (event.startMinute >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= event.startMinute);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = event.endMinute;
    group.push({ ...event, lane, lanes: 1 });
    groupEnd = group.length === 1 ? event.endMinute : Math.max(groupEnd, event.endMinute);
  }
  closeGroup();
  return result;
}

/** Every event of the week with its lane, laid out day by day. */
export function layoutWeek<T extends WeekPlacement>(events: readonly T[]): LaidOut<T>[] {
  const byDay = new Map<number, T[]>();
  for (const event of events) byDay.set(event.day, [...(byDay.get(event.day) ?? []), event]);
  return [...byDay.values()].flatMap((day) => layoutDay(day));
}

/**
 * Where an event sits in its day column showing `range`: top and height follow its minutes (at
 * least `minMinutes` tall so that short events stay readable and clickable), lanes split the width.
 */
export function eventBox(
  event: Pick<LaidOut<WeekPlacement>, "startMinute" | "endMinute" | "lane" | "lanes">,
  range: HourRange,
  minMinutes = 20,
): EventBox {
  const rangeStart = range.startHour * 60;
  const rangeMinutes = (range.endHour - range.startHour) * 60;
  const start = Math.min(Math.max(event.startMinute, rangeStart), rangeStart + rangeMinutes);
  const end = Math.min(Math.max(event.endMinute, start + minMinutes), rangeStart + rangeMinutes);
  const top = Math.min(start, rangeStart + rangeMinutes - minMinutes) - rangeStart;
  const percent = (minutes: number) => (minutes / rangeMinutes) * 100;
  return {
    top: percent(Math.max(top, 0)),
    height: percent(Math.max(end - start, Math.min(minMinutes, rangeMinutes))),
    left: (event.lane / event.lanes) * 100,
    width: 100 / event.lanes,
  };
}

/** Where a moment of a day sits in a column showing `range`, in percent; null outside the range. */
export function minuteOffset(minute: number, range: HourRange): number | null {
  const rangeStart = range.startHour * 60;
  const rangeMinutes = (range.endHour - range.startHour) * 60;
  if (minute < rangeStart || minute > rangeStart + rangeMinutes) return null;
  return ((minute - rangeStart) / rangeMinutes) * 100;
}
