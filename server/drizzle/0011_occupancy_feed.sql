-- Issue 12, build 4: the occupancy index's change feed. Each process keeps every held
-- reservation in memory (scheduling/occupancy-index.ts) and, in the one statement that also
-- checks the rules version, reads the rows changed by transactions at or after its last
-- snapshot's xmin: every transaction that had not ended by then. A row's version counts its
-- changes, so an older state read by a slower request never replaces a newer one.
ALTER TABLE "occupancy" ADD COLUMN "version" bigint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "occupancy" ADD COLUMN "changed_xid" "xid8" DEFAULT pg_current_xact_id() NOT NULL;--> statement-breakpoint
CREATE INDEX "occupancy_changed_xid_index" ON "occupancy" USING btree ("changed_xid");--> statement-breakpoint
CREATE FUNCTION occupancy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  NEW.changed_xid := pg_current_xact_id();
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER occupancy_changed BEFORE UPDATE ON "occupancy"
  FOR EACH ROW EXECUTE FUNCTION occupancy_changed();
--> statement-breakpoint
-- Absences and closures join the rules every process caches (scheduling.service.ts): they
-- change as rarely, and a request then reads one version row instead of two tables.
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "employee_absences"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kep_closures"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
