import { createTheme } from "@mantine/core";
import type { CSSVariablesResolver } from "@mantine/core";

/** The look shared by the patient portal and the clinician console. */
export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7 keeps white text on filled buttons and links on white above 4.5:1 (WCAG AA).
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: "md",
  fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif" },
});

/** Darker secondary text than Mantine's default, which is below AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)" },
  dark: {},
});
