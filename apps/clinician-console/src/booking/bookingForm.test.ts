import { describe, expect, it } from "vitest";
import { bookingErrors, bookingInput } from "./bookingForm";

const complete = {
  patientId: "p1",
  doctorId: "d1",
  date: "2026-11-23",
  startsAt: "2026-11-23T14:00:00.000Z",
  reason: "Annual checkup",
};

describe("booking form", () => {
  it("books the chosen slot for the chosen patient", () => {
    expect(bookingInput(complete)).toEqual({
      doctorId: "d1",
      patientId: "p1",
      startsAt: new Date("2026-11-23T14:00:00Z"),
      reason: "Annual checkup",
    });
    expect(bookingErrors(complete)).toEqual({});
  });

  it("says what is missing", () => {
    const blank = { patientId: null, doctorId: null, date: "", startsAt: "", reason: "" };
    expect(bookingInput(blank)).toBeNull();
    expect(bookingErrors(blank)).toEqual({
      patientId: "Choose the patient",
      doctorId: "Choose the doctor",
      startsAt: "Choose one of the free times",
      reason: "Say briefly why you are coming",
    });
  });
});
