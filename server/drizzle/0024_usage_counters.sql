CREATE TABLE "usage_counters" (
	"on_date" date NOT NULL,
	"kep_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"no_show" integer DEFAULT 0 NOT NULL,
	"booked_minutes" integer DEFAULT 0 NOT NULL,
	"lead_same_day" integer DEFAULT 0 NOT NULL,
	"lead_one_to_two" integer DEFAULT 0 NOT NULL,
	"lead_three_to_seven" integer DEFAULT 0 NOT NULL,
	"lead_over_seven" integer DEFAULT 0 NOT NULL,
	"lead_minutes" bigint DEFAULT 0 NOT NULL,
	"sign_language" integer DEFAULT 0 NOT NULL,
	"lip_reading" integer DEFAULT 0 NOT NULL,
	"waited" integer DEFAULT 0 NOT NULL,
	"wait_seconds" bigint DEFAULT 0 NOT NULL,
	"call_ended" integer DEFAULT 0 NOT NULL,
	"call_seconds" bigint DEFAULT 0 NOT NULL,
	"identity_passed" integer DEFAULT 0 NOT NULL,
	"identity_failed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_counters_on_date_kep_id_category_id_procedure_id_pk" PRIMARY KEY("on_date","kep_id","category_id","procedure_id")
);
--> statement-breakpoint
CREATE TABLE "usage_hour_counters" (
	"on_date" date NOT NULL,
	"kep_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"h00" integer DEFAULT 0 NOT NULL,
	"h01" integer DEFAULT 0 NOT NULL,
	"h02" integer DEFAULT 0 NOT NULL,
	"h03" integer DEFAULT 0 NOT NULL,
	"h04" integer DEFAULT 0 NOT NULL,
	"h05" integer DEFAULT 0 NOT NULL,
	"h06" integer DEFAULT 0 NOT NULL,
	"h07" integer DEFAULT 0 NOT NULL,
	"h08" integer DEFAULT 0 NOT NULL,
	"h09" integer DEFAULT 0 NOT NULL,
	"h10" integer DEFAULT 0 NOT NULL,
	"h11" integer DEFAULT 0 NOT NULL,
	"h12" integer DEFAULT 0 NOT NULL,
	"h13" integer DEFAULT 0 NOT NULL,
	"h14" integer DEFAULT 0 NOT NULL,
	"h15" integer DEFAULT 0 NOT NULL,
	"h16" integer DEFAULT 0 NOT NULL,
	"h17" integer DEFAULT 0 NOT NULL,
	"h18" integer DEFAULT 0 NOT NULL,
	"h19" integer DEFAULT 0 NOT NULL,
	"h20" integer DEFAULT 0 NOT NULL,
	"h21" integer DEFAULT 0 NOT NULL,
	"h22" integer DEFAULT 0 NOT NULL,
	"h23" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_hour_counters_on_date_kep_id_category_id_procedure_id_pk" PRIMARY KEY("on_date","kep_id","category_id","procedure_id")
);
--> statement-breakpoint
CREATE TABLE "usage_made_counters" (
	"made_on" date NOT NULL,
	"kep_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"made" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_made_counters_made_on_kep_id_category_id_procedure_id_pk" PRIMARY KEY("made_on","kep_id","category_id","procedure_id")
);
--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_hour_counters" ADD CONSTRAINT "usage_hour_counters_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_hour_counters" ADD CONSTRAINT "usage_hour_counters_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_hour_counters" ADD CONSTRAINT "usage_hour_counters_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_made_counters" ADD CONSTRAINT "usage_made_counters_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_made_counters" ADD CONSTRAINT "usage_made_counters_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_made_counters" ADD CONSTRAINT "usage_made_counters_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "usage_counters_kep_id_on_date_index" ON "usage_counters" USING btree ("kep_id","on_date");--> statement-breakpoint
CREATE INDEX "usage_hour_counters_kep_id_on_date_index" ON "usage_hour_counters" USING btree ("kep_id","on_date");--> statement-breakpoint
CREATE INDEX "usage_made_counters_kep_id_made_on_index" ON "usage_made_counters" USING btree ("kep_id","made_on");--> statement-breakpoint
-- Issue 17 item 2: usage statistics as sums over counter rows, kept like daily_counters (0012) by
-- statement-level triggers with transition tables in the writer's own transaction: each
-- statement on bookings or calls adds one grouped UPSERT per counter table — the new rows'
-- contributions minus the old rows' — in key order; groups whose contribution does not change
-- write nothing. A booking's row carries its call's figures too (a call belongs to one booking,
-- calls.booking_id is unique), so a reschedule moves them with it; a change to a call adds its
-- difference under its booking's current key. A booking with a call cannot be deleted (the
-- foreign key), so a booking's deletion takes no call figures with it unseen.
CREATE FUNCTION usage_counters_add(deltas usage_counters[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO usage_counters AS c
  SELECT d.on_date, d.kep_id, d.category_id, d.procedure_id, sum(d.booked), sum(d.cancelled),
    sum(d.completed), sum(d.no_show), sum(d.booked_minutes), sum(d.lead_same_day),
    sum(d.lead_one_to_two), sum(d.lead_three_to_seven), sum(d.lead_over_seven),
    sum(d.lead_minutes), sum(d.sign_language), sum(d.lip_reading), sum(d.waited),
    sum(d.wait_seconds), sum(d.call_ended), sum(d.call_seconds), sum(d.identity_passed),
    sum(d.identity_failed)
  FROM unnest(deltas) d
  GROUP BY 1, 2, 3, 4
  HAVING sum(d.booked) <> 0 OR sum(d.cancelled) <> 0 OR sum(d.completed) <> 0
    OR sum(d.no_show) <> 0 OR sum(d.booked_minutes) <> 0 OR sum(d.lead_same_day) <> 0
    OR sum(d.lead_one_to_two) <> 0 OR sum(d.lead_three_to_seven) <> 0
    OR sum(d.lead_over_seven) <> 0 OR sum(d.lead_minutes) <> 0 OR sum(d.sign_language) <> 0
    OR sum(d.lip_reading) <> 0 OR sum(d.waited) <> 0 OR sum(d.wait_seconds) <> 0
    OR sum(d.call_ended) <> 0 OR sum(d.call_seconds) <> 0 OR sum(d.identity_passed) <> 0
    OR sum(d.identity_failed) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (on_date, kep_id, category_id, procedure_id) DO UPDATE SET
    booked = c.booked + excluded.booked, cancelled = c.cancelled + excluded.cancelled,
    completed = c.completed + excluded.completed, no_show = c.no_show + excluded.no_show,
    booked_minutes = c.booked_minutes + excluded.booked_minutes,
    lead_same_day = c.lead_same_day + excluded.lead_same_day,
    lead_one_to_two = c.lead_one_to_two + excluded.lead_one_to_two,
    lead_three_to_seven = c.lead_three_to_seven + excluded.lead_three_to_seven,
    lead_over_seven = c.lead_over_seven + excluded.lead_over_seven,
    lead_minutes = c.lead_minutes + excluded.lead_minutes,
    sign_language = c.sign_language + excluded.sign_language,
    lip_reading = c.lip_reading + excluded.lip_reading,
    waited = c.waited + excluded.waited, wait_seconds = c.wait_seconds + excluded.wait_seconds,
    call_ended = c.call_ended + excluded.call_ended,
    call_seconds = c.call_seconds + excluded.call_seconds,
    identity_passed = c.identity_passed + excluded.identity_passed,
    identity_failed = c.identity_failed + excluded.identity_failed
$$;
--> statement-breakpoint
CREATE FUNCTION usage_hour_counters_add(deltas usage_hour_counters[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO usage_hour_counters AS c
  SELECT d.on_date, d.kep_id, d.category_id, d.procedure_id, sum(d.h00), sum(d.h01), sum(d.h02), sum(d.h03), sum(d.h04), sum(d.h05), sum(d.h06), sum(d.h07), sum(d.h08), sum(d.h09), sum(d.h10), sum(d.h11), sum(d.h12), sum(d.h13), sum(d.h14), sum(d.h15), sum(d.h16), sum(d.h17), sum(d.h18), sum(d.h19), sum(d.h20), sum(d.h21), sum(d.h22), sum(d.h23)
  FROM unnest(deltas) d
  GROUP BY 1, 2, 3, 4
  HAVING sum(d.h00) <> 0 OR sum(d.h01) <> 0 OR sum(d.h02) <> 0 OR sum(d.h03) <> 0 OR sum(d.h04) <> 0 OR sum(d.h05) <> 0 OR sum(d.h06) <> 0 OR sum(d.h07) <> 0 OR sum(d.h08) <> 0 OR sum(d.h09) <> 0 OR sum(d.h10) <> 0 OR sum(d.h11) <> 0 OR sum(d.h12) <> 0 OR sum(d.h13) <> 0 OR sum(d.h14) <> 0 OR sum(d.h15) <> 0 OR sum(d.h16) <> 0 OR sum(d.h17) <> 0 OR sum(d.h18) <> 0 OR sum(d.h19) <> 0 OR sum(d.h20) <> 0 OR sum(d.h21) <> 0 OR sum(d.h22) <> 0 OR sum(d.h23) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (on_date, kep_id, category_id, procedure_id) DO UPDATE SET
    h00 = c.h00 + excluded.h00, h01 = c.h01 + excluded.h01, h02 = c.h02 + excluded.h02, h03 = c.h03 + excluded.h03, h04 = c.h04 + excluded.h04, h05 = c.h05 + excluded.h05, h06 = c.h06 + excluded.h06, h07 = c.h07 + excluded.h07, h08 = c.h08 + excluded.h08, h09 = c.h09 + excluded.h09, h10 = c.h10 + excluded.h10, h11 = c.h11 + excluded.h11, h12 = c.h12 + excluded.h12, h13 = c.h13 + excluded.h13, h14 = c.h14 + excluded.h14, h15 = c.h15 + excluded.h15, h16 = c.h16 + excluded.h16, h17 = c.h17 + excluded.h17, h18 = c.h18 + excluded.h18, h19 = c.h19 + excluded.h19, h20 = c.h20 + excluded.h20, h21 = c.h21 + excluded.h21, h22 = c.h22 + excluded.h22, h23 = c.h23 + excluded.h23
$$;
--> statement-breakpoint
CREATE FUNCTION usage_made_counters_add(deltas usage_made_counters[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO usage_made_counters AS c
  SELECT d.made_on, d.kep_id, d.category_id, d.procedure_id, sum(d.made)
  FROM unnest(deltas) d
  GROUP BY 1, 2, 3, 4
  HAVING sum(d.made) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (made_on, kep_id, category_id, procedure_id) DO UPDATE SET
    made = c.made + excluded.made
$$;
--> statement-breakpoint
-- A call's figures: waited (joined and let in) and the seconds between; ended (let in and ended)
-- and its length; the identity check at KED passed or failed.
CREATE FUNCTION usage_call_part(c calls, sign integer, OUT waited integer,
  OUT wait_seconds bigint, OUT call_ended integer, OUT call_seconds bigint,
  OUT identity_passed integer, OUT identity_failed integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT sign * (c.citizen_joined_at IS NOT NULL AND c.admitted_at IS NOT NULL)::integer,
    sign * coalesce(round(extract(epoch FROM c.admitted_at - c.citizen_joined_at))::bigint, 0),
    sign * (c.admitted_at IS NOT NULL AND c.ended_at IS NOT NULL)::integer,
    sign * coalesce(round(extract(epoch FROM c.ended_at - c.admitted_at))::bigint, 0),
    sign * (c.identity_verified IS TRUE)::integer,
    sign * (c.identity_verified IS FALSE)::integer
$$;
--> statement-breakpoint
-- A booking's row: its Athens date, KEP, field and procedure; booked 1; its status; its minutes
-- unless cancelled; its lead time in whole Athens days (0 or less: the same day) and minutes;
-- its special requirements; and its call's figures, if it has a call.
CREATE FUNCTION usage_booking_part(b bookings, sign integer) RETURNS usage_counters
LANGUAGE sql STABLE AS $$
  SELECT d.on_date, b.kep_id, b.category_id, b.procedure_id, sign,
    sign * (b.status = 'cancelled')::integer,
    sign * (b.status = 'completed')::integer,
    sign * (b.status = 'no_show')::integer,
    CASE WHEN b.status = 'cancelled' THEN 0
      ELSE sign * round(extract(epoch FROM b.ends_at - b.starts_at) / 60)::integer END,
    sign * (d.lead_days <= 0)::integer,
    sign * (d.lead_days BETWEEN 1 AND 2)::integer,
    sign * (d.lead_days BETWEEN 3 AND 7)::integer,
    sign * (d.lead_days > 7)::integer,
    sign * round(extract(epoch FROM b.starts_at - b.created_at) / 60)::bigint,
    sign * b.needs_sign_language::integer,
    sign * b.needs_lip_reading::integer,
    coalesce(k.waited, 0), coalesce(k.wait_seconds, 0), coalesce(k.call_ended, 0),
    coalesce(k.call_seconds, 0), coalesce(k.identity_passed, 0), coalesce(k.identity_failed, 0)
  FROM (SELECT (b.starts_at AT TIME ZONE 'Europe/Athens')::date AS on_date,
      (b.starts_at AT TIME ZONE 'Europe/Athens')::date
        - (b.created_at AT TIME ZONE 'Europe/Athens')::date AS lead_days) d
  LEFT JOIN LATERAL (
    SELECT x.* FROM calls c, usage_call_part(c, sign) x WHERE c.booking_id = b.id
  ) k ON true
$$;
--> statement-breakpoint
CREATE FUNCTION usage_hour_part(b bookings, sign integer) RETURNS usage_hour_counters
LANGUAGE sql IMMUTABLE AS $$
  SELECT (b.starts_at AT TIME ZONE 'Europe/Athens')::date, b.kep_id, b.category_id, b.procedure_id,
    sign * (h.held AND h.hour = 0)::integer, sign * (h.held AND h.hour = 1)::integer, sign * (h.held AND h.hour = 2)::integer, sign * (h.held AND h.hour = 3)::integer, sign * (h.held AND h.hour = 4)::integer, sign * (h.held AND h.hour = 5)::integer, sign * (h.held AND h.hour = 6)::integer, sign * (h.held AND h.hour = 7)::integer, sign * (h.held AND h.hour = 8)::integer, sign * (h.held AND h.hour = 9)::integer, sign * (h.held AND h.hour = 10)::integer, sign * (h.held AND h.hour = 11)::integer, sign * (h.held AND h.hour = 12)::integer, sign * (h.held AND h.hour = 13)::integer, sign * (h.held AND h.hour = 14)::integer, sign * (h.held AND h.hour = 15)::integer, sign * (h.held AND h.hour = 16)::integer, sign * (h.held AND h.hour = 17)::integer, sign * (h.held AND h.hour = 18)::integer, sign * (h.held AND h.hour = 19)::integer, sign * (h.held AND h.hour = 20)::integer, sign * (h.held AND h.hour = 21)::integer, sign * (h.held AND h.hour = 22)::integer, sign * (h.held AND h.hour = 23)::integer
  FROM (SELECT b.status <> 'cancelled' AS held,
    extract(hour FROM b.starts_at AT TIME ZONE 'Europe/Athens')::integer AS hour) h
$$;
--> statement-breakpoint
CREATE FUNCTION usage_made_part(b bookings, sign integer) RETURNS usage_made_counters
LANGUAGE sql IMMUTABLE AS $$
  SELECT (b.created_at AT TIME ZONE 'Europe/Athens')::date, b.kep_id, b.category_id,
    b.procedure_id, sign
$$;
--> statement-breakpoint
-- A call's difference under its booking's current key: only the call's columns.
CREATE FUNCTION usage_call_delta(c calls, sign integer) RETURNS SETOF usage_counters
LANGUAGE sql STABLE AS $$
  SELECT (b.starts_at AT TIME ZONE 'Europe/Athens')::date, b.kep_id, b.category_id,
    b.procedure_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0::bigint, 0, 0,
    x.waited, x.wait_seconds, x.call_ended, x.call_seconds, x.identity_passed, x.identity_failed
  FROM bookings b, usage_call_part(c, sign) x
  WHERE b.id = c.booking_id
$$;
--> statement-breakpoint
CREATE FUNCTION usage_counters_follow_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM usage_counters_add(ARRAY(SELECT usage_booking_part(n, 1) FROM new_rows n));
    PERFORM usage_hour_counters_add(ARRAY(SELECT usage_hour_part(n, 1) FROM new_rows n));
    PERFORM usage_made_counters_add(ARRAY(SELECT usage_made_part(n, 1) FROM new_rows n));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM usage_counters_add(ARRAY(SELECT usage_booking_part(o, -1) FROM old_rows o));
    PERFORM usage_hour_counters_add(ARRAY(SELECT usage_hour_part(o, -1) FROM old_rows o));
    PERFORM usage_made_counters_add(ARRAY(SELECT usage_made_part(o, -1) FROM old_rows o));
  ELSE
    PERFORM usage_counters_add(ARRAY(
      SELECT usage_booking_part(n, 1) FROM new_rows n
      UNION ALL SELECT usage_booking_part(o, -1) FROM old_rows o));
    PERFORM usage_hour_counters_add(ARRAY(
      SELECT usage_hour_part(n, 1) FROM new_rows n
      UNION ALL SELECT usage_hour_part(o, -1) FROM old_rows o));
    PERFORM usage_made_counters_add(ARRAY(
      SELECT usage_made_part(n, 1) FROM new_rows n
      UNION ALL SELECT usage_made_part(o, -1) FROM old_rows o));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_insert AFTER INSERT ON "bookings"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_follow_bookings();
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_update AFTER UPDATE ON "bookings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_follow_bookings();
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_delete AFTER DELETE ON "bookings"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_follow_bookings();
--> statement-breakpoint
CREATE FUNCTION usage_counters_follow_calls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM usage_counters_add(ARRAY(SELECT d FROM new_rows n, usage_call_delta(n, 1) d));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM usage_counters_add(ARRAY(SELECT d FROM old_rows o, usage_call_delta(o, -1) d));
  ELSE
    PERFORM usage_counters_add(ARRAY(
      SELECT d FROM new_rows n, usage_call_delta(n, 1) d
      UNION ALL SELECT d FROM old_rows o, usage_call_delta(o, -1) d));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_call_insert AFTER INSERT ON "calls"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_follow_calls();
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_call_update AFTER UPDATE ON "calls"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_follow_calls();
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_call_delete AFTER DELETE ON "calls"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_follow_calls();
--> statement-breakpoint
CREATE FUNCTION usage_counters_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'bookings' THEN
    DELETE FROM usage_counters;
    DELETE FROM usage_hour_counters;
    DELETE FROM usage_made_counters;
  ELSE
    UPDATE usage_counters SET waited = 0, wait_seconds = 0, call_ended = 0, call_seconds = 0,
      identity_passed = 0, identity_failed = 0;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_truncate AFTER TRUNCATE ON "bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_after_truncate();
--> statement-breakpoint
CREATE TRIGGER usage_counters_on_calls_truncate AFTER TRUNCATE ON "calls"
  FOR EACH STATEMENT EXECUTE FUNCTION usage_counters_after_truncate();
--> statement-breakpoint
-- The bookings and calls made before this migration, counted as the triggers would have.
SELECT usage_counters_add(ARRAY(SELECT usage_booking_part(b, 1) FROM bookings b));
--> statement-breakpoint
SELECT usage_hour_counters_add(ARRAY(SELECT usage_hour_part(b, 1) FROM bookings b));
--> statement-breakpoint
SELECT usage_made_counters_add(ARRAY(SELECT usage_made_part(b, 1) FROM bookings b));
--> statement-breakpoint
COMMENT ON TABLE "usage_counters" IS 'Issue 17 item 2: per Athens date of the appointment, KEP, field and procedure: bookings, their status, minutes, lead time, special requirements and their call''s wait, length and identity check; kept by triggers on bookings and calls. Equal to a GROUP BY over bookings left-joined to calls at every commit.';
--> statement-breakpoint
COMMENT ON TABLE "usage_hour_counters" IS 'Issue 17 item 2: appointments not cancelled per Athens date, KEP, field and procedure, by the Athens hour of their start in h00..h23 (the heat map); kept by triggers on bookings.';
--> statement-breakpoint
COMMENT ON TABLE "usage_made_counters" IS 'Issue 17 item 2: bookings per Athens date they were made, KEP, field and procedure; kept by triggers on bookings.';
