import { blankToUndefined } from "@healthcare/ui";
import type { RegisterInput } from "@healthcare/validators";

/** The doctor registration form's values: every field a string, blank when not given. */
export interface DoctorRegistrationValues {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  phone: string;
  specialization: string;
  licenseNumber: string;
}

/** An empty doctor registration form. */
export const EMPTY_DOCTOR_REGISTRATION: DoctorRegistrationValues = {
  firstName: "",
  lastName: "",
  email: "",
  password: "",
  phone: "",
  specialization: "",
  licenseNumber: "",
};

/** The `auth.register` input for a doctor; `timeZone` is the browser's zone. */
export function doctorRegistrationInput(values: DoctorRegistrationValues, timeZone: string): RegisterInput {
  return {
    role: "doctor",
    email: values.email,
    password: values.password,
    firstName: values.firstName,
    lastName: values.lastName,
    phone: blankToUndefined(values.phone),
    specialization: values.specialization,
    licenseNumber: values.licenseNumber,
    timeZone,
  };
}
