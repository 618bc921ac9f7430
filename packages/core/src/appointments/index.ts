export * from "./service";
export { appointmentAnalytics } from "./analytics";
export { nextStatus, assertAllowed, type AppointmentAction } from "./lifecycle";
export { scheduleReminders, scheduleExpiry, expireRequest, REMINDER_LEADS, EXPIRED_REASON } from "./follow-ups";
