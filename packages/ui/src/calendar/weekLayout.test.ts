import { describe, expect, it } from "vitest";
import { eventBox, layoutDay, layoutWeek, minuteOffset, visibleHours } from "./weekLayout";

const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const event = (id: string, start: string, end: string, day = 0) => ({
  id,
  day,
  startMinute: at(start),
  endMinute: end === "24:00" ? 1440 : at(end),
});

describe("visibleHours", () => {
  it("shows the working day when every event falls inside it", () => {
    expect(visibleHours([event("a", "09:00", "09:30")])).toEqual({ startHour: 8, endHour: 18 });
    expect(visibleHours([])).toEqual({ startHour: 8, endHour: 18 });
  });

  it("widens to whole hours around early and late events", () => {
    expect(visibleHours([event("a", "06:45", "07:15"), event("b", "19:10", "19:40")])).toEqual({
      startHour: 6,
      endHour: 20,
    });
    expect(visibleHours([event("a", "23:30", "24:00")])).toEqual({ startHour: 8, endHour: 24 });
  });
});

describe("layoutDay", () => {
  it("gives events that do not overlap the full width", () => {
    const laid = layoutDay([event("a", "09:00", "09:30"), event("b", "09:30", "10:00")]);
    expect(laid.map(({ id, lane, lanes }) => ({ id, lane, lanes }))).toEqual([
      { id: "a", lane: 0, lanes: 1 },
      { id: "b", lane: 0, lanes: 1 },
    ]);
  });

  it("puts overlapping events side by side and reuses a lane once it is free", () => {
    const laid = layoutDay([
      event("c", "09:45", "10:15"),
      event("a", "09:00", "10:00"),
      event("b", "09:30", "09:45"),
      event("d", "11:00", "11:30"),
    ]);
    const lanes = Object.fromEntries(laid.map((e) => [e.id, [e.lane, e.lanes]]));
    // a and b overlap; c starts when b has ended, so it takes b's lane; the group has two lanes.
    expect(lanes).toEqual({ a: [0, 2], b: [1, 2], c: [1, 2], d: [0, 1] });
  });

  it("puts the longer of two events starting together first", () => {
    const laid = layoutDay([event("short", "09:00", "09:15"), event("long", "09:00", "10:00")]);
    expect(laid.map((e) => [e.id, e.lane])).toEqual([
      ["long", 0],
      ["short", 1],
    ]);
  });
});

describe("layoutWeek", () => {
  it("lays out each day on its own", () => {
    const laid = layoutWeek([event("mon", "09:00", "10:00", 0), event("tue", "09:00", "10:00", 1)]);
    expect(laid.every((e) => e.lanes === 1 && e.lane === 0)).toBe(true);
  });
});

describe("eventBox", () => {
  const range = { startHour: 8, endHour: 18 };

  it("places an event by its minutes and its lane", () => {
    expect(eventBox({ ...event("a", "09:00", "09:30"), lane: 1, lanes: 2 }, range)).toEqual({
      top: 10,
      height: 5,
      left: 50,
      width: 50,
    });
  });

  it("keeps short events tall enough to read, inside the column", () => {
    const box = eventBox({ ...event("a", "17:55", "18:00"), lane: 0, lanes: 1 }, range, 20);
    expect(box.height).toBeCloseTo((20 / 600) * 100);
    expect(box.top + box.height).toBeCloseTo(100);
  });

  it("clips an event that runs past the shown hours", () => {
    const box = eventBox({ ...event("a", "17:00", "24:00"), lane: 0, lanes: 1 }, range);
    expect(box.top).toBeCloseTo(90);
    expect(box.height).toBeCloseTo(10);
  });
});

describe("minuteOffset", () => {
  it("places a moment in the shown hours, and nothing outside them", () => {
    expect(minuteOffset(at("13:00"), { startHour: 8, endHour: 18 })).toBe(50);
    expect(minuteOffset(at("07:00"), { startHour: 8, endHour: 18 })).toBeNull();
  });
});
