import { blankToUndefined } from "@healthcare/ui";
import { addTimeOffInput } from "@healthcare/validators";
import type { FormErrors } from "@mantine/form";
import type { WallClock } from "../time/zonedTime";
import { wallClockToInstant } from "../time/zonedTime";

/** The time-off form: start and end as the doctor's wall-clock date-times, and a reason. */
export interface TimeOffFormValues {
  startsAt: WallClock;
  endsAt: WallClock;
  reason: string;
}

/** The `doctors.addTimeOff` input. */
export interface TimeOffInput {
  doctorId: string;
  startsAt: Date;
  endsAt: Date;
  reason?: string;
}

/** An empty time-off form. */
export const EMPTY_TIME_OFF: TimeOffFormValues = { startsAt: "", endsAt: "", reason: "" };

/**
 * The `doctors.addTimeOff` input: the wall-clock times read in the doctor's zone (not the
 * browser's), as instants; null while a time is missing or not a date-time.
 */
export function timeOffInput(
  values: TimeOffFormValues,
  doctorId: string,
  timeZone: string,
): TimeOffInput | null {
  const startsAt = wallClockToInstant(values.startsAt, timeZone);
  const endsAt = wallClockToInstant(values.endsAt, timeZone);
  if (!startsAt || !endsAt) return null;
  return { doctorId, startsAt, endsAt, reason: blankToUndefined(values.reason) };
}

/** The form's errors, with the server's own rules for the rest (end after start, reason length). */
export function timeOffFormErrors(values: TimeOffFormValues, timeZone: string): FormErrors {
  const errors: FormErrors = {};
  if (!wallClockToInstant(values.startsAt, timeZone)) errors.startsAt = "Enter the date and time it starts";
  if (!wallClockToInstant(values.endsAt, timeZone)) errors.endsAt = "Enter the date and time it ends";
  const input = timeOffInput(values, "check", timeZone);
  if (!input) return errors;
  const result = addTimeOffInput.safeParse(input);
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "endsAt");
    errors[field] ??= issue.message;
  }
  return errors;
}
