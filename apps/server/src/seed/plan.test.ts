import { APPOINTMENT_STATUSES } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import type { CheckedAppointment } from "./checks";
import { offScheduleAppointments, overlappingAppointments } from "./checks";
import { planDemoClinic } from "./plan";

// Anchors at awkward moments: DST change days, late evenings, weekends, the turn of the year.
const ANCHORS = [
  "2026-03-08T07:30:00Z", // US DST starts (Sunday)
  "2026-03-29T01:30:00Z", // EU DST starts (Sunday night)
  "2026-04-05T15:59:00Z", // Sydney DST ends
  "2026-07-03T23:45:00Z", // Friday night in Europe
  "2026-10-25T00:30:00Z", // EU DST ends
  "2026-11-22T12:35:00Z",
  "2026-12-31T22:00:00Z",
  "2027-02-28T12:00:00Z",
];

const HOUR = 3_600_000;

describe.each(ANCHORS)("planDemoClinic at %s", (iso) => {
  const anchor = new Date(iso);
  const plan = planDemoClinic(anchor, "hash");
  const appointments = plan.appointments as CheckedAppointment[];
  const doctors = plan.doctors.map((d) => ({
    id: d.id!,
    timeZone: d.timeZone!,
    slotMinutes: d.slotMinutes!,
  }));
  const rules = plan.scheduleRules.map((r) => ({ ...r, isAvailable: r.isAvailable ?? true }));

  it("is deterministic", () => {
    expect(planDemoClinic(anchor, "hash")).toEqual(plan);
  });

  it("keeps appointments on schedule, apart, and with notice", () => {
    expect(offScheduleAppointments(appointments, doctors, rules)).toEqual([]);
    expect(overlappingAppointments(appointments, "doctorId")).toEqual([]);
    expect(overlappingAppointments(appointments, "patientId")).toEqual([]);
    const upcoming = appointments.filter((a) => a.startsAt > anchor);
    expect(upcoming.every((a) => a.startsAt.getTime() >= anchor.getTime() + 2 * HOUR)).toBe(true);
    expect(appointments.every((a) => a.startsAt > anchor || a.endsAt <= anchor)).toBe(true);
  });

  it("has a believable amount of everything", () => {
    expect(plan.appointments.length).toBeGreaterThanOrEqual(250);
    expect(plan.appointments.length).toBeLessThanOrEqual(400);
    expect(new Set(plan.appointments.map((a) => a.status))).toEqual(new Set(APPOINTMENT_STATUSES));
    expect(plan.medicalRecords.length).toBeGreaterThanOrEqual(150);
    expect(plan.medicalRecords.length).toBeLessThanOrEqual(250);
    expect(new Set(plan.appointments.map((a) => a.id)).size).toBe(plan.appointments.length);
  });

  it("never dates anything after the anchor", () => {
    const stamps = [
      ...plan.users,
      ...plan.appointments,
      ...plan.medicalRecords,
      ...plan.recordComments,
      ...plan.careTeam,
    ].map((row) => row.createdAt!);
    expect(stamps.every((stamp) => stamp <= anchor)).toBe(true);
  });
});
