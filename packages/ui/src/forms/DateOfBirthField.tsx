import { TextInput } from "@mantine/core";
import type { TextInputProps } from "@mantine/core";

/** A date of birth: the browser's date picker, limited to the range the server accepts (1900 to today). */
export function DateOfBirthField(props: TextInputProps) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <TextInput
      label="Date of birth"
      type="date"
      autoComplete="bday"
      min="1900-01-01"
      max={today}
      {...props}
    />
  );
}
