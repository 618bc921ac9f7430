import { z } from "zod";
import { calendarDate, dateOfBirth, email, personName, phone, timeZone } from "./common";
import { GENDERS } from "./enums";

/** Password rule (OWASP ASVS): at least 12 characters, at most 128; no composition rules. */
export const PASSWORD_MIN_LENGTH = 12;
export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(128, "Use at most 128 characters");

/** The few passwords so common that length alone does not make them acceptable. */
const COMMON_PASSWORDS = new Set([
  "password1234",
  "123456789012",
  "qwertyuiop12",
  "passwordpassword",
  "changeme1234",
  "letmein12345",
  "administrator",
  "iloveyou1234",
]);

/** A new password: the length rule, not a well-known password, not one character repeated. */
export const newPassword = password
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), "This password is too common")
  .refine((value) => new Set(value).size >= 4, "Use more than a few different characters");

const doctorFields = {
  specialization: z.string().trim().min(2, "Specialization is required").max(100),
  licenseNumber: z
    .string()
    .trim()
    .min(3, "License number is required")
    .max(50)
    .regex(/^[A-Za-z0-9-/. ]+$/, "Letters, digits, - / . and spaces only"),
};

/** `auth.register`: patients by default; a doctor account waits for an admin's approval. */
export const registerInput = z.discriminatedUnion("role", [
  z.object({
    role: z.literal("patient").default("patient"),
    email,
    password: newPassword,
    firstName: personName("First name"),
    lastName: personName("Last name"),
    phone: phone.optional(),
    dateOfBirth: dateOfBirth.optional(),
    timeZone: timeZone.optional(),
  }),
  z.object({
    role: z.literal("doctor"),
    email,
    password: newPassword,
    firstName: personName("First name"),
    lastName: personName("Last name"),
    phone: phone.optional(),
    dateOfBirth: calendarDate.optional(),
    timeZone: timeZone.optional(),
    ...doctorFields,
  }),
]);
export type RegisterInput = z.input<typeof registerInput>;

/** `auth.login`: no rules beyond presence, so a wrong password never hints at the policy. */
export const loginInput = z.object({
  email,
  password: z.string().min(1, "Password is required").max(1024),
});
export type LoginInput = z.input<typeof loginInput>;

/** `auth.token`: a bearer token for scripts, optionally named. */
export const tokenInput = loginInput.extend({
  name: z.string().trim().min(1).max(100).optional(),
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

/** `auth.revokeToken`: the token this request carries, or a named one of the caller's. */
export const revokeTokenInput = z
  .object({
    tokenId: z.string().trim().min(1).max(64).optional(),
    name: z.string().trim().min(1).max(100).optional(),
  })
  .optional();

/** `auth.updateProfile`: own account; the patient fields apply to patients only. */
export const updateProfileInput = z
  .object({
    firstName: personName("First name"),
    lastName: personName("Last name"),
    phone: phone.nullable(),
    timeZone,
    dateOfBirth: dateOfBirth.nullable(),
    gender: z.enum(GENDERS).nullable(),
    address: z.string().trim().max(500, "Address is too long").nullable(),
  })
  .partial();
export type UpdateProfileInput = z.input<typeof updateProfileInput>;

/** `auth.changePassword`: the current one proves it is the account holder. */
export const changePasswordInput = z
  .object({ currentPassword: z.string().min(1, "Current password is required").max(1024), newPassword })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "The new password must differ from the current one",
  });
export type ChangePasswordInput = z.input<typeof changePasswordInput>;
