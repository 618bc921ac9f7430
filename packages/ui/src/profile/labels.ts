import type { Gender } from "@healthcare/validators";

/** How each gender value is named on screen. */
export const GENDER_LABELS: Record<Gender, string> = {
  female: "Female",
  male: "Male",
  other: "Other",
  undisclosed: "Prefer not to say",
};
