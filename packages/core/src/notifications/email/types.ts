/** A calendar entry attached to booking emails (.ics). */
export interface CalendarInvite {
  /** Stable per appointment, e.g. `${appointmentId}@healthcare`. */
  uid: string;
  /** Increases with each change (the change time in seconds, or a counter the caller keeps). */
  sequence: number;
  method: "REQUEST" | "CANCEL";
  startsAt: Date;
  endsAt: Date;
  /** E.g. "Appointment with Dr. Ada Lovelace". */
  summary: string;
  description?: string;
  location?: string;
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
}

/** One email to send for one in-app notification. */
export interface EmailNotification {
  /** `timeZone` is the recipient's IANA zone. */
  to: { email: string; name: string; timeZone: string };
  /** Notification kind, e.g. "appointment.confirmed". */
  kind: string;
  /** The in-app title; the subject. */
  title: string;
  /** The in-app body, already written for the recipient. */
  body: string;
  /** App path like "/appointments/<id>" or "/console/today". */
  link: string | null;
  calendar?: CalendarInvite;
}

/** What an email says, ready for the transport. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  ics?: string;
}

/** Where and how emails leave the system. */
export interface MailConfig {
  /** E.g. smtp://user:pass@host:587 or smtps://...; when absent, development mode (outboxDir). */
  smtpUrl?: string;
  /** Development mode: each email written as an .eml file here (created if missing), one log line per email. */
  outboxDir: string;
  /** E.g. "Healthcare clinic <no-reply@clinic.localhost>". */
  from: string;
  /** Base URL for links, e.g. http://localhost:3000. */
  publicUrl: string;
  clinicName: string;
}

/** Sends notification emails. */
export interface Mailer {
  /** Sends (or, without SMTP, writes) one email; resolves when the SMTP server accepted it. */
  send(n: EmailNotification): Promise<{ messageId: string; file?: string }>;
  close(): Promise<void>;
}
