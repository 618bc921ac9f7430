import { describe, expect, it } from "vitest";
import { doctorName, experienceText, feeText } from "./doctorFacts";

describe("doctor facts", () => {
  it("names the doctor the way patients address them", () => {
    expect(doctorName({ firstName: "Emily", lastName: "Clarke" })).toBe("Dr. Emily Clarke");
  });

  it("says the experience in words", () => {
    expect(experienceText(0)).toBe("Less than a year");
    expect(experienceText(1)).toBe("1 year");
    expect(experienceText(22)).toBe("22 years");
  });

  it("formats the fee from minor units in the doctor's currency", () => {
    expect(feeText({ consultationFeeMinor: 26000, currency: "USD" })).toMatch(/260\.00/);
  });
});
