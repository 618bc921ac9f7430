// SQLite schema. The table section is shared word for word with pg.ts: edit both (
// schema.parity.test.ts fails if they drift), then `pnpm db:generate`.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable as table,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  APPOINTMENT_STATUSES,
  AUDIT_OUTCOMES,
  CARE_TEAM_SOURCES,
  CURRENCIES,
  DOCTOR_APPROVAL_STATES,
  GENDERS,
  RECORD_TYPES,
  ROLES,
} from "@healthcare/validators/enums";

const int = (name: string) => integer(name, { mode: "number" });
const bool = (name: string) => integer(name, { mode: "boolean" });
const ts = (name: string) => integer(name, { mode: "timestamp_ms" });

// ---- BEGIN SHARED TABLES (identical in pg.ts and sqlite.ts; schema.parity.test.ts enforces it) ----

const id = () => text("id").primaryKey();
const createdAt = () => ts("created_at").notNull().$defaultFn(() => new Date());
const updatedAt = () =>
  ts("updated_at")
    .notNull()
    .$defaultFn(() => new Date())
    .$onUpdateFn(() => new Date());

/** Every person who signs in: patients, doctors and admins. */
export const users = table(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    phone: text("phone"),
    timeZone: text("time_zone").notNull().default("UTC"),
    isActive: bool("is_active").notNull().default(true),
    passwordChangedAt: ts("password_changed_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_uq").on(t.email), index("users_role_idx").on(t.role, t.lastName)],
);

/** Cookie sessions of the SPAs (Lucia's design: id + SHA-256 of the secret). */
export const sessions = table(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    createdAt: createdAt(),
    lastActiveAt: ts("last_active_at").notNull(),
    expiresAt: ts("expires_at").notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

/** Bearer tokens for scripts (named, expiring, revocable). */
export const apiTokens = table(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    secretHash: text("secret_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts("last_used_at"),
    expiresAt: ts("expires_at").notNull(),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId, t.createdAt)],
);

/** Failed sign-in counters per account and per IP, shared by every server process. */
export const loginThrottle = table("login_throttle", {
  key: text("key").primaryKey(),
  failures: int("failures").notNull().default(0),
  windowStartedAt: ts("window_started_at").notNull(),
  lockedUntil: ts("locked_until"),
});

