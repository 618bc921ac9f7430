import { describe, expect, it } from "vitest";
import { formatDateTimeRange, formatDayHeading, formatTimeRange, zoneLabel } from "./formatTime";
import {
  addDays,
  dayRange,
  instantToWallClock,
  isCalendarDate,
  mondayOf,
  todayIn,
  wallClockToInstant,
  weekPosition,
  weekRange,
} from "./zonedTime";

const HOUR = 3_600_000;

describe("weeks in a time zone", () => {
  it("starts weeks on Monday, whatever the day given", () => {
    expect(mondayOf("2026-11-23")).toBe("2026-11-23"); // Monday
    expect(mondayOf("2026-11-29")).toBe("2026-11-23"); // Sunday
    expect(mondayOf("2027-01-01")).toBe("2026-12-28"); // across a year
    expect(weekRange("2026-11-26", "UTC").days).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
  });

  it("runs from Monday 00:00 to the next Monday 00:00 on the zone's clocks", () => {
    const week = weekRange("2026-11-25", "America/New_York");
    expect(week.from.toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(week.to.toISOString()).toBe("2026-11-30T05:00:00.000Z");
  });

  it("is an hour shorter across spring forward and an hour longer across fall back", () => {
    // New York: clocks go forward on Sunday 8 March 2026, the last day of the week of 2 March.
    const spring = weekRange("2026-03-05", "America/New_York");
    expect(spring.days[0]).toBe("2026-03-02");
    expect(spring.to.getTime() - spring.from.getTime()).toBe(167 * HOUR);
    // Berlin: clocks go back on Sunday 25 October 2026; the week after is a plain one.
    const berlinFall = weekRange("2026-10-25", "Europe/Berlin");
    expect(berlinFall.from.toISOString()).toBe("2026-10-18T22:00:00.000Z");
    expect(berlinFall.to.toISOString()).toBe("2026-10-25T23:00:00.000Z");
    const after = weekRange("2026-10-29", "Europe/Berlin");
    expect(after.to.getTime() - after.from.getTime()).toBe(168 * HOUR);
    expect(berlinFall.to.getTime() - berlinFall.from.getTime()).toBe(169 * HOUR);
  });

  it("knows today's date in a zone, which may differ from UTC's", () => {
    const now = new Date("2026-11-23T03:00:00Z");
    expect(todayIn("UTC", now)).toBe("2026-11-23");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-22");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-11-23");
  });

  it("gives the instants of one wall-clock day, 23 hours on a spring-forward day", () => {
    const { from, to } = dayRange("2026-03-29", "Europe/London");
    expect(from.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(to.toISOString()).toBe("2026-03-29T23:00:00.000Z");
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
  });

  it("recognises real dates only", () => {
    expect(isCalendarDate("2026-11-23")).toBe(true);
    expect(isCalendarDate("2026-02-30")).toBe(false);
    expect(isCalendarDate("23/11/2026")).toBe(false);
  });
});

describe("weekPosition", () => {
  const week = weekRange("2026-11-23", "America/New_York");

  it("places an appointment by the zone's wall clock", () => {
    const position = weekPosition(
      new Date("2026-11-23T18:30:00Z"),
      new Date("2026-11-23T19:00:00Z"),
      week,
      "America/New_York",
    );
    expect(position).toEqual({ day: 0, startMinute: 13 * 60 + 30, endMinute: 14 * 60 });
  });

  it("leaves out appointments of other weeks, judged in the zone", () => {
    // Monday 30 Nov 03:00 UTC is still Sunday 29 Nov evening in New York: in the week.
    expect(
      weekPosition(
        new Date("2026-11-30T03:00:00Z"),
        new Date("2026-11-30T03:30:00Z"),
        week,
        "America/New_York",
      ),
    ).toEqual({ day: 6, startMinute: 22 * 60, endMinute: 22 * 60 + 30 });
    expect(
      weekPosition(
        new Date("2026-11-30T06:00:00Z"),
        new Date("2026-11-30T06:30:00Z"),
        week,
        "America/New_York",
      ),
    ).toBeNull();
  });

  it("ends at midnight when an appointment runs into the next day", () => {
    expect(
      weekPosition(
        new Date("2026-11-24T04:30:00Z"),
        new Date("2026-11-24T05:30:00Z"),
        week,
        "America/New_York",
      ),
    ).toEqual({ day: 0, startMinute: 23 * 60 + 30, endMinute: 24 * 60 });
  });

  it("follows the wall clock across a DST change, and keeps the real length when clocks go back", () => {
    const fall = weekRange("2026-11-01", "America/New_York"); // Sunday 1 Nov: 02:00 EDT -> 01:00 EST
    // 00:30 EDT to 01:30 EDT (an hour) and 01:30 EDT to 01:30 EST (an hour, same wall clock).
    expect(
      weekPosition(
        new Date("2026-11-01T04:30:00Z"),
        new Date("2026-11-01T05:30:00Z"),
        fall,
        "America/New_York",
      ),
    ).toEqual({ day: 6, startMinute: 30, endMinute: 90 });
    expect(
      weekPosition(
        new Date("2026-11-01T05:30:00Z"),
        new Date("2026-11-01T06:30:00Z"),
        fall,
        "America/New_York",
      ),
    ).toEqual({ day: 6, startMinute: 90, endMinute: 150 });
    const spring = weekRange("2026-03-08", "America/New_York"); // Sunday 8 March: 02:00 EST -> 03:00 EDT
    expect(
      weekPosition(
        new Date("2026-03-08T06:30:00Z"),
        new Date("2026-03-08T07:30:00Z"),
        spring,
        "America/New_York",
      ),
    ).toEqual({ day: 6, startMinute: 90, endMinute: 210 });
  });
});

describe("wall clock <-> instant", () => {
  it("reads a date-time on the zone's clocks, not the browser's", () => {
    expect(wallClockToInstant("2026-11-23T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-11-23T14:00:00.000Z",
    );
    expect(wallClockToInstant("2026-07-01T09:00", "Europe/Berlin")?.toISOString()).toBe(
      "2026-07-01T07:00:00.000Z",
    );
    expect(wallClockToInstant("2026-11-23T09:00", "Asia/Kolkata")?.toISOString()).toBe(
      "2026-11-23T03:30:00.000Z",
    );
  });

  it("moves a skipped time forward and takes the earlier of a repeated time", () => {
    expect(wallClockToInstant("2026-03-08T02:30", "America/New_York")?.toISOString()).toBe(
      "2026-03-08T07:30:00.000Z", // 03:30 EDT
    );
    expect(wallClockToInstant("2026-11-01T01:30", "America/New_York")?.toISOString()).toBe(
      "2026-11-01T05:30:00.000Z", // 01:30 EDT, the first one
    );
  });

  it("rejects text that is not a date-time", () => {
    expect(wallClockToInstant("", "UTC")).toBeNull();
    expect(wallClockToInstant("2026-02-30T09:00", "UTC")).toBeNull();
    expect(wallClockToInstant("tomorrow", "UTC")).toBeNull();
  });

  it("writes an instant back as the zone's wall clock, to the minute", () => {
    expect(instantToWallClock(new Date("2026-11-23T14:00:59Z"), "America/New_York")).toBe("2026-11-23T09:00");
    const local = "2026-10-25T02:30";
    const instant = wallClockToInstant(local, "Europe/Berlin")!;
    expect(instantToWallClock(instant, "Europe/Berlin")).toBe(local);
  });
});

describe("formatting", () => {
  it("shows times on the given zone's clocks", () => {
    const start = new Date("2026-11-23T14:00:00Z");
    const end = new Date("2026-11-23T14:30:00Z");
    expect(formatTimeRange(start, end, "America/New_York", "en-GB")).toBe("09:00–09:30");
    expect(formatTimeRange(start, end, "Europe/Berlin", "en-GB")).toBe("15:00–15:30");
  });

  it("heads a week column with the calendar day", () => {
    expect(formatDayHeading("2026-11-23", "en-GB")).toBe("Mon 23 Nov");
  });

  it("names the zone with its abbreviation at that time", () => {
    expect(zoneLabel("America/New_York", new Date("2026-01-15T12:00:00Z"), "en-US")).toBe(
      "America/New_York (EST)",
    );
    expect(zoneLabel("America/New_York", new Date("2026-07-15T12:00:00Z"), "en-US")).toBe(
      "America/New_York (EDT)",
    );
  });
});

describe("formatting in 12-hour locales", () => {
  it("keeps ranges short", () => {
    const start = new Date("2026-11-23T14:00:00Z");
    const end = new Date("2026-11-23T14:30:00Z");
    expect(formatTimeRange(start, end, "America/New_York", "en-US").replace(/\s/g, " ")).toBe(
      "9:00 – 9:30 AM",
    );
  });
});

describe("formatDateTimeRange", () => {
  it("names the day once for a range within a day, and both days otherwise", () => {
    const start = new Date("2026-12-24T12:00:00Z");
    const sameDay = formatDateTimeRange(
      start,
      new Date("2026-12-24T16:00:00Z"),
      "Europe/Berlin",
      "en-GB",
    ).replace(/\s/g, " ");
    expect(sameDay).toMatch(/^Thu,? 24 Dec 2026, 13:00\s?–\s?17:00$/);
    const days = formatDateTimeRange(
      start,
      new Date("2026-12-28T08:00:00Z"),
      "Europe/Berlin",
      "en-GB",
    ).replace(/\s/g, " ");
    expect(days).toMatch(/^Thu,? 24 Dec 2026, 13:00 – Mon,? 28 Dec 2026, 09:00$/);
  });
});
