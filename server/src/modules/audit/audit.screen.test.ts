import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { auditChainStatus } from './audit.chain.js'
import { auditLog, recordAudit, recordAudits, sealAuditChain, verifyAuditChain } from './index.js'

// Issue 17 item 4: the audit trail screen's API — the role and KEP filters (set at write time,
// migration 0025), the audited reads, the chain's verification status with tampering.

let database: Database
let server: TestServer
beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const kepA = randomUUID()
const kepB = randomUUID()
const staffOfA = {
  kind: 'employee',
  employeeId: randomUUID(),
  kepId: kepA,
  role: 'staff',
  sessionId: 's',
} as const
const operator = {
  kind: 'administrator',
  administratorId: randomUUID(),
  role: 'operator',
  sessionId: 's',
} as const

/** Runs SQL with the append-only triggers off, as a superuser could. */
async function asSuperuser(db: Database, statement: string) {
  await db.exec(`
    alter table audit_log disable trigger user;
    ${statement};
    alter table audit_log enable trigger user;
  `)
}

type Page = {
  auditLog: {
    entries: {
      action: string
      entityId: string | null
      actorRole: string | null
      kepId: string | null
      prevHash: string | null
    }[]
  }
}
const listQuery = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 50) { entries { action entityId actorRole kepId prevHash } } }`

describe('the trail screen’s filters (issue 17 item 4, R7.2)', () => {
  it('R7.2 writes the actor’s role and the KEP an entry concerns, and filters by them', async () => {
    await recordAudit(database.db, {
      actor: staffOfA,
      action: 'screen.booking.read',
      entity: 'booking',
      entityId: 'b-1',
    })
    await recordAudit(database.db, {
      actor: operator,
      action: 'screen.kep.change',
      entity: 'kep',
      entityId: kepB,
    })
    await recordAudits(database.db, [
      {
        actor: operator,
        action: 'screen.employee.add',
        entity: 'employee',
        entityId: 'e-1',
        details: { kepId: kepA },
      },
    ])
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorKind, 'administrator')))
    const byAction = new Map(rows.map((r) => [r.action, r]))
    expect(byAction.get('screen.kep.change')).toMatchObject({ actorRole: 'operator', kepId: kepB })
    expect(byAction.get('screen.employee.add')).toMatchObject({
      actorRole: 'operator',
      kepId: kepA,
    })

    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const list = async (filter: Record<string, unknown>) => {
      const res = await server.graphql<Page>(listQuery, { filter }, login.headers)
      expect(res.errors).toBeUndefined()
      return res.data!.auditLog.entries.filter((e) => e.action.startsWith('screen.'))
    }
    expect((await list({ kepId: kepA })).map((e) => e.action).sort()).toEqual([
      'screen.booking.read',
      'screen.employee.add',
    ])
    expect((await list({ kepId: kepB })).map((e) => e.action)).toEqual(['screen.kep.change'])
    expect((await list({ actorRole: 'staff' })).map((e) => e.action)).toEqual([
      'screen.booking.read',
    ])
    expect((await list({ actorRole: 'operator', kepId: kepA })).map((e) => e.action)).toEqual([
      'screen.employee.add',
    ])
    expect(
      await list({
        action: 'screen.kep.change',
        from: '2000-01-01T00:00:00Z',
        to: '2000-06-01T00:00:00Z',
      }),
    ).toEqual([])
  })

  it('R7.2 every page read of the trail is audited with its filter, and a page never lists its own read', async () => {
    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const res = await server.graphql<Page>(
      listQuery,
      { filter: { action: 'audit_log.read', actorId: admin.id } },
      login.headers,
    )
    expect(res.errors).toBeUndefined()
    expect(res.data!.auditLog.entries).toEqual([])
    const reads = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'audit_log.read'), eq(auditLog.actorId, admin.id)))
    expect(reads).toHaveLength(1)
    expect(reads[0]).toMatchObject({
      actorKind: 'administrator',
      actorRole: 'administrator',
      entity: 'audit_log',
      details: {
        filter: { action: 'audit_log.read', actorId: admin.id },
        first: 50,
        page: 'first',
        entries: 0,
      },
    })
  })

  it('issue 17: a bad filter is a typed error field by field, and reading it writes nothing', async () => {
    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const res = await server.graphql(
      listQuery,
      {
        filter: {
          actorRole: 'king',
          kepId: 'not-a-uuid',
          from: '2020-01-01T00:00:00Z',
          to: '2026-01-01T00:00:00Z',
          action: 'x'.repeat(10_000),
        },
      },
      login.headers,
    )
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
    const fields = (
      res.errors![0]!.extensions as { fields: { field: string; reason: string }[] }
    ).fields.map((f) => `${f.field}:${f.reason}`)
    expect(fields.sort()).toEqual([
      'action:too_long',
      'actorRole:unknown_role',
      'kepId:invalid_format',
      'to:range_too_long',
    ])
    const reads = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'audit_log.read'), eq(auditLog.actorId, admin.id)))
    expect(reads).toEqual([])
  })
})

describe('the chain’s verification status (issue 17 item 4, R7.2)', () => {
  it('R7.2 reports the chain good, then the first bad row after a tampering, on the screen’s query', async () => {
    const db = await createTestDatabase()
    const own = await startTestServer(db)
    try {
      const admin = await anAdministrator(db.db)
      const login = await loginAs(own, { gsisUserId: admin.gsisUserId, role: 'admin' })
      for (let i = 0; i < 6; i++) {
        await recordAudit(db.db, {
          actor: operator,
          action: 'chain.x',
          entity: 'kep',
          entityId: kepA,
        })
      }
      await sealAuditChain(db.db)
      const query = `query ($full: Boolean) { auditChainStatus(full: $full) {
        ok verifiedRows fromSeq badSeq reason unsealed } }`
      type Status = {
        auditChainStatus: {
          ok: boolean
          verifiedRows: number
          fromSeq: number
          badSeq: number | null
          reason: string | null
        }
      }
      const good = await own.graphql<Status>(query, {}, login.headers)
      expect(good.errors).toBeUndefined()
      expect(good.data!.auditChainStatus).toMatchObject({ ok: true, badSeq: null, fromSeq: 0 })
      const verified = good.data!.auditChainStatus.verifiedRows
      expect(verified).toBeGreaterThanOrEqual(6)

      // A row sealed after the checkpoint, changed: the incremental check finds it.
      for (let i = 0; i < 3; i++) {
        await recordAudit(db.db, {
          actor: operator,
          action: 'chain.y',
          entity: 'kep',
          entityId: kepB,
        })
      }
      await sealAuditChain(db.db)
      const [late] = await db.db
        .select({ seq: auditLog.seq })
        .from(auditLog)
        .where(eq(auditLog.action, 'chain.y'))
        .orderBy(auditLog.seq)
      await asSuperuser(db, `update audit_log set kep_id = '${kepA}' where seq = ${late!.seq}`)
      const bad = await own.graphql<Status>(query, {}, login.headers)
      expect(bad.data!.auditChainStatus).toMatchObject({
        ok: false,
        badSeq: late!.seq,
        fromSeq: verified,
      })
      expect(bad.data!.auditChainStatus.reason).toMatch(/changed/)
      // Reported again on every later check: the checkpoint never passes a bad row.
      const again = await own.graphql<Status>(query, {}, login.headers)
      expect(again.data!.auditChainStatus).toMatchObject({ ok: false, badSeq: late!.seq })
      expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, badSeq: late!.seq })

      // The checks themselves are audited.
      const checks = await db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'audit_chain.verify'), eq(auditLog.actorId, admin.id)))
      expect(checks.map((c) => c.details?.['ok'])).toEqual([true, false, false])
    } finally {
      await own.stop()
      await db.close()
    }
  })

  it('R7.2 a row changed before the checkpoint is found by the full walk (what pnpm audit:verify does)', async () => {
    const db = await createTestDatabase()
    try {
      for (let i = 0; i < 5; i++) {
        await recordAudit(db.db, { actor: staffOfA, action: 'early', entity: 'booking' })
      }
      await sealAuditChain(db.db)
      expect((await auditChainStatus(db.db)).check).toMatchObject({ ok: true, rows: 5 })
      await asSuperuser(db, `update audit_log set actor_role = 'manager' where seq = 2`)
      // The incremental check starts after row 5: it has nothing new to read.
      expect(await auditChainStatus(db.db)).toMatchObject({ fromSeq: 5, check: { ok: true } })
      expect(await auditChainStatus(db.db, true)).toMatchObject({
        fromSeq: 0,
        check: { ok: false, badSeq: 2 },
      })
      // The checkpoint's own row changed: the check starts again from the first row.
      await asSuperuser(db, `update audit_log set actor_role = 'staff' where seq = 2`)
      expect((await auditChainStatus(db.db, true)).check).toMatchObject({ ok: true, rows: 5 })
      await asSuperuser(db, `update audit_log set action = 'forged' where seq = 5`)
      expect(await auditChainStatus(db.db)).toMatchObject({
        fromSeq: 0,
        check: { ok: false, badSeq: 5 },
      })
    } finally {
      await db.close()
    }
  })

  it('R7.2 the seal trigger refuses a change to the role or the KEP of an unsealed row', async () => {
    const db = await createTestDatabase()
    try {
      const row = await recordAudit(db.db, { actor: staffOfA, action: 'x', entity: 'booking' })
      await expect(
        db.exec(`update audit_log set kep_id = '${kepB}' where id = ${row.id}`),
      ).rejects.toThrow(/sealing sets seq, prev_hash and hash|only the sealer/)
    } finally {
      await db.close()
    }
  })
})
