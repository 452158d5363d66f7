CREATE TYPE "public"."representation_status" AS ENUM('verified', 'to_check');--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "representation_status" "representation_status";--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "representation_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "representation_reference" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "representation_person_hmac" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "representation_company_hmac" text;--> statement-breakpoint
-- Issue 19 item 6: bookings made for a business before the registry was asked were never
-- checked; the employee checks them on the call.
UPDATE "bookings" SET "representation_status" = 'to_check' WHERE "business_tax_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_representation" CHECK ("bookings"."representation_status" is null or "bookings"."business_tax_id" is not null);