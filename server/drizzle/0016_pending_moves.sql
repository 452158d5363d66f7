ALTER TABLE "employees" ADD COLUMN "moves_to_kep_id" uuid;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "moves_on" date;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_moves_to_kep_id_keps_id_fk" FOREIGN KEY ("moves_to_kep_id") REFERENCES "public"."keps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employees_moves_on_idx" ON "employees" USING btree ("moves_on") WHERE "employees"."moves_on" is not null;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_pending_move" CHECK (("employees"."moves_to_kep_id" is null) = ("employees"."moves_on" is null));--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_move_elsewhere" CHECK ("employees"."moves_to_kep_id" <> "employees"."kep_id");