import { formatMinorUnits } from "@healthcare/ui";
import type { RouterOutputs } from "@healthcare/ui";

/** A doctor as `doctors.list` and `doctors.byId` return it. */
export type Doctor = RouterOutputs["doctors"]["byId"];

/** "Dr. Emily Clarke". */
export function doctorName(doctor: { firstName: string; lastName: string }): string {
  return `Dr. ${doctor.firstName} ${doctor.lastName}`;
}

/** "9 years", "1 year", "Less than a year". */
export function experienceText(years: number): string {
  if (years < 1) return "Less than a year";
  return years === 1 ? "1 year" : `${years} years`;
}

/** The consultation fee in the doctor's currency: "£180.00". */
export function feeText(doctor: Pick<Doctor, "consultationFeeMinor" | "currency">): string {
  return formatMinorUnits(doctor.consultationFeeMinor, doctor.currency);
}
