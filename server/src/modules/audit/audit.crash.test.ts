import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, rowsOf, type Database } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import {
  canRunThrowawayPostgres,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from '../../test/throwaway-postgres.js'
import { auditLog, recordAudit, sealAuditChain, unsealedTail, verifyAuditChain } from './index.js'

// Issue 12, "audit sealing under a kill -9": writers append audit rows unsealed while two
// sealers (two instances' jobs) chain them; the database is killed -9 mid-way and restarted.
// On a PostgreSQL cluster of this file's own (the machine's shared server is never killed);
// only with DATABASE_URL, the PostgreSQL run: the embedded PGlite has no server to lose.

const enabled = Boolean(process.env.DATABASE_URL) && (await canRunThrowawayPostgres())

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const system = { kind: 'system', job: 'audit-crash-test' } as const

describe.skipIf(!enabled)('issue 12: audit sealing under a kill -9 of the database', () => {
  let cluster: ThrowawayPostgres
  let database: Database

  beforeAll(async () => {
    cluster = await startThrowawayPostgres()
    database = await openDatabase({ url: cluster.url, maxConnections: 12 })
    await runMigrations(database)
  }, 120_000)
  afterAll(async () => {
    await database?.close()
    await cluster?.destroy()
  })

  /** How many rows are sealed; undefined while the database is down. */
  const sealedCount = async () => {
    try {
      const [row] = rowsOf<{ n: number }>(
        await database.db.execute(sql`select count(seq)::int as n from audit_log`),
      )
      return Number(row?.n ?? 0)
    } catch {
      return undefined
    }
  }

  it('issue 12: killed -9 during writes and sealing, then restarted: no gap, no duplicate sequence, every acknowledged entry sealed once, verify passes', async () => {
    const acknowledged = new Set<string>()
    let stop = false
    let sealerErrors = 0
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const entityId = `w${w}-${i}`
        try {
          await database.db.transaction(async (tx) => {
            await recordAudit(tx, { actor: system, action: 'crash.write', entity: 'x', entityId })
            // A second statement in the transaction, as a booking has: a crash can fall between.
            await tx.execute(sql`select pg_current_xact_id()`)
          })
          acknowledged.add(entityId)
        } catch {
          await pause(50)
        }
      }
    }
    const sealer = async () => {
      while (!stop) {
        try {
          await sealAuditChain(database.db, 25)
        } catch {
          sealerErrors += 1
          await pause(50)
        }
        await pause(5)
      }
    }
    const workers = [...Array.from({ length: 8 }, (_, w) => writer(w)), sealer(), sealer()]

    // Sealing well under way, then the crash.
    while (((await sealedCount()) ?? 0) < 300) await pause(50)
    await cluster.killPostmaster()
    await pause(500)
    await cluster.start()
    // Writers and sealers resume on their own; more rows written and sealed after the restart.
    const ackedAtRestart = acknowledged.size
    while (acknowledged.size < ackedAtRestart + 300) await pause(50)
    const sealedAfter = (await sealedCount()) ?? 0
    while (((await sealedCount()) ?? 0) < sealedAfter + 100) await pause(50)
    stop = true
    await Promise.all(workers)
    while ((await sealAuditChain(database.db)) > 0);

    expect(sealerErrors).toBeGreaterThan(0) // the crash did reach the sealers
    expect(await unsealedTail(database.db)).toEqual({ unsealed: 0, oldestUnsealedAgeSeconds: 0 })
    const rows = await database.db
      .select({ seq: auditLog.seq, entityId: auditLog.entityId })
      .from(auditLog)
      .orderBy(auditLog.seq)
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1))
    const entityIds = rows.map((r) => r.entityId!)
    expect(new Set(entityIds).size).toBe(rows.length)
    const missing = [...acknowledged].filter((id) => !entityIds.includes(id))
    expect(missing).toEqual([])
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: true,
      rows: rows.length,
      lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      unsealed: 0,
      oldestUnsealedAgeSeconds: 0,
      // Issue 19: from the genesis, no month dropped.
      checkpoint: null,
    })
  }, 240_000)
})
