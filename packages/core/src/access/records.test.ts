import { describe, expect, it } from "vitest";
import type { Actor } from "../context";
import {
  canBreakGlass,
  canChangeRecord,
  canComment,
  canReadRecords,
  canViewCareTeam,
  canWriteRecord,
  visibleComments,
} from "./records";

const session = { kind: "session" as const, id: "s" };
const patient: Actor = {
  userId: "u-p",
  role: "patient",
  patientId: "p1",
  doctorId: null,
  doctorApproved: false,
  credential: session,
};
const otherPatient: Actor = { ...patient, userId: "u-p2", patientId: "p2" };
const doctor: Actor = {
  userId: "u-d",
  role: "doctor",
  patientId: null,
  doctorId: "d1",
  doctorApproved: true,
  credential: session,
};
const pendingDoctor: Actor = { ...doctor, userId: "u-d2", doctorId: "d2", doctorApproved: false };
const admin: Actor = {
  userId: "u-a",
  role: "admin",
  patientId: null,
  doctorId: null,
  doctorApproved: false,
  credential: session,
};
const none = { patientId: "p1", isCareTeam: false, hasBreakGlass: false };
const team = { ...none, isCareTeam: true };
const glass = { ...none, hasBreakGlass: true };

describe("record access policy", () => {
  it("lets the owner, care-team doctors and break-glass holders read", () => {
    expect(canReadRecords(patient, none)).toBe(true);
    expect(canReadRecords(otherPatient, none)).toBe(false);
    expect(canReadRecords(doctor, none)).toBe(false);
    expect(canReadRecords(doctor, team)).toBe(true);
    expect(canReadRecords(doctor, glass)).toBe(true);
    expect(canReadRecords(pendingDoctor, team)).toBe(false);
    expect(canReadRecords(admin, none)).toBe(false);
    expect(canReadRecords(admin, glass)).toBe(true);
  });

  it("lets patients self-report and care-team doctors write clinical records", () => {
    expect(canWriteRecord(patient, none)).toBe("self_reported");
    expect(canWriteRecord(otherPatient, none)).toBeNull();
    expect(canWriteRecord(doctor, team)).toBe("clinical");
    expect(canWriteRecord(doctor, glass)).toBeNull();
    expect(canWriteRecord(admin, glass)).toBeNull();
  });

  it("lets only the author change a record", () => {
    expect(canChangeRecord(patient, { authorUserId: "u-p" }, none)).toBe(true);
    expect(canChangeRecord(patient, { authorUserId: "u-d" }, none)).toBe(false);
    expect(canChangeRecord(doctor, { authorUserId: "u-d" }, team)).toBe(true);
    expect(canChangeRecord(doctor, { authorUserId: "u-d" }, none)).toBe(false);
  });

  it("keeps private comments from patients", () => {
    const comments = [
      { id: 1, isPrivate: true },
      { id: 2, isPrivate: false },
    ];
    expect(visibleComments(patient, comments).map((c) => c.id)).toEqual([2]);
    expect(visibleComments(doctor, comments).map((c) => c.id)).toEqual([1, 2]);
    expect(canComment(doctor, team)).toBe(true);
    expect(canComment(doctor, glass)).toBe(false);
    expect(canComment(patient, none)).toBe(false);
  });

  it("decides care-team visibility and break-glass eligibility", () => {
    expect(canViewCareTeam(patient, none)).toBe(true);
    expect(canViewCareTeam(otherPatient, none)).toBe(false);
    expect(canViewCareTeam(doctor, team)).toBe(true);
    expect(canViewCareTeam(doctor, none)).toBe(false);
    expect(canViewCareTeam(admin, none)).toBe(true);
    expect(canBreakGlass(doctor, none)).toBe(true);
    expect(canBreakGlass(doctor, team)).toBe(false);
    expect(canBreakGlass(patient, none)).toBe(false);
    expect(canBreakGlass(admin, none)).toBe(true);
  });
});
