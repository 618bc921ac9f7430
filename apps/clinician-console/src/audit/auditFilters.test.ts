import { describe, expect, it } from "vitest";
import { auditActorName, auditListInput, EMPTY_AUDIT_FILTERS } from "./auditFilters";

describe("auditListInput", () => {
  it("leaves blank filters out", () => {
    expect(auditListInput(EMPTY_AUDIT_FILTERS)).toEqual({ limit: 50 });
  });

  it("passes trimmed filters", () => {
    expect(
      auditListInput({ outcome: "denied", action: " medicalRecords.list ", patientId: " p1 " }, 20),
    ).toEqual({ limit: 20, outcome: "denied", action: "medicalRecords.list", patientId: "p1" });
  });
});

describe("auditActorName", () => {
  it("names the actor, else the user id, else the system", () => {
    expect(auditActorName({ actorFirstName: "Ada", actorLastName: "Lovelace", actorUserId: "u1" })).toBe(
      "Ada Lovelace",
    );
    expect(auditActorName({ actorFirstName: null, actorLastName: null, actorUserId: "u1" })).toBe("User u1");
    expect(auditActorName({ actorFirstName: null, actorLastName: null, actorUserId: null })).toBe("System");
  });
});
