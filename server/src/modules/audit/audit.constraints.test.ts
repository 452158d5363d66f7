import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { auditLog, recordAudit, sealAuditChain } from './index.js'

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database?.close())

const sqlState = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    return (err as { cause?: { code?: string } }).cause?.code
  }
  return 'no error'
}

const citizen = {
  kind: 'citizen',
  citizenId: '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a01',
  sessionId: 's',
} as const

describe('the audit trail table', () => {
  it('R7.2 keeps the audit trail append-only: no delete, no update but the seal', async () => {
    await recordAudit(database.db, { actor: citizen, action: 'test', entity: 'none' })
    expect(await sqlState(database.db.execute(sql`update audit_log set action = 'x'`))).toBe(
      '42501',
    )
    expect(await sqlState(database.db.execute(sql`delete from audit_log`))).toBe('42501')
    expect(await sqlState(database.db.execute(sql`truncate audit_log`))).toBe('42501')
  })

  it("issue 12: a row is inserted unsealed; a seq or hash of the writer's own is refused", async () => {
    const forged = database.db.insert(auditLog).values({
      seq: 1_000,
      at: new Date(),
      actorKind: 'system',
      action: 'forged',
      entity: 'none',
      prevHash: '0',
      hash: '1',
    })
    expect(await sqlState(forged)).toBe('42501')
  })

  it('issue 12: a sealed row cannot be rewritten, not even its seal; an unsealed row only sealed', async () => {
    await recordAudit(database.db, { actor: citizen, action: 'sealed.once', entity: 'none' })
    await sealAuditChain(database.db)
    const [row] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'sealed.once'))
    expect(row!.seq).toBeGreaterThan(0)
    for (const change of [
      sql`update audit_log set entity = 'other' where id = ${row!.id}`,
      sql`update audit_log set hash = ${'f'.repeat(64)} where id = ${row!.id}`,
      sql`update audit_log set seq = null, prev_hash = null, hash = null where id = ${row!.id}`,
      sql`update audit_log set seq = seq + 1000 where id = ${row!.id}`,
    ]) {
      expect(await sqlState(database.db.execute(change))).toBe('42501')
    }
    // An unsealed row: sealing it together with another change, or half-sealing it, is refused.
    const fresh = await recordAudit(database.db, {
      actor: citizen,
      action: 'unsealed',
      entity: 'none',
    })
    expect(
      await sqlState(
        database.db.execute(
          sql`update audit_log set seq = 999, prev_hash = 'p', hash = 'h', action = 'x' where id = ${fresh.id}`,
        ),
      ),
    ).toBe('42501')
    expect(
      await sqlState(
        database.db.execute(sql`update audit_log set seq = 999 where id = ${fresh.id}`),
      ),
    ).toBe('42501')
    // A row cannot be sealed by the transaction that wrote it (before it commits).
    const own = database.db.transaction(async (tx) => {
      const mine = await recordAudit(tx, { actor: citizen, action: 'own', entity: 'none' })
      await tx.execute(
        sql`update audit_log set seq = 999, prev_hash = 'p', hash = 'h' where id = ${mine.id}`,
      )
    })
    expect(await sqlState(own)).toBe('42501')
    expect(await sealAuditChain(database.db)).toBe(1)
  })
})
