export * from "./service";
export { appointmentAnalytics } from "./analytics";
export { nextStatus, assertAllowed, type AppointmentAction } from "./lifecycle";
export {
  scheduleReminders,
  scheduleExpiry,
  expireRequest,
  followUpsOf,
  REMINDER_LEADS,
  EXPIRED_REASON,
  type FollowUp,
} from "./follow-ups";
