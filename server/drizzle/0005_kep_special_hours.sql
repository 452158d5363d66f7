CREATE TABLE "kep_special_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kep_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"reason_el" text NOT NULL,
	"reason_en" text NOT NULL,
	CONSTRAINT "kep_special_hours_window" CHECK ("kep_special_hours"."opens_at" < "kep_special_hours"."closes_at")
);
--> statement-breakpoint
ALTER TABLE "kep_special_hours" ADD CONSTRAINT "kep_special_hours_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kep_special_hours_kep_id_on_date_index" ON "kep_special_hours" USING btree ("kep_id","on_date");--> statement-breakpoint
-- One KEP's windows on one date never overlap: overlapping windows would count its employees
-- twice for the same slot.
ALTER TABLE "kep_special_hours" ADD CONSTRAINT "kep_special_hours_no_overlap" EXCLUDE USING gist (
  "kep_id" WITH =,
  "on_date" WITH =,
  int4range((extract(epoch from "opens_at") / 60)::int, (extract(epoch from "closes_at") / 60)::int) WITH &&
);
--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kep_special_hours"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
