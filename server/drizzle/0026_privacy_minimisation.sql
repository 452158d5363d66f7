-- Issue 19 items 1 and 2 (data minimisation). citizens keep the tax number only as an HMAC under
-- the server's audit key; SQL does not know the key, so existing rows get theirs at their next
-- login (null until then) and the clear number is dropped now. GSIS's father's name, mother's
-- name and birth year were never used: dropped. A citizen session carries the clear number for
-- its lifetime only (the legal-representative check of R1.1 needs it at booking time); the
-- retention job deletes sessions at expiry. bookings.pseudonymised_at marks the rows whose
-- personal data the retention job replaced by a pseudonym.
ALTER TABLE "bookings" ADD COLUMN "pseudonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "citizens" ADD COLUMN "tax_id_hmac" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "tax_id" text;--> statement-breakpoint
CREATE INDEX "citizens_tax_id_hmac_index" ON "citizens" USING btree ("tax_id_hmac");--> statement-breakpoint
ALTER TABLE "citizens" DROP COLUMN "tax_id";--> statement-breakpoint
ALTER TABLE "citizens" DROP COLUMN "father_name";--> statement-breakpoint
ALTER TABLE "citizens" DROP COLUMN "mother_name";--> statement-breakpoint
ALTER TABLE "citizens" DROP COLUMN "birth_year";--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tax_id_citizen" CHECK ("sessions"."tax_id" is null or "sessions"."principal_kind" = 'citizen');