ALTER TABLE "employees" ADD COLUMN "acceptable_use_acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "morning_summary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "locale" text DEFAULT 'el' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "dedupe_key" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_dedupe_key" UNIQUE("dedupe_key");--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_locale" CHECK ("employees"."locale" in ('el', 'en'));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_identity" CHECK (("outbox"."booking_id" is null) <> ("outbox"."dedupe_key" is null));