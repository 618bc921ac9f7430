-- Integrity rules Drizzle's schema cannot express. Keep names in step with postgres/0001_integrity.sql.
-- No doctor holds two overlapping slots (requested and confirmed hold a slot). An appointment
-- lasts at most a day, which bounds the index range each check scans.
CREATE TRIGGER `appointments_no_overlap_insert` BEFORE INSERT ON `appointments`
WHEN NEW.status IN ('requested', 'confirmed')
BEGIN
  SELECT RAISE(ABORT, 'appointments_too_long') WHERE NEW.ends_at - NEW.starts_at > 86400000;
  SELECT RAISE(ABORT, 'appointments_doctor_no_overlap') WHERE EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.doctor_id = NEW.doctor_id AND a.id <> NEW.id AND a.status IN ('requested', 'confirmed')
      AND a.starts_at < NEW.ends_at AND a.starts_at > NEW.starts_at - 86400000 AND a.ends_at > NEW.starts_at);
  SELECT RAISE(ABORT, 'appointments_patient_no_overlap') WHERE EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.patient_id = NEW.patient_id AND a.id <> NEW.id AND a.status IN ('requested', 'confirmed')
      AND a.starts_at < NEW.ends_at AND a.starts_at > NEW.starts_at - 86400000 AND a.ends_at > NEW.starts_at);
END;--> statement-breakpoint
CREATE TRIGGER `appointments_no_overlap_update` BEFORE UPDATE OF status, starts_at, ends_at, doctor_id, patient_id ON `appointments`
WHEN NEW.status IN ('requested', 'confirmed')
BEGIN
  SELECT RAISE(ABORT, 'appointments_too_long') WHERE NEW.ends_at - NEW.starts_at > 86400000;
  SELECT RAISE(ABORT, 'appointments_doctor_no_overlap') WHERE EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.doctor_id = NEW.doctor_id AND a.id <> NEW.id AND a.status IN ('requested', 'confirmed')
      AND a.starts_at < NEW.ends_at AND a.starts_at > NEW.starts_at - 86400000 AND a.ends_at > NEW.starts_at);
  SELECT RAISE(ABORT, 'appointments_patient_no_overlap') WHERE EXISTS (
    SELECT 1 FROM appointments a
    WHERE a.patient_id = NEW.patient_id AND a.id <> NEW.id AND a.status IN ('requested', 'confirmed')
      AND a.starts_at < NEW.ends_at AND a.starts_at > NEW.starts_at - 86400000 AND a.ends_at > NEW.starts_at);
END;--> statement-breakpoint
-- The audit trail is append-only here too.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events`
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
