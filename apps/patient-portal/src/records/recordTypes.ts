import type { RouterOutputs } from "@healthcare/ui";

/** One medical record with the comments the patient may see, as `medicalRecords.byId` returns it. */
export type MedicalRecord = RouterOutputs["medicalRecords"]["byId"];
/** A record in the list, as `medicalRecords.list` returns it. */
export type RecordSummary = RouterOutputs["medicalRecords"]["list"]["items"][number];
/** A shared comment on a record. */
export type RecordComment = MedicalRecord["comments"][number];
