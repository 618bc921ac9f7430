import type { Role } from "../api/trpc";

/** How each role is named on screen. */
export const ROLE_LABELS: Record<Role, string> = {
  patient: "Patient",
  doctor: "Doctor",
  admin: "Administrator",
};
