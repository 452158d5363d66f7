-- Issue 17 items 4 and 6. The audit trail gains the actor's role and the KEP an entry concerns, set at
-- write time (audit.service.ts, auditValues) for the trail's filters; rows written before stay null
-- (a sealed row never changes). Both are hashed when set (hashRow), and the seal trigger now
-- refuses any change to them. The outbox gains the last attempt's time, the retry base (the
-- attempts count when an administrator re-queued a failed email) and the "handled" mark.
ALTER TABLE "audit_log" ADD COLUMN "actor_role" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "kep_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "last_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "retry_base" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "handled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "handled_by" uuid;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "handled_note" text;--> statement-breakpoint
CREATE INDEX "audit_log_kep_index" ON "audit_log" USING btree ("kep_id","id") WHERE "audit_log"."kep_id" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_actor_role_index" ON "audit_log" USING btree ("actor_role","id") WHERE "audit_log"."actor_role" is not null;--> statement-breakpoint
CREATE INDEX "audit_log_action_index" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
CREATE INDEX "outbox_failed_open" ON "outbox" USING btree ("created_at") WHERE "outbox"."status" = 'failed' and "outbox"."handled_at" is null;--> statement-breakpoint
-- R7.2: the seal sets seq, prev_hash and hash, and nothing else: the new columns included.
CREATE OR REPLACE FUNCTION audit_log_seal_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.seq IS NOT NULL OR OLD.prev_hash IS NOT NULL OR OLD.hash IS NOT NULL THEN
    RAISE EXCEPTION 'audit_log row % is sealed: it never changes', OLD.seq
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL
    OR (NEW.id, NEW.xid, NEW.written_at, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.action, NEW.entity,
        NEW.entity_id, NEW.ip_address, NEW.details, NEW.actor_role, NEW.kep_id)
      IS DISTINCT FROM (OLD.id, OLD.xid, OLD.written_at, OLD.at, OLD.actor_kind, OLD.actor_id, OLD.action,
        OLD.entity, OLD.entity_id, OLD.ip_address, OLD.details, OLD.actor_role, OLD.kep_id) THEN
    RAISE EXCEPTION 'audit_log: sealing sets seq, prev_hash and hash, and nothing else'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.xid = pg_current_xact_id_if_assigned() THEN
    RAISE EXCEPTION 'audit_log: a row is sealed after its transaction commits'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT pg_try_advisory_xact_lock(72010002) THEN
    RAISE EXCEPTION 'audit_log: only the sealer seals rows'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
