import { describe, expect, it } from "vitest";
import { createInput, filledFields, newRecordValues, recordValues, todayIn, updateInput } from "./recordForm";

const record = {
  type: "checkup" as const,
  title: "Annual check-up",
  visitDate: "2026-03-14",
  description: "All fine",
  symptoms: null,
  diagnosis: "  ",
  treatment: null,
  medications: "Vitamin D",
  notes: null,
};

describe("record form", () => {
  it("starts a new record dated today in the patient's zone", () => {
    const now = new Date("2026-03-14T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-03-14");
    expect(todayIn("Europe/Berlin", now)).toBe("2026-03-15");
    expect(newRecordValues("2026-03-15")).toMatchObject({
      type: "",
      title: "",
      visitDate: "2026-03-15",
      notes: "",
    });
  });

  it("fills the form from a record, blanks for missing text", () => {
    expect(recordValues(record)).toMatchObject({
      title: "Annual check-up",
      symptoms: "",
      medications: "Vitamin D",
    });
  });

  it("leaves blank fields out of a new record and trims the rest", () => {
    const values = { ...recordValues(record), title: "  Annual check-up ", description: " All fine " };
    expect(createInput(values)).toEqual({
      type: "checkup",
      title: "Annual check-up",
      visitDate: "2026-03-14",
      description: "All fine",
      medications: "Vitamin D",
    });
  });

  it("sends every field on update so that a blank one clears the text", () => {
    const values = { ...recordValues(record), medications: "" };
    expect(updateInput("r1", values)).toMatchObject({ id: "r1", medications: "", description: "All fine" });
  });

  it("lists only the fields with text, labelled", () => {
    expect(filledFields(record)).toEqual([
      { name: "description", label: "Description", text: "All fine" },
      { name: "medications", label: "Medications", text: "Vitamin D" },
    ]);
  });
});
