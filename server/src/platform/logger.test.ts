import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../test/database.js'
import type { Database } from './db/client.js'
import { formatError } from './errors.js'
import { createLogger } from './logger.js'

// Issue 11 defect 8: a failed query's error, as the server logs it, carries none of its
// parameters (full name, email, phone, address), on either database.

let database: Database
beforeAll(async () => {
  database = await createTestDatabase()
  await database.exec('create table log_test (email text primary key, phone text not null)')
})
afterAll(async () => {
  await database?.close()
})

const person = {
  fullName: 'Μαρία Παπαδοπούλου',
  email: 'maria.papadopoulou@example.gr',
  phone: '+302101234567',
  postalAddress: 'Ερμού 12, 10563 Αθήνα',
}

/** Logs an error as the server does for an unexpected one, and returns the log lines. */
function loggedLines(err: unknown): string {
  const lines: string[] = []
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) })
  formatError({ message: 'failed', path: ['bookAppointment'] }, err, logger)
  return lines.join('\n')
}

const failure = async (query: Promise<unknown>): Promise<unknown> => {
  try {
    await query
  } catch (err) {
    return err
  }
  throw new Error('the query did not fail')
}

describe('database errors in the log (issue 11 defect 8)', () => {
  it('issue 11 defect 8: a query that fails on a value logs no parameter, not even the one the server quotes back', async () => {
    const err = await failure(
      database.db.execute(
        sql`select ${person.fullName}::uuid, ${person.email}, ${person.phone}, ${person.postalAddress}`,
      ),
    )
    // The error as thrown does carry them: what the log must not repeat.
    expect(JSON.stringify(err, Object.getOwnPropertyNames(err)) + String(err)).toContain(
      person.email,
    )
    const logged = loggedLines(err)
    for (const value of Object.values(person)) expect(logged).not.toContain(value)
    const line = JSON.parse(logged) as { err: { message: string; cause?: { code?: string } } }
    expect(line.err.message).toContain('Failed query')
    expect(line.err.cause?.code).toBe('22P02')
  })

  it('issue 11 defect 8: a unique violation logs the constraint, not the duplicate value', async () => {
    const insert = () =>
      database.db.execute(
        sql`insert into log_test (email, phone) values (${person.email}, ${person.phone})`,
      )
    await insert()
    const err = await failure(insert())
    const logged = loggedLines(err)
    expect(logged).not.toContain(person.email)
    expect(logged).not.toContain(person.phone)
    expect(logged).toContain('log_test_pkey')
  })

  it('issue 11 defect 8: string literals of a query text are blanked too', async () => {
    const err = await failure(database.db.execute(sql.raw(`select '${person.email}'::uuid`)))
    expect(loggedLines(err)).not.toContain(person.email)
  })
})
