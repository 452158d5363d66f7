import { createHash, createHmac } from 'node:crypto'
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
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

/**
 * The sealer's advisory lock: one sealer at a time, whatever the number of instances. The
 * trigger of migration 0009 takes it too for any update, so nothing else seals while it runs.
 */
const sealLockKey = 72_010_002

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

/** The fields a row's hash covers (a sealed row's, or one being sealed). */
export type HashedFields = Pick<
  AuditRow,
  'at' | 'actorKind' | 'actorId' | 'action' | 'entity' | 'entityId' | 'ipAddress' | 'details'
> &
  Partial<Pick<AuditRow, 'actorRole' | 'kepId'>> & { seq: number; prevHash: string }

/** The chain: SHA-256 over the previous hash and the row's canonical JSON (hash excluded). */
export function hashRow(row: HashedFields): string {
  const { seq, at, actorKind, actorId, action, entity, entityId, ipAddress, details, prevHash } =
    row
  const body = canonicalJson({
    // Issue 17 (0025): hashed when set, absent otherwise, so the rows before keep their hashes.
    actorRole: row.actorRole ?? undefined,
    kepId: row.kepId ?? undefined,
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

function actorColumns(actor: Actor): {
  actorKind: string
  actorId: string | null
  actorRole?: string
  job?: string
} {
  switch (actor.kind) {
    case 'anonymous':
      return { actorKind: 'anonymous', actorId: null }
    case 'citizen':
      return { actorKind: 'citizen', actorId: actor.citizenId }
    case 'employee':
      return { actorKind: 'employee', actorId: actor.employeeId, actorRole: actor.role }
    case 'administrator':
      return { actorKind: 'administrator', actorId: actor.administratorId, actorRole: actor.role }
    case 'officer':
      return { actorKind: 'officer', actorId: actor.officerId, actorRole: 'officer' }
    case 'api_client':
      return { actorKind: 'api_client', actorId: actor.clientId }
    case 'system':
      return { actorKind: 'system', actorId: null, job: actor.job }
  }
}

/**
 * Appends one entry to the audit trail (R7.2). Call it inside the transaction of the change it
 * records: the entry commits or rolls back with it. It takes no lock (issue 12): the row is
 * written unsealed and `sealAuditChain` chains it once its transaction has committed.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<AuditRow> {
  const [row] = await auditWrite(db, entry).returning()
  return row!
}

/**
 * Appends many entries at once (a bulk change: an import of a thousand employees), as
 * recordAudit would one by one: in the caller's transaction, unsealed, their ids (the sealer's
 * order) in the order given. One statement per `auditBatchSize` entries, the entries sent as
 * one JSON parameter (a statement with a parameter per value costs more to build than to run).
 * Returns how many it wrote.
 */
export async function recordAudits(db: Db, entries: readonly AuditEntry[]): Promise<number> {
  for (let i = 0; i < entries.length; i += auditBatchSize) {
    const batch = entries.slice(i, i + auditBatchSize).map((entry) => {
      const v = auditValues(entry)
      return [
        v.at.toISOString(),
        v.actorKind,
        v.actorId,
        v.action,
        v.entity,
        v.entityId,
        v.ipAddress,
        v.details,
        v.actorRole,
        v.kepId,
      ]
    })
    await db.execute(sql`
      insert into ${auditLog}
        (at, actor_kind, actor_id, action, entity, entity_id, ip_address, details, actor_role, kep_id)
      select (e->>0)::timestamptz, e->>1, (e->>2)::uuid, e->>3, e->>4, e->>5, e->>6,
        nullif(e->7, 'null'::jsonb), e->>8, (e->>9)::uuid
      from jsonb_array_elements(${JSON.stringify(batch)}::jsonb) with ordinality as b(e, n)
      order by n`)
  }
  return entries.length
}

/** Entries per statement: one parameter each, a few megabytes of JSON at the most. */
export const auditBatchSize = 1000

/**
 * recordAudit's insert, not run: for a caller that makes it part of one statement of its own
 * (a data-modifying WITH, issue 12), so the entry commits with the change in the same round
 * trip. Unsealed, like every new entry.
 */
export function auditWrite(db: Db, entry: AuditEntry) {
  return db.insert(auditLog).values(auditValues(entry))
}

/**
 * The KEP an entry concerns, for the trail's KEP filter (issue 17 item 4): the `kepId` of its
 * details, else a KEP entity's own id, else an employee actor's KEP. Writers that know the KEP
 * of what they change should name it in their details as `kepId`.
 */
function kepOf(entry: AuditEntry): string | null {
  const detail = entry.details?.['kepId']
  if (typeof detail === 'string' && isUuid(detail)) return detail
  if (entry.entity === 'kep' && entry.entityId && isUuid(entry.entityId)) return entry.entityId
  if (entry.actor.kind === 'employee' && isUuid(entry.actor.kepId)) return entry.actor.kepId
  return null
}

/** An entry as the columns of its row (the actor's columns, a job's name in its details). */
function auditValues(entry: AuditEntry) {
  const { job, actorRole, ...actor } = actorColumns(entry.actor)
  const details = job ? { ...(entry.details ?? {}), job } : (entry.details ?? null)
  return {
    at: entry.at ?? new Date(),
    ...actor,
    actorRole: actorRole ?? null,
    kepId: kepOf(entry),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    ipAddress: entry.ip ?? null,
    details,
  }
}

/**
 * Seals the committed unsealed rows (issue 12): gives each, in insert order, the next `seq`,
 * the previous row's hash and its own hash. Returns how many it sealed; 0 at once when another
 * sealer (another instance) holds the lock.
 *
 * Commit order: the sealer reads the unsealed rows in READ COMMITTED, so it sees only rows whose
 * transactions have committed — an uncommitted row is invisible, a rolled-back one never
 * becomes visible. A row appended to the chain was therefore committed before every row sealed
 * after it is even read; a row committed later is appended later, after the sealed prefix,
 * which is never rewritten (the trigger refuses it). Within one round the order is the insert
 * order. No row waits for another transaction: a long one delays only its own rows. Each round
 * is one transaction, so a crash loses a whole round or nothing — never a gap, never a
 * duplicate (the unique index on seq).
 */
export async function sealAuditChain(db: Db, batchSize = 500): Promise<number> {
  let sealed = 0
  for (;;) {
    const round = await db.transaction(async (tx) => {
      const [lock] = rowsOf<{ locked: boolean }>(
        await tx.execute(sql`select pg_try_advisory_xact_lock(${sealLockKey}) as locked`),
      )
      if (!lock?.locked) return 0
      const [last] = await tx
        .select({ seq: auditLog.seq, hash: auditLog.hash })
        .from(auditLog)
        .where(isNotNull(auditLog.seq))
        .orderBy(desc(auditLog.seq))
        .limit(1)
      const rows = await tx
        .select()
        .from(auditLog)
        .where(isNull(auditLog.seq))
        .orderBy(asc(auditLog.id))
        .limit(batchSize)
      if (rows.length === 0) return 0
      let seq = last?.seq ?? 0
      let prevHash = last?.hash ?? genesisHash
      const seals = rows.map((row) => {
        seq += 1
        const hash = hashRow({ ...row, seq, prevHash })
        const seal = { id: row.id, seq, prev_hash: prevHash, hash }
        prevHash = hash
        return seal
      })
      const updated = rowsOf<{ id: number }>(
        await tx.execute(sql`
          update audit_log a set seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
          from jsonb_to_recordset(${JSON.stringify(seals)}::jsonb)
            as s(id bigint, seq bigint, prev_hash text, hash text)
          where a.id = s.id and a.seq is null
          returning a.id`),
      )
      if (updated.length !== seals.length) {
        throw new Error(`audit sealing: ${updated.length} of ${seals.length} rows sealed`)
      }
      return rows.length
    })
    sealed += round
    if (round < batchSize) return sealed
  }
}

/** The unsealed tail: how many rows wait for the sealer, and for how long the oldest has. */
export interface UnsealedTail {
  unsealed: number
  oldestUnsealedAgeSeconds: number
}

/** The unsealed tail now (for /readyz and `pnpm audit:verify`). */
export async function unsealedTail(db: Db): Promise<UnsealedTail> {
  const [tail] = rowsOf<{ unsealed: number | string; age: number | string | null }>(
    await db.execute(sql`
      select count(*) as unsealed,
        extract(epoch from now() - (select written_at from audit_log where seq is null order by id limit 1))
          as age
      from audit_log where seq is null`),
  )
  return {
    unsealed: Number(tail?.unsealed ?? 0),
    oldestUnsealedAgeSeconds: Math.max(0, Math.floor(Number(tail?.age ?? 0))),
  }
}

export type ChainCheck = (
  | { ok: true; rows: number; lastHash: string }
  | { ok: false; rows: number; badSeq: number; reason: string }
) &
  UnsealedTail & {
    /** Issue 19: the checkpoint the walk started from, when the chain's first months are gone. */
    checkpoint: { month: string; seq: number } | null
  }

/** What an `audit.checkpoint` entry records (audit.retention.ts) about the months dropped. */
export interface CheckpointDetails {
  /** The month dropped after it, `YYYY-MM` (UTC). */
  month: string
  /** Rows that month had. */
  rows: number
  /** Every row up to this seq is gone; the chain goes on from its hash. */
  seq: number
  hash: string
  /** Rows after `seq` that are gone too (sealed late, in an earlier month): seq and hash each. */
  skipped: { seq: number; hash: string }[]
}

/** The action and actor of the checkpoints the retention job writes. */
export const checkpointAction = 'audit.checkpoint'

/** The sealed checkpoints, oldest first. */
export async function sealedCheckpoints(
  db: Db,
): Promise<(CheckpointDetails & { entrySeq: number })[]> {
  const rows = await db
    .select({ seq: auditLog.seq, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, checkpointAction),
        eq(auditLog.actorKind, 'system'),
        isNotNull(auditLog.seq),
      ),
    )
    .orderBy(asc(auditLog.seq))
  return rows.map((r) => ({ ...(r.details as unknown as CheckpointDetails), entrySeq: r.seq! }))
}

/**
 * Where the walk of the whole chain starts (issue 19): the genesis while row 1 is there; else
 * the checkpoint written when the months before the first row left — the latest one whose rows
 * are all gone (its seq is below the first row still there). Rows gone beside it (`skipped`,
 * from every checkpoint) are passed with their recorded hashes.
 */
async function chainStart(db: Db): Promise<{
  from: ChainCheckpoint
  checkpoint: ChainCheck['checkpoint']
  skipped: Map<number, string>
}> {
  const checkpoints = await sealedCheckpoints(db)
  const skipped = new Map(
    checkpoints.flatMap((c) => c.skipped.map((s) => [s.seq, s.hash] as const)),
  )
  const [first] = await db
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(isNotNull(auditLog.seq))
    .orderBy(asc(auditLog.seq))
    .limit(1)
  const genesis = { from: { seq: 0, hash: genesisHash }, checkpoint: null, skipped }
  if (!first || first.seq === 1) return genesis
  const start = checkpoints.filter((c) => c.seq < first.seq!).at(-1)
  if (!start) return genesis
  return {
    from: { seq: start.seq, hash: start.hash },
    checkpoint: { month: start.month, seq: start.seq },
    skipped,
  }
}

/**
 * Walks the sealed trail in order and recomputes every hash. Names the first row that was
 * changed, or the first gap where a row was deleted; reports the unsealed tail beside. Without
 * `from`, starts at the genesis, or at the checkpoint of the last month dropped (issue 19).
 */
export async function verifyAuditChain(
  db: Db,
  batchSize = 1000,
  /** Start after this row, already verified (issue 17: the screen's incremental check). */
  from?: ChainCheckpoint,
): Promise<ChainCheck> {
  const tail = await unsealedTail(db)
  const start = await chainStart(db)
  const facts = { ...tail, checkpoint: start.checkpoint }
  let expectedSeq = (from ?? start.from).seq + 1
  let prevHash = (from ?? start.from).hash
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(asc(auditLog.seq))
      .limit(batchSize)
    for (const row of rows) {
      const seq = row.seq!
      // A row a checkpoint recorded before its month was dropped: its hash carries the chain.
      while (seq > expectedSeq && start.skipped.has(expectedSeq)) {
        prevHash = start.skipped.get(expectedSeq)!
        expectedSeq += 1
      }
      const rowsChecked = expectedSeq - 1
      if (seq !== expectedSeq) {
        return {
          ok: false,
          rows: rowsChecked,
          badSeq: expectedSeq,
          reason: `row ${expectedSeq} is missing (next is ${seq}): deleted`,
          ...facts,
        }
      }
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          rows: rowsChecked,
          badSeq: seq,
          reason: `row ${seq} does not point at the hash of row ${seq - 1}`,
          ...facts,
        }
      }
      if (hashRow({ ...row, seq, prevHash }) !== row.hash) {
        return {
          ok: false,
          rows: rowsChecked,
          badSeq: seq,
          reason: `row ${seq} was changed after it was written: its hash does not match`,
          ...facts,
        }
      }
      prevHash = row.hash
      expectedSeq += 1
    }
    if (rows.length < batchSize) {
      return { ok: true, rows: expectedSeq - 1, lastHash: prevHash, ...facts }
    }
  }
}

