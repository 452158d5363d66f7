import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../test/database.js'
import { rowsOf, type Database } from './client.js'

// The database layer gives both drivers one behaviour, and refuses before sending what
// PostgreSQL cannot store (issue 11: never a 500 from a value).

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.close()
})

describe('the database client', () => {
  it('issue 11 (fuzz): a Date in a sql template works on both databases (myBookings(when: PAST) failed on PostgreSQL)', async () => {
    const at = new Date('2027-01-12T08:00:00Z')
    const [row] = rowsOf<{ same: boolean }>(
      await database.db.execute(
        sql`select ${at}::timestamptz = '2027-01-12T08:00:00Z'::timestamptz as same`,
      ),
    )
    expect(row!.same).toBe(true)
  })

  it.each([
    ['year 0 (the Athens midnight of 0001-01-01)', new Date('0000-12-31T22:25:08Z')],
    ['after 9999', new Date('+010000-01-01T00:00:00Z')],
    ['an invalid Date', new Date(Number.NaN)],
  ])('issue 11 (fuzz): refuses %s as VALIDATION_FAILED before sending it', async (_what, at) => {
    await expect(database.db.execute(sql`select ${at}::timestamptz`)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'input', reason: 'out_of_range' }] },
    })
  })

  it('issue 11 defect 7: refuses a NUL as VALIDATION_FAILED before sending it', async () => {
    await expect(database.db.execute(sql`select ${'a\u0000b'}::text`)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ field: 'input', reason: 'invalid_characters' }] },
    })
  })

  it.runIf(process.env.DATABASE_URL)(
    'issue 12: counters (rate limits) commit without waiting for the disk; everything else waits',
    async () => {
      const setting = async (run: Database['query']) =>
        (await run('show synchronous_commit', [])).rows[0]!.synchronous_commit
      expect(await setting(database.relaxedQuery)).toBe('off')
      expect(await setting(database.query)).toBe('on')
      const [row] = rowsOf<{ synchronous_commit: string }>(
        await database.db.execute(sql`show synchronous_commit`),
      )
      expect(row!.synchronous_commit).toBe('on')
    },
  )
})
