import { sql } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import { rowsOf, type Database, type Db } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer } from '../../test/server.js'
import { auditChainStatus } from './audit.chain.js'
import { auditRetention, dropExpiredAuditMonths, ensureAuditPartitions } from './audit.retention.js'
import { auditLog, recordAudit, sealAuditChain, verifyAuditChain } from './index.js'

// Issue 19 item 1 (R7.2): the audit trail by month — partitions made ahead, months past
// `retention.auditYears` dropped only after a checkpoint sealed into the chain, and the chain
// still verified (and tampering still found) from that checkpoint. On PGlite, and on
// PostgreSQL in its run (DATABASE_URL).

let database: Database
beforeEach(async () => {
  database = await createTestDatabase()
  // The template's months (made by the migration, around today, empty) would be dropped too
  // by the moved clocks below: set aside, so each test counts only the months it writes.
  await database.exec(`
    do $$ declare p text; begin
      for p in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = 'audit_log'::regclass and c.relname ~ '^audit_log_[0-9]{4}_[0-9]{2}$'
      loop
        execute format('alter table audit_log detach partition %I', p);
        execute format('drop table %I', p);
      end loop;
    end $$;`)
})
afterEach(async () => {
  await database?.close()
})

const employee = {
  kind: 'employee',
  employeeId: '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a02',
  kepId: '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a03',
  role: 'staff',
  sessionId: 's',
} as const

async function write(db: Db, at: string, entityId: string) {
  return recordAudit(db, {
    actor: employee,
    action: 'booking.read',
    entity: 'booking',
    entityId,
    at: new Date(at),
  })
}

/** Each row's partition, by entity id. */
async function partitionsOf(db: Db): Promise<Record<string, string>> {
  const rows = rowsOf<{ entity_id: string; part: string }>(
    await db.execute(
      sql`select entity_id, tableoid::regclass::text as part from audit_log where entity = 'booking'`,
    ),
  )
  return Object.fromEntries(rows.map((r) => [r.entity_id, r.part]))
}

async function monthExists(db: Db, month: string): Promise<boolean> {
  const [row] = rowsOf<{ found: boolean }>(
    await db.execute(sql`select to_regclass(${`audit_log_${month}`}) is not null as found`),
  )
  return row!.found
}

async function entries(db: Db, action: string) {
  return db
    .select()
    .from(auditLog)
    .where(sql`action = ${action}`)
    .orderBy(auditLog.id)
}

/** Rows of 2031-01, -02 and -03, sealed; the partitions made by the job on 2031-01-10. */
async function threeMonths(db: Db) {
  await ensureAuditPartitions(db, fixedClock('2031-01-10T09:00:00Z'))
  for (const [i, at] of [
    '2031-01-05T10:00:00Z',
    '2031-01-20T10:00:00Z',
    '2031-01-31T23:59:59.999Z',
    '2031-02-01T00:00:00Z',
    '2031-02-14T10:00:00Z',
    '2031-03-03T10:00:00Z',
  ].entries()) {
    await write(db, at, `b-${i + 1}`)
  }
  await sealAuditChain(db)
}

/** Runs SQL with the append-only triggers off, as the database owner could. */
async function asOwner(db: Database, statement: string) {
  await db.exec(`
    alter table audit_log disable trigger user;
    ${statement};
    alter table audit_log enable trigger user;
  `)
}

