CREATE TYPE "public"."booking_status" AS ENUM('booked', 'in_progress', 'completed', 'cancelled', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."delivery_method" AS ENUM('post', 'email', 'pickup');--> statement-breakpoint
CREATE TYPE "public"."call_status" AS ENUM('waiting', 'in_call', 'ended', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."participation_status" AS ENUM('applied', 'participating', 'suspended', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."employee_role" AS ENUM('staff', 'manager');--> statement-breakpoint
CREATE TYPE "public"."principal_kind" AS ENUM('citizen', 'employee', 'administrator', 'api_client', 'system');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."application_status" AS ENUM('submitted', 'approved', 'rejected');--> statement-breakpoint
CREATE SEQUENCE "public"."booking_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"ip_address" text,
	"details" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_kind" "principal_kind" NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"from_starts_at" timestamp with time zone,
	"to_starts_at" timestamp with time zone,
	"from_employee_id" uuid,
	"to_employee_id" uuid,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"citizen_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"kep_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone NOT NULL,
	"status" "booking_status" DEFAULT 'booked' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"postal_address" text NOT NULL,
	"needs_sign_language" boolean DEFAULT false NOT NULL,
	"needs_lip_reading" boolean DEFAULT false NOT NULL,
	"other_requirements" text,
	"delivery_method" "delivery_method" NOT NULL,
	"business_tax_id" text,
	"business_name" text,
	"locale" text DEFAULT 'el' NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "bookings_reference_unique" UNIQUE("reference"),
	CONSTRAINT "bookings_idempotency" UNIQUE("citizen_id","idempotency_key"),
	CONSTRAINT "bookings_times" CHECK ("bookings"."starts_at" < "bookings"."ends_at" and "bookings"."ends_at" <= "bookings"."blocked_until"),
	CONSTRAINT "bookings_business" CHECK (("bookings"."business_tax_id" is null) = ("bookings"."business_name" is null))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_citizen_id" uuid NOT NULL,
	"booking_id" uuid,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"iv" "bytea" NOT NULL,
	"auth_tag" "bytea" NOT NULL,
	"ciphertext" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delete_after" timestamp with time zone NOT NULL,
	CONSTRAINT "documents_mime" CHECK ("documents"."mime_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "documents_size" CHECK ("documents"."size_bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "call_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"email" text,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "call_invitations_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "call_signals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"sender_session_id" uuid NOT NULL,
	"recipient_session_id" uuid,
	"negotiation_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_signals_callId_seq_unique" UNIQUE("call_id","seq")
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"status" "call_status" DEFAULT 'waiting' NOT NULL,
	"citizen_joined_at" timestamp with time zone,
	"admitted_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"audio_only" boolean DEFAULT false NOT NULL,
	"identity_document_type" text,
	"identity_document_number_hash" text,
	"identity_verified" boolean,
	"identity_checked_by" uuid,
	"identity_checked_at" timestamp with time zone,
	"ked_reference" text,
	CONSTRAINT "calls_bookingId_unique" UNIQUE("booking_id")
);
--> statement-breakpoint
CREATE TABLE "join_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "join_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "submission_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid NOT NULL,
	"call_id" uuid,
	"protocol_number" text NOT NULL,
	"filed_description" text NOT NULL,
	"delivery_method" "delivery_method" NOT NULL,
	"notes" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_records_bookingId_unique" UNIQUE("booking_id")
);
--> statement-breakpoint
CREATE TABLE "keps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_el" text NOT NULL,
	"name_en" text NOT NULL,
	"address_el" text NOT NULL,
	"address_en" text NOT NULL,
	"postal_code" text NOT NULL,
	"city_el" text NOT NULL,
	"city_en" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keps_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_el" text NOT NULL,
	"name_en" text NOT NULL,
	"region_el" text NOT NULL,
	"region_en" text NOT NULL,
	"participation" "participation_status" DEFAULT 'applied' NOT NULL,
	"joined_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipalities_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"municipality_id" uuid,
	"code" text NOT NULL,
	"title_el" text NOT NULL,
	"title_en" text NOT NULL,
	"description_el" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"required_documents_el" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"required_documents_en" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "procedures_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_el" text NOT NULL,
	"name_en" text NOT NULL,
	"description_el" text NOT NULL,
	"description_en" text NOT NULL,
	"municipal" boolean DEFAULT false NOT NULL,
	"call_minutes" integer NOT NULL,
	"buffer_minutes" integer NOT NULL,
	"slot_step_minutes" integer NOT NULL,
	"min_notice_minutes" integer NOT NULL,
	"horizon_days" integer NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "service_categories_code_unique" UNIQUE("code"),
	CONSTRAINT "service_categories_call_minutes" CHECK ("service_categories"."call_minutes" between 5 and 240),
	CONSTRAINT "service_categories_buffer_minutes" CHECK ("service_categories"."buffer_minutes" between 0 and 120),
	CONSTRAINT "service_categories_slot_step" CHECK ("service_categories"."slot_step_minutes" between 5 and 120),
	CONSTRAINT "service_categories_min_notice" CHECK ("service_categories"."min_notice_minutes" >= 0),
	CONSTRAINT "service_categories_horizon" CHECK ("service_categories"."horizon_days" between 1 and 366)
);
--> statement-breakpoint
CREATE TABLE "administrators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gsis_user_id" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "administrators_gsisUserId_unique" UNIQUE("gsis_user_id")
);
--> statement-breakpoint
CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"rate_limit_per_minute" integer DEFAULT 600 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_clients_keyPrefix_unique" UNIQUE("key_prefix")
);
--> statement-breakpoint
CREATE TABLE "citizens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gsis_user_id" text NOT NULL,
	"tax_id" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"father_name" text,
	"mother_name" text,
	"birth_year" integer,
	"email" text,
	"phone" text,
	"postal_address" text,
	"locale" text DEFAULT 'el' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "citizens_gsisUserId_unique" UNIQUE("gsis_user_id")
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kep_id" uuid NOT NULL,
	"gsis_user_id" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"role" "employee_role" DEFAULT 'staff' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employees_gsisUserId_unique" UNIQUE("gsis_user_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"principal_kind" "principal_kind" NOT NULL,
	"principal_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_timeout_seconds" integer NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip_address" text,
	"user_agent" text,
	CONSTRAINT "sessions_tokenHash_unique" UNIQUE("token_hash"),
	CONSTRAINT "sessions_principal" CHECK ("sessions"."principal_kind" <> 'api_client')
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" uuid,
	"kind" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"recipient" text NOT NULL,
	"locale" text DEFAULT 'el' NOT NULL,
	"payload" jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_booking_kind_version" UNIQUE("booking_id","kind","version"),
	CONSTRAINT "outbox_attempts" CHECK ("outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE TABLE "municipality_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text NOT NULL,
	"services" jsonb NOT NULL,
	"status" "application_status" DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "employee_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "employee_absences_range" CHECK ("employee_absences"."starts_at" < "employee_absences"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "employee_availability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_id" uuid NOT NULL,
	"workstation_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "employee_availability_weekday" CHECK ("employee_availability"."weekday" between 1 and 7),
	CONSTRAINT "employee_availability_window" CHECK ("employee_availability"."starts_at" < "employee_availability"."ends_at"),
	CONSTRAINT "employee_availability_range" CHECK ("employee_availability"."valid_to" is null or "employee_availability"."valid_from" <= "employee_availability"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "kep_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kep_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"recurring" boolean DEFAULT false NOT NULL,
	"reason_el" text NOT NULL,
	"reason_en" text NOT NULL,
	CONSTRAINT "kep_closures_range" CHECK ("kep_closures"."starts_on" <= "kep_closures"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "kep_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kep_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"season_from" text,
	"season_to" text,
	CONSTRAINT "kep_opening_hours_weekday" CHECK ("kep_opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "kep_opening_hours_window" CHECK ("kep_opening_hours"."opens_at" < "kep_opening_hours"."closes_at"),
	CONSTRAINT "kep_opening_hours_season" CHECK (("kep_opening_hours"."season_from" is null) = ("kep_opening_hours"."season_to" is null) and ("kep_opening_hours"."season_from" is null or ("kep_opening_hours"."season_from" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' and "kep_opening_hours"."season_to" ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$')))
);
--> statement-breakpoint
CREATE TABLE "workstations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kep_id" uuid NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "workstations_kepId_label_unique" UNIQUE("kep_id","label")
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "booking_events" ADD CONSTRAINT "booking_events_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_citizen_id_citizens_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_citizen_id_citizens_id_fk" FOREIGN KEY ("owner_citizen_id") REFERENCES "public"."citizens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_invitations" ADD CONSTRAINT "call_invitations_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_invitations" ADD CONSTRAINT "call_invitations_invited_by_employees_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_signals" ADD CONSTRAINT "call_signals_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_identity_checked_by_employees_id_fk" FOREIGN KEY ("identity_checked_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "join_tokens" ADD CONSTRAINT "join_tokens_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_records" ADD CONSTRAINT "submission_records_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_records" ADD CONSTRAINT "submission_records_call_id_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_records" ADD CONSTRAINT "submission_records_recorded_by_employees_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."employees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keps" ADD CONSTRAINT "keps_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_created_by_administrators_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."administrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD CONSTRAINT "municipality_applications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_applications" ADD CONSTRAINT "municipality_applications_decided_by_administrators_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."administrators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_absences" ADD CONSTRAINT "employee_absences_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_availability" ADD CONSTRAINT "employee_availability_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee_availability" ADD CONSTRAINT "employee_availability_workstation_id_workstations_id_fk" FOREIGN KEY ("workstation_id") REFERENCES "public"."workstations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kep_closures" ADD CONSTRAINT "kep_closures_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kep_opening_hours" ADD CONSTRAINT "kep_opening_hours_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workstations" ADD CONSTRAINT "workstations_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_index" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_kind_actor_id_index" ON "audit_log" USING btree ("actor_kind","actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_entity_id_index" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "booking_events_booking_id_at_index" ON "booking_events" USING btree ("booking_id","at");--> statement-breakpoint
CREATE INDEX "bookings_citizen_id_starts_at_index" ON "bookings" USING btree ("citizen_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_kep_id_starts_at_index" ON "bookings" USING btree ("kep_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_employee_id_starts_at_index" ON "bookings" USING btree ("employee_id","starts_at");--> statement-breakpoint
CREATE INDEX "documents_booking_id_index" ON "documents" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "documents_delete_after_index" ON "documents" USING btree ("delete_after");--> statement-breakpoint
CREATE INDEX "call_invitations_call_id_index" ON "call_invitations" USING btree ("call_id");--> statement-breakpoint
CREATE INDEX "keps_municipality_id_index" ON "keps" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "municipalities_participation_index" ON "municipalities" USING btree ("participation");--> statement-breakpoint
CREATE INDEX "procedures_category_id_index" ON "procedures" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "procedures_municipality_id_index" ON "procedures" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_category_title" ON "procedures" USING btree ("category_id","municipality_id","title_el");--> statement-breakpoint
CREATE INDEX "employees_kep_id_index" ON "employees" USING btree ("kep_id");--> statement-breakpoint
CREATE INDEX "sessions_principal_kind_principal_id_index" ON "sessions" USING btree ("principal_kind","principal_id");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "municipality_applications_municipality_id_index" ON "municipality_applications" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "municipality_applications_status_index" ON "municipality_applications" USING btree ("status");--> statement-breakpoint
CREATE INDEX "employee_absences_employee_id_starts_at_index" ON "employee_absences" USING btree ("employee_id","starts_at");--> statement-breakpoint
CREATE INDEX "employee_availability_employee_id_index" ON "employee_availability" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "employee_availability_workstation_id_index" ON "employee_availability" USING btree ("workstation_id");--> statement-breakpoint
CREATE INDEX "kep_closures_kep_id_index" ON "kep_closures" USING btree ("kep_id");--> statement-breakpoint
CREATE INDEX "kep_opening_hours_kep_id_index" ON "kep_opening_hours" USING btree ("kep_id");