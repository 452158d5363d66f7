import { createHash, createHmac } from 'node:crypto'
import { and, asc, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { validationFailed } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { auditLog } from './audit.table.js'

/** One thing that happened, as a service reports it (R7.2). */
export interface AuditEntry {
  actor: Actor
  /** Verb in the past tense or a dotted name: `login`, `login_failed`, `booking.cancel`, `booking.read`. */
  action: string
  /** The kind of record: `booking`, `citizen`, `session`, `api_client`, … */
  entity: string
  entityId?: string | null
  /** The caller's address. */
  ip?: string | null
  /** Extra facts. Never names, tax numbers, emails or phones in clear: use ids or `auditHmac`. */
  details?: Record<string, unknown> | null
  /** When; defaults to now. Pass the service's clock so tests can fix it. */
  at?: Date
}

export type AuditRow = typeof auditLog.$inferSelect

/** The hash the first row chains from. */
export const genesisHash = '0'.repeat(64)

// One key for the whole trail: a transaction-scoped advisory lock orders every writer, so seq
// is gapless and each row's prev_hash is the hash of the row before — in commit order too,
// because the lock is held until the writer's transaction ends.
const auditLockKey = 72_010_001

/** JSON with object keys sorted, so the same row always hashes the same, whatever jsonb did. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null'
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The chain: SHA-256 over the previous hash and the row's canonical JSON (hash excluded). */
export function hashRow(row: Omit<AuditRow, 'hash'>): string {
  const { seq, at, actorKind, actorId, action, entity, entityId, ipAddress, details, prevHash } =
    row
  const body = canonicalJson({
    seq,
    at: at.toISOString(),
    actorKind,
    actorId,
    action,
    entity,
    entityId,
    ipAddress,
    details,
  })
  return createHash('sha256').update(prevHash).update(body).digest('hex')
}

/** A keyed hash of a personal identifier (e.g. a tax number): findable, not readable. */
export function auditHmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex')
}

function actorColumns(actor: Actor): { actorKind: string; actorId: string | null; job?: string } {
  switch (actor.kind) {
    case 'anonymous':
      return { actorKind: 'anonymous', actorId: null }
    case 'citizen':
      return { actorKind: 'citizen', actorId: actor.citizenId }
    case 'employee':
      return { actorKind: 'employee', actorId: actor.employeeId }
    case 'administrator':
      return { actorKind: 'administrator', actorId: actor.administratorId }
    case 'api_client':
      return { actorKind: 'api_client', actorId: actor.clientId }
    case 'system':
      return { actorKind: 'system', actorId: null, job: actor.job }
  }
}

/**
 * Appends one entry to the audit trail (R7.2). Call it inside the transaction of the change it
 * records: the entry commits or rolls back with it. Holds the trail's lock until that
 * transaction ends, so keep audited transactions short.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${auditLockKey})`)
    const [last] = await tx
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1)
    const { job, ...actor } = actorColumns(entry.actor)
    const details = job ? { ...(entry.details ?? {}), job } : (entry.details ?? null)
    const at = entry.at ?? new Date()
    const unhashed = {
      seq: (last?.seq ?? 0) + 1,
      at,
      ...actor,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      ipAddress: entry.ip ?? null,
      // Round-trip through JSON so what is hashed is what jsonb will give back.
      details: details ? (JSON.parse(JSON.stringify(details)) as Record<string, unknown>) : null,
      prevHash: last?.hash ?? genesisHash,
    }
    const row = { ...unhashed, hash: hashRow(unhashed) }
    await tx.insert(auditLog).values(row)
    return row
  })
}

export type ChainCheck =
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; badSeq: number; reason: string }

/**
 * Walks the whole trail in order and recomputes every hash. Names the first row that was
 * changed, or the first gap where a row was deleted.
 */
export async function verifyAuditChain(db: Db, batchSize = 1000): Promise<ChainCheck> {
  let expectedSeq = 1
  let prevHash = genesisHash
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize)
    for (const row of rows) {
      const rowsChecked = expectedSeq - 1
      if (row.seq !== expectedSeq) {
        return {
          ok: false,
          rows: rowsChecked,
          badSeq: expectedSeq,
          reason: `row ${expectedSeq} is missing (next is ${row.seq}): deleted`,
        }
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          rows: rowsChecked,
          badSeq: row.seq,
          reason: `row ${row.seq} does not point at the hash of row ${row.seq - 1}`,
        }
      }
      if (hashRow(row) !== row.hash) {
        return {
          ok: false,
          rows: rowsChecked,
          badSeq: row.seq,
          reason: `row ${row.seq} was changed after it was written: its hash does not match`,
        }
      }
      prevHash = row.hash
      expectedSeq += 1
    }
    if (rows.length < batchSize) return { ok: true, rows: expectedSeq - 1, lastHash: prevHash }
  }
}

export interface AuditFilter {
  actorKind?: string | null
  actorId?: string | null
  action?: string | null
  entity?: string | null
  entityId?: string | null
  from?: Date | null
  to?: Date | null
}

/**
 * A page of the trail, newest first; `after` is the cursor of the last entry already seen.
 * @throws VALIDATION_FAILED for a cursor this server did not make.
 */
export async function listAuditLog(
  db: Db,
  _clock: Clock,
  filter: AuditFilter,
  first: number,
  after: string | null | undefined,
): Promise<{ entries: AuditRow[]; hasNextPage: boolean; endCursor: string | null }> {
  // Actors are named by UUIDs: another actorId names nobody (and is no value for the column).
  if (filter.actorId && !isUuid(filter.actorId)) {
    return { entries: [], hasNextPage: false, endCursor: null }
  }
  const conditions: SQL[] = []
  if (filter.actorKind) conditions.push(eq(auditLog.actorKind, filter.actorKind))
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId))
  if (filter.action) conditions.push(eq(auditLog.action, filter.action))
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity))
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId))
  if (filter.from) conditions.push(gte(auditLog.at, filter.from))
  if (filter.to) conditions.push(lt(auditLog.at, filter.to))
  if (after) {
    const afterSeq = decodeCursor(after)
    if (afterSeq === undefined) {
      throw validationFailed([
        {
          field: 'after',
          reason: 'invalid_cursor',
          message: {
            el: 'Ο δείκτης σελίδας δεν είναι έγκυρος· ξεκινήστε από την πρώτη σελίδα.',
            en: 'The page cursor is not valid; start again from the first page.',
          },
        },
      ])
    }
    conditions.push(lt(auditLog.seq, afterSeq))
  }
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(first + 1)
  const entries = rows.slice(0, first)
  const last = entries.at(-1)
  return {
    entries,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(last.seq) : null,
  }
}

export const encodeCursor = (seq: number): string =>
  Buffer.from(`audit:${seq}`).toString('base64url')

export function decodeCursor(cursor: string): number | undefined {
  const match = /^audit:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString())
  return match ? Number(match[1]) : undefined
}
