import { registerInput } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import { EMPTY_PATIENT_REGISTRATION, patientRegistrationInput } from "./patientRegistration";

const filled = {
  ...EMPTY_PATIENT_REGISTRATION,
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  password: "correct horse battery",
};

describe("patientRegistrationInput", () => {
  it("registers a patient in the browser's time zone, leaving out optional fields left blank", () => {
    const input = patientRegistrationInput({ ...filled, phone: " " }, "Europe/London");
    expect(input).toEqual({
      role: "patient",
      ...filled,
      phone: undefined,
      dateOfBirth: undefined,
      timeZone: "Europe/London",
    });
    expect(registerInput.safeParse(input).success).toBe(true);
  });

  it("sends the phone and date of birth when given", () => {
    const input = patientRegistrationInput(
      { ...filled, phone: "+44 20 7946 0000", dateOfBirth: "1990-03-14" },
      "Europe/London",
    );
    expect(input).toMatchObject({ phone: "+44 20 7946 0000", dateOfBirth: "1990-03-14" });
    expect(registerInput.safeParse(input).success).toBe(true);
  });
});
