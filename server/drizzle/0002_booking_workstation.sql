ALTER TABLE "bookings" ADD COLUMN "workstation_id" uuid NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_workstation_id_workstations_id_fk" FOREIGN KEY ("workstation_id") REFERENCES "public"."workstations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- R3.3: a workstation serves one call at a time, whichever employee sits at it.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_workstation_overlap"
  EXCLUDE USING gist ("workstation_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&)
  WHERE ("status" IN ('booked', 'in_progress'));
