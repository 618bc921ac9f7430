// Plans the demo appointments: on each doctor's weekly schedule in the doctor's time zone, never two
// at once for a doctor or a patient, past ones mostly completed, upcoming ones requested or confirmed.
import type { Temporal } from "temporal-polyfill";
import type { Interval } from "./calendar";
import { daySlots, localDate, localMinutes, Occupancy } from "./calendar";
import type { VisitKind } from "./clinical";
import { APPOINTMENT_NOTES, DOCTOR_CANCELLATION_REASONS, PATIENT_CANCELLATION_REASONS } from "./clinical";
import { ageOn } from "./patients";
import type { Random } from "./random";
import { stableId } from "./random";
import type { AppointmentRow, AppointmentStatus, Booking, PlannedDoctor, PlannedPatient } from "./rows";
import { MIN_NOTICE_MINUTES } from "./staff";

/** How far back and ahead of the anchor the demo calendar reaches. */
export const PAST_DAYS = 60;
export const FUTURE_DAYS = 30;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A patient sees the same doctor at most once in this many days (scripted visits excepted). */
const MIN_DAYS_BETWEEN_VISITS = 10;
/** Local hours at which a patient will attend (video visits cross time zones). */
const PATIENT_WAKING_MINUTES = { from: 7 * 60, to: 21 * 60 };

type Phase = "past" | "upcoming";

/** Whether a slot is over, bookable ahead (minimum notice respected), or neither (skipped). */
function phaseOf(slot: Interval, anchor: Date): Phase | null {
  if (slot.endsAt.getTime() <= anchor.getTime()) return "past";
  if (slot.startsAt.getTime() >= anchor.getTime() + MIN_NOTICE_MINUTES * MINUTE) return "upcoming";
  return null;
}

/** Keeps the plan consistent while appointments are added one by one. */
class AppointmentBook {
  readonly bookings: Booking[] = [];
  private readonly occupancy = new Occupancy();
  private readonly visits = new Map<string, number[]>();

  constructor(
    readonly anchor: Date,
    private readonly random: Random,
  ) {}

  /** The doctor's local date `dayOffset` days from the anchor's local date. */
  dateOf(doctor: PlannedDoctor, dayOffset: number): Temporal.PlainDate {
    return localDate(this.anchor, doctor.profile.timeZone).add({ days: dayOffset });
  }

  /** The doctor's slots on a day that are either over or far enough ahead to book. */
  slotsOn(doctor: PlannedDoctor, dayOffset: number): Interval[] {
    const { profile, blocks, timeOff } = doctor;
    return daySlots(
      this.dateOf(doctor, dayOffset),
      blocks,
      profile.slotMinutes,
      profile.timeZone,
      timeOff,
    ).filter((slot) => phaseOf(slot, this.anchor) !== null);
  }

  /** True when both are free, the hour suits the patient, and (unless scripted) visits are spaced out. */
  canBook(doctor: PlannedDoctor, patient: PlannedPatient, slot: Interval, scripted = false): boolean {
    if (!this.occupancy.isFree(`doctor:${doctor.id}`, slot)) return false;
    if (!this.occupancy.isFree(`patient:${patient.id}`, slot)) return false;
    const local = localMinutes(slot.startsAt, patient.timeZone);
    if (local < PATIENT_WAKING_MINUTES.from || local >= PATIENT_WAKING_MINUTES.to) return false;
    if (scripted) return true;
    const previous = this.visits.get(`${doctor.id}:${patient.id}`) ?? [];
    return previous.every(
      (start) => Math.abs(start - slot.startsAt.getTime()) >= MIN_DAYS_BETWEEN_VISITS * DAY,
    );
  }

  /** Adds an appointment; the caller has checked `canBook`. */
  book(
    doctor: PlannedDoctor,
    patient: PlannedPatient,
    slot: Interval,
    status: AppointmentStatus,
    kind?: VisitKind,
  ): void {
    kind ??= this.visitKindFor(doctor, patient, slot);
    this.occupancy.hold(`doctor:${doctor.id}`, slot);
    this.occupancy.hold(`patient:${patient.id}`, slot);
    const pair = `${doctor.id}:${patient.id}`;
    this.visits.set(pair, [...(this.visits.get(pair) ?? []), slot.startsAt.getTime()]);
    this.bookings.push({ doctor, patient, slot, status, kind });
  }

