import { blankToNull, blankToUndefined } from "@healthcare/ui";
import type { RouterOutputs } from "@healthcare/ui";
import { CURRENCIES } from "@healthcare/validators";
import type { CreateDoctorInput, Currency, UpdateDoctorInput } from "@healthcare/validators";
import type { FormErrors } from "@mantine/form";
import { toMajorUnits, toMinorUnits } from "./money";

/** A doctor as `doctors.byId` and `doctors.list` return it. */
export type Doctor = RouterOutputs["doctors"]["byId"];

/** A number field's value: Mantine's NumberInput gives "" when it is empty. */
export type NumberFieldValue = number | string;

/** The doctor form's values (admins): text as typed, the fee in major units. */
export interface DoctorFormValues {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  specialization: string;
  licenseNumber: string;
  phone: string;
  yearsOfExperience: NumberFieldValue;
  fee: NumberFieldValue;
  currency: Currency;
  bio: string;
  timeZone: string;
}

/** The practice details a doctor edits about themselves: bio, fee and phone. */
export interface PracticeFormValues {
  phone: string;
  fee: NumberFieldValue;
  currency: Currency;
  bio: string;
}

/** A number typed in a NumberInput; blank (or not a number) means "not given". */
export function numberOrUndefined(value: NumberFieldValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function toCurrency(value: string): Currency {
  return (CURRENCIES as readonly string[]).includes(value) ? (value as Currency) : "USD";
}

function feeMinor(values: { fee: NumberFieldValue; currency: Currency }): number | undefined {
  const major = numberOrUndefined(values.fee);
  return major === undefined ? undefined : toMinorUnits(major, values.currency);
}

/** An empty form for a new doctor in `timeZone`. */
export function emptyDoctorForm(timeZone: string): DoctorFormValues {
  return {
    email: "",
    password: "",
    firstName: "",
    lastName: "",
    specialization: "",
    licenseNumber: "",
    phone: "",
    yearsOfExperience: "",
    fee: "",
    currency: "USD",
    bio: "",
    timeZone,
  };
}

/** The form's values for editing a doctor (no email or password: those belong to the account). */
export function doctorFormValues(doctor: Doctor): DoctorFormValues {
  return {
    email: "",
    password: "",
    firstName: doctor.firstName,
    lastName: doctor.lastName,
    specialization: doctor.specialization,
    licenseNumber: doctor.licenseNumber,
    phone: doctor.phone ?? "",
    yearsOfExperience: doctor.yearsOfExperience,
    fee: toMajorUnits(doctor.consultationFeeMinor, doctor.currency),
    currency: toCurrency(doctor.currency),
    bio: doctor.bio,
    timeZone: doctor.timeZone,
  };
}

/** The `doctors.create` input; blank optional fields are left out (the server's defaults apply). */
export function createDoctorFormInput(values: DoctorFormValues): CreateDoctorInput {
  return {
    email: values.email,
    password: values.password,
    firstName: values.firstName,
    lastName: values.lastName,
    specialization: values.specialization,
    licenseNumber: values.licenseNumber,
    phone: blankToUndefined(values.phone),
    yearsOfExperience: numberOrUndefined(values.yearsOfExperience),
    consultationFeeMinor: feeMinor(values),
    currency: values.currency,
    bio: blankToUndefined(values.bio),
    timeZone: values.timeZone,
  };
}

/** The `doctors.update` input of an admin's edit; a blank phone is cleared, a blank bio emptied. */
export function updateDoctorFormInput(values: DoctorFormValues, id: string): UpdateDoctorInput {
  return {
    id,
    firstName: values.firstName,
    lastName: values.lastName,
    specialization: values.specialization,
    licenseNumber: values.licenseNumber,
    phone: blankToNull(values.phone),
    yearsOfExperience: numberOrUndefined(values.yearsOfExperience),
    consultationFeeMinor: feeMinor(values),
    currency: values.currency,
    bio: values.bio.trim(),
    timeZone: values.timeZone,
  };
}

/** The practice form's values for a doctor. */
export function practiceFormValues(doctor: Doctor): PracticeFormValues {
  return {
    phone: doctor.phone ?? "",
    fee: toMajorUnits(doctor.consultationFeeMinor, doctor.currency),
    currency: toCurrency(doctor.currency),
    bio: doctor.bio,
  };
}

/** The `doctors.update` input a doctor may send about themselves: only bio, fee and phone. */
export function practiceInput(values: PracticeFormValues, id: string): UpdateDoctorInput {
  return {
    id,
    phone: blankToNull(values.phone),
    consultationFeeMinor: feeMinor(values),
    currency: values.currency,
    bio: values.bio.trim(),
  };
}

/** A validator whose fee errors land on the form's "fee" field (the API calls it consultationFeeMinor). */
export function withFeeField<Values>(
  validate: (values: Values) => FormErrors,
): (values: Values) => FormErrors {
  return (values) => {
    const { consultationFeeMinor, ...errors } = validate(values);
    return consultationFeeMinor === undefined ? errors : { ...errors, fee: consultationFeeMinor };
  };
}
