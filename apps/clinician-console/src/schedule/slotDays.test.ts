import { describe, expect, it } from "vitest";
import { datesFrom, slotsByDay } from "./slotDays";

describe("slotsByDay", () => {
  it("groups slots by their date on the doctor's clocks, keeping empty days", () => {
    const slots = [
      { startsAt: new Date("2026-11-23T14:00:00Z") },
      { startsAt: new Date("2026-11-24T04:30:00Z") }, // 23:30 on the 23rd in New York
      { startsAt: new Date("2026-11-25T14:00:00Z") },
    ];
    const days = slotsByDay(slots, datesFrom("2026-11-23", 3), "America/New_York");
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ["2026-11-23", 2],
      ["2026-11-24", 0],
      ["2026-11-25", 1],
    ]);
  });
});
