import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import { databaseMigratedUpTo } from '../../test/migrated-up-to.js'
import { genesisHash, hashRow } from './audit.service.js'
import { auditLog, recordAudit, sealAuditChain, verifyAuditChain } from './index.js'

// Issue 12, migration 0009: a trail chained the old way (each writer under the lock) stays
// valid, and the sealer goes on from its last row. On PGlite, and on PostgreSQL in its run.

let database: Database
let dispose = async () => {}

beforeAll(async () => {
  ;({ database, dispose } = await databaseMigratedUpTo('0008_rate_limits'))
}, 120_000)
afterAll(async () => {
  await dispose()
})

describe('issue 12: migration 0009 and the trail written before it', () => {
  it('issue 12: rows chained before the migration stay valid, and new rows are sealed after them', async () => {
    // The trail as issue 11 wrote it: seq, prev_hash and hash set by each writer.
    let prevHash = genesisHash
    for (let seq = 1; seq <= 5; seq++) {
      const row = {
        seq,
        at: new Date(Date.UTC(2026, 10, seq, 9)),
        actorKind: 'system',
        actorId: null,
        action: 'before.0009',
        entity: 'x',
        entityId: `old-${seq}`,
        ipAddress: null,
        details: { n: seq, nested: { b: 1, a: [seq] } },
        prevHash,
      }
      const hash = hashRow(row)
      await database.db.execute(sql`
        insert into audit_log (seq, at, actor_kind, action, entity, entity_id, details, prev_hash, hash)
        values (${seq}, ${row.at.toISOString()}, 'system', 'before.0009', 'x', ${row.entityId},
          ${JSON.stringify(row.details)}::jsonb, ${prevHash}, ${hash})`)
      prevHash = hash
    }

    await runMigrations(database)

    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      rows: 5,
      lastHash: prevHash,
    })
    const old = await database.db.select().from(auditLog).orderBy(auditLog.seq)
    expect(old.map((r) => r.id)).toEqual([1, 2, 3, 4, 5])
    // The old rows are sealed: immutable like every sealed row.
    await expect(
      database.db.execute(sql`update audit_log set entity = 'y' where seq = 2`),
    ).rejects.toMatchObject({ cause: { code: '42501' } })

    const fresh = await recordAudit(database.db, {
      actor: { kind: 'system', job: 'test' },
      action: 'after.0009',
      entity: 'x',
    })
    expect(fresh.id).toBe(6)
    expect(await sealAuditChain(database.db)).toBe(1)
    const [sealed] = await database.db
      .select()
      .from(auditLog)
      .where(sql`id = ${fresh.id}`)
    expect(sealed).toMatchObject({ seq: 6, prevHash })
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 6, unsealed: 0 })
  })
})