  /** A reason for the visit that fits the doctor and the patient's age; emergencies are never booked ahead. */
  private visitKindFor(doctor: PlannedDoctor, patient: PlannedPatient, slot: Interval): VisitKind {
    const day = localDate(slot.startsAt, doctor.profile.timeZone).toString();
    const age = ageOn(patient.profile.dateOfBirth, day);
    const past = phaseOf(slot, this.anchor) === "past";
    return this.random.pick(
      doctor.visitKinds.filter((kind) => (kind.minAge ?? 0) <= age && (past || kind.type !== "emergency")),
    );
  }
}

/** The scripted story of the demo patient with the demo doctor: three past visits, two ahead. */
const DEMO_PAIR_SCRIPT: { dayOffset: number; status: AppointmentStatus; reason: string }[] = [
  { dayOffset: -50, status: "completed", reason: "Annual checkup" },
  { dayOffset: -29, status: "completed", reason: "Review of blood test results" },
  { dayOffset: -9, status: "completed", reason: "Follow-up on blood pressure" },
  { dayOffset: 2, status: "confirmed", reason: "Follow-up on blood pressure" },
  { dayOffset: 9, status: "requested", reason: "Review of blood test results" },
];

/** Books the demo pair's scripted visits on the first fitting day at or after each offset (before, for past ones). */
function bookDemoPair(book: AppointmentBook, doctor: PlannedDoctor, patient: PlannedPatient): void {
  for (const step of DEMO_PAIR_SCRIPT) {
    const direction = step.dayOffset < 0 ? -1 : 1;
    const kind = doctor.visitKinds.find((k) => k.reason === step.reason);
    let booked = false;
    for (let i = 0; i < 14 && !booked; i++) {
      const slots = book
        .slotsOn(doctor, step.dayOffset + i * direction)
        .filter((slot) => book.canBook(doctor, patient, slot, true));
      const wanted = direction < 0 ? "past" : "upcoming";
      const slot = slots.find(
        (s) =>
          phaseOf(s, book.anchor) === wanted && localMinutes(s.startsAt, doctor.profile.timeZone) >= 10 * 60,
      );
      if (slot) {
        book.book(doctor, patient, slot, step.status, kind);
        booked = true;
      }
    }
    if (!booked) throw new Error(`demo seed: no slot for the demo patient's "${step.reason}" visit`);
  }
}

/** How many appointments a doctor gets on a day: busier in the past and the coming ten days. */
function dailyLoad(random: Random, dayOffset: number): number {
  if (dayOffset < 0)
    return random.weighted([
      [0, 50],
      [1, 33],
      [2, 14],
      [3, 3],
    ]);
  if (dayOffset <= 10)
    return random.weighted([
      [0, 40],
      [1, 40],
      [2, 17],
      [3, 3],
    ]);
  return random.weighted([
    [0, 60],
    [1, 32],
    [2, 8],
  ]);
}

/** The status of a new appointment, given whether it is over and how far ahead it is. */
function statusFor(random: Random, phase: Phase, dayOffset: number): AppointmentStatus {
  if (phase === "past")
    return random.weighted([
      ["completed", 78],
      ["no_show", 8],
      ["cancelled", 14],
    ]);
  if (dayOffset <= 7)
    return random.weighted([
      ["confirmed", 70],
      ["requested", 16],
      ["cancelled", 14],
    ]);
  return random.weighted([
    ["confirmed", 42],
    ["requested", 44],
    ["cancelled", 14],
  ]);
}

/**
 * Plans every appointment of the demo clinic, deterministically from the anchor. The demo doctor
 * (`featured`) is a little busier and, on a working day, has appointments today.
 */
