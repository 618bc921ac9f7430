import type { MantineColor } from "@mantine/core";

/** Where a doctor stands with the clinic. */
export type DoctorState = "active" | "pending" | "rejected" | "archived";

/** A doctor's state from its approval and archive fields. */
export function doctorState(doctor: { approvalState: string; archivedAt: Date | null }): DoctorState {
  if (doctor.archivedAt) return "archived";
  if (doctor.approvalState === "approved") return "active";
  return doctor.approvalState === "rejected" ? "rejected" : "pending";
}

/** How each state is named and coloured in the doctors table. */
export const DOCTOR_STATE_BADGES: Record<DoctorState, { label: string; color: MantineColor }> = {
  active: { label: "Active", color: "teal" },
  pending: { label: "Pending approval", color: "yellow" },
  rejected: { label: "Not approved", color: "gray" },
  archived: { label: "Archived", color: "gray" },
};

/** The filters of the doctors table, as `doctors.list` names them. */
export const DOCTOR_FILTERS = [
  { value: "active", label: "Active" },
  { value: "pending", label: "Pending approval" },
  { value: "archived", label: "Archived" },
  { value: "all", label: "All" },
] as const;

/** A filter of the doctors table. */
export type DoctorFilter = (typeof DOCTOR_FILTERS)[number]["value"];
