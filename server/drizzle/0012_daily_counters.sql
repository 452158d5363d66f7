CREATE TABLE "capacity_state" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"computed_rules_version" bigint,
	"computed_from" date,
	"computed_to" date,
	"computed_at" timestamp with time zone,
	CONSTRAINT "capacity_state_one_row" CHECK ("capacity_state"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "daily_counters" (
	"on_date" date NOT NULL,
	"kep_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"booked" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"completed" integer DEFAULT 0 NOT NULL,
	"no_show" integer DEFAULT 0 NOT NULL,
	"booked_minutes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "daily_counters_on_date_kep_id_category_id_pk" PRIMARY KEY("on_date","kep_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "kep_daily_capacity" (
	"on_date" date NOT NULL,
	"kep_id" uuid NOT NULL,
	"available_minutes" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kep_daily_capacity_on_date_kep_id_pk" PRIMARY KEY("on_date","kep_id"),
	CONSTRAINT "kep_daily_capacity_minutes" CHECK ("kep_daily_capacity"."available_minutes" >= 0)
);
--> statement-breakpoint
ALTER TABLE "daily_counters" ADD CONSTRAINT "daily_counters_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "daily_counters" ADD CONSTRAINT "daily_counters_category_id_service_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."service_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kep_daily_capacity" ADD CONSTRAINT "kep_daily_capacity_kep_id_keps_id_fk" FOREIGN KEY ("kep_id") REFERENCES "public"."keps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "daily_counters_kep_id_on_date_index" ON "daily_counters" USING btree ("kep_id","on_date");--> statement-breakpoint
CREATE INDEX "kep_daily_capacity_kep_id_on_date_index" ON "kep_daily_capacity" USING btree ("kep_id","on_date");
--> statement-breakpoint
-- Issue 12: statistics-ready counters, kept by the database in the booking's own transaction.
-- Statement-level triggers with transition tables: each INSERT, UPDATE or DELETE on bookings adds
-- one grouped UPSERT — the new rows' contributions minus the old rows' — so a single booking costs
-- one upsert and a bulk load (seed, benchmarks' fixtures) one per statement, not one per row.
-- A row's contribution: its local date in Athens, KEP and field; booked 1; cancelled, completed,
-- no_show 1 by status; booked_minutes its call's minutes unless cancelled. Keys are upserted in
-- key order, so two transactions moving bookings between the same days lock them in one order.
-- Groups whose contribution does not change (an UPDATE of other columns) write nothing.
CREATE FUNCTION daily_counters_contribution(b bookings, sign integer,
  OUT on_date date, OUT kep_id uuid, OUT category_id uuid, OUT booked integer,
  OUT cancelled integer, OUT completed integer, OUT no_show integer, OUT booked_minutes integer)
LANGUAGE sql STABLE AS $$
  SELECT (b.starts_at AT TIME ZONE 'Europe/Athens')::date, b.kep_id, b.category_id, sign,
    sign * (b.status = 'cancelled')::integer,
    sign * (b.status = 'completed')::integer,
    sign * (b.status = 'no_show')::integer,
    CASE WHEN b.status = 'cancelled' THEN 0
      ELSE sign * round(extract(epoch FROM b.ends_at - b.starts_at) / 60)::integer END
$$;
--> statement-breakpoint
CREATE FUNCTION daily_counters_follow_bookings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO daily_counters AS c
      (on_date, kep_id, category_id, booked, cancelled, completed, no_show, booked_minutes)
    SELECT d.on_date, d.kep_id, d.category_id, sum(d.booked), sum(d.cancelled), sum(d.completed),
      sum(d.no_show), sum(d.booked_minutes)
    FROM new_rows n, daily_counters_contribution(n, 1) d
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (on_date, kep_id, category_id) DO UPDATE SET
      booked = c.booked + excluded.booked, cancelled = c.cancelled + excluded.cancelled,
      completed = c.completed + excluded.completed, no_show = c.no_show + excluded.no_show,
      booked_minutes = c.booked_minutes + excluded.booked_minutes;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO daily_counters AS c
      (on_date, kep_id, category_id, booked, cancelled, completed, no_show, booked_minutes)
    SELECT d.on_date, d.kep_id, d.category_id, sum(d.booked), sum(d.cancelled), sum(d.completed),
      sum(d.no_show), sum(d.booked_minutes)
    FROM old_rows o, daily_counters_contribution(o, -1) d
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (on_date, kep_id, category_id) DO UPDATE SET
      booked = c.booked + excluded.booked, cancelled = c.cancelled + excluded.cancelled,
      completed = c.completed + excluded.completed, no_show = c.no_show + excluded.no_show,
      booked_minutes = c.booked_minutes + excluded.booked_minutes;
  ELSE
    INSERT INTO daily_counters AS c
      (on_date, kep_id, category_id, booked, cancelled, completed, no_show, booked_minutes)
    SELECT d.on_date, d.kep_id, d.category_id, sum(d.booked), sum(d.cancelled), sum(d.completed),
      sum(d.no_show), sum(d.booked_minutes)
    FROM (
      SELECT x.* FROM new_rows n, daily_counters_contribution(n, 1) x
      UNION ALL
      SELECT x.* FROM old_rows o, daily_counters_contribution(o, -1) x
    ) d
    GROUP BY 1, 2, 3
    HAVING sum(d.booked) <> 0 OR sum(d.cancelled) <> 0 OR sum(d.completed) <> 0
      OR sum(d.no_show) <> 0 OR sum(d.booked_minutes) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (on_date, kep_id, category_id) DO UPDATE SET
      booked = c.booked + excluded.booked, cancelled = c.cancelled + excluded.cancelled,
      completed = c.completed + excluded.completed, no_show = c.no_show + excluded.no_show,
      booked_minutes = c.booked_minutes + excluded.booked_minutes;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER daily_counters_on_insert AFTER INSERT ON "bookings"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION daily_counters_follow_bookings();
--> statement-breakpoint
CREATE TRIGGER daily_counters_on_update AFTER UPDATE ON "bookings"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION daily_counters_follow_bookings();
--> statement-breakpoint
CREATE TRIGGER daily_counters_on_delete AFTER DELETE ON "bookings"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION daily_counters_follow_bookings();
--> statement-breakpoint
CREATE FUNCTION daily_counters_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM daily_counters;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER daily_counters_on_truncate AFTER TRUNCATE ON "bookings"
  FOR EACH STATEMENT EXECUTE FUNCTION daily_counters_after_truncate();
--> statement-breakpoint
-- The bookings made before this migration, counted as the triggers would have.
INSERT INTO daily_counters
  (on_date, kep_id, category_id, booked, cancelled, completed, no_show, booked_minutes)
SELECT d.on_date, d.kep_id, d.category_id, sum(d.booked), sum(d.cancelled), sum(d.completed),
  sum(d.no_show), sum(d.booked_minutes)
FROM bookings b, daily_counters_contribution(b, 1) d
GROUP BY 1, 2, 3;
--> statement-breakpoint
-- The capacity job's one state row (what it last computed from).
INSERT INTO "capacity_state" ("id") VALUES (1);
--> statement-breakpoint
COMMENT ON TABLE "daily_counters" IS 'Issue 12: per Athens date of the appointment, KEP and field, kept by triggers on bookings in the same transaction. booked: every booking now on that day/KEP/field, cancelled ones included (a reschedule moves it); cancelled/completed/no_show: those in that status; booked_minutes: call minutes of those not cancelled. Equal to a GROUP BY over bookings at every commit.';
--> statement-breakpoint
COMMENT ON TABLE "kep_daily_capacity" IS 'Issue 12: a KEP''s available employee-minutes per Athens date (availability within opening hours, minus absences, closures, holidays), computed by the slot engine in the job "refresh the KEPs'' capacity": current from a week back to 92 days ahead, frozen before.';
