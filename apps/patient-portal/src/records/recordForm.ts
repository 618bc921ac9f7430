import type { RecordType } from "@healthcare/validators";

/** The free-text fields of a record, in the order the form and the detail page show them. */
export const RECORD_TEXT_FIELDS = [
  { name: "description", label: "Description" },
  { name: "symptoms", label: "Symptoms" },
  { name: "diagnosis", label: "Diagnosis" },
  { name: "treatment", label: "Treatment" },
  { name: "medications", label: "Medications" },
  { name: "notes", label: "Notes" },
] as const;

export type RecordTextField = (typeof RECORD_TEXT_FIELDS)[number]["name"];

/** What the record form holds: strings only, blanks for fields not filled in. */
export interface RecordFormValues extends Record<RecordTextField, string> {
  type: RecordType | "";
  title: string;
  visitDate: string;
}

/** A record's own fields, as far as the form needs them. */
export type RecordFields = { type: RecordType; title: string; visitDate: string } & Record<
  RecordTextField,
  string | null
>;

/** Today's calendar date in the given time zone ("YYYY-MM-DD"). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** An empty form for a new record, dated today. */
export function newRecordValues(today: string): RecordFormValues {
  return {
    type: "",
    title: "",
    visitDate: today,
    description: "",
    symptoms: "",
    diagnosis: "",
    treatment: "",
    medications: "",
    notes: "",
  };
}

/** The form filled with an existing record. */
export function recordValues(record: RecordFields): RecordFormValues {
  const values = { type: record.type, title: record.title, visitDate: record.visitDate } as RecordFormValues;
  for (const { name } of RECORD_TEXT_FIELDS) values[name] = record[name] ?? "";
  return values;
}

/** The `medicalRecords.create` input: trimmed, blank fields left out. */
export function createInput(values: RecordFormValues) {
  const input: Record<string, string> = {
    type: values.type,
    title: values.title.trim(),
    visitDate: values.visitDate,
  };
  for (const { name } of RECORD_TEXT_FIELDS) {
    const text = values[name].trim();
    if (text !== "") input[name] = text;
  }
  return input as { type: RecordType; title: string; visitDate: string } & Partial<
    Record<RecordTextField, string>
  >;
}

/** The `medicalRecords.update` input: every field, a blank one clears the text. */
export function updateInput(id: string, values: RecordFormValues) {
  const input: Record<string, string> = {
    id,
    type: values.type,
    title: values.title.trim(),
    visitDate: values.visitDate,
  };
  for (const { name } of RECORD_TEXT_FIELDS) input[name] = values[name].trim();
  return input as { id: string; type: RecordType; title: string; visitDate: string } & Record<
    RecordTextField,
    string
  >;
}

/** The text fields of a record that have something in them, with their labels. */
export function filledFields(record: Record<RecordTextField, string | null>) {
  return RECORD_TEXT_FIELDS.flatMap(({ name, label }) => {
    const text = record[name]?.trim();
    return text ? [{ name, label, text }] : [];
  });
}
