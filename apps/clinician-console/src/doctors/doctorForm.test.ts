import { createDoctorInput, updateDoctorInput } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import {
  createDoctorFormInput,
  doctorFormValues,
  emptyDoctorForm,
  numberOrUndefined,
  practiceFormValues,
  practiceInput,
  updateDoctorFormInput,
  withFeeField,
} from "./doctorForm";
import type { Doctor } from "./doctorForm";

const doctor = {
  id: "d1",
  userId: "u1",
  firstName: "Sarah",
  lastName: "Mitchell",
  specialization: "General Practice",
  licenseNumber: "NY-MD-284731",
  phone: null,
  yearsOfExperience: 12,
  consultationFeeMinor: 15050,
  currency: "USD",
  bio: "Family doctor.",
  timeZone: "America/New_York",
  slotMinutes: 30,
  minNoticeMinutes: 120,
  bookingWindowDays: 90,
  approvalState: "approved",
  approvedAt: new Date(),
  archivedAt: null,
  createdAt: new Date(),
} as unknown as Doctor;

describe("doctor form", () => {
  it("sends a new doctor with the fee in minor units and blank optional fields left out", () => {
    const input = createDoctorFormInput({
      ...emptyDoctorForm("Europe/Paris"),
      email: "new.doctor@clinic.test",
      password: "a long enough password",
      firstName: "Noor",
      lastName: "Haddad",
      specialization: "Cardiology",
      licenseNumber: "FR-12345",
      fee: 85.5,
      currency: "EUR",
    });
    expect(input).toMatchObject({ consultationFeeMinor: 8550, currency: "EUR", timeZone: "Europe/Paris" });
    expect(input.phone).toBeUndefined();
    expect(input.yearsOfExperience).toBeUndefined();
    expect(input.bio).toBeUndefined();
    expect(createDoctorInput.safeParse(input).success).toBe(true);
  });

  it("shows a doctor's stored fee in major units and sends it back unchanged", () => {
    const values = doctorFormValues(doctor);
    expect(values).toMatchObject({ fee: 150.5, currency: "USD", phone: "", yearsOfExperience: 12 });
    const input = updateDoctorFormInput(values, "d1");
    expect(input).toMatchObject({
      id: "d1",
      consultationFeeMinor: 15050,
      phone: null,
      bio: "Family doctor.",
    });
    expect(updateDoctorInput.safeParse(input).success).toBe(true);
  });

  it("lets a doctor send only bio, fee and phone", () => {
    const input = practiceInput(
      { ...practiceFormValues(doctor), phone: " +1 212 555 0100 ", fee: "180" },
      "d1",
    );
    expect(input).toEqual({
      id: "d1",
      phone: "+1 212 555 0100",
      consultationFeeMinor: 18000,
      currency: "USD",
      bio: "Family doctor.",
    });
  });

  it("reads number fields, blank as not given", () => {
    expect(numberOrUndefined("")).toBeUndefined();
    expect(numberOrUndefined(" 7 ")).toBe(7);
    expect(numberOrUndefined(0)).toBe(0);
    expect(numberOrUndefined("abc")).toBeUndefined();
  });
});

describe("withFeeField", () => {
  it("moves the API's fee errors onto the form's fee field", () => {
    const validate = withFeeField(() => ({ consultationFeeMinor: "Too big", bio: "Too long" }));
    expect(validate({})).toEqual({ fee: "Too big", bio: "Too long" });
  });
});
