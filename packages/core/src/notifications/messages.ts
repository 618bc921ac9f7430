import type { Services } from "../context";
import type { DomainEventKind } from "../outbox";
import type { Recipient } from "./recipients";
import { admins, careTeamOf, partiesOf, stillConfirmedAt } from "./recipients";

/** The appointment a message is about, for the calendar entry (.ics) attached to its email. */
export interface AppointmentRef {
  id: string;
  startsAt: string;
  endsAt: string;
  /** What the recipient's calendar calls it, e.g. "Appointment with Dr. Ada Byron". */
  summary: string;
  cancelled: boolean;
}

/** One in-app message for one user. */
export interface Message {
  userId: string;
  title: string;
  body: string;
  link: string | null;
  /** Makes delivery idempotent across events (reminders); by default the event id and user. */
  dedupeKey?: string;
  /** Set when the email should carry a calendar entry. */
  appointment?: AppointmentRef;
}

/** The event payload as written by the services (see outbox.ts callers). */
type Payload = Record<string, unknown> & {
  patientId?: string;
  doctorId?: string;
  appointmentId?: string;
  startsAt?: string;
  endsAt?: string;
  actorUserId?: string;
  actorRole?: string;
};

/** "Mon, 23 Nov, 09:30" in the recipient's own time zone. */
export function whenFor(recipient: Pick<Recipient, "timeZone">, iso: string | undefined): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: recipient.timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}

const doctorName = (d: { firstName: string; lastName: string } | null) =>
  d ? `Dr. ${d.firstName} ${d.lastName}` : "your doctor";
const personName = (p: { firstName: string; lastName: string } | null) =>
  p ? `${p.firstName} ${p.lastName}` : "a patient";

/** The calendar entry of the appointment in the payload, as the patient or the doctor sees it. */
function appointmentRef(p: Payload, other: string, cancelled = false): AppointmentRef | undefined {
  if (!p.appointmentId || !p.startsAt || !p.endsAt) return undefined;
  return {
    id: p.appointmentId,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    summary: `Appointment with ${other}`,
    cancelled,
  };
}

/** Appointment changes: tell the other party, and the patient whenever staff acted. */
async function appointmentChange(
  services: Services,
  p: Payload,
  verb: string,
  calendar: "update" | "cancel" | "none",
): Promise<Message[]> {
  const { patient, doctor } = await partiesOf(services, p);
  const cancelled = calendar === "cancel";
  const messages: Message[] = [];
  if (patient && p.actorUserId !== patient.userId) {
    messages.push({
      userId: patient.userId,
      title: `Appointment ${verb}`,
      body: `Your appointment with ${doctorName(doctor)} on ${whenFor(patient, p.startsAt)} was ${verb}.`,
      link: `/appointments/${p.appointmentId}`,
      ...(calendar !== "none" && { appointment: appointmentRef(p, doctorName(doctor), cancelled) }),
    });
  }
  if (doctor && p.actorUserId !== doctor.userId) {
    messages.push({
      userId: doctor.userId,
      title: `Appointment ${verb}`,
      body: `The appointment with ${personName(patient)} on ${whenFor(doctor, p.startsAt)} was ${verb}.`,
      link: `/console/calendar`,
      ...(calendar !== "none" && { appointment: appointmentRef(p, personName(patient), cancelled) }),
    });
  }
  return messages;
}

/**
 * Who is told what, per kind of event. Adding a kind of event is one line here (and its message):
 * the delivery, retries and idempotency are shared.
 */
