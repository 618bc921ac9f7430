import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { isActiveAppointment } from "./appointmentStatus";
import { slotProblem } from "./bookingErrors";
import { formatMinorUnits } from "./money";

function serverError(
  code: string,
  message: string,
  zodError: unknown = null,
  conflictReason: string | null = null,
) {
  return TRPCClientError.from({
    error: { code: -32600, message, data: { code, httpStatus: 409, zodError, conflictReason } },
  });
}

describe("slotProblem", () => {
  it("recognises a slot taken in the meantime", () => {
    const taken = serverError(
      "CONFLICT",
      "This time slot has just been taken. Please choose another one.",
      null,
      "slot_taken",
    );
    expect(slotProblem(taken)).toBe("taken");
  });

  it("recognises a time that is no longer bookable", () => {
    const invalid = serverError("BAD_REQUEST", "That time is not a bookable slot of this doctor", {
      formErrors: [],
      fieldErrors: { startsAt: ["Pick one of the doctor's free slots"] },
    });
    expect(slotProblem(invalid)).toBe("unavailable");
  });

  it("leaves other failures to the form", () => {
    expect(
      slotProblem(
        serverError(
          "CONFLICT",
          "You already have an appointment at that time",
          null,
          "overlapping_appointment",
        ),
      ),
    ).toBeNull();
    expect(slotProblem(serverError("CONFLICT", "A slot-like message without a reason"))).toBeNull();
    expect(
      slotProblem(
        serverError("BAD_REQUEST", "Invalid input", {
          formErrors: [],
          fieldErrors: { reason: ["Too short"] },
        }),
      ),
    ).toBeNull();
    expect(slotProblem(new Error("Failed to fetch"))).toBeNull();
  });
});

describe("formatMinorUnits", () => {
  it("formats minor units in the currency's own number of decimals", () => {
    expect(formatMinorUnits(18000, "GBP", "en-GB")).toBe("£180.00");
    expect(formatMinorUnits(26050, "USD", "en-US")).toBe("$260.50");
    expect(formatMinorUnits(5000, "JPY", "en-US")).toBe("¥5,000");
  });
});

describe("isActiveAppointment", () => {
  it("is true only while the appointment holds its slot", () => {
    expect(isActiveAppointment("requested")).toBe(true);
    expect(isActiveAppointment("confirmed")).toBe(true);
    expect(isActiveAppointment("cancelled")).toBe(false);
    expect(isActiveAppointment("no_show")).toBe(false);
  });
});
