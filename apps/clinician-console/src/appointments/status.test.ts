import { APPOINTMENT_STATUSES } from "@healthcare/validators";
import { describe, expect, it } from "vitest";
import { ACTION_LABELS, actionsFor, STATUS_LABELS } from "./status";

describe("appointment statuses", () => {
  it("names every status as the clinic says it", () => {
    expect(APPOINTMENT_STATUSES.map((status) => STATUS_LABELS[status])).toEqual([
      "Awaiting confirmation",
      "Confirmed",
      "Completed",
      "Cancelled",
      "Missed",
    ]);
  });

  it("offers the lifecycle's next steps only", () => {
    expect(actionsFor("requested").map((a) => ACTION_LABELS[a])).toEqual(["Confirm", "Cancel"]);
    expect(actionsFor("confirmed").map((a) => ACTION_LABELS[a])).toEqual([
      "Complete",
      "Mark no-show",
      "Cancel",
    ]);
    expect(actionsFor("completed")).toEqual([]);
    expect(actionsFor("cancelled")).toEqual([]);
    expect(actionsFor("no_show")).toEqual([]);
  });
});
