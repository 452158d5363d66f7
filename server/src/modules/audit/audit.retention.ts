import { sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { getSetting } from '../settings/index.js'
import {
  checkpointAction,
  recordAudit,
  sealAuditChain,
  sealedCheckpoints,
  type CheckpointDetails,
} from './audit.service.js'

// Issue 19 item 1: the audit trail is kept `retention.auditYears` (default 5), month by month.
// audit_log is partitioned by the UTC month of `at` (migration 0027): audit_log_YYYY_MM, and
// audit_log_default for a month without a partition. A month leaves whole — detach and drop of
// its partition, the only way rows ever leave (the row triggers refuse every delete) — and only
// after a checkpoint: an `audit.checkpoint` entry, written into the current month and sealed
// into the chain, recording the dropped month's last seq and hash. Verification then starts
// from that checkpoint (audit.service.ts, chainStart) and still proves every row that remains.

/** One retention run at a time, whatever the number of instances (checkpoint, then drop). */
const retentionLockKey = 72_010_020

const job = 'audit retention'
const system = { kind: 'system', job } as const

/** How many months ahead partitions exist, so an insert of the coming months finds its own. */
export const auditMonthsAhead = 3

const partitionOf = (month: string) => `audit_log_${month.replace('-', '_')}`
const addMonths = (d: Date, n: number) =>
  new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1))

/**
 * Creates the partitions of this month and the next `auditMonthsAhead` where missing (the
 * database function of migration 0027, serialised by its own lock). Returns how many it made.
 */
export async function ensureAuditPartitions(db: Db, clock: Clock): Promise<number> {
  let created = 0
  for (let n = 0; n <= auditMonthsAhead; n++) {
    const month = addMonths(clock.now(), n)
    const [row] = rowsOf<{ created: boolean }>(
      await db.execute(
        sql`select audit_log_add_month(${month.toISOString()}::timestamptz) as created`,
      ),
    )
    if (row?.created) created += 1
  }
  return created
}

/** The monthly partitions there are, oldest first, as `YYYY-MM`. */
async function auditMonths(db: Db): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`
      select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'audit_log'::regclass`),
  )
  return rows
    .map((r) => /^audit_log_(\d{4})_(\d{2})$/.exec(r.name))
    .filter((m) => m !== null)
    .map((m) => `${m[1]}-${m[2]}`)
    .sort()
}

/**
 * Drops the months of the audit trail older than `retention.auditYears`, oldest first, each
 * after its checkpoint is sealed into the chain. A month whose end is more than the retention
 * ago goes. Idempotent: a second run finds nothing to drop; under two instances the lock lets
 * one work and the other return. Returns how many months it dropped.
 */
export async function dropExpiredAuditMonths(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const years = await getSetting(db, 'retention.auditYears', now)
  const limit = new Date(now)
  limit.setUTCFullYear(limit.getUTCFullYear() - years)
  let dropped = 0
  for (const month of await auditMonths(db)) {
    if (addMonths(new Date(`${month}-01T00:00:00Z`), 1) > limit) break
    const outcome = await dropMonth(db, clock, month)
    if (outcome !== 'dropped') break
    dropped += 1
  }
  return dropped
}

type Outcome = 'dropped' | 'busy' | 'waiting'

/** One month: its checkpoint (written once, reused by a rerun), sealed, then the drop. */
async function dropMonth(db: Db, clock: Clock, month: string): Promise<Outcome> {
  await sealAuditChain(db)
  const written = await writeCheckpoint(db, clock, month)
  if (written !== 'ready') return written
  // The checkpoint is sealed into the chain before its month goes.
  await sealAuditChain(db)
  return detachAndDrop(db, clock, month)
}

interface MonthFacts {
  rows: number
  unsealed: number
  maxSeq: number | null
}

async function monthFacts(db: Db, month: string): Promise<MonthFacts> {
  const [facts] = rowsOf<{ rows: string | number; unsealed: string | number; max: unknown }>(
    await db.execute(sql`
      select count(*) as rows, count(*) filter (where seq is null) as unsealed, max(seq) as max
      from ${sql.identifier(partitionOf(month))}`),
  )
  return {
    rows: Number(facts?.rows ?? 0),
    unsealed: Number(facts?.unsealed ?? 0),
    maxSeq: facts?.max === null || facts?.max === undefined ? null : Number(facts.max),
  }
}

/** The latest checkpoint written for the month (sealed or not), if any. */
async function checkpointOf(
  db: Db,
  month: string,
): Promise<(CheckpointDetails & { sealed: boolean }) | undefined> {
  const [row] = rowsOf<{ details: CheckpointDetails; seq: unknown }>(
    await db.execute(sql`
      select details, seq from audit_log
      where action = ${checkpointAction} and actor_kind = 'system' and details->>'month' = ${month}
      order by id desc limit 1`),
  )
  return row ? { ...row.details, sealed: row.seq !== null } : undefined
}

