import type { CreateAppointmentInput } from "@healthcare/validators";
import { createAppointmentInput } from "@healthcare/validators";
import type { FormErrors } from "@mantine/form";

/** The booking form: who, with whom, which day, which free slot (its start as ISO), and why. */
export interface BookingFormValues {
  patientId: string | null;
  doctorId: string | null;
  /** The day shown, "YYYY-MM-DD" on the doctor's clocks. */
  date: string;
  /** The chosen slot's start, an ISO instant; "" when none is chosen. */
  startsAt: string;
  reason: string;
}

/** The `appointments.create` input of an administrator booking for a patient; null until complete. */
export function bookingInput(values: BookingFormValues): CreateAppointmentInput | null {
  if (!values.patientId || !values.doctorId || !values.startsAt) return null;
  return {
    doctorId: values.doctorId,
    patientId: values.patientId,
    startsAt: new Date(values.startsAt),
    reason: values.reason,
  };
}

/** What is missing or wrong, per field, with the server's rule for the reason. */
export function bookingErrors(values: BookingFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.patientId) errors.patientId = "Choose the patient";
  if (!values.doctorId) errors.doctorId = "Choose the doctor";
  if (!values.startsAt) errors.startsAt = "Choose one of the free times";
  const reason = createAppointmentInput.shape.reason.safeParse(values.reason);
  if (!reason.success) errors.reason = reason.error.issues[0]?.message ?? "Say briefly why";
  return errors;
}
