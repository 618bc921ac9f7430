import type { Services } from "../context";
import type { DomainEventKind } from "../outbox";
import type { Recipient } from "./recipients";
import { admins, careTeamOf, partiesOf } from "./recipients";

/** One in-app message for one user. */
export interface Message {
  userId: string;
  title: string;
  body: string;
  link: string | null;
}

/** The event payload as written by the services (see outbox.ts callers). */
type Payload = Record<string, unknown> & {
  patientId?: string;
  doctorId?: string;
  appointmentId?: string;
  startsAt?: string;
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

/** Appointment changes: tell the other party, and the patient whenever staff acted. */
async function appointmentChange(services: Services, p: Payload, verb: string): Promise<Message[]> {
  const { patient, doctor } = await partiesOf(services, p);
  const messages: Message[] = [];
  if (patient && p.actorUserId !== patient.userId) {
    messages.push({
      userId: patient.userId,
      title: `Appointment ${verb}`,
      body: `Your appointment with ${doctorName(doctor)} on ${whenFor(patient, p.startsAt)} was ${verb}.`,
      link: `/appointments/${p.appointmentId}`,
    });
  }
  if (doctor && p.actorUserId !== doctor.userId) {
    messages.push({
      userId: doctor.userId,
      title: `Appointment ${verb}`,
      body: `The appointment with ${personName(patient)} on ${whenFor(doctor, p.startsAt)} was ${verb}.`,
      link: `/console/calendar`,
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
              },
            ]
          : patient
            ? [
                {
                  userId: patient.userId,
                  title: "Appointment booked for you",
                  body: `The clinic booked ${whenFor(patient, p.startsAt)} with ${doctorName(doctor)}.`,
                  link: `/appointments/${p.appointmentId}`,
                },
              ]
            : []),
      ];
    },
    "appointment.confirmed": (s, p) => appointmentChange(s, p, "confirmed"),
    "appointment.cancelled": (s, p) => appointmentChange(s, p, "cancelled"),
    "appointment.rescheduled": (s, p) => appointmentChange(s, p, "moved"),
    "appointment.no_show": (s, p) => appointmentChange(s, p, "marked as missed"),
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
