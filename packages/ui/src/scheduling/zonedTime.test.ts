import { describe, expect, it } from "vitest";
import {
  addDays,
  buildWeek,
  calendarDayIn,
  groupByDay,
  isoWeekday,
  offsetMinutes,
  startOfDayIn,
  startOfWeek,
} from "./zonedTime";

const HOUR = 3_600_000;

describe("calendar days in a zone", () => {
  it("reads the day an instant falls on in the zone, not in the viewer's", () => {
    const instant = new Date("2026-11-23T23:30:00Z");
    expect(calendarDayIn(instant, "America/New_York")).toBe("2026-11-23");
    expect(calendarDayIn(instant, "Europe/Berlin")).toBe("2026-11-24");
    expect(offsetMinutes(instant, "America/New_York")).toBe(-300);
    expect(offsetMinutes(instant, "Asia/Kolkata")).toBe(330);
  });

  it("counts days and weeks across month and year ends", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(isoWeekday("2026-11-22")).toBe(7);
    expect(startOfWeek("2026-11-22")).toBe("2026-11-16");
    expect(startOfWeek("2026-11-23")).toBe("2026-11-23");
    expect(startOfWeek("2027-01-01")).toBe("2026-12-28");
  });

  it("finds the first instant of a day even where midnight is skipped", () => {
    expect(startOfDayIn("2026-11-23", "Europe/London").toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(startOfDayIn("2026-07-01", "America/Los_Angeles").toISOString()).toBe("2026-07-01T07:00:00.000Z");
    // Chile springs forward from 00:00 to 01:00: the day begins at 01:00 local (UTC-3).
    expect(startOfDayIn("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
  });
});

describe("buildWeek", () => {
  it("builds seven consecutive days of the zone, each from midnight to midnight", () => {
    const week = buildWeek("2026-11-23", "Europe/London");
    expect(week.map((d) => d.day)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    for (const [i, d] of week.entries()) {
      expect(d.endsAt.getTime() - d.startsAt.getTime()).toBe(24 * HOUR);
      if (i > 0) expect(d.startsAt).toEqual(week[i - 1]!.endsAt);
    }
  });

  it("gives the day the clocks go back 25 hours and keeps local midnights across the change", () => {
    // Europe leaves summer time on Sunday 25 October 2026.
    const week = buildWeek("2026-10-19", "Europe/Berlin");
    expect(week[0]!.startsAt.toISOString()).toBe("2026-10-18T22:00:00.000Z");
    const sunday = week[6]!;
    expect(sunday.day).toBe("2026-10-25");
    expect(sunday.startsAt.toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(sunday.endsAt.toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(sunday.endsAt.getTime() - sunday.startsAt.getTime()).toBe(25 * HOUR);
  });

  it("gives the day the clocks go forward 23 hours", () => {
    // The United States start summer time on Sunday 8 March 2026.
    const week = buildWeek("2026-03-02", "America/New_York");
    const sunday = week[6]!;
    expect(sunday.day).toBe("2026-03-08");
    expect(sunday.startsAt.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(sunday.endsAt.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(sunday.endsAt.getTime() - sunday.startsAt.getTime()).toBe(23 * HOUR);
  });
});

describe("groupByDay", () => {
  it("files slots under the day they start on in the doctor's zone", () => {
    const slot = (iso: string) => ({ startsAt: new Date(iso) });
    const groups = groupByDay(
      [slot("2026-11-23T14:00:00Z"), slot("2026-11-24T04:30:00Z"), slot("2026-11-24T14:00:00Z")],
      "America/New_York",
    );
    expect([...groups.keys()]).toEqual(["2026-11-23", "2026-11-24"]);
    expect(groups.get("2026-11-23")).toHaveLength(2);
  });
});