describe('issue 19 item 1: the audit trail by month', () => {
  it('R7.2 / issue 19 item 1: partitions are made months ahead; an insert at a month boundary lands in its month and seals into one chain; one with no partition still succeeds', async () => {
    expect(await ensureAuditPartitions(database.db, fixedClock('2031-01-10T09:00:00Z'))).toBe(4)
    for (const month of ['2031_01', '2031_02', '2031_03', '2031_04']) {
      expect(await monthExists(database.db, month)).toBe(true)
    }
    // A second run makes nothing.
    expect(await ensureAuditPartitions(database.db, fixedClock('2031-01-10T09:00:00Z'))).toBe(0)

    await write(database.db, '2031-01-31T23:59:59.999Z', 'last-of-january')
    await write(database.db, '2031-02-01T00:00:00.000Z', 'first-of-february')
    await write(database.db, '2044-07-01T00:00:00.000Z', 'far-off')
    expect(await partitionsOf(database.db)).toEqual({
      'last-of-january': 'audit_log_2031_01',
      'first-of-february': 'audit_log_2031_02',
      'far-off': 'audit_log_default',
    })
    expect(await sealAuditChain(database.db)).toBe(3)
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      rows: 3,
      checkpoint: null,
    })
  })

  it('R7.2 / issue 19 item 1: the seal trigger refuses a seq already sealed (the unique index a partitioned table cannot have)', async () => {
    await write(database.db, '2031-01-05T10:00:00Z', 'one')
    await sealAuditChain(database.db)
    const second = await write(database.db, '2031-01-05T11:00:00Z', 'two')
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(72010002)`)
        await tx.execute(
          sql`update audit_log set seq = 1, prev_hash = 'p', hash = 'h' where id = ${second.id}`,
        )
      }),
    ).rejects.toMatchObject({ cause: { code: '23505' } })
  })

  it('R7.2 / issue 19 item 1: a month past the retention is dropped after its checkpoint; the rest verifies from it, and tampering is still found', async () => {
    await threeMonths(database.db)
    const before = await database.db.select().from(auditLog).orderBy(auditLog.seq)
    const lastOfJanuary = before.find((r) => r.entityId === 'b-3')!
    // 2036-02-15: January 2031 ended more than 5 years ago, February 2031 did not.
    const clock = fixedClock('2036-02-15T12:00:00Z')
    expect(await dropExpiredAuditMonths(database.db, clock)).toBe(1)

    expect(await monthExists(database.db, '2031_01')).toBe(false)
    expect(await monthExists(database.db, '2031_02')).toBe(true)
    const [checkpoint] = await entries(database.db, 'audit.checkpoint')
    expect(checkpoint).toMatchObject({
      actorKind: 'system',
      entityId: '2031-01',
      details: { month: '2031-01', rows: 3, seq: 3, hash: lastOfJanuary.hash, skipped: [] },
    })
    const [drop] = await entries(database.db, 'audit.month_dropped')
    expect(drop!.details).toMatchObject({
      month: '2031-01',
      rows: 3,
      checkpointSeq: 3,
      checkpointHash: lastOfJanuary.hash,
    })
    // The checkpoint was sealed into the chain before the drop was written.
    expect(checkpoint!.seq).toBeGreaterThan(0)
    expect(checkpoint!.id).toBeLessThan(drop!.id)

    // Nothing else touched: every other row is there, unchanged.
    const after = await database.db.select().from(auditLog).orderBy(auditLog.seq)
    expect(after.filter((r) => r.entity === 'booking')).toEqual(before.slice(3))

    await sealAuditChain(database.db)
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      rows: 8,
      checkpoint: { month: '2031-01', seq: 3 },
    })
    const status = await auditChainStatus(database.db, true)
    expect(status).toMatchObject({
      fromSeq: 3,
      check: { ok: true, checkpoint: { month: '2031-01' } },
    })

    await asOwner(database, `update audit_log set entity_id = 'forged' where seq = 5`)
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, badSeq: 5 })
    expect(await auditChainStatus(database.db, true)).toMatchObject({
      check: { ok: false, badSeq: 5 },
    })
    // And a deleted remaining row is a gap, not taken for a dropped one.
    await asOwner(
      database,
      `update audit_log set entity_id = 'b-5' where seq = 5; delete from audit_log where seq = 4`,
    )
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, badSeq: 4 })
  })

  it('R7.2 / issue 19 item 1: a second run is a no-op; the retention setting decides', async () => {
    await threeMonths(database.db)
    const clock = fixedClock('2036-02-15T12:00:00Z')
    expect(await auditRetention(database.db, clock)).toBe(4 + 1)
    await sealAuditChain(database.db)
    const count = (await database.db.select().from(auditLog)).length
    expect(await auditRetention(database.db, clock)).toBe(0)
    expect((await database.db.select().from(auditLog)).length).toBe(count)

    // Kept 4 years instead: February, March and the empty April 2031 go too.
    await database.db.execute(
      sql`insert into settings (key, value) values ('retention.auditYears', '4'::jsonb)
          on conflict (key) do update set value = excluded.value`,
    )
    expect(await dropExpiredAuditMonths(database.db, clock)).toBe(3)
    // An empty month needs no checkpoint: one for each of January, February and March.
    expect(await entries(database.db, 'audit.checkpoint')).toHaveLength(3)
    await sealAuditChain(database.db)
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      checkpoint: { month: '2031-03' },
    })
  })

  it('R7.2 / issue 19 item 1: two instances at once drop a month once, with one checkpoint', async () => {
    await threeMonths(database.db)
    const clock = fixedClock('2036-02-15T12:00:00Z')
    const results = await Promise.all([
      dropExpiredAuditMonths(database.db, clock),
      dropExpiredAuditMonths(database.db, clock),
    ])
    expect(results[0]! + results[1]!).toBe(1)
    expect(await entries(database.db, 'audit.checkpoint')).toHaveLength(1)
    expect(await entries(database.db, 'audit.month_dropped')).toHaveLength(1)
    await sealAuditChain(database.db)
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true })
  })

  it('R7.2 / issue 19 item 1: a row of the dropped month sealed after a later month’s row is recorded in the checkpoint, and the chain still verifies', async () => {
    await ensureAuditPartitions(database.db, fixedClock('2031-01-10T09:00:00Z'))
    await write(database.db, '2031-01-31T23:00:00Z', 'january')
    await write(database.db, '2031-02-01T00:00:01Z', 'february')
    // Written (committed) after February's first row: sealed after it.
    await write(database.db, '2031-01-31T23:59:59Z', 'late-january')
    await write(database.db, '2031-02-02T00:00:00Z', 'february-2')
    await sealAuditChain(database.db)
    const late = (await database.db.select().from(auditLog)).find(
      (r) => r.entityId === 'late-january',
    )!
    expect(late.seq).toBe(3)

    expect(await dropExpiredAuditMonths(database.db, fixedClock('2036-02-15T12:00:00Z'))).toBe(1)
    const [checkpoint] = await entries(database.db, 'audit.checkpoint')
    expect(checkpoint!.details).toMatchObject({
      seq: 1,
      skipped: [{ seq: 3, hash: late.hash }],
    })
    await sealAuditChain(database.db)
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      checkpoint: { month: '2031-01', seq: 1 },
    })
    await asOwner(database, `update audit_log set entity_id = 'forged' where seq = 4`)
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, badSeq: 4 })
  })

  it('R7.2 / issue 19 item 1: the audit screen’s query names the checkpoint the chain is verified from', async () => {
    await threeMonths(database.db)
    expect(await dropExpiredAuditMonths(database.db, fixedClock('2036-02-15T12:00:00Z'))).toBe(1)
    const server = await startTestServer(database)
    try {
      const admin = await anAdministrator(database.db)
      const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
      await sealAuditChain(database.db)
      const answer = await server.graphql<{
        auditChainStatus: { ok: boolean; fromSeq: number; checkpointMonth: string | null }
      }>(`query { auditChainStatus(full: true) { ok fromSeq checkpointMonth } }`, {}, login.headers)
      expect(answer.errors).toBeUndefined()
      expect(answer.data!.auditChainStatus).toEqual({
        ok: true,
        fromSeq: 3,
        checkpointMonth: '2031-01',
      })
    } finally {
      await server.stop()
    }
  })
})
