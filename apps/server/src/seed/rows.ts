// Row types of the tables the demo seed fills, and the people it plans before writing them.
import type { Schema } from "@healthcare/db";
import type { Interval, WeeklyBlock } from "./calendar";
import type { VisitKind } from "./clinical";
import type { PatientProfile } from "./patients";
import type { DoctorProfile } from "./staff";

export type UserRow = Schema["users"]["$inferInsert"];
export type DoctorRow = Schema["doctors"]["$inferInsert"];
export type PatientRow = Schema["patients"]["$inferInsert"];
export type ScheduleRuleRow = Schema["scheduleRules"]["$inferInsert"];
export type TimeOffRow = Schema["timeOff"]["$inferInsert"];
export type AppointmentRow = Schema["appointments"]["$inferInsert"];
export type CareTeamRow = Schema["careTeam"]["$inferInsert"];
export type MedicalRecordRow = Schema["medicalRecords"]["$inferInsert"];
export type RecordCommentRow = Schema["recordComments"]["$inferInsert"];
export type AppointmentStatus = AppointmentRow["status"] & string;

/** An approved doctor as the planner sees it. */
export interface PlannedDoctor {
  profile: DoctorProfile;
  id: string;
  userId: string;
  blocks: WeeklyBlock[];
  timeOff: Interval[];
  visitKinds: VisitKind[];
}

/** A patient as the planner sees it. */
export interface PlannedPatient {
  profile: PatientProfile;
  id: string;
  userId: string;
  timeZone: string;
  adult: boolean;
  /** Keys of the doctors this patient usually books with. */
  panel: string[];
}

/** A planned appointment before it becomes a row. */
export interface Booking {
  doctor: PlannedDoctor;
  patient: PlannedPatient;
  slot: Interval;
  status: AppointmentStatus;
  kind: VisitKind;
}
