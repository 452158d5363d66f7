import type { Db } from '../../platform/db/client.js'
import { eq } from 'drizzle-orm'
import {
  hashRow,
  verifyAuditChain,
  type ChainCheck,
  type ChainCheckpoint,
} from './audit.service.js'
import { auditLog } from './audit.table.js'

// Issue 17 item 4: the chain's verification status for the audit trail screen — what
// `pnpm audit:verify` says, without reading the whole chain on every visit.
//
// Decision: incremental verification from a checkpoint. The last row this process found good
// (its seq and hash) is remembered per database; the next check walks only the rows sealed
// since, after confirming the checkpoint row itself is unchanged (its hash recomputed). A bad row is never passed: the
// checkpoint stays before it, so every later check reports it again. A change to a row *before*
// the checkpoint is caught by the full walk (`full: true`: from the first row, as
// `pnpm audit:verify` does), which an administrator can start from the screen and which the
// first check of each process does anyway (no checkpoint yet). The checkpoint lives in memory:
// a restart costs one full walk, and no table is needed whose rows could themselves be forged.

export interface ChainStatus {
  check: ChainCheck
  /** The seq the walk started after: 0 from the genesis; a checkpoint's once months are dropped. */
  fromSeq: number
  checkedAt: Date
}

const checkpoints = new WeakMap<Db, ChainCheckpoint>()

/** Whether the checkpoint's row is unchanged: the hash it had, and its fields still hash to it. */
async function checkpointHolds(db: Db, at: ChainCheckpoint): Promise<boolean> {
  const [row] = await db.select().from(auditLog).where(eq(auditLog.seq, at.seq))
  if (!row || row.hash !== at.hash || row.prevHash === null) return false
  return hashRow({ ...row, seq: at.seq, prevHash: row.prevHash }) === at.hash
}

/**
 * Verifies the chain: from the remembered checkpoint, or from the first row when `full` (or no
 * checkpoint, or the checkpoint's row no longer matches). Moves the checkpoint on when good.
 */
export async function auditChainStatus(
  db: Db,
  full = false,
  now = new Date(),
): Promise<ChainStatus> {
  let from = full ? undefined : checkpoints.get(db)
  if (from && !(await checkpointHolds(db, from))) from = undefined
  const check = await verifyAuditChain(db, 1000, from)
  if (check.ok && check.rows > 0) checkpoints.set(db, { seq: check.rows, hash: check.lastHash })
  // Issue 19: a full walk starts at the checkpoint of the last month dropped, if any.
  return { check, fromSeq: from?.seq ?? check.checkpoint?.seq ?? 0, checkedAt: now }
}
