import { z } from "zod";

/** An email, trimmed and lower-cased so that sign-in is case-insensitive. */
export const email = z
  .string()
  .trim()
  .max(254, "Email is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((value) => value.toLowerCase());

/** A person's name part. */
export const personName = (label: string) =>
  z.string().trim().min(1, `${label} is required`).max(100, `${label} is too long`);

/** A phone number: digits, spaces and + - ( ) only. */
export const phone = z
  .string()
  .trim()
  .max(32, "Phone number is too long")
  .regex(/^\+?[0-9 ()-]{5,}$/, "Enter a phone number with digits, spaces, + - ( )");

/** An IANA time zone name such as Europe/Berlin. */
export const timeZone = z
  .string()
  .trim()
  .refine((value) => {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone");

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use the format YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Not a real date");

/** A date of birth: a real date, not in the future, not before 1900. */
export const dateOfBirth = calendarDate.refine((value) => {
  const today = new Date().toISOString().slice(0, 10);
  return value >= "1900-01-01" && value <= today;
}, "Date of birth must be between 1900 and today");

/** An opaque id as issued by the server. */
export const id = z.string().trim().min(1, "Required").max(64, "Invalid id");

/** Cursor pagination input shared by every list. */
export const pageInput = z.object({
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
