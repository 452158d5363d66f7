import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Database } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import { databaseMigratedUpTo } from '../../test/migrated-up-to.js'
import { auditLog, recordAudit, sealAuditChain, verifyAuditChain } from './index.js'

// Issue 19 item 1, migration 0027: the trail written before (one plain table) moves into the
// monthly partitions whole — every row, its seal unchanged — and the chain goes on. On
// PGlite, and on PostgreSQL in its run.

let database: Database
let dispose = async () => {}

beforeAll(async () => {
  ;({ database, dispose } = await databaseMigratedUpTo('0025_admin_audit_mail'))
}, 120_000)
afterAll(async () => {
  await dispose()
})

const system = { kind: 'system', job: 'test' } as const

describe('issue 19 item 1: migration 0027 and the trail written before it', () => {
  it('R7.2 / issue 19 item 1: every row moves into the partition of its month, sealed as it was; the chain verifies and goes on', async () => {
    const months = [
      '2025-06-15T10:00:00Z',
      '2025-06-30T23:59:59Z',
      '2026-01-01T00:00:00Z',
      '2026-03-10T08:00:00Z',
    ]
    for (const [i, at] of months.entries()) {
      await recordAudit(database.db, {
        actor: system,
        action: 'before.0027',
        entity: 'x',
        entityId: `old-${i}`,
        at: new Date(at),
      })
    }
    // One left unsealed: it is moved unsealed, and sealed after.
    await sealAuditChain(database.db)
    await recordAudit(database.db, {
      actor: system,
      action: 'before.0027',
      entity: 'x',
      entityId: 'unsealed',
      at: new Date('2026-03-11T08:00:00Z'),
    })
    const before = await database.db.select().from(auditLog).orderBy(auditLog.id)

    await runMigrations(database)

    const after = await database.db.select().from(auditLog).orderBy(auditLog.id)
    expect(after).toEqual(before)
    const placed = rowsOf<{ entity_id: string; part: string }>(
      await database.db.execute(
        sql`select entity_id, tableoid::regclass::text as part from audit_log order by id`,
      ),
    )
    expect(placed.map((p) => p.part)).toEqual([
      'audit_log_2025_06',
      'audit_log_2025_06',
      'audit_log_2026_01',
      'audit_log_2026_03',
      'audit_log_2026_03',
    ])
    // Every month from the first up to three ahead of today has its partition.
    const [gaps] = rowsOf<{ missing: number }>(
      await database.db.execute(sql`
        select count(*)::int as missing
        from generate_series(date_trunc('month', timestamp '2025-06-01'),
          date_trunc('month', now() at time zone 'UTC') + interval '3 months', interval '1 month') m
        where to_regclass('audit_log_' || to_char(m, 'YYYY_MM')) is null`),
    )
    expect(gaps!.missing).toBe(0)
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 4, unsealed: 1 })

    const fresh = await recordAudit(database.db, {
      actor: system,
      action: 'after.0027',
      entity: 'x',
    })
    expect(fresh.id).toBe(6)
    expect(await sealAuditChain(database.db)).toBe(2)
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 6, unsealed: 0 })
    // Still append-only, through the parent and through a partition.
    await expect(
      database.db.execute(sql`delete from audit_log where seq = 1`),
    ).rejects.toMatchObject({
      cause: { code: '42501' },
    })
    await expect(database.db.execute(sql`delete from audit_log_2025_06`)).rejects.toMatchObject({
      cause: { code: '42501' },
    })
    await expect(database.db.execute(sql`truncate audit_log_2025_06`)).rejects.toMatchObject({
      cause: { code: '42501' },
    })
    await expect(
      database.db.execute(sql`update audit_log set entity = 'y' where seq = 2`),
    ).rejects.toMatchObject({
      cause: { code: '42501' },
    })
  })
})
