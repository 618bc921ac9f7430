import { PasswordInput } from "@mantine/core";
import type { PasswordInputProps } from "@mantine/core";

/**
 * A password input whose show/hide toggle is not named "password", so that the field's label
 * is the only thing on the page that a "Password" label lookup finds.
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ "aria-label": "Show or hide the typed characters" }}
      {...props}
    />
  );
}
