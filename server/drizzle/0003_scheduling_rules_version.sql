-- A counter bumped by every change to the rules availability is computed from, so servers may
-- cache the rules and still never offer a slot the current rules forbid: each request reads the
-- counter (one row) and reloads the rules when it moved. Statement-level triggers: cheap.
CREATE TABLE "scheduling_rules_version" (
  "id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
  "version" bigint NOT NULL,
  -- Tells databases apart in a process's cache (a copied database should get a new one).
  "database_id" uuid NOT NULL DEFAULT gen_random_uuid()
);
--> statement-breakpoint
INSERT INTO "scheduling_rules_version" ("id", "version") VALUES (1, 1);
--> statement-breakpoint
CREATE FUNCTION bump_scheduling_rules_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE scheduling_rules_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kep_opening_hours"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "employee_availability"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "workstations"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "employees"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "keps"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "municipalities"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE INDEX "bookings_active_span" ON "bookings" ("starts_at")
  WHERE "status" IN ('booked', 'in_progress');
