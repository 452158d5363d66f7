import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { auditLog, recordAudit, recordAudits, sealAuditChain, verifyAuditChain } from './index.js'
import { auditBatchSize } from './audit.service.js'

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

const citizen = {
  kind: 'citizen',
  citizenId: '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a01',
  sessionId: 's',
} as const

/** Runs SQL with the append-only triggers off, as a superuser could. */
async function asSuperuser(statement: string) {
  await database.exec(`
    alter table audit_log disable trigger user;
    ${statement};
    alter table audit_log enable trigger user;
  `)
}

describe('the audit trail (R7.2)', () => {
  it('issue 12: concurrent audited writes commit unsealed, without the chain lock; the sealer chains them gapless', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) =>
          recordAudit(tx, {
            actor: citizen,
            action: 'booking.read',
            entity: 'booking',
            entityId: `b-${i}`,
            ip: '203.0.113.7',
            details: { zeta: 1, alpha: { b: 2, a: [1, 'x'] } },
          }),
        ),
      ),
    )
    const written = await database.db.select().from(auditLog)
    expect(written.map((r) => [r.seq, r.prevHash, r.hash])).toEqual(
      written.map(() => [null, null, null]),
    )
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 0, unsealed: 20 })

    expect(await sealAuditChain(database.db)).toBe(20)
    const rows = await database.db.select().from(auditLog).orderBy(auditLog.seq)
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1))
    // Insert order within a round.
    expect(rows.map((r) => r.id)).toEqual(rows.map((r) => r.id).sort((a, b) => a - b))
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash)
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      rows: rows.length,
      unsealed: 0,
      oldestUnsealedAgeSeconds: 0,
    })
    expect(await sealAuditChain(database.db)).toBe(0)
  })

  it('issue 12: several sealers at once while writers write: one sequence, no gap, no duplicate', async () => {
    const writes = Array.from({ length: 30 }, (_, i) =>
      recordAudit(database.db, {
        actor: citizen,
        action: 'booking.read',
        entity: 'booking',
        entityId: `c-${i}`,
      }),
    )
    const sealers = Array.from({ length: 4 }, () => sealAuditChain(database.db, 7))
    await Promise.all([...writes, ...sealers])
    await sealAuditChain(database.db)
    const rows = await database.db.select().from(auditLog).orderBy(auditLog.seq)
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1))
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, rows: 50, unsealed: 0 })
  })

  it('issue 12: the rows of a rolled-back transaction never appear, sealed or not', async () => {
    const before = await verifyAuditChain(database.db)
    await database.db
      .transaction(async (tx) => {
        await recordAudit(tx, { actor: citizen, action: 'rolled.back', entity: 'y' })
        throw new Error('the change failed')
      })
      .catch(() => undefined)
    expect(await sealAuditChain(database.db)).toBe(0)
    expect(await verifyAuditChain(database.db)).toEqual(before)
    const ghosts = await database.db
      .select()
      .from(auditLog)
      .where(sql`action = 'rolled.back'`)
    expect(ghosts).toEqual([])
  })

  it('R7.2 pnpm audit:verify names the first row changed by hand', async () => {
    const [original] = await database.db
      .select()
      .from(auditLog)
      .where(sql`seq = 7`)
    await asSuperuser(`update audit_log set entity_id = 'someone-else' where seq = 7`)
    const result = await verifyAuditChain(database.db, 5)
    expect(result).toMatchObject({ ok: false, badSeq: 7, rows: 6 })
    expect(!result.ok && result.reason).toMatch(/changed/)
    await asSuperuser(`update audit_log set entity_id = '${original!.entityId}' where seq = 7`)
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true })
  })

  it('R7.2 detects a deleted row, and a row whose hash was recomputed', async () => {
    const db = await createTestDatabase()
    try {
      for (let i = 0; i < 5; i++) {
        await recordAudit(db.db, { actor: citizen, action: 'booking.read', entity: 'booking' })
      }
      await sealAuditChain(db.db)
      await db.exec(
        `alter table audit_log disable trigger user; delete from audit_log where seq = 3;`,
      )
      expect(await verifyAuditChain(db.db)).toMatchObject({ ok: false, badSeq: 3 })
      // Rewriting row 3 with a fresh hash of its own still breaks the link from row 4.
      await db.exec(`
        insert into audit_log (seq, at, actor_kind, action, entity, prev_hash, hash)
          select 3, now(), 'system', 'forged', 'x', hash, 'f' from audit_log where seq = 2;`)
      const result = await verifyAuditChain(db.db)
      expect(result).toMatchObject({ ok: false, badSeq: 3 })
    } finally {
      await db.close()
    }
  })
})

