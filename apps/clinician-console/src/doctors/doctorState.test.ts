import { describe, expect, it } from "vitest";
import { doctorState } from "./doctorState";

describe("doctorState", () => {
  it("reads archived first, then the approval", () => {
    expect(doctorState({ approvalState: "approved", archivedAt: null })).toBe("active");
    expect(doctorState({ approvalState: "pending", archivedAt: null })).toBe("pending");
    expect(doctorState({ approvalState: "rejected", archivedAt: null })).toBe("rejected");
    expect(doctorState({ approvalState: "approved", archivedAt: new Date() })).toBe("archived");
  });
});
