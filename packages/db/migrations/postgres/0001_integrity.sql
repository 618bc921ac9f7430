-- Integrity rules Drizzle's schema cannot express. Keep names in step with sqlite/0001_integrity.sql.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
-- An appointment lasts at most a day (the SQLite triggers rely on it to bound their scans).
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_too_long" CHECK ("ends_at" - "starts_at" <= interval '1 day');--> statement-breakpoint
-- No doctor holds two overlapping slots (requested and confirmed hold a slot).
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_doctor_no_overlap"
  EXCLUDE USING gist ("doctor_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" IN ('requested', 'confirmed'));--> statement-breakpoint
-- No patient holds two overlapping appointments.
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_no_overlap"
  EXCLUDE USING gist ("patient_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" IN ('requested', 'confirmed'));--> statement-breakpoint
-- The audit trail is append-only: the database itself refuses to change or remove a row.
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
