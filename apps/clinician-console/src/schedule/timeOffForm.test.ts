import { describe, expect, it } from "vitest";
import { timeOffFormErrors, timeOffInput } from "./timeOffForm";

describe("time off form", () => {
  it("reads the times on the doctor's clocks, whatever the browser's zone", () => {
    const input = timeOffInput(
      { startsAt: "2026-12-24T13:00", endsAt: "2026-12-28T09:00", reason: " Holidays " },
      "d1",
      "Europe/Berlin",
    );
    expect(input).toEqual({
      doctorId: "d1",
      startsAt: new Date("2026-12-24T12:00:00Z"),
      endsAt: new Date("2026-12-28T08:00:00Z"),
      reason: "Holidays",
    });
  });

  it("spans a DST change by the wall clock", () => {
    const input = timeOffInput(
      { startsAt: "2026-03-07T00:00", endsAt: "2026-03-09T00:00", reason: "" },
      "d1",
      "America/New_York",
    );
    expect(input?.reason).toBeUndefined();
    expect((input!.endsAt.getTime() - input!.startsAt.getTime()) / 3_600_000).toBe(47);
  });

  it("asks for both times and an end after the start", () => {
    expect(timeOffFormErrors({ startsAt: "", endsAt: "", reason: "" }, "UTC")).toEqual({
      startsAt: "Enter the date and time it starts",
      endsAt: "Enter the date and time it ends",
    });
    expect(
      timeOffFormErrors({ startsAt: "2026-12-24T13:00", endsAt: "2026-12-24T09:00", reason: "" }, "UTC"),
    ).toEqual({ endsAt: "The end must be after the start" });
  });
});
