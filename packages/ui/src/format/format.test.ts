import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "./dates";
import { timeZoneOptions } from "./timeZones";

describe("formatCalendarDate", () => {
  it("shows the same calendar day whatever the viewer's time zone", () => {
    expect(formatCalendarDate("1990-03-14", "en-GB")).toBe("14 March 1990");
    expect(formatCalendarDate("2000-01-01", "en-US")).toBe("January 1, 2000");
  });

  it("leaves a value that is not a date as it is", () => {
    expect(formatCalendarDate("someday", "en-GB")).toBe("someday");
  });
});

describe("timeZoneOptions", () => {
  it("offers the current zone even when the browser's list lacks it, sorted, without duplicates", () => {
    expect(timeZoneOptions("UTC", ["Europe/Paris", "America/New_York"])).toEqual([
      "America/New_York",
      "Europe/Paris",
      "UTC",
    ]);
    expect(timeZoneOptions("Europe/Paris", ["Europe/Paris", "America/New_York"])).toEqual([
      "America/New_York",
      "Europe/Paris",
    ]);
  });
});
