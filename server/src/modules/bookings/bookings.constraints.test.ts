import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../test/database.js'
import { aCategory, aKep, aMunicipality, aProcedure } from '../../test/factories.js'
import { bookings } from './index.js'
import { citizens, employees } from '../identity/index.js'
import { workstations } from '../scheduling/index.js'
import type { Database } from '../../platform/db/client.js'

// R3.1, R3.2: the booking invariants the database itself guarantees, on PGlite and on PostgreSQL alike.

let database: Database
let base: Omit<typeof bookings.$inferInsert, 'reference' | 'startsAt' | 'endsAt' | 'blockedUntil'>
let otherCitizen: string
let otherEmployee: string
let otherStation: string
let seq = 0

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const category = await aCategory(db, 'information')
  const procedure = await aProcedure(db, category.id)
  const kep = await aKep(db, (await aMunicipality(db)).id)
  const [employee, employee2] = await db
    .insert(employees)
    .values([
      { kepId: kep.id, gsisUserId: 'e1', fullName: 'Α', email: 'a@example.gr' },
      { kepId: kep.id, gsisUserId: 'e2', fullName: 'Β', email: 'b@example.gr' },
    ])
    .returning()
  const [citizen, citizen2] = await db
    .insert(citizens)
    .values([
      { gsisUserId: 'c1', taxId: '090000045', firstName: 'Μαρία', lastName: 'Ιωάννου' },
      { gsisUserId: 'c2', taxId: '090000046', firstName: 'Νίκος', lastName: 'Γεωργίου' },
    ])
    .returning()
  const [station, station2] = await db
    .insert(workstations)
    .values([
      { kepId: kep.id, label: '1' },
      { kepId: kep.id, label: '2' },
    ])
    .returning()
  otherCitizen = citizen2!.id
  otherEmployee = employee2!.id
  otherStation = station2!.id
  base = {
    citizenId: citizen!.id,
    categoryId: category.id,
    procedureId: procedure.id,
    kepId: kep.id,
    employeeId: employee!.id,
    workstationId: station!.id,
    fullName: 'Μαρία Ιωάννου',
    email: 'maria@example.gr',
    phone: '6900000000',
    postalAddress: 'Ερμού 1, 10563 Αθήνα',
    deliveryMethod: 'email',
  }
})
afterAll(() => database?.close())

/** Inserts a booking from `from` to `to` (UTC), blocked for `buffer` minutes after. */
async function book(
  from: string,
  to: string,
  over: Partial<typeof bookings.$inferInsert> = {},
  buffer = 10,
) {
  const endsAt = new Date(to)
  return database.db.insert(bookings).values({
    ...base,
    reference: `KEP-TEST-${++seq}`,
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

describe('database invariants', () => {
  it('R3.1 refuses an overlapping booking for the same employee (SQLSTATE 23P01)', async () => {
    await book('2027-01-12T08:00:00Z', '2027-01-12T08:20:00Z')
    expect(
      await sqlState(
        book('2027-01-12T08:10:00Z', '2027-01-12T08:30:00Z', { citizenId: otherCitizen }),
      ),
    ).toBe('23P01')
  })

  it("R3.2 refuses a booking inside the previous one's buffer, accepts one right after it", async () => {
    expect(
      await sqlState(
        book('2027-01-12T08:25:00Z', '2027-01-12T08:45:00Z', { citizenId: otherCitizen }),
      ),
    ).toBe('23P01')
    expect(
      await sqlState(
        book('2027-01-12T08:30:00Z', '2027-01-12T08:50:00Z', { citizenId: otherCitizen }),
      ),
    ).toBe('no error')
  })

  it('lets a cancelled booking free its slot', async () => {
    await book('2027-01-13T08:00:00Z', '2027-01-13T08:20:00Z', { status: 'cancelled' })
    expect(
      await sqlState(
        book('2027-01-13T08:00:00Z', '2027-01-13T08:20:00Z', { citizenId: otherCitizen }),
      ),
    ).toBe('no error')
  })

  it('refuses two overlapping bookings of one citizen, even with different employees', async () => {
    await book('2027-01-14T08:00:00Z', '2027-01-14T08:20:00Z')
    expect(
      await sqlState(
        book('2027-01-14T08:10:00Z', '2027-01-14T08:30:00Z', {
          employeeId: otherEmployee,
          workstationId: otherStation,
        }),
      ),
    ).toBe('23P01')
  })

  it('R3.3 refuses two calls at one workstation at once, even by different employees', async () => {
    await book('2027-01-16T08:00:00Z', '2027-01-16T08:20:00Z')
    expect(
      await sqlState(
        book('2027-01-16T08:10:00Z', '2027-01-16T08:30:00Z', {
          citizenId: otherCitizen,
          employeeId: otherEmployee,
        }),
      ),
    ).toBe('23P01')
  })

  it('refuses a booking that ends before it starts', async () => {
    expect(await sqlState(book('2027-01-15T09:00:00Z', '2027-01-15T08:00:00Z'))).toBe('23514')
  })
})
