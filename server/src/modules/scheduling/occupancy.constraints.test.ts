import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { aCitizen, aKep, aMunicipality } from '../../test/factories.js'
import { employees } from '../identity/index.js'
import { occupancy } from './occupancy.table.js'
import { workstations } from './scheduling.table.js'

// R3.1–R3.3: who is busy when, as the database itself guarantees it on scheduling's occupancy
// table (issue 12: moved there from the bookings), on PGlite and on PostgreSQL alike.

let database: Database
let base: Omit<typeof occupancy.$inferInsert, 'startsAt' | 'endsAt' | 'blockedUntil'>
let otherEmployee: string

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const kep = await aKep(db, (await aMunicipality(db)).id)
  const [employee, employee2] = await db
    .insert(employees)
    .values([
      { kepId: kep.id, gsisUserId: 'e1', fullName: 'Α', email: 'a@example.gr' },
      { kepId: kep.id, gsisUserId: 'e2', fullName: 'Β', email: 'b@example.gr' },
    ])
    .returning()
  const [station] = await db
    .insert(workstations)
    .values([{ kepId: kep.id, label: '1' }])
    .returning()
  otherEmployee = employee2!.id
  base = { kepId: kep.id, employeeId: employee!.id, workstationId: station!.id }
})
afterAll(() => database?.close())

/** Holds the call from `from` to `to` (UTC), then `buffer` minutes more. */
async function hold(
  from: string,
  to: string,
  over: Partial<typeof occupancy.$inferInsert> = {},
  buffer = 10,
) {
  const endsAt = new Date(to)
  return database.db.insert(occupancy).values({
    ...base,
    startsAt: new Date(from),
    endsAt,
    blockedUntil: new Date(endsAt.getTime() + buffer * 60_000),
    ...over,
  })
}

const sqlState = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    return (err as { cause?: { code?: string } }).cause?.code
  }
  return 'no error'
}

describe('occupancy invariants', () => {
  it('R3.1 refuses an overlapping reservation of the same employee (SQLSTATE 23P01)', async () => {
    await hold('2027-01-12T08:00:00Z', '2027-01-12T08:20:00Z')
    expect(await sqlState(hold('2027-01-12T08:10:00Z', '2027-01-12T08:30:00Z'))).toBe('23P01')
  })

  it("R3.2 refuses a reservation inside the previous one's buffer, accepts one right after it", async () => {
    expect(await sqlState(hold('2027-01-12T08:25:00Z', '2027-01-12T08:45:00Z'))).toBe('23P01')
    expect(await sqlState(hold('2027-01-12T08:30:00Z', '2027-01-12T08:50:00Z'))).toBe('no error')
  })

  it('lets a released reservation free its time', async () => {
    await hold('2027-01-13T08:00:00Z', '2027-01-13T08:20:00Z', { releasedAt: new Date() })
    expect(await sqlState(hold('2027-01-13T08:00:00Z', '2027-01-13T08:20:00Z'))).toBe('no error')
  })

  it('R3.3 refuses two calls at one workstation at once, even by different employees', async () => {
    await hold('2027-01-16T08:00:00Z', '2027-01-16T08:20:00Z')
    expect(
      await sqlState(
        hold('2027-01-16T08:10:00Z', '2027-01-16T08:30:00Z', { employeeId: otherEmployee }),
      ),
    ).toBe('23P01')
  })

  it('refuses a reservation that ends before it starts, or is blocked less than its call', async () => {
    expect(await sqlState(hold('2027-01-15T09:00:00Z', '2027-01-15T08:00:00Z'))).toBe('23514')
    expect(await sqlState(hold('2027-01-15T09:00:00Z', '2027-01-15T09:20:00Z', {}, -5))).toBe(
      '23514',
    )
  })

  it('issue 16 item 1: one live hold per citizen; a hold names its citizen and its expiry together', async () => {
    const citizen = (await aCitizen(database.db)).id
    const expiresAt = new Date('2027-01-20T08:10:00Z')
    await hold('2027-01-20T08:00:00Z', '2027-01-20T08:20:00Z', { heldFor: citizen, expiresAt })
    const second = hold('2027-01-20T10:00:00Z', '2027-01-20T10:20:00Z', {
      heldFor: citizen,
      expiresAt,
    })
    expect(await sqlState(second)).toBe('23505')
    // released, it no longer counts: a new one may be held
    await database.db
      .update(occupancy)
      .set({ releasedAt: new Date() })
      .where(eq(occupancy.heldFor, citizen))
    expect(
      await sqlState(
        hold('2027-01-20T10:00:00Z', '2027-01-20T10:20:00Z', { heldFor: citizen, expiresAt }),
      ),
    ).toBe('no error')
    expect(
      await sqlState(hold('2027-01-21T10:00:00Z', '2027-01-21T10:20:00Z', { expiresAt })),
    ).toBe('23514')
  })
})
