import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * The audit trail (R7.2): who did what to which record, when, from where. Append-only (the
 * application's role may only insert) and hash-chained: each row stores the hash of the one
 * before, so a changed or deleted row breaks the chain. Personal identifiers are never written
 * in clear — only ids and keyed hashes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Gapless, assigned under a lock by the writer so the chain has one order. */
    seq: bigint({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorKind: text().notNull(),
    actorId: uuid(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    ipAddress: text(),
    details: jsonb().$type<Record<string, unknown>>(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [index().on(t.at), index().on(t.actorKind, t.actorId), index().on(t.entity, t.entityId)],
)