describe('many entries at once (issue 13: bulk imports)', () => {
  it('issue 13: recordAudits writes every entry unsealed in the order given, over several statements; the sealer chains them like single ones', async () => {
    const db = await createTestDatabase()
    try {
      const count = auditBatchSize * 2 + 3
      await recordAudit(db.db, { actor: citizen, action: 'single', entity: 'x', entityId: 'a' })
      const written = await db.db.transaction((tx) =>
        recordAudits(
          tx,
          Array.from({ length: count }, (_, i) => ({
            actor: { kind: 'system', job: 'bulk' } as const,
            action: 'employee.add',
            entity: 'employee',
            entityId: `e-${i}`,
            details: { after: { n: i } },
          })),
        ),
      )
      expect(written).toBe(count)
      await recordAudit(db.db, { actor: citizen, action: 'single', entity: 'x', entityId: 'z' })
      expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true, unsealed: count + 2 })
      expect(await sealAuditChain(db.db)).toBe(count + 2)
      const rows = await db.db.select().from(auditLog).orderBy(auditLog.seq)
      expect(rows.map((r) => r.entityId)).toEqual([
        'a',
        ...Array.from({ length: count }, (_, i) => `e-${i}`),
        'z',
      ])
      expect(rows[1]).toMatchObject({ actorKind: 'system', details: { job: 'bulk' } })
      expect(await verifyAuditChain(db.db)).toMatchObject({ ok: true, rows: count + 2 })
    } finally {
      await db.close()
    }
  })

  it('issue 13: entries written in bulk roll back with their transaction, every one', async () => {
    const db = await createTestDatabase()
    try {
      await db.db
        .transaction(async (tx) => {
          await recordAudits(
            tx,
            Array.from({ length: auditBatchSize + 1 }, () => ({
              actor: citizen,
              action: 'rolled.back',
              entity: 'y',
            })),
          )
          throw new Error('the import failed')
        })
        .catch(() => undefined)
      expect(await db.db.select().from(auditLog)).toEqual([])
      expect(await recordAudits(db.db, [])).toBe(0)
    } finally {
      await db.close()
    }
  })
})

describe('auditLog for administrators', () => {
  it('R3.5 filters and pages the trail, newest first', async () => {
    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const query = `query ($filter: AuditLogFilter, $after: String) {
      auditLog(filter: $filter, first: 8, after: $after) {
        entries { seq action entity entityId actorKind hash }
        pageInfo { hasNextPage endCursor }
      } }`
    type Page = {
      auditLog: {
        entries: { seq: string; action: string; entityId: string }[]
        pageInfo: { hasNextPage: boolean; endCursor: string }
      }
    }
    const first = await server.graphql<Page>(
      query,
      { filter: { action: 'booking.read' } },
      login.headers,
    )
    expect(first.errors).toBeUndefined()
    expect(first.data!.auditLog.entries).toHaveLength(8)
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true)
    const seqs = first.data!.auditLog.entries.map((e) => Number(e.seq))
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
    const next = await server.graphql<Page>(
      query,
      { filter: { action: 'booking.read' }, after: first.data!.auditLog.pageInfo.endCursor },
      login.headers,
    )
    expect(Number(next.data!.auditLog.entries[0]!.seq)).toBeLessThan(seqs.at(-1)!)
    const logins = await server.graphql<Page>(
      query,
      { filter: { action: 'login', entity: 'session' } },
      login.headers,
    )
    expect(logins.data!.auditLog.entries.length).toBeGreaterThanOrEqual(1)
    const bad = await server.graphql(query, { after: 'not-a-cursor' }, login.headers)
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
  })

  it('issue 12: an entry written a moment ago is listed at once, unsealed, newest first in insert order', async () => {
    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    await sealAuditChain(database.db)
    for (const entityId of ['fresh-1', 'fresh-2', 'fresh-3']) {
      await recordAudit(database.db, {
        actor: citizen,
        action: 'fresh.write',
        entity: 'x',
        entityId,
      })
    }
    type Page = {
      auditLog: { entries: { seq: string | null; hash: string | null; entityId: string }[] }
    }
    const query = `query ($filter: AuditLogFilter) {
      auditLog(filter: $filter, first: 10) { entries { seq hash entityId } } }`
    const unsealed = await server.graphql<Page>(
      query,
      { filter: { action: 'fresh.write' } },
      login.headers,
    )
    expect(unsealed.errors).toBeUndefined()
    expect(unsealed.data!.auditLog.entries).toEqual([
      { seq: null, hash: null, entityId: 'fresh-3' },
      { seq: null, hash: null, entityId: 'fresh-2' },
      { seq: null, hash: null, entityId: 'fresh-1' },
    ])
    const readyz = (await (await fetch(`${server.url}/readyz`)).json()) as {
      audit: { unsealed: number; oldestUnsealedAgeSeconds: number }
    }
    expect(readyz.audit.unsealed).toBeGreaterThanOrEqual(3)
    expect(readyz.audit.oldestUnsealedAgeSeconds).toBeGreaterThanOrEqual(0)

    await sealAuditChain(database.db)
    const sealed = await server.graphql<Page>(
      query,
      { filter: { action: 'fresh.write' } },
      login.headers,
    )
    const seqs = sealed.data!.auditLog.entries.map((e) => Number(e.seq))
    expect(sealed.data!.auditLog.entries.map((e) => e.entityId)).toEqual([
      'fresh-3',
      'fresh-2',
      'fresh-1',
    ])
    expect(seqs).toEqual([seqs[2]! + 2, seqs[2]! + 1, seqs[2]!])
    // Issue 17: reading the trail is itself audited; that entry is sealed like any other.
    await sealAuditChain(database.db)
    const after = (await (await fetch(`${server.url}/readyz`)).json()) as typeof readyz
    expect(after.audit).toEqual({ unsealed: 0, oldestUnsealedAgeSeconds: 0 })
  })

  it('issue 11 (fuzz): an actorId that is no UUID finds nothing instead of an internal error', async () => {
    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const res = await server.graphql<{ auditLog: { entries: unknown[] } }>(
      `query ($filter: AuditLogFilter) { auditLog(filter: $filter) { entries { seq } } }`,
      { filter: { actorId: 'b~' } },
      login.headers,
    )
    expect(res.errors).toBeUndefined()
    expect(res.data!.auditLog.entries).toEqual([])
  })

  it('refuses the trail to anyone but administrators', async () => {
    const asCitizen = await loginAs(server, 'citizen')
    const res = await server.graphql('{ auditLog { entries { seq } } }', {}, asCitizen.headers)
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(res.data).toBeNull()
    const anonymous = await server.graphql('{ auditLog { entries { seq } } }')
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })
})