const matches = (c: CheckpointDetails, facts: MonthFacts) => c.rows === facts.rows

/**
 * Writes the month's checkpoint unless one matching its rows exists. The chain goes on after
 * `seq`: the row before the first row that will remain (every row up to it is in this month or
 * gone already); rows of this month sealed after that (a late commit) are recorded in `skipped`.
 */
async function writeCheckpoint(
  db: Db,
  clock: Clock,
  month: string,
): Promise<'ready' | 'busy' | 'waiting'> {
  return db.transaction(async (tx) => {
    if (!(await tryLock(tx))) return 'busy'
    if (!(await auditMonths(tx)).includes(month)) return 'ready'
    const facts = await monthFacts(tx, month)
    // A row of the month not sealed yet (its transaction still open): next run.
    if (facts.unsealed > 0) return 'waiting'
    const existing = await checkpointOf(tx, month)
    if (existing && matches(existing, facts)) return 'ready'
    if (facts.rows === 0) return 'ready'
    const details = await checkpointDetails(tx, month, facts)
    if (!details) return 'waiting'
    await recordAudit(tx, {
      actor: system,
      action: checkpointAction,
      entity: 'audit_log',
      entityId: month,
      details: { ...details },
      at: clock.now(),
    })
    return 'ready'
  })
}

async function checkpointDetails(
  db: Db,
  month: string,
  facts: MonthFacts,
): Promise<CheckpointDetails | undefined> {
  const partition = sql.identifier(partitionOf(month))
  // The first sealed row that stays: in another partition (earlier months are gone already).
  const [remaining] = rowsOf<{ min: unknown }>(
    await db.execute(sql`
      select min(seq) as min from audit_log
      where seq is not null and tableoid <> ${partitionOf(month)}::regclass`),
  )
  const firstKept =
    remaining?.min === null || remaining?.min === undefined ? null : Number(remaining.min)
  const seq = firstKept === null ? facts.maxSeq! : firstKept - 1
  // The hashes known of the rows gone or going: this month's after `seq - 1`, and earlier skips.
  const known = new Map<number, string>()
  for (const c of await sealedCheckpoints(db)) {
    known.set(c.seq, c.hash)
    for (const s of c.skipped) known.set(s.seq, s.hash)
  }
  const late = rowsOf<{ seq: unknown; hash: string }>(
    await db.execute(sql`select seq, hash from ${partition} where seq >= ${seq} order by seq`),
  )
  for (const r of late) known.set(Number(r.seq), r.hash)
  const hash = known.get(seq)
  // Neither in this month nor in a checkpoint: the rows before were removed by other means.
  if (hash === undefined) return undefined
  const skipped = [...known]
    .filter(([s]) => s > seq)
    .sort(([a], [b]) => a - b)
    .map(([s, h]) => ({ seq: s, hash: h }))
  return { month, rows: facts.rows, seq, hash, skipped }
}

/** Detach and drop, once the month's checkpoint is sealed and still matches its rows. */
async function detachAndDrop(db: Db, clock: Clock, month: string): Promise<Outcome> {
  return db.transaction(async (tx) => {
    if (!(await tryLock(tx))) return 'busy'
    // Dropped meanwhile by another instance: not counted twice.
    if (!(await auditMonths(tx)).includes(month)) return 'busy'
    // No insert lands in the month while it is checked and detached.
    await tx.execute(sql`lock table audit_log in access exclusive mode`)
    const facts = await monthFacts(tx, month)
    if (facts.unsealed > 0) return 'waiting'
    const checkpoint = facts.rows > 0 ? await checkpointOf(tx, month) : undefined
    if (facts.rows > 0 && !(checkpoint?.sealed && matches(checkpoint, facts))) return 'waiting'
    const partition = sql.identifier(partitionOf(month))
    await tx.execute(sql`alter table audit_log detach partition ${partition}`)
    await tx.execute(sql`drop table ${partition}`)
    await recordAudit(tx, {
      actor: system,
      action: 'audit.month_dropped',
      entity: 'audit_log',
      entityId: month,
      details: {
        month,
        rows: facts.rows,
        checkpointSeq: checkpoint?.seq ?? null,
        checkpointHash: checkpoint?.hash ?? null,
      },
      at: clock.now(),
    })
    return 'dropped'
  })
}

async function tryLock(db: Db): Promise<boolean> {
  const [lock] = rowsOf<{ locked: boolean }>(
    await db.execute(sql`select pg_try_advisory_xact_lock(${retentionLockKey}) as locked`),
  )
  return lock?.locked === true
}

/** The retention job: partitions made ahead, then the expired months dropped. */
export async function auditRetention(db: Db, clock: Clock): Promise<number> {
  const created = await ensureAuditPartitions(db, clock)
  return created + (await dropExpiredAuditMonths(db, clock))
}
