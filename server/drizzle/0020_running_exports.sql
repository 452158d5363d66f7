CREATE TABLE "running_exports" (
	"administrator_id" uuid PRIMARY KEY NOT NULL,
	"token" uuid NOT NULL,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "running_exports" ADD CONSTRAINT "running_exports_administrator_id_administrators_id_fk" FOREIGN KEY ("administrator_id") REFERENCES "public"."administrators"("id") ON DELETE cascade ON UPDATE no action;