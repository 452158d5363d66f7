ALTER TYPE "public"."principal_kind" ADD VALUE 'officer';--> statement-breakpoint
ALTER TYPE "public"."application_status" ADD VALUE 'draft';--> statement-breakpoint
ALTER TYPE "public"."application_status" ADD VALUE 'changes_requested';--> statement-breakpoint
ALTER TYPE "public"."application_status" ADD VALUE 'withdrawn';--> statement-breakpoint
CREATE TABLE "municipal_procedure_options" (
	"procedure_id" uuid PRIMARY KEY NOT NULL,
	"pick_up_at_kep" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipality_departures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_date" date NOT NULL,
	"reason_el" text NOT NULL,
	"reason_en" text NOT NULL,
	"decided_by_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kep_closure_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "municipality_officers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gsis_user_id" text,
	"tax_id" text NOT NULL,
	"full_name" text NOT NULL,
	"municipality_id" uuid,
	"granted_at" timestamp with time zone,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_officers_gsisUserId_unique" UNIQUE("gsis_user_id"),
	CONSTRAINT "municipality_officers_taxId_unique" UNIQUE("tax_id")
);
--> statement-breakpoint
ALTER TABLE "municipality_applications" ALTER COLUMN "submitted_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "decision_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "decision_date" date;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "keps" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "employees" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "review_comments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "history" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "started_by" uuid;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "copied_from_id" uuid;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "municipality_departures" ADD CONSTRAINT "municipality_departures_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_officers" ADD CONSTRAINT "municipality_officers_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "municipality_departures_municipality_id_index" ON "municipality_departures" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "municipality_officers_municipality_id_index" ON "municipality_officers" USING btree ("municipality_id");--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD CONSTRAINT "municipality_applications_started_by_municipality_officers_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."municipality_officers"("id") ON DELETE no action ON UPDATE no action;