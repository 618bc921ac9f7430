import type { FormErrors } from "@mantine/form";
import { placeServerErrors } from "../api/errors";

/** The part of a Mantine form that server errors are written to. */
export interface ErrorTarget {
  getValues: () => object;
  setErrors: (errors: FormErrors) => void;
}

/**
 * Shows a failed mutation's field errors on the form's fields and returns the message for
 * everything else (null when every error sits on a field).
 */
export function applyServerErrors(form: ErrorTarget, error: unknown): string | null {
  const { fieldErrors, message } = placeServerErrors(error, Object.keys(form.getValues()));
  if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
  return message;
}
