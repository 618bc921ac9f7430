import { describe, expect, it } from "vitest";
import { activeEmergencyAccess, isOutsideCareTeam } from "./careTeamAccess";

describe("isOutsideCareTeam", () => {
  it("reads NOT_FOUND as outside the care team", () => {
    expect(isOutsideCareTeam({ data: { code: "NOT_FOUND" } })).toBe(true);
    expect(isOutsideCareTeam({ data: { code: "FORBIDDEN" } })).toBe(false);
    expect(isOutsideCareTeam(new Error("network"))).toBe(false);
  });
});

describe("activeEmergencyAccess", () => {
  const now = new Date("2026-03-10T12:00:00Z");
  it("keeps an access that has not ended", () => {
    const until = new Date("2026-03-10T12:30:00Z");
    expect(activeEmergencyAccess(until, now)).toBe(until);
  });
  it("drops an ended or missing access", () => {
    expect(activeEmergencyAccess(new Date("2026-03-10T11:59:59Z"), now)).toBeNull();
    expect(activeEmergencyAccess(null, now)).toBeNull();
  });
});
