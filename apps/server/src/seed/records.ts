// Plans the clinical side of the demo: care teams, medical records and doctors' comments.
import { instantAt, localDate } from "./calendar";
import { PRIVATE_COMMENTS, SELF_REPORTS, SHARED_COMMENTS } from "./clinical";
import type { Random } from "./random";
import { stableId } from "./random";
import type {
  AppointmentRow,
  Booking,
  CareTeamRow,
  MedicalRecordRow,
  PlannedDoctor,
  PlannedPatient,
  RecordCommentRow,
} from "./rows";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Share of completed appointments the doctor wrote a record for. */
const RECORDED_SHARE = 0.85;
/** Share of clinical records with doctors' comments. */
const COMMENTED_SHARE = 0.35;
const SELF_REPORT_COUNT = 30;
const ADMIN_ASSIGNMENTS = 5;

/** A booking and the row it became. */
export interface PlannedAppointment {
  booking: Booking;
  row: AppointmentRow;
}

const careTeamId = (patient: PlannedPatient, doctor: PlannedDoctor) =>
  stableId(`care-team:${patient.profile.email}:${doctor.profile.key}`);

/**
 * Care teams: a doctor joins a patient's team with their first confirmed or completed appointment;
 * the administrator adds a few more (the demo patient always gets one).
 */
export function planCareTeam(
  random: Random,
  anchor: Date,
  appointments: PlannedAppointment[],
  doctors: PlannedDoctor[],
  patients: PlannedPatient[],
  demoPatient: PlannedPatient,
  adminUserId: string,
): CareTeamRow[] {
  const rows = new Map<string, CareTeamRow>();
  for (const { booking, row } of appointments) {
    if (booking.status !== "completed" && booking.status !== "confirmed") continue;
    const id = careTeamId(booking.patient, booking.doctor);
    if (rows.has(id)) continue;
    rows.set(id, {
      id,
      patientId: booking.patient.id,
      doctorId: booking.doctor.id,
      source: "appointment",
      appointmentId: row.id,
      createdAt: row.confirmedAt ?? row.createdAt,
    });
  }
  const others = patients.filter((patient) => patient.adult && patient !== demoPatient);
  const adultDoctors = doctors.filter((doctor) => doctor.profile.key !== "gonzalez");
  const candidates = [demoPatient, ...random.shuffle(others)];
  let assigned = 0;
  for (const patient of candidates) {
    if (assigned === ADMIN_ASSIGNMENTS) break;
    const doctor = random.shuffle(adultDoctors).find((d) => !rows.has(careTeamId(patient, d)));
    if (!doctor) continue;
    const id = careTeamId(patient, doctor);
    rows.set(id, {
      id,
      patientId: patient.id,
      doctorId: doctor.id,
      source: "admin",
      assignedBy: adminUserId,
      createdAt: new Date(anchor.getTime() - random.int(3, 40) * DAY),
    });
    assigned++;
  }
  return [...rows.values()];
}

/** The record a doctor wrote after most completed appointments (always for the demo patient). */
export function planClinicalRecords(
  random: Random,
  anchor: Date,
  appointments: PlannedAppointment[],
  demoPatient: PlannedPatient,
): MedicalRecordRow[] {
  const records: MedicalRecordRow[] = [];
  for (const { booking, row } of appointments) {
    if (booking.status !== "completed") continue;
    if (booking.patient !== demoPatient && !random.chance(RECORDED_SHARE)) continue;
    const { doctor, patient, kind } = booking;
    const writtenAt = Math.min(row.completedAt!.getTime() + random.int(5, 90) * MINUTE, anchor.getTime());
    records.push({
      id: stableId(`record:${row.id}`),
      patientId: patient.id,
      type: kind.type,
      title: kind.title,
      description: kind.description,
      symptoms: kind.symptoms ?? null,
      diagnosis: kind.diagnosis ?? null,
      treatment: kind.treatment ?? null,
      medications: kind.medications ?? null,
      notes: kind.notes ?? null,
      visitDate: localDate(booking.slot.startsAt, doctor.profile.timeZone).toString(),
      authorUserId: doctor.userId,
      doctorId: doctor.id,
      appointmentId: row.id,
      createdAt: new Date(writtenAt),
      updatedAt: new Date(writtenAt),
    });
  }
  return records;
}

