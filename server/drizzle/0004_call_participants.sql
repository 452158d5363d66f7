CREATE TYPE "public"."call_role" AS ENUM('citizen', 'employee', 'interpreter');--> statement-breakpoint
CREATE TABLE "call_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"role" "call_role" NOT NULL,
	"citizen_id" uuid,
	"employee_id" uuid,
	"invitation_id" uuid,
	"display_name" text NOT NULL,
	"token_hash" text NOT NULL,
	"admitted" boolean DEFAULT false NOT NULL,
	"video_enabled" boolean DEFAULT true NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone,
	CONSTRAINT "call_participants_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "signal_seq" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "last_ked_document_type" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "last_ked_number_hash" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "last_ked_status" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "last_ked_reference" text;--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "last_ked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "call_participants" ADD CONSTRAINT "call_participants_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_participants" ADD CONSTRAINT "call_participants_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_participants" ADD CONSTRAINT "call_participants_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_participants" ADD CONSTRAINT "call_participants_invitation_id_call_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."call_invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_participants_call_id_left_at_index" ON "call_participants" USING btree ("call_id","left_at");