export * from "./service";
export { drainOutbox, deliverEvent, startOutboxDrain, backoffMs, MAX_ATTEMPTS } from "./drain";
export { MESSAGES, whenFor, type Message } from "./messages";
export { liveNotifications, deliveredSignal, type LiveNotification } from "./live";
