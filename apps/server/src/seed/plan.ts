// The whole demo clinic as rows, computed in memory from a timeline anchor. Same anchor, same rows:
// ids come from stable names and every random choice from one seeded generator.
import type { Temporal } from "temporal-polyfill";
import type { Interval } from "./calendar";
import { instantAt, localDate } from "./calendar";
import { appointmentRow, planBookings } from "./bookings";
import { VISIT_KINDS } from "./clinical";
import type { PatientProfile } from "./patients";
import { ageOn, DEMO_PATIENT_EMAIL, emergencyContact, insurance, PATIENTS, REGIONS } from "./patients";
import { Random, stableId } from "./random";
import type { PlannedAppointment } from "./records";
import { planCareTeam, planClinicalRecords, planComments, planSelfReportedRecords } from "./records";
import type {
  AppointmentRow,
  CareTeamRow,
  DoctorRow,
  MedicalRecordRow,
  PatientRow,
  PlannedDoctor,
  PlannedPatient,
  RecordCommentRow,
  ScheduleRuleRow,
  TimeOffRow,
  UserRow,
} from "./rows";
import type { DoctorProfile } from "./staff";
import { ADMIN, BOOKING_WINDOW_DAYS, DOCTORS, MIN_NOTICE_MINUTES, PENDING_DOCTOR } from "./staff";

const DAY = 24 * 60 * 60_000;

/** A demo account to sign in with. */
export interface DemoLogin {
  role: string;
  email: string;
  name: string;
}

/** Every row the demo clinic consists of, table by table, in insertion order. */
export interface DemoPlan {
  anchor: Date;
  users: UserRow[];
  doctors: DoctorRow[];
  patients: PatientRow[];
  scheduleRules: ScheduleRuleRow[];
  timeOff: TimeOffRow[];
  appointments: AppointmentRow[];
  careTeam: CareTeamRow[];
  medicalRecords: MedicalRecordRow[];
  recordComments: RecordCommentRow[];
  logins: DemoLogin[];
}

const userId = (email: string) => stableId(`user:${email}`);
const doctorId = (profile: DoctorProfile) => stableId(`doctor:${profile.key}`);
const patientId = (profile: PatientProfile) => stableId(`patient:${profile.email}`);
const daysBefore = (anchor: Date, days: number) => new Date(anchor.getTime() - days * DAY);

/** Builds the demo clinic around `anchor` ("now" for the demo): users, schedules, appointments, records. */
export function planDemoClinic(anchor: Date, passwordHash: string): DemoPlan {
  const random = new Random("healthcare demo clinic");
  const adminUserId = userId(ADMIN.email);
  const account = (email: string, role: UserRow["role"], person: PersonFields, createdAt: Date): UserRow => ({
    id: userId(email),
    email,
    passwordHash,
    role,
    firstName: person.firstName,
    lastName: person.lastName,
    phone: person.phone,
    timeZone: person.timeZone,
    createdAt,
    updatedAt: createdAt,
  });

  const users: UserRow[] = [account(ADMIN.email, "admin", ADMIN, daysBefore(anchor, 1200))];
  const doctorRows: DoctorRow[] = [];
  DOCTORS.forEach((profile, index) => {
    const joined = daysBefore(anchor, 420 + index * 53);
    users.push(account(profile.email, "doctor", personOf(profile), joined));
    doctorRows.push(
      doctorRow(profile, joined, {
        approvedAt: new Date(joined.getTime() + 2 * DAY),
        approvedBy: adminUserId,
      }),
    );
  });
  const registered = new Date(anchor.getTime() - 2 * DAY + 5 * 60 * 60_000);
  users.push(account(PENDING_DOCTOR.email, "doctor", personOf(PENDING_DOCTOR), registered));
  doctorRows.push(doctorRow(PENDING_DOCTOR, registered, null));

  const doctors = DOCTORS.map((profile) => plannedDoctor(profile, anchor));
  const patients = PATIENTS.map((profile) => plannedPatient(random, anchor, profile));
  const patientRows: PatientRow[] = [];
  for (const patient of patients) {
    const joined = daysBefore(anchor, random.int(100, 900));
    const phone = REGIONS[patient.profile.region].phone(random);
    users.push(
      account(
        patient.profile.email,
        "patient",
        { ...patient.profile, phone, timeZone: patient.timeZone },
        joined,
      ),
    );
    patientRows.push(patientRow(random, anchor, patient, phone, joined));
  }

  const demoDoctor = doctors[0]!;
  const demoPatient = patients.find((patient) => patient.profile.email === DEMO_PATIENT_EMAIL)!;
  const bookings = planBookings(anchor, random, doctors, patients, {
    doctor: demoDoctor,
    patient: demoPatient,
  });
  const appointments: PlannedAppointment[] = bookings.map((booking) => ({
    booking,
    row: appointmentRow(random, anchor, booking),
  }));
  const careTeam = planCareTeam(random, anchor, appointments, doctors, patients, demoPatient, adminUserId);
  const clinical = planClinicalRecords(random, anchor, appointments, demoPatient);
  const selfReported = planSelfReportedRecords(random, anchor, patients, demoPatient);

  return {
    anchor,
    users,
    doctors: doctorRows,
    patients: patientRows,
    scheduleRules: doctors.flatMap(scheduleRuleRows),
    timeOff: doctors.flatMap(timeOffRows),
    appointments: appointments.map(({ row }) => row),
    careTeam,
    medicalRecords: [...clinical, ...selfReported],
    recordComments: planComments(random, anchor, clinical, careTeam, doctors),
    logins: demoLogins(demoPatient),
  };
}

