CREATE TYPE "public"."kep_closure_kind" AS ENUM('closure', 'suspension', 'permanent');--> statement-breakpoint
CREATE TABLE "procedure_forms" (
	"procedure_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "service_category_parameters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"call_minutes" integer NOT NULL,
	"buffer_minutes" integer NOT NULL,
	"slot_step_minutes" integer NOT NULL,
	"min_notice_minutes" integer NOT NULL,
	"horizon_days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "service_category_parameters_categoryId_effectiveFrom_unique" UNIQUE("category_id","effective_from"),
	CONSTRAINT "service_category_parameters_call_minutes" CHECK ("service_category_parameters"."call_minutes" between 5 and 240),
	CONSTRAINT "service_category_parameters_buffer" CHECK ("service_category_parameters"."buffer_minutes" between 0 and 120),
	CONSTRAINT "service_category_parameters_step" CHECK ("service_category_parameters"."slot_step_minutes" between 5 and 120),
	CONSTRAINT "service_category_parameters_notice" CHECK ("service_category_parameters"."min_notice_minutes" between 0 and 43200),
	CONSTRAINT "service_category_parameters_horizon" CHECK ("service_category_parameters"."horizon_days" between 1 and 366)
);
--> statement-breakpoint
CREATE TABLE "setting_versions" (
	"key" text NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"value" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "setting_versions_key_effective_from_pk" PRIMARY KEY("key","effective_from")
);
--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "form_url" text;--> statement-breakpoint
ALTER TABLE "procedures" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "tax_id" text;--> statement-breakpoint
ALTER TABLE "employees" ADD COLUMN "leaves_on" date;--> statement-breakpoint
ALTER TABLE "kep_closures" ADD COLUMN "kind" "kep_closure_kind" DEFAULT 'closure' NOT NULL;--> statement-breakpoint
ALTER TABLE "procedure_forms" ADD CONSTRAINT "procedure_forms_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_category_parameters" ADD CONSTRAINT "service_category_parameters_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "setting_versions" ADD CONSTRAINT "setting_versions_key_settings_key_fk" FOREIGN KEY ("key") REFERENCES "public"."settings"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_taxId_unique" UNIQUE("tax_id");--> statement-breakpoint
-- A rules version is never given twice: an impact preview changes the rules inside a
-- transaction it rolls back, and a process may have cached those rules under the version the
-- preview saw. Numbered by a sequence (not rolled back), no committed change can later carry
-- the same number, so such a cache entry is never taken for the committed rules.
CREATE SEQUENCE "scheduling_rules_version_seq";--> statement-breakpoint
SELECT setval('scheduling_rules_version_seq', (SELECT "version" FROM "scheduling_rules_version" WHERE "id" = 1));--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_scheduling_rules_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE scheduling_rules_version SET version = nextval('scheduling_rules_version_seq') WHERE id = 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER scheduling_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_category_parameters"
  FOR EACH STATEMENT EXECUTE FUNCTION bump_scheduling_rules_version();
