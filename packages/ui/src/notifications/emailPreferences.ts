import type { RouterInputs, RouterOutputs } from "../api/trpc";

/** The caller's email choices as `notifications.preferences` returns them. */
export type EmailPreferences = RouterOutputs["notifications"]["preferences"];

/** Email on or off, per kind of notification. */
export type EmailChoices = Record<string, boolean>;

/** The choices as saved on the server, to start the form from. */
export function savedEmailChoices(preferences: EmailPreferences): EmailChoices {
  return Object.fromEntries(preferences.items.map((item) => [item.kind, item.email]));
}

/** True when some switch differs from what is saved. */
export function hasUnsavedEmailChoices(preferences: EmailPreferences, choices: EmailChoices): boolean {
  return preferences.items.some((item) => (choices[item.kind] ?? item.email) !== item.email);
}

/** The `notifications.updatePreferences` input: every kind the caller receives, with its choice. */
export function emailPreferencesInput(
  preferences: EmailPreferences,
  choices: EmailChoices,
): RouterInputs["notifications"]["updatePreferences"] {
  return {
    items: preferences.items.map((item) => ({ kind: item.kind, email: choices[item.kind] ?? item.email })),
  };
}

/** A one-line summary: "Emails for 3 of 9 kinds of notification". */
export function emailChoicesSummary(preferences: EmailPreferences, choices: EmailChoices): string {
  const total = preferences.items.length;
  const on = preferences.items.filter((item) => choices[item.kind] ?? item.email).length;
  if (on === 0) return "No emails: you see notifications in the app only.";
  if (on === total) return "Emails for every kind of notification.";
  return `Emails for ${on} of ${total} kinds of notification.`;
}
