import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { auditLog } from './index.js'

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

describe('the audit trail table', () => {
  it('R7.2 keeps the audit trail append-only: no update, no delete', async () => {
    await database.db.insert(auditLog).values({
      seq: 1,
      at: new Date(),
      actorKind: 'system',
      action: 'test',
      entity: 'none',
      prevHash: '0',
      hash: '1',
    })
    expect(await sqlState(database.db.execute(sql`update audit_log set action = 'x'`))).toBe(
      '42501',
    )
    expect(await sqlState(database.db.execute(sql`delete from audit_log`))).toBe('42501')
  })
})