export const MESSAGES: Record<DomainEventKind, (services: Services, payload: Payload) => Promise<Message[]>> =
  {
    "appointment.requested": async (services, p) => {
      const { patient, doctor } = await partiesOf(services, p);
      return [
        ...(doctor
          ? [
              {
                userId: doctor.userId,
                title: "New appointment request",
                body: `${personName(patient)} asked for ${whenFor(doctor, p.startsAt)}.`,
                link: "/console/today",
                appointment: appointmentRef(p, personName(patient)),
              },
            ]
          : []),
        ...(patient && p.actorUserId === patient.userId
          ? [
              {
                userId: patient.userId,
                title: "Request received",
                body: `We received your request for ${whenFor(patient, p.startsAt)} with ${doctorName(doctor)}. You will be told when it is confirmed.`,
                link: `/appointments/${p.appointmentId}`,
                appointment: appointmentRef(p, doctorName(doctor)),
              },
            ]
          : patient
            ? [
                {
                  userId: patient.userId,
                  title: "Appointment booked for you",
                  body: `The clinic booked ${whenFor(patient, p.startsAt)} with ${doctorName(doctor)}.`,
                  link: `/appointments/${p.appointmentId}`,
                  appointment: appointmentRef(p, doctorName(doctor)),
                },
              ]
            : []),
      ];
    },
    "appointment.confirmed": (s, p) => appointmentChange(s, p, "confirmed", "update"),
    "appointment.cancelled": (s, p) => appointmentChange(s, p, "cancelled", "cancel"),
    "appointment.rescheduled": (s, p) => appointmentChange(s, p, "moved", "update"),
    "appointment.no_show": (s, p) => appointmentChange(s, p, "marked as missed", "none"),
    "appointment.expired": async (services, p) => {
      const { patient, doctor } = await partiesOf(services, p);
      return [
        ...(patient
          ? [
              {
                userId: patient.userId,
                title: "Request expired",
                body: `Your request for ${whenFor(patient, p.startsAt)} with ${doctorName(doctor)} was not confirmed before its start time, so it was cancelled. Please book another time.`,
                link: `/appointments/${p.appointmentId}`,
                appointment: appointmentRef(p, doctorName(doctor), true),
              },
            ]
          : []),
        ...(doctor
          ? [
              {
                userId: doctor.userId,
                title: "Request expired unconfirmed",
                body: `The request from ${personName(patient)} for ${whenFor(doctor, p.startsAt)} was not confirmed in time and was cancelled.`,
                link: "/console/calendar",
                appointment: appointmentRef(p, personName(patient), true),
              },
            ]
          : []),
      ];
    },
    "appointment.reminder": async (services, p) => {
      // A reminder made for another time, or for an appointment no longer confirmed, is stale.
      if (!(await stillConfirmedAt(services, p))) return [];
      const { patient, doctor } = await partiesOf(services, p);
      const soon = p.lead === "2h" ? "in 2 hours" : "tomorrow";
      const key = (userId: string) => `reminder:${p.appointmentId}:${p.startsAt}:${String(p.lead)}:${userId}`;
      return [
        ...(patient
          ? [
              {
                userId: patient.userId,
                title: `Reminder: appointment ${soon}`,
                body: `Your appointment with ${doctorName(doctor)} is on ${whenFor(patient, p.startsAt)}.`,
                link: `/appointments/${p.appointmentId}`,
                dedupeKey: key(patient.userId),
              },
            ]
          : []),
        ...(doctor
          ? [
              {
                userId: doctor.userId,
                title: `Reminder: appointment ${soon}`,
                body: `${personName(patient)} is booked for ${whenFor(doctor, p.startsAt)}.`,
                link: "/console/today",
                dedupeKey: key(doctor.userId),
              },
            ]
          : []),
      ];
    },
    "appointment.completed": () => Promise.resolve([]),
    "care_team.assigned": async (services, p) => {
      const { patient, doctor } = await partiesOf(services, p);
      return [
        ...(doctor
          ? [
              {
                userId: doctor.userId,
                title: "New patient on your care team",
                body: `${personName(patient)} is now your patient.`,
                link: `/console/patients/${p.patientId}`,
              },
            ]
          : []),
        ...(patient
          ? [
              {
                userId: patient.userId,
                title: "A doctor joined your care team",
                body: `${doctorName(doctor)} is now on your care team.`,
                link: "/care-team",
              },
            ]
          : []),
      ];
    },
    "care_team.removed": async (services, p) => {
      const { patient, doctor } = await partiesOf(services, p);
      return [
        ...(doctor
          ? [
              {
                userId: doctor.userId,
                title: "Patient removed from your care team",
                body: `${personName(patient)} is no longer on your care team.`,
                link: null,
              },
            ]
          : []),
        ...(patient
          ? [
              {
                userId: patient.userId,
                title: "Care team changed",
                body: `${doctorName(doctor)} is no longer on your care team.`,
                link: "/care-team",
              },
            ]
          : []),
      ];
    },
    "record.created": async (services, p) => {
      const { patient } = await partiesOf(services, p);
      const doctors = p.patientId
        ? await careTeamOf(services, p.patientId, p.actorUserId ?? (p.authorUserId as string | undefined))
        : [];
      const writtenByDoctor = Boolean(p.doctorId);
      return [
        ...doctors.map((d) => ({
          userId: d.userId,
          title: "New medical record",
          body: `A new record was added for ${personName(patient)}.`,
          link: `/console/patients/${p.patientId}`,
        })),
        ...(patient && writtenByDoctor
          ? [
              {
                userId: patient.userId,
                title: "New medical record",
                body: "Your doctor added a record to your file.",
                link: `/records/${p.recordId as string}`,
              },
            ]
          : []),
      ];
    },
    "record.comment_shared": async (services, p) => {
      const { patient } = await partiesOf(services, p);
      return patient
        ? [
            {
              userId: patient.userId,
              title: "New comment from your doctor",
              body: "Your doctor commented on one of your records.",
              link: `/records/${p.recordId as string}`,
            },
          ]
        : [];
    },
    "patient.emergency_access": async (services, p) => {
      const { patient } = await partiesOf(services, p);
      return patient
        ? [
            {
              userId: patient.userId,
              title: "Emergency access to your records",
              body: `Your records were opened in an emergency. Reason given: ${String(p.reason)}`,
              link: "/access-log",
            },
          ]
        : [];
    },
    "doctor.registered": async (services, p) => {
      const list = await admins(services);
      return list.map((a) => ({
        userId: a.userId,
        title: "Doctor registration awaits approval",
        body: `${String(p.name)} (${String(p.specialization)}) registered as a doctor.`,
        link: "/console/doctors",
      }));
    },
  };
