import type { RouterOutputs } from "@healthcare/ui";

/** An appointment as the API returns it, with the names of the doctor and the patient. */
export type Appointment = RouterOutputs["appointments"]["today"]["items"][number];

/** The patient's full name, as every list and the calendar show it. */
export function patientName(appointment: Pick<Appointment, "patient">): string {
  return `${appointment.patient.firstName} ${appointment.patient.lastName}`;
}