/** Records patients keep about themselves: allergies, home readings, outside visits. */
export function planSelfReportedRecords(
  random: Random,
  anchor: Date,
  patients: PlannedPatient[],
  demoPatient: PlannedPatient,
): MedicalRecordRow[] {
  const adults = patients.filter((patient) => patient.adult);
  const records: MedicalRecordRow[] = [];
  const used = new Set<string>();
  // The demo patient keeps a blood pressure log and a medication list; others vary.
  const owners = [
    demoPatient,
    demoPatient,
    ...Array.from({ length: SELF_REPORT_COUNT - 2 }, () => random.pick(adults)),
  ];
  owners.forEach((patient, index) => {
    const report = index < 2 ? SELF_REPORTS[index]! : random.pick(SELF_REPORTS);
    const key = `${patient.id}:${report.title}`;
    if (used.has(key)) return;
    used.add(key);
    const visit = localDate(anchor, patient.timeZone).subtract({ days: random.int(3, 420) });
    const writtenAt = Math.min(
      instantAt(
        visit.add({ days: random.int(0, 2) }),
        19 * 60 + random.int(0, 120),
        patient.timeZone,
      ).getTime(),
      anchor.getTime() - MINUTE,
    );
    records.push({
      id: stableId(`record:self:${patient.profile.email}:${index}`),
      patientId: patient.id,
      type: report.type,
      title: report.title,
      description: report.description,
      symptoms: report.symptoms ?? null,
      medications: report.medications ?? null,
      notes: report.notes ?? null,
      visitDate: visit.toString(),
      authorUserId: patient.userId,
      doctorId: null,
      appointmentId: null,
      createdAt: new Date(writtenAt),
      updatedAt: new Date(writtenAt),
    });
  });
  return records;
}

/**
 * Doctors' comments on some clinical records, by the record's doctor or another doctor on the
 * patient's care team; some are shared with the patient, some private to clinicians.
 */
export function planComments(
  random: Random,
  anchor: Date,
  records: MedicalRecordRow[],
  careTeam: CareTeamRow[],
  doctors: PlannedDoctor[],
): RecordCommentRow[] {
  const userIdOfDoctor = new Map(doctors.map((doctor) => [doctor.id, doctor.userId]));
  const comments: RecordCommentRow[] = [];
  for (const record of records) {
    if (!record.doctorId || !random.chance(COMMENTED_SHARE)) continue;
    const count = random.chance(0.3) ? 2 : 1;
    let after = record.createdAt!.getTime();
    for (let n = 0; n < count; n++) {
      const isPrivate = random.chance(0.4);
      const writtenAt = after + random.int(60, 4 * 24 * 60) * MINUTE;
      if (writtenAt > anchor.getTime() - 5 * MINUTE) break;
      // A second opinion comes from another doctor already on the patient's care team.
      const team = careTeam
        .filter((member) => member.patientId === record.patientId && member.createdAt!.getTime() <= writtenAt)
        .map((member) => member.doctorId);
      const authorDoctorId = n > 0 && team.length > 0 ? random.pick(team) : record.doctorId;
      comments.push({
        id: stableId(`comment:${record.id}:${n}`),
        recordId: record.id!,
        authorUserId: userIdOfDoctor.get(authorDoctorId)!,
        body: random.pick(isPrivate ? PRIVATE_COMMENTS : SHARED_COMMENTS),
        isPrivate,
        createdAt: new Date(writtenAt),
        updatedAt: new Date(writtenAt),
      });
      after = writtenAt;
    }
  }
  return comments;
}
