export * from "./service";
export { appointmentAnalytics } from "./analytics";
export { nextStatus, assertAllowed, type AppointmentAction } from "./lifecycle";
