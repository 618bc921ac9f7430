import { describe, expect, it } from "vitest";
import {
  accessActionLabel,
  actorName,
  CARE_TEAM_SOURCE_LABELS,
  formatInstant,
  isRecordType,
  RECORD_TYPE_OPTIONS,
  recordAuthorLabel,
} from "./recordLabels";

describe("record labels", () => {
  it("offers the five record types with readable labels", () => {
    expect(RECORD_TYPE_OPTIONS.map((o) => o.label)).toEqual([
      "Check-up",
      "Diagnosis",
      "Prescription",
      "Lab result",
      "Emergency",
    ]);
    expect(isRecordType("lab_result")).toBe(true);
    expect(isRecordType("xray")).toBe(false);
    expect(isRecordType(null)).toBe(false);
  });

  it("names the author: the doctor for clinical records, you for your own", () => {
    const author = { firstName: "Emily", lastName: "Clarke" };
    expect(recordAuthorLabel({ kind: "clinical", author })).toBe("Dr. Emily Clarke");
    expect(recordAuthorLabel({ kind: "self_reported", author })).toBe("You");
  });

  it("says how a doctor joined the care team", () => {
    expect(CARE_TEAM_SOURCE_LABELS.admin).toBe("Assigned by the clinic");
    expect(CARE_TEAM_SOURCE_LABELS.appointment).toBe("From an appointment");
  });
});

describe("access log labels", () => {
  it("reads known actions and shows unknown ones as they are", () => {
    expect(accessActionLabel("medicalRecords.byId")).toBe("Viewed a record");
    expect(accessActionLabel("medicalRecords.list")).toBe("Viewed your records");
    expect(accessActionLabel("breakGlass.open")).toBe("Emergency access");
    expect(accessActionLabel("appointments.cancel")).toBe("Cancelled an appointment");
    expect(accessActionLabel("something.new")).toBe("something.new");
    expect(accessActionLabel("toString")).toBe("toString");
  });

  it("names the actor with a title for doctors", () => {
    expect(actorName({ actorRole: "doctor", actorFirstName: "Emily", actorLastName: "Clarke" })).toBe(
      "Dr. Emily Clarke",
    );
    expect(actorName({ actorRole: "admin", actorFirstName: "Ada", actorLastName: "Admin" })).toBe(
      "Ada Admin",
    );
    expect(actorName({ actorRole: null, actorFirstName: null, actorLastName: null })).toBe("Someone");
  });

  it("shows an instant in the viewer's time zone", () => {
    const instant = new Date("2026-03-14T23:30:00Z");
    expect(formatInstant(instant, "UTC", "en-GB")).toBe("14 Mar 2026, 23:30");
    expect(formatInstant(instant, "Europe/Berlin", "en-GB")).toBe("15 Mar 2026, 00:30");
  });
});
