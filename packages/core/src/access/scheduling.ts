import type { Actor } from "../context";

/** The parties of an appointment. */
export interface AppointmentParties {
  patientId: string;
  doctorId: string;
}

const isOwnDoctor = (actor: Actor, doctorId: string) =>
  actor.role === "doctor" && actor.doctorApproved && actor.doctorId === doctorId;

/** Who may see an appointment: its patient, its (approved) doctor, and admins. */
export function canViewAppointment(actor: Actor, appointment: AppointmentParties): boolean {
  return (
    actor.role === "admin" ||
    (actor.role === "patient" && actor.patientId === appointment.patientId) ||
    isOwnDoctor(actor, appointment.doctorId)
  );
}

/** Who may confirm, complete or mark a no-show: the appointment's doctor and admins. */
export function canRunAppointment(actor: Actor, appointment: AppointmentParties): boolean {
  return actor.role === "admin" || isOwnDoctor(actor, appointment.doctorId);
}

/** Who may book for a patient: the patient for themself, and admins for anyone. */
export function canBookFor(actor: Actor, patientId: string): boolean {
  return actor.role === "admin" || (actor.role === "patient" && actor.patientId === patientId);
}

/** Who may change a doctor's schedule and time off: the doctor (even before approval) and admins. */
export function canManageSchedule(actor: Actor, doctorId: string): boolean {
  return actor.role === "admin" || (actor.role === "doctor" && actor.doctorId === doctorId);
}

/** Who may see a doctor's appointment calendar: the doctor and admins. */
export function canViewDoctorCalendar(actor: Actor, doctorId: string): boolean {
  return actor.role === "admin" || isOwnDoctor(actor, doctorId);
}

/** Who may see doctors that are not (yet, or any longer) bookable: admins, and a doctor their own profile. */
export function canSeeInactiveDoctor(actor: Actor, doctorId: string): boolean {
  return actor.role === "admin" || (actor.role === "doctor" && actor.doctorId === doctorId);
}
