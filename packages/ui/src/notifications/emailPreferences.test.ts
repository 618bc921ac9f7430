import { describe, expect, it } from "vitest";
import type { EmailPreferences } from "./emailPreferences";
import {
  emailChoicesSummary,
  emailPreferencesInput,
  hasUnsavedEmailChoices,
  savedEmailChoices,
} from "./emailPreferences";

const preferences: EmailPreferences = {
  emailAddress: "rosa@example.test",
  items: [
    { kind: "appointment.confirmed", label: "Confirmations", description: "Confirmed.", email: true },
    { kind: "appointment.reminder", label: "Reminders", description: "Before.", email: false },
    { kind: "record.created", label: "New medical records", description: "Added.", email: true },
  ],
};

describe("email preferences", () => {
  it("starts from what is saved and has nothing to save", () => {
    const choices = savedEmailChoices(preferences);
    expect(choices).toEqual({
      "appointment.confirmed": true,
      "appointment.reminder": false,
      "record.created": true,
    });
    expect(hasUnsavedEmailChoices(preferences, choices)).toBe(false);
  });

  it("notices a switched kind and sends every kind with its choice", () => {
    const choices = { ...savedEmailChoices(preferences), "appointment.reminder": true };
    expect(hasUnsavedEmailChoices(preferences, choices)).toBe(true);
    expect(emailPreferencesInput(preferences, choices)).toEqual({
      items: [
        { kind: "appointment.confirmed", email: true },
        { kind: "appointment.reminder", email: true },
        { kind: "record.created", email: true },
      ],
    });
  });

  it("ignores choices for kinds the server does not offer this person", () => {
    const choices = { ...savedEmailChoices(preferences), "doctor.registered": true };
    expect(hasUnsavedEmailChoices(preferences, choices)).toBe(false);
    expect(emailPreferencesInput(preferences, choices).items.map((i) => i.kind)).not.toContain(
      "doctor.registered",
    );
  });

  it("sums the choices up", () => {
    expect(emailChoicesSummary(preferences, savedEmailChoices(preferences))).toBe(
      "Emails for 2 of 3 kinds of notification.",
    );
    const none = { "appointment.confirmed": false, "appointment.reminder": false, "record.created": false };
    expect(emailChoicesSummary(preferences, none)).toMatch(/in the app only/);
  });
});
