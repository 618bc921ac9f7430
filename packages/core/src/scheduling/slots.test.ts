import { describe, expect, it } from "vitest";
import type { WeeklyRule } from "./slots";
import { freeSlots, isScheduledSlotStart, scheduledSlots } from "./slots";

const weekdays = (startTime: string, endTime: string): WeeklyRule[] =>
  [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, startTime, endTime, isAvailable: true }));

const day = (isoDate: string, timeZone: string, rules: WeeklyRule[], slotMinutes = 30) =>
  scheduledSlots(
    rules,
    { timeZone, slotMinutes },
    new Date(`${isoDate}T00:00:00Z`),
    new Date(`${isoDate}T23:59:59Z`),
  ).filter((s) => s.startsAt.toISOString().startsWith(isoDate));

describe("scheduledSlots across daylight-saving changes", () => {
  const ny = weekdays("09:00", "17:00");

  it("keeps 09:00 local in New York on both sides of the March change", () => {
    const before = day("2026-03-06", "America/New_York", ny);
    const after = day("2026-03-09", "America/New_York", ny);
    expect(before[0]!.startsAt.toISOString()).toBe("2026-03-06T14:00:00.000Z");
    expect(after[0]!.startsAt.toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(before).toHaveLength(16);
    expect(after).toHaveLength(16);
    expect(after.at(-1)!.endsAt.toISOString()).toBe("2026-03-09T21:00:00.000Z");
  });

  it("keeps 09:00 local in New York on both sides of the November change", () => {
    expect(day("2026-10-30", "America/New_York", ny)[0]!.startsAt.toISOString()).toBe(
      "2026-10-30T13:00:00.000Z",
    );
    expect(day("2026-11-02", "America/New_York", ny)[0]!.startsAt.toISOString()).toBe(
      "2026-11-02T14:00:00.000Z",
    );
  });

  it("keeps 09:00 local in Berlin around 2026-03-29", () => {
    const berlin = weekdays("09:00", "17:00");
    expect(day("2026-03-27", "Europe/Berlin", berlin)[0]!.startsAt.toISOString()).toBe(
      "2026-03-27T08:00:00.000Z",
    );
    expect(day("2026-03-30", "Europe/Berlin", berlin)[0]!.startsAt.toISOString()).toBe(
      "2026-03-30T07:00:00.000Z",
    );
  });

  it("yields no slots in the skipped hour and no duplicates in the repeated hour", () => {
    const sunday: WeeklyRule[] = [{ dayOfWeek: 7, startTime: "00:00", endTime: "04:00", isAvailable: true }];
    const spring = scheduledSlots(
      sunday,
      { timeZone: "America/New_York", slotMinutes: 30 },
      new Date("2026-03-08T00:00:00Z"),
      new Date("2026-03-09T00:00:00Z"),
    );
    // 00:00-04:00 local minus the missing 02:00-03:00 hour: 6 slots, all distinct.
    expect(spring).toHaveLength(6);
    expect(spring.map((s) => s.startsAt.toISOString())).toEqual([
      "2026-03-08T05:00:00.000Z",
      "2026-03-08T05:30:00.000Z",
      "2026-03-08T06:00:00.000Z",
      "2026-03-08T06:30:00.000Z",
      "2026-03-08T07:00:00.000Z", // 03:00 EDT
      "2026-03-08T07:30:00.000Z",
    ]);
    const autumn = scheduledSlots(
      sunday,
      { timeZone: "America/New_York", slotMinutes: 30 },
      new Date("2026-11-01T00:00:00Z"),
      new Date("2026-11-02T00:00:00Z"),
    );
    const starts = autumn.map((s) => s.startsAt.getTime());
    expect(new Set(starts).size).toBe(starts.length);
    expect(autumn).toHaveLength(8);
  });

  it("honours several blocks a day and switched-off rules", () => {
    const rules: WeeklyRule[] = [
      { dayOfWeek: 1, startTime: "09:00", endTime: "12:00", isAvailable: true },
      { dayOfWeek: 1, startTime: "13:00", endTime: "17:00", isAvailable: true },
      { dayOfWeek: 2, startTime: "09:00", endTime: "17:00", isAvailable: false },
    ];
    expect(day("2026-06-01", "UTC", rules)).toHaveLength(14);
    expect(day("2026-06-02", "UTC", rules)).toHaveLength(0);
    expect(day("2026-06-01", "UTC", rules, 45)).toHaveLength(4 + 5);
  });
});

describe("freeSlots", () => {
  const rules = weekdays("09:00", "12:00");
  const policy = { timeZone: "UTC", slotMinutes: 30, minNoticeMinutes: 120, bookingWindowDays: 90 };
  const from = new Date("2026-06-01T00:00:00Z");
  const to = new Date("2026-06-02T00:00:00Z");

  it("removes busy ranges, the past and the minimum notice", () => {
    const busy = [
      { startsAt: new Date("2026-06-01T10:00:00Z"), endsAt: new Date("2026-06-01T10:30:00Z") },
      { startsAt: new Date("2026-06-01T11:15:00Z"), endsAt: new Date("2026-06-01T11:20:00Z") },
    ];
    const early = new Date("2026-05-01T00:00:00Z");
    expect(
      freeSlots({ rules, policy, busy, now: early, from, to }).map((s) =>
        s.startsAt.toISOString().slice(11, 16),
      ),
    ).toEqual(["09:00", "09:30", "10:30", "11:30"]);
    const now = new Date("2026-06-01T08:00:00Z");
    expect(
      freeSlots({ rules, policy, busy: [], now, from, to }).map((s) =>
        s.startsAt.toISOString().slice(11, 16),
      ),
    ).toEqual(["10:00", "10:30", "11:00", "11:30"]);
  });

  it("stops at the booking window", () => {
    const now = new Date("2026-03-01T00:00:00Z");
    expect(
      freeSlots({ rules, policy: { ...policy, bookingWindowDays: 30 }, busy: [], now, from, to }),
    ).toHaveLength(0);
  });

  it("recognises slot starts", () => {
    expect(isScheduledSlotStart(rules, policy, new Date("2026-06-01T09:30:00Z"))).toBe(true);
    expect(isScheduledSlotStart(rules, policy, new Date("2026-06-01T09:15:00Z"))).toBe(false);
    expect(isScheduledSlotStart(rules, policy, new Date("2026-06-06T09:30:00Z"))).toBe(false);
  });
});
