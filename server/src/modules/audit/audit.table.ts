import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  customType,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'

/** PostgreSQL's 64-bit transaction id (`pg_current_xact_id()`), read as text. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' })

/**
 * The audit trail (R7.2): who did what to which record, when, from where. Append-only (the
 * application's role may only insert) and hash-chained: each row stores the hash of the one
 * before, so a changed or deleted row breaks the chain. Personal identifiers are never written
 * in clear — only ids and keyed hashes.
 *
 * Issue 12: a row is written "unsealed" (no `seq`, `prev_hash`, `hash`) inside the transaction
 * it records, without any lock; the sealing job chains committed rows afterwards
 * (`sealAuditChain`). The trigger of migration 0009 lets the seal columns be set once, and
 * nothing else ever change.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Insert order; orders the unsealed tail and pages the trail. Unique (one sequence). */
    id: bigint({ mode: 'number' }).generatedByDefaultAsIdentity(),
    /** The inserting transaction (set by the trigger, whatever the writer sends). */
    xid: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
    /** When the row was inserted, by the database's clock (the unsealed tail's age); not hashed. */
    writtenAt: timestamp({ withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** Position in the chain: gapless, assigned by the sealer; null until sealed. */
    seq: bigint({ mode: 'number' }),
    at: timestamp({ withTimezone: true }).notNull(),
    actorKind: text().notNull(),
    actorId: uuid(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    ipAddress: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    /**
     * Issue 17 item 4 (migration 0025): the actor's role when the row was written
     * (administrator, operator, auditor; staff, manager), for the trail's role filter. Null for
     * other actors and for rows written before 0025. Hashed when set.
     */
    actorRole: text(),
    /**
     * Issue 17 item 4: the KEP the entry concerns, set at write time (the entry's `kepId`
     * detail, a KEP entity's id, or an employee actor's KEP), for the trail's KEP filter. Null
     * when none, and for rows written before 0025. Hashed when set.
     */
    kepId: uuid(),
    /** The hash of row `seq - 1` (genesis for row 1); null until sealed. */
    prevHash: text(),
    /** SHA-256 of `prev_hash` and this row's canonical JSON; null until sealed. */
    hash: text(),
  },
  (t) => [
    // Issue 19 (migration 0027): the table is partitioned by month of `at` (hand-written SQL;
    // drizzle does not model partitions), so its primary key and unique indexes must include
    // `at`. `id` stays unique by its sequence; `seq` by the seal trigger, which refuses a seq
    // already sealed (under the sealer's lock, so no race) — the index below makes that fast.
    primaryKey({ columns: [t.id, t.at] }),
    index().on(t.seq),
    // Sealed whole or not at all.
    check(
      'audit_log_sealed_whole',
      sql`(${t.seq} is null) = (${t.prevHash} is null) and (${t.seq} is null) = (${t.hash} is null)`,
    ),
    // The sealer's work list and the readiness check's tail: small, only the unsealed rows.
    index('audit_log_unsealed_index')
      .on(t.id)
      .where(sql`${t.seq} is null`),
    index().on(t.at),
    index().on(t.actorKind, t.actorId),
    index().on(t.entity, t.entityId),
    // Issue 17 item 4: the trail's role and KEP filters, newest first.
    index('audit_log_kep_index')
      .on(t.kepId, t.id)
      .where(sql`${t.kepId} is not null`),
    index('audit_log_actor_role_index')
      .on(t.actorRole, t.id)
      .where(sql`${t.actorRole} is not null`),
    index('audit_log_action_index').on(t.action, t.id),
  ],
)
