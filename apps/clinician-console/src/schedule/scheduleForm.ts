import type { RouterOutputs } from "@healthcare/ui";
import { setScheduleInput } from "@healthcare/validators";
import type { SetScheduleInput } from "@healthcare/validators";
import type { FormErrors } from "@mantine/form";
import { numberOrUndefined } from "../doctors/doctorForm";
import type { NumberFieldValue } from "../doctors/doctorForm";

/** A doctor's schedule as `doctors.schedule` returns it. */
export type Schedule = RouterOutputs["doctors"]["schedule"];

/** ISO weekdays (1 = Monday) with their names, Monday first. */
export const WEEKDAYS = [
  { dayOfWeek: 1, name: "Monday" },
  { dayOfWeek: 2, name: "Tuesday" },
  { dayOfWeek: 3, name: "Wednesday" },
  { dayOfWeek: 4, name: "Thursday" },
  { dayOfWeek: 5, name: "Friday" },
  { dayOfWeek: 6, name: "Saturday" },
  { dayOfWeek: 7, name: "Sunday" },
] as const;

/** One block of a weekday: "HH:MM" wall-clock times in the doctor's zone. */
export interface BlockValues {
  startTime: string;
  endTime: string;
  /** Off: the block is kept but offers no slots. */
  isAvailable: boolean;
}

/** A weekday and its blocks. */
export interface DayValues {
  dayOfWeek: number;
  blocks: BlockValues[];
}

/** The schedule form: booking policy (notice in hours) and the blocks grouped per weekday. */
export interface ScheduleFormValues {
  timeZone: string;
  slotMinutes: NumberFieldValue;
  minNoticeHours: NumberFieldValue;
  bookingWindowDays: NumberFieldValue;
  /** Seven days, Monday first. */
  days: DayValues[];
}

/** The longest minimum notice the API accepts: two weeks. */
export const MAX_NOTICE_HOURS = 20_160 / 60;

/** Minutes as hours for the form (90 -> 1.5). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Hours typed in the form as whole minutes for the API (1.5 -> 90). */
export function hoursToMinutes(hours: number): number {
  return Math.round(hours * 60);
}

/** The form's values for a saved schedule: rules grouped per weekday, in time order. */
export function scheduleFormValues(schedule: Schedule): ScheduleFormValues {
  return {
    timeZone: schedule.timeZone,
    slotMinutes: schedule.slotMinutes,
    minNoticeHours: minutesToHours(schedule.minNoticeMinutes),
    bookingWindowDays: schedule.bookingWindowDays,
    days: WEEKDAYS.map(({ dayOfWeek }) => ({
      dayOfWeek,
      blocks: schedule.rules
        .filter((rule) => rule.dayOfWeek === dayOfWeek)
        .sort((a, b) => a.startTime.localeCompare(b.startTime))
        .map(({ startTime, endTime, isAvailable }) => ({ startTime, endTime, isAvailable })),
    })),
  };
}

/** Where each rule of `scheduleInput(values).rules` comes from: its form path ("days.0.blocks.1"). */
export function rulePaths(values: Pick<ScheduleFormValues, "days">): string[] {
  return values.days.flatMap((day, d) => day.blocks.map((_, b) => `days.${d}.blocks.${b}`));
}

/** The `doctors.setSchedule` input: every block of every day as one rule, notice in minutes. */
export function scheduleInput(values: ScheduleFormValues, doctorId: string): SetScheduleInput {
  const minNoticeHours = numberOrUndefined(values.minNoticeHours);
  return {
    doctorId,
    timeZone: values.timeZone,
    slotMinutes: numberOrUndefined(values.slotMinutes) ?? Number.NaN,
    minNoticeMinutes: minNoticeHours === undefined ? undefined : hoursToMinutes(minNoticeHours),
    bookingWindowDays: numberOrUndefined(values.bookingWindowDays),
    rules: values.days.flatMap((day) =>
      day.blocks.map((block) => ({
        dayOfWeek: day.dayOfWeek,
        startTime: block.startTime,
        endTime: block.endTime,
        isAvailable: block.isAvailable,
      })),
    ),
  };
}

/** Messages in the form's own units, where the schema's would speak of minutes or raw bounds. */
function policyErrors(values: ScheduleFormValues): FormErrors {
  const errors: FormErrors = {};
  const slot = numberOrUndefined(values.slotMinutes);
  if (slot === undefined) errors.slotMinutes = "Enter the slot length in minutes";
  const notice = numberOrUndefined(values.minNoticeHours);
  if (notice !== undefined && (notice < 0 || notice > MAX_NOTICE_HOURS)) {
    errors.minNoticeHours = `Between 0 and ${MAX_NOTICE_HOURS} hours (two weeks)`;
  }
  const window = numberOrUndefined(values.bookingWindowDays);
  if (window !== undefined && (window < 1 || window > 730 || !Number.isInteger(window))) {
    errors.bookingWindowDays = "A whole number of days, from 1 to 730";
  }
  return errors;
}

/**
 * Checks the form with the server's own schema and puts each message on the field it concerns:
 * a rule's error lands on that block's start or end ("days.0.blocks.1.startTime").
 */
export function scheduleFormErrors(values: ScheduleFormValues): FormErrors {
  const errors = policyErrors(values);
  const result = setScheduleInput.safeParse(scheduleInput(values, "check"));
  if (result.success) return errors;
  const paths = rulePaths(values);
  const formPath: Record<string, string> = { minNoticeMinutes: "minNoticeHours", rules: "days" };
  // One message per block: a start that is not a time also makes "end after start" fail.
  const blocksWithErrors = new Set<string>();
  for (const issue of result.error.issues) {
    const [first, index, field] = issue.path;
    let path: string;
    if (first === "rules" && typeof index === "number" && paths[index]) {
      if (blocksWithErrors.has(paths[index])) continue;
      blocksWithErrors.add(paths[index]);
      path = `${paths[index]}.${typeof field === "string" ? field : "startTime"}`;
    } else {
      const key = String(first ?? "days");
      path = formPath[key] ?? key;
    }
    errors[path] ??= issue.message;
  }
  return errors;
}

/** A sensible new block for a day: an hour from the end of its last block (09:00-12:00 on an empty day). */
export function nextBlock(blocks: readonly BlockValues[]): BlockValues {
  const last = [...blocks].sort((a, b) => a.endTime.localeCompare(b.endTime)).at(-1);
  if (!last) return { startTime: "09:00", endTime: "12:00", isAvailable: true };
  const startHour = Math.min(Number(last.endTime.slice(0, 2)) + 1, 22);
  const pad = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
  return { startTime: pad(startHour), endTime: pad(Math.min(startHour + 3, 23)), isAvailable: true };
}
