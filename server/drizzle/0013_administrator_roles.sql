CREATE TYPE "public"."administrator_role" AS ENUM('administrator', 'operator', 'auditor');--> statement-breakpoint
ALTER TABLE "administrators" ADD COLUMN "role" "administrator_role" DEFAULT 'administrator' NOT NULL;--> statement-breakpoint
-- Art. 3.5: the service always keeps one active ADMINISTRATOR, whoever changes the roles and
-- however many change them at once. The advisory lock queues concurrent changes, and the check
-- (a fresh snapshot per statement under READ COMMITTED) then sees what the others committed.
CREATE FUNCTION keep_last_administrator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(4242013, 1);
  IF NOT EXISTS (SELECT 1 FROM administrators WHERE role = 'administrator' AND active) THEN
    RAISE EXCEPTION 'the last active ADMINISTRATOR cannot be removed'
      USING ERRCODE = '23514', CONSTRAINT = 'administrators_last_administrator';
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER administrators_last_administrator
  AFTER UPDATE OR DELETE ON administrators
  FOR EACH ROW WHEN (OLD.role = 'administrator' AND OLD.active)
  EXECUTE FUNCTION keep_last_administrator();
