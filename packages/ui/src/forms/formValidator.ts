import { schemaResolver } from "@mantine/form";
import type { FormErrors } from "@mantine/form";

/** A schema implementing Standard Schema, such as every zod schema in `@healthcare/validators`. */
export type FormSchema = Parameters<typeof schemaResolver>[0];

/**
 * A Mantine `validate` function that checks a form with the same schema the server uses.
 * `toInput` turns the form's values (strings, blanks) into the API input first, so the errors
 * match what the server would say; errors are keyed by field path ("firstName", "address.city").
 */
export function formValidator<Values>(
  schema: FormSchema,
  toInput: (values: Values) => unknown = (values) => values,
): (values: Values) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true });
  return (values) => resolve(toInput(values));
}

/** A text field's value for an optional API field: blank means "not given". */
export function blankToUndefined(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A text field's value for a nullable API field: blank means "clear it". */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}
