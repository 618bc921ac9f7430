import { updateProfileInput } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import { profileFormValues, profileUpdateInput } from "./profileValues";
import type { ProfileSource } from "./profileValues";

const patient: ProfileSource = {
  role: "patient",
  firstName: "Ada",
  lastName: "Lovelace",
  phone: null,
  timeZone: "Europe/London",
  patient: { dateOfBirth: "1990-03-14", gender: null, address: null },
};

describe("profile form values", () => {
  it("shows unset values as blank fields", () => {
    expect(profileFormValues(patient)).toEqual({
      firstName: "Ada",
      lastName: "Lovelace",
      phone: "",
      timeZone: "Europe/London",
      dateOfBirth: "1990-03-14",
      gender: "",
      address: "",
    });
  });

  it("sends blank fields as cleared (null), which the server accepts", () => {
    const input = profileUpdateInput(
      { ...profileFormValues(patient), dateOfBirth: "", address: "  " },
      "patient",
    );
    expect(input).toEqual({
      firstName: "Ada",
      lastName: "Lovelace",
      phone: null,
      timeZone: "Europe/London",
      dateOfBirth: null,
      gender: null,
      address: null,
    });
    expect(updateProfileInput.safeParse(input).success).toBe(true);
  });

  it("sends a chosen gender and the patient fields for patients only", () => {
    const values = { ...profileFormValues(patient), gender: "female", address: "12 Main St" };
    expect(profileUpdateInput(values, "patient")).toMatchObject({ gender: "female", address: "12 Main St" });
    const doctorInput = profileUpdateInput(values, "doctor");
    expect(Object.keys(doctorInput).sort()).toEqual(["firstName", "lastName", "phone", "timeZone"]);
  });
});
