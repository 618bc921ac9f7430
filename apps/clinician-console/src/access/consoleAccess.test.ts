import { describe, expect, it } from "vitest";
import { consoleAccess } from "./consoleAccess";

describe("consoleAccess", () => {
  it("opens the console to administrators and approved doctors", () => {
    expect(consoleAccess({ role: "admin", doctorApprovalState: null })).toBe("clinician");
    expect(consoleAccess({ role: "doctor", doctorApprovalState: "approved" })).toBe("clinician");
  });

  it("sends patients to the patient portal", () => {
    expect(consoleAccess({ role: "patient", doctorApprovalState: null })).toBe("patient");
  });

  it("keeps doctors out until an administrator approves them", () => {
    expect(consoleAccess({ role: "doctor", doctorApprovalState: "pending" })).toBe("pending");
    expect(consoleAccess({ role: "doctor", doctorApprovalState: null })).toBe("pending");
    expect(consoleAccess({ role: "doctor", doctorApprovalState: "rejected" })).toBe("rejected");
  });
});