export function planBookings(
  anchor: Date,
  random: Random,
  doctors: PlannedDoctor[],
  patients: PlannedPatient[],
  featured: { doctor: PlannedDoctor; patient: PlannedPatient },
): Booking[] {
  const book = new AppointmentBook(anchor, random);
  bookDemoPair(book, featured.doctor, featured.patient);
  for (let dayOffset = -PAST_DAYS; dayOffset <= FUTURE_DAYS; dayOffset++) {
    for (const doctor of doctors) {
      const isFeatured = doctor === featured.doctor;
      let wanted = dailyLoad(random, dayOffset) + (isFeatured && random.chance(0.5) ? 1 : 0);
      if (isFeatured && dayOffset === 0) wanted = Math.max(wanted, 3);
      const panel = patients.filter((patient) => patient.panel.includes(doctor.profile.key));
      for (const slot of random.shuffle(book.slotsOn(doctor, dayOffset))) {
        if (wanted === 0) break;
        const patient = random.shuffle(panel).find((candidate) => book.canBook(doctor, candidate, slot));
        if (!patient) continue;
        book.book(doctor, patient, slot, statusFor(random, phaseOf(slot, anchor)!, dayOffset));
        wanted--;
      }
    }
  }
  return book.bookings.sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
}

/** A random instant between two instants (the first when the range is empty). */
function between(random: Random, from: number, to: number): number {
  return to <= from ? from : from + Math.floor(random.next() * (to - from));
}

/** The appointment row of a booking, with a believable history: booked, confirmed, then done or cancelled. */
export function appointmentRow(random: Random, anchor: Date, booking: Booking): AppointmentRow {
  const { doctor, patient, slot, status, kind } = booking;
  const now = anchor.getTime();
  const startsAt = slot.startsAt.getTime();
  const endsAt = slot.endsAt.getTime();

  // Booked days or weeks ahead; an emergency the same morning.
  let createdAt =
    kind.type === "emergency"
      ? startsAt - random.int(2 * 60, 5 * 60) * MINUTE
      : startsAt - random.int(1, 21) * DAY - random.int(0, 12) * HOUR;
  if (createdAt > now - 30 * MINUTE) createdAt = now - random.int(30, 3 * 24 * 60) * MINUTE;
  const wasConfirmed =
    status === "confirmed" ||
    status === "completed" ||
    status === "no_show" ||
    (status === "cancelled" && random.chance(0.5));
  const confirmedAt = wasConfirmed
    ? between(random, createdAt + 10 * MINUTE, Math.min(now, startsAt - HOUR))
    : null;
  const cancelledAt =
    status === "cancelled"
      ? between(random, (confirmedAt ?? createdAt) + MINUTE, Math.min(now, startsAt))
      : null;
  const completedAt = status === "completed" ? Math.min(endsAt + random.int(5, 40) * MINUTE, now) : null;
  const markedNoShowAt = status === "no_show" ? Math.min(endsAt + 15 * MINUTE, now) : null;
  const cancelledByDoctor = random.chance(0.35);
  const createdByDoctor = status !== "requested" && random.chance(0.15);
  const updatedAt = Math.max(
    createdAt,
    confirmedAt ?? 0,
    cancelledAt ?? 0,
    completedAt ?? 0,
    markedNoShowAt ?? 0,
  );
  const at = (ms: number | null) => (ms === null ? null : new Date(ms));

  return {
    id: stableId(`appointment:${doctor.profile.key}:${slot.startsAt.toISOString()}`),
    patientId: patient.id,
    doctorId: doctor.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status,
    reason: kind.reason,
    notes: random.chance(0.25) ? random.pick(APPOINTMENT_NOTES) : null,
    cancellationReason:
      status === "cancelled"
        ? random.pick(cancelledByDoctor ? DOCTOR_CANCELLATION_REASONS : PATIENT_CANCELLATION_REASONS)
        : null,
    cancelledBy: status === "cancelled" ? (cancelledByDoctor ? doctor.userId : patient.userId) : null,
    cancelledAt: at(cancelledAt),
    confirmedAt: at(confirmedAt),
    completedAt: at(completedAt),
    createdBy: createdByDoctor ? doctor.userId : patient.userId,
    createdAt: new Date(createdAt),
    updatedAt: new Date(updatedAt),
  };
}
