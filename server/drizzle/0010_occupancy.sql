-- Issue 12: occupancy belongs to scheduling. Who is busy when moves from the bookings to a
-- table of its own, with the constraints against double booking; each booking references its
-- reservation. Existing bookings keep their occupancy: each gets a reservation with the same id
-- and span, held while the booking is active, released (at its last update) otherwise.
CREATE TABLE "occupancy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kep_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"workstation_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_at" timestamp with time zone,
	CONSTRAINT "occupancy_times" CHECK ("occupancy"."starts_at" < "occupancy"."ends_at" and "occupancy"."ends_at" <= "occupancy"."blocked_until")
);
--> statement-breakpoint
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_times";--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "reservation_id" uuid;--> statement-breakpoint
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_workstation_id_workstations_id_fk" FOREIGN KEY ("workstation_id") REFERENCES "public"."workstations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupancy_employee_id_starts_at_index" ON "occupancy" USING btree ("employee_id","starts_at");--> statement-breakpoint
CREATE INDEX "occupancy_kep_id_starts_at_index" ON "occupancy" USING btree ("kep_id","starts_at");--> statement-breakpoint
INSERT INTO "occupancy" ("id", "kep_id", "employee_id", "workstation_id", "starts_at", "ends_at", "blocked_until", "created_at", "released_at")
  SELECT "id", "kep_id", "employee_id", "workstation_id", "starts_at", "ends_at", "blocked_until", "created_at",
    CASE WHEN "status" IN ('booked', 'in_progress') THEN NULL ELSE "updated_at" END
  FROM "bookings";--> statement-breakpoint
UPDATE "bookings" SET "reservation_id" = "id";--> statement-breakpoint
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_no_employee_overlap";--> statement-breakpoint
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_no_workstation_overlap";--> statement-breakpoint
ALTER TABLE "bookings" DROP COLUMN "blocked_until";--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_reservationId_unique" UNIQUE("reservation_id");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_times" CHECK ("bookings"."starts_at" < "bookings"."ends_at");--> statement-breakpoint
-- R3.1, R3.2: one employee never holds two reservations whose blocked spans overlap; the span
-- runs to blocked_until = the call's end + the field's buffer, so the buffer is kept too.
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_no_employee_overlap"
  EXCLUDE USING gist ("employee_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&)
  WHERE ("released_at" IS NULL);--> statement-breakpoint
-- R3.3: a workstation serves one call at a time, whichever employee sits at it.
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_no_workstation_overlap"
  EXCLUDE USING gist ("workstation_id" WITH =, tstzrange("starts_at", "blocked_until", '[)') WITH &&)
  WHERE ("released_at" IS NULL);--> statement-breakpoint
-- A booking's KEP, employee, workstation and start are its reservation's: checked at commit,
-- so scheduling moves the reservation and the booking follows in the same transaction.
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_booking_copy"
  UNIQUE ("id", "kep_id", "employee_id", "workstation_id", "starts_at");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_reservation_fk"
  FOREIGN KEY ("reservation_id", "kep_id", "employee_id", "workstation_id", "starts_at")
  REFERENCES "occupancy" ("id", "kep_id", "employee_id", "workstation_id", "starts_at")
  DEFERRABLE INITIALLY DEFERRED;