/** Patient profile; emergency contact and insurance hold ciphertext once encryption is on. */
export const patients = table(
  "patients",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    dateOfBirth: text("date_of_birth"),
    gender: text("gender", { enum: GENDERS }),
    phone: text("phone"),
    address: text("address"),
    emergencyContact: text("emergency_contact"),
    insurance: text("insurance"),
    archivedAt: ts("archived_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("patients_user_uq").on(t.userId), index("patients_archived_idx").on(t.archivedAt)],
);

/** Doctor profile; a self-registered doctor stays pending until an admin approves. */
export const doctors = table(
  "doctors",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    specialization: text("specialization").notNull(),
    licenseNumber: text("license_number").notNull(),
    phone: text("phone"),
    yearsOfExperience: int("years_of_experience").notNull().default(0),
    consultationFeeMinor: int("consultation_fee_minor").notNull().default(0),
    currency: text("currency", { enum: CURRENCIES }).notNull().default("USD"),
    bio: text("bio").notNull().default(""),
    timeZone: text("time_zone").notNull().default("UTC"),
    slotMinutes: int("slot_minutes").notNull().default(30),
    minNoticeMinutes: int("min_notice_minutes").notNull().default(120),
    bookingWindowDays: int("booking_window_days").notNull().default(90),
    approvalState: text("approval_state", { enum: DOCTOR_APPROVAL_STATES }).notNull().default("pending"),
    approvedAt: ts("approved_at"),
    approvedBy: text("approved_by").references(() => users.id),
    archivedAt: ts("archived_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("doctors_user_uq").on(t.userId),
    uniqueIndex("doctors_license_uq").on(t.licenseNumber),
    index("doctors_specialization_idx").on(t.specialization),
    index("doctors_state_idx").on(t.approvalState, t.archivedAt),
  ],
);

/** Weekly availability: wall-clock blocks in the doctor's time zone, several per day allowed. */
export const scheduleRules = table(
  "schedule_rules",
  {
    id: id(),
    doctorId: text("doctor_id")
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    dayOfWeek: int("day_of_week").notNull(),
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    isAvailable: bool("is_available").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index("schedule_rules_doctor_idx").on(t.doctorId, t.dayOfWeek),
    check("schedule_rules_day_ck", sql`${t.dayOfWeek} between 1 and 7`),
    check("schedule_rules_time_ck", sql`${t.startTime} < ${t.endTime}`),
  ],
);

/** Instant ranges when a doctor is unavailable. */
export const timeOff = table(
  "time_off",
  {
    id: id(),
    doctorId: text("doctor_id")
      .notNull()
      .references(() => doctors.id, { onDelete: "cascade" }),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("time_off_doctor_idx").on(t.doctorId, t.startsAt),
    check("time_off_range_ck", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** Appointments; the database refuses overlapping slot-holding rows (see the custom migrations). */
export const appointments = table(
  "appointments",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    doctorId: text("doctor_id")
      .notNull()
      .references(() => doctors.id),
    startsAt: ts("starts_at").notNull(),
    endsAt: ts("ends_at").notNull(),
    status: text("status", { enum: APPOINTMENT_STATUSES }).notNull().default("requested"),
    reason: text("reason").notNull().default(""),
    notes: text("notes"),
    cancellationReason: text("cancellation_reason"),
    cancelledBy: text("cancelled_by").references(() => users.id),
    cancelledAt: ts("cancelled_at"),
    confirmedAt: ts("confirmed_at"),
    completedAt: ts("completed_at"),
    createdBy: text("created_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("appointments_doctor_starts_idx").on(t.doctorId, t.startsAt),
    index("appointments_patient_starts_idx").on(t.patientId, t.startsAt),
    index("appointments_status_starts_idx").on(t.status, t.startsAt),
    index("appointments_starts_idx").on(t.startsAt),
    uniqueIndex("appointments_doctor_slot_uq")
      .on(t.doctorId, t.startsAt)
      .where(sql`status in ('requested', 'confirmed')`),
    check("appointments_range_ck", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** Medical records: self-reported by a patient or clinical, written by a care-team doctor. */
export const medicalRecords = table(
  "medical_records",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    type: text("type", { enum: RECORD_TYPES }).notNull(),
    title: text("title").notNull(),
    description: text("description"),
    symptoms: text("symptoms"),
    diagnosis: text("diagnosis"),
    treatment: text("treatment"),
    medications: text("medications"),
    notes: text("notes"),
    visitDate: text("visit_date").notNull(),
    authorUserId: text("author_user_id")
      .notNull()
      .references(() => users.id),
    doctorId: text("doctor_id").references(() => doctors.id),
    appointmentId: text("appointment_id").references(() => appointments.id),
    deletedAt: ts("deleted_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("medical_records_patient_idx").on(t.patientId, t.visitDate),
    index("medical_records_doctor_idx").on(t.doctorId),
    index("medical_records_appointment_idx").on(t.appointmentId),
  ],
);

/** Doctor comments on a record; private ones are for clinicians only. */
export const recordComments = table(
  "record_comments",
  {
    id: id(),
    recordId: text("record_id")
      .notNull()
      .references(() => medicalRecords.id),
    authorUserId: text("author_user_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    isPrivate: bool("is_private").notNull().default(false),
    deletedAt: ts("deleted_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("record_comments_record_idx").on(t.recordId, t.createdAt)],
);

/** Doctor-patient care relationships; an ended one keeps its history. */
export const careTeam = table(
  "care_team",
  {
    id: id(),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    doctorId: text("doctor_id")
      .notNull()
      .references(() => doctors.id),
    source: text("source", { enum: CARE_TEAM_SOURCES }).notNull(),
    appointmentId: text("appointment_id").references(() => appointments.id),
    assignedBy: text("assigned_by").references(() => users.id),
    createdAt: createdAt(),
    endedAt: ts("ended_at"),
    endedBy: text("ended_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("care_team_active_uq")
      .on(t.patientId, t.doctorId)
      .where(sql`ended_at is null`),
    index("care_team_doctor_idx").on(t.doctorId, t.endedAt),
  ],
);

/** Emergency access by a doctor outside the care team (or an admin): reasoned, time-boxed, audited. */
export const breakGlassGrants = table(
  "break_glass_grants",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    doctorId: text("doctor_id").references(() => doctors.id),
    patientId: text("patient_id")
      .notNull()
      .references(() => patients.id),
    reason: text("reason").notNull(),
    createdAt: createdAt(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("break_glass_user_patient_idx").on(t.userId, t.patientId, t.expiresAt)],
);

/** In-app notifications; dedupe_key makes a retried delivery idempotent. */
export const notifications = table(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    dedupeKey: text("dedupe_key").notNull(),
    readAt: ts("read_at"),
    /** When the email for this notification was handed to the mail server (null: none sent). */
    emailedAt: ts("emailed_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_dedupe_uq").on(t.dedupeKey),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_user_unread_idx").on(t.userId, t.readAt),
  ],
);

/** Per-kind email opt-in; in-app delivery is always on. */
export const notificationPreferences = table(
  "notification_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    email: bool("email").notNull().default(true),
  },
  (t) => [primaryKey({ name: "notification_preferences_pk", columns: [t.userId, t.kind] })],
);

/** Domain events written in the same transaction as the change that caused them. */
export const outbox = table(
  "outbox",
  {
    id: id(),
    kind: text("kind").notNull(),
    payload: text("payload").notNull(),
    createdAt: createdAt(),
    availableAt: ts("available_at").notNull(),
    attempts: int("attempts").notNull().default(0),
    lastError: text("last_error"),
    lockedUntil: ts("locked_until"),
    processedAt: ts("processed_at"),
    deadAt: ts("dead_at"),
    /** PostgreSQL: when the relay handed the row to pg-boss (which then owns retries and timing). */
    relayedAt: ts("relayed_at"),
  },
  (t) => [
    index("outbox_pending_idx").on(t.processedAt, t.availableAt),
    index("outbox_relay_idx").on(t.relayedAt, t.createdAt),
  ],
);

/** Append-only audit trail of every access to patient data and every sign-in. */
export const auditEvents = table(
  "audit_events",
  {
    id: id(),
    occurredAt: ts("occurred_at").notNull(),
    actorUserId: text("actor_user_id"),
    actorRole: text("actor_role"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    patientId: text("patient_id"),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull(),
    ip: text("ip"),
    details: text("details"),
  },
  (t) => [
    index("audit_occurred_idx").on(t.occurredAt),
    index("audit_patient_idx").on(t.patientId, t.occurredAt),
    index("audit_actor_idx").on(t.actorUserId, t.occurredAt),
    index("audit_entity_idx").on(t.entityType, t.entityId),
  ],
);

// ---- END SHARED TABLES ----
