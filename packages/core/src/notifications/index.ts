export * from "./service";
export { drainOutbox, startOutboxDrain, backoffMs, MAX_ATTEMPTS, type DrainOptions } from "./drain";
export { deliverEvent, runWork, queueOf, sendNotificationEmail, type WorkItem, type QueueName } from "./work";
export {
  startPgBossWorkers,
  relayOutbox,
  listenForDeliveries,
  QUEUES,
  deadLetterOf,
  DELIVERED_CHANNEL,
  type PgBossWorkers,
  type PgBossWorkerOptions,
  type JobReport,
} from "./pgboss";
export { startNotificationWorkers, type NotificationWorkerOptions } from "./runtime";
export { MESSAGES, whenFor, type Message, type AppointmentRef } from "./messages";
export { liveNotifications, deliveredSignal, type LiveNotification } from "./live";
export { NOTIFICATION_KINDS, kindsFor, type NotificationKind } from "./kinds";
export {
  notificationPreferences,
  updateNotificationPreferences,
  updatePreferencesInput,
  wantEmail,
} from "./preferences";
export * from "./email";
