import { describe, expect, it } from "vitest";
import { appointmentWhen, formatDay, formatDayRange, formatTime, slotLabel, zoneNote } from "./timeLabels";

describe("slotLabel", () => {
  it("shows the patient's own time beside the doctor's when their offsets differ", () => {
    const label = slotLabel(new Date("2026-11-23T14:30:00Z"), "America/New_York", "Europe/Berlin", "en-GB");
    expect(label).toEqual({
      time: "09:30",
      viewerTime: "15:30",
      accessibleName: "09:30 (15:30 your time)",
    });
  });

  it("shows only the doctor's time when both clocks read the same", () => {
    const instant = new Date("2026-11-23T14:30:00Z");
    expect(slotLabel(instant, "America/New_York", "America/New_York", "en-GB").viewerTime).toBeNull();
    expect(slotLabel(instant, "America/New_York", "America/Toronto", "en-GB")).toEqual({
      time: "09:30",
      viewerTime: null,
      accessibleName: "09:30",
    });
    expect(slotLabel(instant, "Europe/Berlin", "Europe/Paris", "en-GB").viewerTime).toBeNull();
  });

  it("decides per instant: London and UTC agree in winter and differ in summer", () => {
    expect(
      slotLabel(new Date("2026-01-12T09:00:00Z"), "Europe/London", "UTC", "en-GB").viewerTime,
    ).toBeNull();
    expect(slotLabel(new Date("2026-07-13T08:00:00Z"), "Europe/London", "UTC", "en-GB").viewerTime).toBe(
      "08:00",
    );
  });

  it("uses the real difference in the weeks when only one side has changed its clocks", () => {
    // Between 25 October and 1 November 2026 London is on winter time and New York is not yet.
    const label = slotLabel(new Date("2026-10-28T13:00:00Z"), "Europe/London", "America/New_York", "en-GB");
    expect(label.accessibleName).toBe("13:00 (09:00 your time)");
  });

  it("names the patient's weekday when their time falls on another day", () => {
    const label = slotLabel(
      new Date("2026-11-23T22:00:00Z"),
      "America/Los_Angeles",
      "Australia/Sydney",
      "en-GB",
    );
    expect(label.time).toBe("14:00");
    expect(label.viewerTime).toBe("Tue 09:00");
  });
});

describe("formatting days and times", () => {
  it("formats 24-hour times in the given zone", () => {
    expect(formatTime(new Date("2026-11-23T14:05:00Z"), "Asia/Kolkata", "en-US")).toBe("19:35");
  });

  it("formats calendar days without shifting them by the viewer's zone", () => {
    expect(formatDay("2026-11-23", "short", "en-GB")).toBe("Mon 23 Nov");
    expect(formatDay("2026-11-23", "long", "en-GB")).toBe("Monday, 23 November 2026");
    expect(formatDayRange("2026-11-23", "2026-11-29", "en-GB")).toMatch(/^23\s?–\s?29 Nov 2026$/);
  });

  it("says which zone is the doctor's and which is the patient's", () => {
    expect(zoneNote("America/New_York", "Europe/Berlin")).toBe(
      "Times in America/New_York (doctor). Your time zone: Europe/Berlin.",
    );
    expect(zoneNote("Europe/Berlin", "Europe/Berlin")).toMatch(/the doctor's time zone and yours/);
  });
});

describe("appointmentWhen", () => {
  const range = { startsAt: new Date("2026-11-23T13:00:00Z"), endsAt: new Date("2026-11-23T13:30:00Z") };

  it("gives the doctor's day and times, and the patient's where they differ", () => {
    expect(appointmentWhen(range, "Europe/Berlin", "America/New_York", "en-GB")).toEqual({
      date: "Monday, 23 November 2026",
      time: "14:00–14:30",
      zone: "Europe/Berlin",
      viewer: { date: null, time: "08:00–08:30", zone: "America/New_York" },
    });
  });

  it("leaves the patient's reading out when the clocks agree, and names their day when it differs", () => {
    expect(appointmentWhen(range, "Europe/Berlin", "Europe/Rome", "en-GB").viewer).toBeNull();
    expect(appointmentWhen(range, "Europe/Berlin", "Pacific/Kiritimati", "en-GB").viewer).toEqual({
      date: "Tuesday, 24 November 2026",
      time: "03:00–03:30",
      zone: "Pacific/Kiritimati",
    });
  });
});
