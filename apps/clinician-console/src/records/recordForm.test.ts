import { describe, expect, it } from "vitest";
import {
  canWriteRecordFrom,
  createRecordFormInput,
  emptyRecordForm,
  recordFormFromAppointment,
} from "./recordForm";

describe("recordFormFromAppointment", () => {
  it("links the appointment and dates the record on its day in the zone", () => {
    const values = recordFormFromAppointment(
      { id: "a1", startsAt: new Date("2026-03-10T23:30:00Z"), reason: "Follow-up" },
      "Europe/Berlin",
    );
    expect(values.appointmentId).toBe("a1");
    expect(values.visitDate).toBe("2026-03-11");
    expect(values.title).toBe("Follow-up");
  });
});

describe("createRecordFormInput", () => {
  it("turns blanks into absent fields", () => {
    const input = createRecordFormInput(
      { ...emptyRecordForm("2026-03-11"), title: " Checkup ", diagnosis: " Flu " },
      "p1",
    );
    expect(input).toEqual({
      patientId: "p1",
      type: "checkup",
      title: "Checkup",
      visitDate: "2026-03-11",
      appointmentId: undefined,
      description: undefined,
      symptoms: undefined,
      diagnosis: "Flu",
      treatment: undefined,
      medications: undefined,
      notes: undefined,
    });
  });
});

describe("canWriteRecordFrom", () => {
  it("allows completed and confirmed appointments only", () => {
    expect(canWriteRecordFrom("completed")).toBe(true);
    expect(canWriteRecordFrom("confirmed")).toBe(true);
    expect(canWriteRecordFrom("requested")).toBe(false);
    expect(canWriteRecordFrom("cancelled")).toBe(false);
  });
});

describe("editing a record", () => {
  it("round-trips a record through the form and sends cleared fields as empty", async () => {
    const { recordFormFromRecord, updateRecordFormInput } = await import("./recordForm");
    const record = {
      id: "r1",
      patientId: "p1",
      type: "diagnosis",
      title: "Migraine",
      visitDate: "2026-06-01",
      appointmentId: "a1",
      description: null,
      symptoms: "Aura",
      diagnosis: "Migraine with aura",
      treatment: null,
      medications: null,
      notes: "Follow up",
    } as unknown as Parameters<typeof recordFormFromRecord>[0];
    const values = recordFormFromRecord(record);
    expect(values).toMatchObject({
      title: "Migraine",
      symptoms: "Aura",
      description: "",
      appointmentId: "a1",
    });
    const input = updateRecordFormInput({ ...values, notes: "  " }, "r1");
    expect(input).toMatchObject({ id: "r1", notes: "", diagnosis: "Migraine with aura" });
    expect(input).not.toHaveProperty("appointmentId");
  });
});
