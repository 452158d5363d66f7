ALTER TABLE "administrators" ALTER COLUMN "gsis_user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "employees" ALTER COLUMN "gsis_user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "administrators" ADD COLUMN "tax_id" text;--> statement-breakpoint
ALTER TABLE "administrators" ADD CONSTRAINT "administrators_taxId_unique" UNIQUE("tax_id");--> statement-breakpoint
-- Someone added by tax number is found by it at their first login: they must be findable.
ALTER TABLE "employees" ADD CONSTRAINT "employees_known" CHECK ("gsis_user_id" IS NOT NULL OR "tax_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "administrators" ADD CONSTRAINT "administrators_known" CHECK ("gsis_user_id" IS NOT NULL OR "tax_id" IS NOT NULL);