type PersonFields = Pick<UserRow, "firstName" | "lastName" | "phone" | "timeZone">;

function personOf(profile: DoctorProfile): PersonFields {
  const { firstName, lastName, phone, timeZone } = profile;
  return { firstName, lastName, phone, timeZone };
}

/** The doctor profile row; `approval` is null for a registration still waiting for an admin. */
function doctorRow(
  profile: DoctorProfile,
  createdAt: Date,
  approval: { approvedAt: Date; approvedBy: string } | null,
): DoctorRow {
  return {
    id: doctorId(profile),
    userId: userId(profile.email),
    specialization: profile.specialization,
    licenseNumber: profile.licenseNumber,
    phone: profile.phone,
    yearsOfExperience: profile.yearsOfExperience,
    consultationFeeMinor: profile.consultationFeeMinor,
    currency: profile.currency,
    bio: profile.bio,
    timeZone: profile.timeZone,
    slotMinutes: profile.slotMinutes,
    minNoticeMinutes: MIN_NOTICE_MINUTES,
    bookingWindowDays: BOOKING_WINDOW_DAYS,
    approvalState: approval ? "approved" : "pending",
    approvedAt: approval?.approvedAt ?? null,
    approvedBy: approval?.approvedBy ?? null,
    createdAt,
    updatedAt: approval?.approvedAt ?? createdAt,
  };
}

/** The Monday of the week after the one `today` falls in. */
function nextMonday(today: Temporal.PlainDate): Temporal.PlainDate {
  return today.add({ days: 8 - today.dayOfWeek });
}

function plannedDoctor(profile: DoctorProfile, anchor: Date): PlannedDoctor {
  const timeOff: Interval[] = [];
  if (profile.awayNextWeek) {
    const monday = nextMonday(localDate(anchor, profile.timeZone));
    const { from, to } = profile.awayNextWeek;
    timeOff.push({
      startsAt: instantAt(monday.add({ days: from - 1 }), 0, profile.timeZone),
      endsAt: instantAt(monday.add({ days: to }), 0, profile.timeZone),
    });
  }
  return {
    profile,
    id: doctorId(profile),
    userId: userId(profile.email),
    blocks: profile.schedule,
    timeOff,
    visitKinds: VISIT_KINDS[profile.key] ?? [],
  };
}

function scheduleRuleRows(doctor: PlannedDoctor): ScheduleRuleRow[] {
  return doctor.blocks.map((block, index) => ({
    id: stableId(`schedule-rule:${doctor.profile.key}:${index}`),
    doctorId: doctor.id,
    ...block,
  }));
}

function timeOffRows(doctor: PlannedDoctor): TimeOffRow[] {
  return doctor.timeOff.map((range) => ({
    id: stableId(`time-off:${doctor.profile.key}:${range.startsAt.toISOString()}`),
    doctorId: doctor.id,
    startsAt: range.startsAt,
    endsAt: range.endsAt,
    reason: doctor.profile.awayNextWeek?.reason ?? null,
  }));
}

/**
 * A patient and the doctors they usually see: children see the pediatrician; adults see one or two
 * doctors of their region and often one specialist elsewhere (by video).
 */
function plannedPatient(random: Random, anchor: Date, profile: PatientProfile): PlannedPatient {
  const region = REGIONS[profile.region];
  const adult = ageOn(profile.dateOfBirth, localDate(anchor, region.timeZone).toString()) >= 18;
  let panel: string[];
  if (!adult) {
    panel = ["gonzalez"];
  } else {
    const local = random.shuffle(region.localDoctors).slice(0, random.int(1, region.localDoctors.length));
    if (profile.email === DEMO_PATIENT_EMAIL && !local.includes("mitchell")) local.unshift("mitchell");
    const elsewhere = DOCTORS.map((doctor) => doctor.key).filter(
      (key) => key !== "gonzalez" && !local.includes(key),
    );
    panel = random.chance(0.7) ? [...local, random.pick(elsewhere)] : local;
  }
  return {
    profile,
    id: patientId(profile),
    userId: userId(profile.email),
    timeZone: region.timeZone,
    adult,
    panel,
  };
}

function patientRow(
  random: Random,
  anchor: Date,
  patient: PlannedPatient,
  phone: string,
  createdAt: Date,
): PatientRow {
  const { profile } = patient;
  const region = REGIONS[profile.region];
  return {
    id: patient.id,
    userId: patient.userId,
    dateOfBirth: profile.dateOfBirth,
    gender: profile.gender,
    phone,
    address: region.address(random),
    emergencyContact: emergencyContact(random, profile, localDate(anchor, region.timeZone).toString()),
    insurance: insurance(random, profile),
    createdAt,
    updatedAt: createdAt,
  };
}

function demoLogins(demoPatient: PlannedPatient): DemoLogin[] {
  const name = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;
  const demoDoctor = DOCTORS[0]!;
  return [
    { role: "admin", email: ADMIN.email, name: name(ADMIN) },
    {
      role: "doctor",
      email: demoDoctor.email,
      name: `Dr. ${name(demoDoctor)} (${demoDoctor.specialization})`,
    },
    { role: "patient", email: demoPatient.profile.email, name: name(demoPatient.profile) },
    {
      role: "doctor (pending approval)",
      email: PENDING_DOCTOR.email,
      name: `Dr. ${name(PENDING_DOCTOR)} (${PENDING_DOCTOR.specialization})`,
    },
  ];
}
