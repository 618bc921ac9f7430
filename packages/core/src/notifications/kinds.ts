import type { Role } from "@healthcare/validators";

/** A kind of notification as users see it: what it is about, and who can receive it. */
export interface NotificationKind {
  kind: string;
  label: string;
  description: string;
  roles: readonly Role[];
}

/**
 * Every kind of notification a user can receive, in the order the profile page lists them.
 * In-app delivery is always on; users choose per kind whether they also get an email.
 */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  {
    kind: "appointment.requested",
    label: "Appointment requests",
    description: "A new request (doctors), or the receipt of your request (patients).",
    roles: ["patient", "doctor"],
  },
  {
    kind: "appointment.confirmed",
    label: "Confirmations",
    description: "An appointment was confirmed.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "appointment.rescheduled",
    label: "Time changes",
    description: "An appointment was moved to another time.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "appointment.cancelled",
    label: "Cancellations",
    description: "An appointment was cancelled.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "appointment.expired",
    label: "Expired requests",
    description: "A request was not confirmed before its start time and lapsed.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "appointment.no_show",
    label: "Missed appointments",
    description: "An appointment was marked as missed.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "appointment.reminder",
    label: "Reminders",
    description: "24 hours and 2 hours before a confirmed appointment.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "care_team.assigned",
    label: "Care team: added",
    description: "A doctor joined a patient's care team.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "care_team.removed",
    label: "Care team: removed",
    description: "A doctor left a patient's care team.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "record.created",
    label: "New medical records",
    description: "A record was added to a patient's file.",
    roles: ["patient", "doctor"],
  },
  {
    kind: "record.comment_shared",
    label: "Doctor comments",
    description: "Your doctor shared a comment on one of your records.",
    roles: ["patient"],
  },
  {
    kind: "patient.emergency_access",
    label: "Emergency access",
    description: "Your records were opened in an emergency (break-glass).",
    roles: ["patient"],
  },
  {
    kind: "doctor.registered",
    label: "Doctor registrations",
    description: "A doctor registered and awaits approval.",
    roles: ["admin"],
  },
];

/** The kinds a user of this role can receive. */
export function kindsFor(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => k.roles.includes(role));
}