/** A row of the chain known good: its seq and hash. */
export interface ChainCheckpoint {
  seq: number
  hash: string
}

export interface AuditFilter {
  actorKind?: string | null
  actorId?: string | null
  /** The actor's role when they wrote it (rows since migration 0025). */
  actorRole?: string | null
  /** The KEP the entry concerns (rows since migration 0025; see kepOf). */
  kepId?: string | null
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
  if ((filter.actorId && !isUuid(filter.actorId)) || (filter.kepId && !isUuid(filter.kepId))) {
    return { entries: [], hasNextPage: false, endCursor: null }
  }
  const conditions: SQL[] = []
  if (filter.actorKind) conditions.push(eq(auditLog.actorKind, filter.actorKind))
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId))
  if (filter.actorRole) conditions.push(eq(auditLog.actorRole, filter.actorRole))
  if (filter.kepId) conditions.push(eq(auditLog.kepId, filter.kepId))
  if (filter.action) conditions.push(eq(auditLog.action, filter.action))
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity))
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId))
  if (filter.from) conditions.push(gte(auditLog.at, filter.from))
  if (filter.to) conditions.push(lt(auditLog.at, filter.to))
  if (after) {
    const afterId = decodeCursor(after)
    if (afterId === undefined) {
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
    conditions.push(lt(auditLog.id, afterId))
  }
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    // Insert order: an entry is listed at once, before the sealer gives it its seq.
    .orderBy(desc(auditLog.id))
    .limit(first + 1)
  const entries = rows.slice(0, first)
  const last = entries.at(-1)
  return {
    entries,
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(last.id) : null,
  }
}

/** A page cursor: the insert position (`id`; equal to `seq` for the rows sealed before issue 12). */
export const encodeCursor = (id: number): string => Buffer.from(`audit:${id}`).toString('base64url')

export function decodeCursor(cursor: string): number | undefined {
  const match = /^audit:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString())
  return match ? Number(match[1]) : undefined
}
