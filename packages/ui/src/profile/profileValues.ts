import { GENDERS } from "@healthcare/validators";
import type { Gender, UpdateProfileInput } from "@healthcare/validators";
import type { Me } from "../api/trpc";
import { blankToNull } from "../forms/formValidator";

/** The profile form's values: every field a string, blank when unset. */
export interface ProfileFormValues {
  firstName: string;
  lastName: string;
  phone: string;
  timeZone: string;
  dateOfBirth: string;
  gender: string;
  address: string;
}

/** The account fields the profile form edits, as `auth.me` returns them. */
export type ProfileSource = Pick<Me, "role" | "firstName" | "lastName" | "phone" | "timeZone" | "patient">;

/** The form's starting values for an account. */
export function profileFormValues(me: ProfileSource): ProfileFormValues {
  return {
    firstName: me.firstName,
    lastName: me.lastName,
    phone: me.phone ?? "",
    timeZone: me.timeZone,
    dateOfBirth: me.patient?.dateOfBirth ?? "",
    gender: me.patient?.gender ?? "",
    address: me.patient?.address ?? "",
  };
}

function toGender(value: string): Gender | null {
  return (GENDERS as readonly string[]).includes(value) ? (value as Gender) : null;
}

/** The `auth.updateProfile` input for the form's values; patient fields are sent for patients only. */
export function profileUpdateInput(values: ProfileFormValues, role: Me["role"]): UpdateProfileInput {
  const account: UpdateProfileInput = {
    firstName: values.firstName,
    lastName: values.lastName,
    phone: blankToNull(values.phone),
    timeZone: values.timeZone,
  };
  if (role !== "patient") return account;
  return {
    ...account,
    dateOfBirth: blankToNull(values.dateOfBirth),
    gender: toGender(values.gender),
    address: blankToNull(values.address),
  };
}
