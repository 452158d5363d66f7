-- Invariants that drizzle cannot declare, enforced by the database itself.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
-- R3.1, R3.2: one employee never holds two active appointments whose blocked spans overlap;
-- the span runs to blocked_until = ends_at + the field's buffer, so the buffer is kept too.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_employee_overlap"
  EXCLUDE USING gist ("employee_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&)
  WHERE ("status" IN ('booked', 'in_progress'));
--> statement-breakpoint
-- A citizen never holds two active appointments at overlapping times.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_citizen_overlap"
  EXCLUDE USING gist ("citizen_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" IN ('booked', 'in_progress'));
--> statement-breakpoint
-- R7.2: the audit trail is append-only, whoever connects.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
