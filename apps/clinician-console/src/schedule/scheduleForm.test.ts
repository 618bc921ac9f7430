import { setScheduleInput } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import {
  hoursToMinutes,
  minutesToHours,
  nextBlock,
  scheduleFormErrors,
  scheduleFormValues,
  scheduleInput,
} from "./scheduleForm";
import type { Schedule } from "./scheduleForm";

const saved: Schedule = {
  doctorId: "d1",
  timeZone: "America/New_York",
  slotMinutes: 30,
  minNoticeMinutes: 90,
  bookingWindowDays: 60,
  rules: [
    { id: "r3", dayOfWeek: 1, startTime: "13:00", endTime: "17:00", isAvailable: true },
    { id: "r1", dayOfWeek: 1, startTime: "09:00", endTime: "12:00", isAvailable: true },
    { id: "r2", dayOfWeek: 3, startTime: "10:00", endTime: "14:00", isAvailable: false },
  ],
  timeOff: [],
};

describe("schedule form <-> API", () => {
  it("groups the rules per weekday, Monday first, in time order, with the notice in hours", () => {
    const values = scheduleFormValues(saved);
    expect(values.minNoticeHours).toBe(1.5);
    expect(values.days.map((d) => d.dayOfWeek)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(values.days[0]!.blocks).toEqual([
      { startTime: "09:00", endTime: "12:00", isAvailable: true },
      { startTime: "13:00", endTime: "17:00", isAvailable: true },
    ]);
    expect(values.days[1]!.blocks).toEqual([]);
    expect(values.days[2]!.blocks).toEqual([{ startTime: "10:00", endTime: "14:00", isAvailable: false }]);
  });

  it("sends every block as a rule of its weekday, and the notice in minutes", () => {
    const input = scheduleInput(scheduleFormValues(saved), "d1");
    expect(input).toEqual({
      doctorId: "d1",
      timeZone: "America/New_York",
      slotMinutes: 30,
      minNoticeMinutes: 90,
      bookingWindowDays: 60,
      rules: [
        { dayOfWeek: 1, startTime: "09:00", endTime: "12:00", isAvailable: true },
        { dayOfWeek: 1, startTime: "13:00", endTime: "17:00", isAvailable: true },
        { dayOfWeek: 3, startTime: "10:00", endTime: "14:00", isAvailable: false },
      ],
    });
    expect(setScheduleInput.safeParse(input).success).toBe(true);
  });

  it("leaves blank notice and window out, so the saved ones stay", () => {
    const input = scheduleInput(
      { ...scheduleFormValues(saved), minNoticeHours: "", bookingWindowDays: "" },
      "d1",
    );
    expect(input.minNoticeMinutes).toBeUndefined();
    expect(input.bookingWindowDays).toBeUndefined();
  });

  it("converts hours and minutes both ways", () => {
    expect(hoursToMinutes(2)).toBe(120);
    expect(hoursToMinutes(1.5)).toBe(90);
    expect(hoursToMinutes(0.25)).toBe(15);
    expect(minutesToHours(120)).toBe(2);
    expect(minutesToHours(100)).toBe(1.67);
    expect(hoursToMinutes(minutesToHours(100))).toBe(100);
  });
});

describe("schedule form errors", () => {
  it("puts an overlap on the block that overlaps, and a reversed block on its end", () => {
    const values = scheduleFormValues(saved);
    values.days[0]!.blocks.push({ startTime: "11:00", endTime: "13:30", isAvailable: true });
    values.days[4]!.blocks.push({ startTime: "15:00", endTime: "14:00", isAvailable: true });
    expect(scheduleFormErrors(values)).toEqual({
      "days.0.blocks.2.startTime": "Overlaps another block of the same day",
      "days.4.blocks.0.endTime": "The end must be after the start",
    });
  });

  it("does not count a switched-off block as an overlap", () => {
    const values = scheduleFormValues(saved);
    values.days[2]!.blocks.push({ startTime: "11:00", endTime: "12:00", isAvailable: true });
    expect(scheduleFormErrors(values)).toEqual({});
  });

  it("speaks of the form's own units", () => {
    const values = {
      ...scheduleFormValues(saved),
      slotMinutes: "",
      minNoticeHours: 400,
      bookingWindowDays: 0,
    };
    expect(scheduleFormErrors(values)).toMatchObject({
      slotMinutes: "Enter the slot length in minutes",
      minNoticeHours: "Between 0 and 336 hours (two weeks)",
      bookingWindowDays: "A whole number of days, from 1 to 730",
    });
  });

  it("rejects an unknown time zone and a bad time", () => {
    const values = scheduleFormValues(saved);
    values.timeZone = "Mars/Olympus";
    values.days[0]!.blocks[0]!.startTime = "9am";
    expect(scheduleFormErrors(values)).toEqual({
      timeZone: "Unknown time zone",
      "days.0.blocks.0.startTime": "Use the format HH:MM (24 h)",
    });
  });
});

describe("nextBlock", () => {
  it("suggests a morning on an empty day and the next free hours otherwise", () => {
    expect(nextBlock([])).toEqual({ startTime: "09:00", endTime: "12:00", isAvailable: true });
    expect(nextBlock([{ startTime: "09:00", endTime: "12:00", isAvailable: true }])).toEqual({
      startTime: "13:00",
      endTime: "16:00",
      isAvailable: true,
    });
  });
});
