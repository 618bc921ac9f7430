import type { Me } from "@healthcare/ui";

/** What the console shows an account: the console itself, or why not. */
export type ConsoleAccess = "clinician" | "patient" | "pending" | "rejected";

/** Admins and approved doctors use the console; patients and unapproved doctors see a notice. */
export function consoleAccess(me: Pick<Me, "role" | "doctorApprovalState">): ConsoleAccess {
  if (me.role === "admin") return "clinician";
  if (me.role === "patient") return "patient";
  if (me.doctorApprovalState === "approved") return "clinician";
  return me.doctorApprovalState === "rejected" ? "rejected" : "pending";
}
