import { Temporal } from "temporal-polyfill";

/** A weekly availability block, wall-clock in the doctor's time zone. */
export interface WeeklyRule {
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  dayOfWeek: number;
  /** "HH:MM". */
  startTime: string;
  /** "HH:MM", after startTime. */
  endTime: string;
  isAvailable: boolean;
}

/** A half-open instant range [startsAt, endsAt). */
export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** How a doctor's calendar may be booked. */
export interface BookingPolicy {
  timeZone: string;
  slotMinutes: number;
  minNoticeMinutes: number;
  bookingWindowDays: number;
}

const MINUTE = 60_000;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of a local wall-clock time, or null when that time does not exist (a DST gap). */
function instantOf(date: Temporal.PlainDate, minuteOfDay: number, timeZone: string): number | null {
  const local = date.toPlainDateTime({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 });
  // In a repeated hour, the earlier occurrence; a time in a skipped hour comes back shifted.
  const zoned = local.toZonedDateTime(timeZone, { disambiguation: "earlier" });
  return zoned.toPlainDateTime().equals(local) ? zoned.epochMilliseconds : null;
}

/**
 * Every slot the weekly rules produce between `from` and `to` (slots starting in [from, to)),
 * ignoring bookings. A 09:00 rule is 09:00 local on both sides of a DST change; a skipped hour
 * yields no slots and a repeated hour no duplicates.
 */
export function scheduledSlots(
  rules: readonly WeeklyRule[],
  policy: Pick<BookingPolicy, "timeZone" | "slotMinutes">,
  from: Date,
  to: Date,
): Slot[] {
  const { timeZone, slotMinutes } = policy;
  const slotMs = slotMinutes * MINUTE;
  const byDay = new Map<number, WeeklyRule[]>();
  for (const rule of rules) {
    if (!rule.isAvailable) continue;
    byDay.set(rule.dayOfWeek, [...(byDay.get(rule.dayOfWeek) ?? []), rule]);
  }
  for (const list of byDay.values()) list.sort((a, b) => a.startTime.localeCompare(b.startTime));

  const fromMs = from.getTime();
  const toMs = to.getTime();
  const firstDay = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone).toPlainDate();
  const lastDay = Temporal.Instant.fromEpochMilliseconds(toMs).toZonedDateTimeISO(timeZone).toPlainDate();
  const slots: Slot[] = [];
  for (let day = firstDay; Temporal.PlainDate.compare(day, lastDay) <= 0; day = day.add({ days: 1 })) {
    for (const rule of byDay.get(day.dayOfWeek) ?? []) {
      const startMinute = minutesOf(rule.startTime);
      const endMinute = minutesOf(rule.endTime);
      const blockStart = instantOf(day, startMinute, timeZone);
      const blockEnd = instantOf(day, endMinute, timeZone);
      const uniformOffset =
        blockStart !== null &&
        blockEnd !== null &&
        blockEnd - blockStart === (endMinute - startMinute) * MINUTE;
      for (let minute = startMinute; minute + slotMinutes <= endMinute; minute += slotMinutes) {
        // Fast path: no DST change inside the block, so local minutes map linearly to instants.
        const start = uniformOffset
          ? blockStart + (minute - startMinute) * MINUTE
          : instantOf(day, minute, timeZone);
        if (start === null || start < fromMs || start >= toMs) continue;
        slots.push({ startsAt: new Date(start), endsAt: new Date(start + slotMs) });
      }
    }
  }
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/**
 * The bookable slots: scheduled slots that overlap no busy range (time off, appointments that
 * hold a slot), start no sooner than the minimum notice and no later than the booking window.
 * `busy` need not be sorted.
 */
export function freeSlots(input: {
  rules: readonly WeeklyRule[];
  policy: BookingPolicy;
  busy: readonly Slot[];
  now: Date;
  from: Date;
  to: Date;
}): Slot[] {
  const { policy, now } = input;
  const earliest = Math.max(input.from.getTime(), now.getTime() + policy.minNoticeMinutes * MINUTE);
  const latest = Math.min(input.to.getTime(), now.getTime() + policy.bookingWindowDays * 86_400_000);
  if (earliest >= latest) return [];
  const candidates = scheduledSlots(input.rules, policy, new Date(earliest), new Date(latest));
  const busy = [...input.busy].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const free: Slot[] = [];
  let first = 0; // busy ranges before this index end before the current slot starts
  for (const slot of candidates) {
    const start = slot.startsAt.getTime();
    const end = slot.endsAt.getTime();
    while (first < busy.length && busy[first]!.endsAt.getTime() <= start) first++;
    let clash = false;
    for (let i = first; i < busy.length && busy[i]!.startsAt.getTime() < end; i++) {
      if (busy[i]!.endsAt.getTime() > start) {
        clash = true;
        break;
      }
    }
    if (!clash) free.push(slot);
  }
  return free;
}

/** Whether `startsAt` begins one of the scheduled slots (ignoring bookings and notice). */
export function isScheduledSlotStart(
  rules: readonly WeeklyRule[],
  policy: Pick<BookingPolicy, "timeZone" | "slotMinutes">,
  startsAt: Date,
): boolean {
  const slots = scheduledSlots(rules, policy, startsAt, new Date(startsAt.getTime() + 1));
  return slots.some((s) => s.startsAt.getTime() === startsAt.getTime());
}

/** The instant ranges of the weekly blocks between `from` and `to`, clipped to that range. */
export function scheduledBlocks(
  rules: readonly WeeklyRule[],
  timeZone: string,
  from: Date,
  to: Date,
): Slot[] {
  const fromMs = from.getTime();
  const toMs = to.getTime();
  const firstDay = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone).toPlainDate();
  const lastDay = Temporal.Instant.fromEpochMilliseconds(toMs).toZonedDateTimeISO(timeZone).toPlainDate();
  const at = (day: Temporal.PlainDate, hhmm: string) =>
    day
      .toPlainDateTime({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) })
      .toZonedDateTime(timeZone).epochMilliseconds;
  const blocks: Slot[] = [];
  for (let day = firstDay; Temporal.PlainDate.compare(day, lastDay) <= 0; day = day.add({ days: 1 })) {
    for (const rule of rules) {
      if (!rule.isAvailable || rule.dayOfWeek !== day.dayOfWeek) continue;
      const start = Math.max(at(day, rule.startTime), fromMs);
      const end = Math.min(at(day, rule.endTime), toMs);
      if (start < end) blocks.push({ startsAt: new Date(start), endsAt: new Date(end) });
    }
  }
  return blocks;
}

/** Minutes of `blocks` not covered by `busy` (both lists of half-open ranges). */
export function uncoveredMinutes(blocks: readonly Slot[], busy: readonly Slot[]): number {
  let total = 0;
  for (const block of blocks) {
    let minutes = (block.endsAt.getTime() - block.startsAt.getTime()) / MINUTE;
    const overlaps = busy
      .map((b) => ({
        start: Math.max(b.startsAt.getTime(), block.startsAt.getTime()),
        end: Math.min(b.endsAt.getTime(), block.endsAt.getTime()),
      }))
      .filter((o) => o.start < o.end)
      .sort((a, b) => a.start - b.start);
    let coveredUntil = -Infinity;
    for (const o of overlaps) {
      const start = Math.max(o.start, coveredUntil);
      if (o.end > start) minutes -= (o.end - start) / MINUTE;
      coveredUntil = Math.max(coveredUntil, o.end);
    }
    total += minutes;
  }
  return total;
}
