import { z } from "zod";
import { calendarDate, email, id, pageInput, personName, phone, timeZone } from "./common";
import { newPassword } from "./auth";
import { APPOINTMENT_STATUSES, CURRENCIES } from "./enums";

/** A wall-clock time "HH:MM" (24 h). */
export const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use the format HH:MM (24 h)");

/** Slot lengths a schedule may use, in minutes. */
export const slotMinutes = z.number().int().min(5, "At least 5 minutes").max(240, "At most 4 hours");

/** One weekly block: ISO weekday (1 = Monday ... 7 = Sunday), local start and end. */
export const scheduleRule = z
  .object({
    dayOfWeek: z.number().int().min(1, "1 = Monday").max(7, "7 = Sunday"),
    startTime: wallTime,
    endTime: wallTime,
    isAvailable: z.boolean().default(true),
  })
  .refine((r) => r.startTime < r.endTime, { path: ["endTime"], message: "The end must be after the start" });

/** `doctors.setSchedule`: replaces the weekly rules; blocks of one day must not overlap. */
export const setScheduleInput = z
  .object({
    doctorId: id,
    timeZone,
    slotMinutes: slotMinutes.default(30),
    minNoticeMinutes: z.number().int().min(0).max(20_160).optional(),
    bookingWindowDays: z.number().int().min(1).max(730).optional(),
    rules: z.array(scheduleRule).max(100, "At most 100 blocks"),
  })
  .superRefine((input, ctx) => {
    const available = input.rules.map((r, index) => ({ ...r, index })).filter((r) => r.isAvailable);
    for (const a of available) {
      for (const b of available) {
        if (
          a.index < b.index &&
          a.dayOfWeek === b.dayOfWeek &&
          a.startTime < b.endTime &&
          b.startTime < a.endTime
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["rules", b.index, "startTime"],
            message: "Overlaps another block of the same day",
          });
        }
      }
    }
  });
export type SetScheduleInput = z.input<typeof setScheduleInput>;

/** An instant range, start before end. */
const instantRange = z
  .object({ startsAt: z.coerce.date(), endsAt: z.coerce.date() })
  .refine((r) => r.startsAt < r.endsAt, { path: ["endsAt"], message: "The end must be after the start" });

/** `doctors.addTimeOff`. */
export const addTimeOffInput = z
  .object({
    doctorId: id,
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    reason: z.string().trim().max(200).optional(),
  })
  .refine((r) => r.startsAt < r.endsAt, { path: ["endsAt"], message: "The end must be after the start" });

/** `doctors.removeTimeOff`. */
export const removeTimeOffInput = z.object({ doctorId: id, timeOffId: id });

/** `doctors.availableSlots`: at most 62 days per request. */
export const availableSlotsInput = z
  .object({ doctorId: id, from: z.coerce.date(), to: z.coerce.date() })
  .refine((r) => r.from < r.to, { path: ["to"], message: "`to` must be after `from`" })
  .refine((r) => r.to.getTime() - r.from.getTime() <= 62 * 86_400_000, {
    path: ["to"],
    message: "At most 62 days at a time",
  });

/** Money as an integer amount of minor units (cents) and a currency. */
const fee = { consultationFeeMinor: z.number().int().min(0).max(100_000_000), currency: z.enum(CURRENCIES) };

const doctorProfileFields = {
  specialization: z.string().trim().min(2, "Specialization is required").max(100),
  licenseNumber: z
    .string()
    .trim()
    .min(3, "License number is required")
    .max(50)
    .regex(/^[A-Za-z0-9-/. ]+$/, "Letters, digits, - / . and spaces only"),
  phone: phone.nullable().optional(),
  yearsOfExperience: z.number().int().min(0).max(80).optional(),
  bio: z.string().trim().max(4000).optional(),
  timeZone: timeZone,
  ...{ consultationFeeMinor: fee.consultationFeeMinor.optional(), currency: fee.currency.optional() },
};

/** `doctors.create` (admin): a new doctor account, approved and active. */
export const createDoctorInput = z.object({
  email,
  password: newPassword,
  firstName: personName("First name"),
  lastName: personName("Last name"),
  ...doctorProfileFields,
});
export type CreateDoctorInput = z.input<typeof createDoctorInput>;

/** `doctors.update`: admins change everything; a doctor only bio, fee and phone. */
export const updateDoctorInput = z.object({
  id,
  firstName: personName("First name").optional(),
  lastName: personName("Last name").optional(),
  specialization: doctorProfileFields.specialization.optional(),
  licenseNumber: doctorProfileFields.licenseNumber.optional(),
  phone: phone.nullable().optional(),
  yearsOfExperience: z.number().int().min(0).max(80).optional(),
  bio: z.string().trim().max(4000).optional(),
  timeZone: timeZone.optional(),
  consultationFeeMinor: fee.consultationFeeMinor.optional(),
  currency: fee.currency.optional(),
});
export type UpdateDoctorInput = z.input<typeof updateDoctorInput>;

/** `doctors.list`. */
export const listDoctorsInput = pageInput
  .extend({
    specialization: z.string().trim().max(100).optional(),
    search: z.string().trim().max(100).optional(),
    /** Admins only: also pending, rejected or archived doctors. */
    state: z.enum(["active", "pending", "archived", "all"]).default("active"),
  })
  .default({ limit: 20, state: "active" });

/** `doctors.appointments`. */
export const doctorAppointmentsInput = pageInput.extend({
  doctorId: id,
  from: z.coerce.date(),
  to: z.coerce.date(),
  status: z.array(z.enum(APPOINTMENT_STATUSES)).optional(),
});

/** `appointments.create`: `patientId` only for admins booking for a patient. */
export const createAppointmentInput = z.object({
  doctorId: id,
  startsAt: z.coerce.date(),
  reason: z.string().trim().min(3, "Say briefly why you are coming").max(500, "At most 500 characters"),
  patientId: id.optional(),
});
export type CreateAppointmentInput = z.input<typeof createAppointmentInput>;

export const appointmentIdInput = z.object({ id });
export const cancelAppointmentInput = z.object({
  id,
  reason: z.string().trim().min(3, "Give a reason").max(500),
});
export const rescheduleAppointmentInput = z.object({ id, startsAt: z.coerce.date() });
export const updateAppointmentInput = z.object({
  id,
  reason: z.string().trim().min(3, "Say briefly why you are coming").max(500).optional(),
  notes: z.string().trim().max(4000).nullable().optional(),
});

/** `appointments.list`: the caller's appointments, filtered. */
export const listAppointmentsInput = pageInput
  .extend({
    status: z.array(z.enum(APPOINTMENT_STATUSES)).optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    doctorId: id.optional(),
    patientId: id.optional(),
    order: z.enum(["asc", "desc"]).default("asc"),
  })
  .default({ limit: 20, order: "asc" });

/** `appointments.upcoming` / `past` / `today`. */
export const appointmentWindowInput = z
  .object({ limit: z.number().int().min(1).max(100).default(20) })
  .default({ limit: 20 });

/** `appointments.analytics`: a range of days; doctors see their own. */
export const analyticsInput = z
  .object({ from: calendarDate, to: calendarDate, doctorId: id.optional() })
  .refine((r) => r.from <= r.to, { path: ["to"], message: "`to` must not be before `from`" })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 366 * 86_400_000, {
    path: ["to"],
    message: "At most one year",
  });

export { instantRange };

/** `patients.list`: staff search by name, email or phone. */
export const listPatientsInput = pageInput
  .extend({ search: z.string().trim().max(100).optional(), includeArchived: z.boolean().default(false) })
  .default({ limit: 20, includeArchived: false });
