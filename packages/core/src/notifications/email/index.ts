export type { CalendarInvite, EmailNotification, RenderedEmail, MailConfig, Mailer } from "./types";
export { renderEmail, formatAppointmentTime, type RenderOptions } from "./render";
export { calendarInvite } from "./ics";
export { createMailer } from "./mailer";
