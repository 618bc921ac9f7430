import { describe, expect, it } from "vitest";
import type { Appointment } from "../appointments/types";
import { weekRange } from "../time/zonedTime";
import { calendarEvents, workingHours } from "./calendarEvents";

function appointment(
  id: string,
  startsAt: string,
  minutes: number,
  status: Appointment["status"],
): Appointment {
  const start = new Date(startsAt);
  return {
    id,
    status,
    startsAt: start,
    endsAt: new Date(start.getTime() + minutes * 60_000),
    reason: "Checkup",
    patient: { id: "p", firstName: "Ada", lastName: "Lovelace" },
  } as Appointment;
}

describe("calendarEvents", () => {
  const week = weekRange("2026-11-23", "Europe/London");

  it("places appointments on the doctor's clocks with the patient's name and status", () => {
    const events = calendarEvents(
      [appointment("a", "2026-11-25T14:00:00Z", 30, "requested")],
      week,
      "Europe/London",
      "en-GB",
    );
    expect(events).toEqual([
      {
        id: "a",
        day: 2,
        startMinute: 14 * 60,
        endMinute: 14 * 60 + 30,
        title: "Ada Lovelace",
        time: "14:00–14:30",
        description: "Awaiting confirmation",
        color: "yellow",
        muted: false,
      },
    ]);
  });

  it("fades cancelled and missed appointments and drops those of other weeks", () => {
    const events = calendarEvents(
      [
        appointment("c", "2026-11-23T09:00:00Z", 30, "cancelled"),
        appointment("n", "2026-11-24T09:00:00Z", 30, "no_show"),
        appointment("x", "2026-11-30T09:00:00Z", 30, "confirmed"),
      ],
      week,
      "Europe/London",
    );
    expect(events.map((e) => [e.id, e.muted])).toEqual([
      ["c", true],
      ["n", true],
    ]);
  });
});

describe("workingHours", () => {
  it("spans the doctor's available blocks in whole hours", () => {
    expect(
      workingHours([
        { startTime: "08:30", endTime: "12:00", isAvailable: true },
        { startTime: "13:00", endTime: "17:15", isAvailable: true },
        { startTime: "05:00", endTime: "06:00", isAvailable: false },
      ]),
    ).toEqual({ startHour: 8, endHour: 18 });
    expect(workingHours([])).toEqual({ startHour: 8, endHour: 18 });
  });
});
