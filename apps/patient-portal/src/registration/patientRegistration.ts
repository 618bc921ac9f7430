import { blankToUndefined } from "@healthcare/ui";
import type { RegisterInput } from "@healthcare/validators";

/** The patient registration form's values: every field a string, blank when not given. */
export interface PatientRegistrationValues {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  phone: string;
  dateOfBirth: string;
}

/** An empty patient registration form. */
export const EMPTY_PATIENT_REGISTRATION: PatientRegistrationValues = {
  firstName: "",
  lastName: "",
  email: "",
  password: "",
  phone: "",
  dateOfBirth: "",
};

/** The `auth.register` input for a patient; `timeZone` is the browser's zone. */
export function patientRegistrationInput(values: PatientRegistrationValues, timeZone: string): RegisterInput {
  return {
    role: "patient",
    email: values.email,
    password: values.password,
    firstName: values.firstName,
    lastName: values.lastName,
    phone: blankToUndefined(values.phone),
    dateOfBirth: blankToUndefined(values.dateOfBirth),
    timeZone,
  };
}
