import { NativeSelect, PasswordInput, Textarea, TextInput, createTheme } from "@mantine/core";
import type { CSSVariablesResolver } from "@mantine/core";

const fontFamily = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Required fields carry `required` for assistive technology, but no asterisk inside the label:
// the label stays exactly its words ("Email"), and optional fields say "Optional" instead.
const noAsterisk = { defaultProps: { withAsterisk: false } };

/** The look shared by the patient portal and the clinician console. */
export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7 keeps white text on filled buttons and links on white above 4.5:1 (WCAG AA).
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: "md",
  fontFamily,
  headings: { fontFamily },
  components: {
    TextInput: TextInput.extend(noAsterisk),
    PasswordInput: PasswordInput.extend(noAsterisk),
    Textarea: Textarea.extend(noAsterisk),
    NativeSelect: NativeSelect.extend(noAsterisk),
  },
});

/** Darker secondary, error and placeholder text than Mantine's defaults, which are below AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
  },
  dark: {},
});
