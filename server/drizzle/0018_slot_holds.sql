-- Issue 16 item 1: a held slot. Choosing a time holds it for the citizen (held_for) until
-- expires_at; confirming the booking clears both (the row is then the booking's reservation).
-- One live hold per citizen; the expiry index serves the job that releases lapsed holds.
ALTER TABLE "occupancy" ADD COLUMN "held_for" uuid;--> statement-breakpoint
ALTER TABLE "occupancy" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_held_for_citizens_id_fk" FOREIGN KEY ("held_for") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "occupancy_one_hold_per_citizen" ON "occupancy" USING btree ("held_for") WHERE "occupancy"."released_at" is null and "occupancy"."held_for" is not null;--> statement-breakpoint
CREATE INDEX "occupancy_hold_expiry" ON "occupancy" USING btree ("expires_at") WHERE "occupancy"."released_at" is null and "occupancy"."expires_at" is not null;--> statement-breakpoint
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_hold" CHECK (("occupancy"."held_for" is null) = ("occupancy"."expires_at" is null));