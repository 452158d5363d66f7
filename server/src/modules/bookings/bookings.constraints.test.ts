import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../test/database.js'
import { aCategory, aKep, aMunicipality, aProcedure } from '../../test/factories.js'
import { bookings } from './index.js'
import { citizens, employees } from '../identity/index.js'
import { workstations } from '../scheduling/index.js'
import type { Database } from '../../platform/db/client.js'

// The booking invariants the database itself guarantees, on PGlite and on PostgreSQL alike.
// An employee's and a workstation's time (R3.1–R3.3) is scheduling's: occupancy.constraints.test.ts.

let database: Database
let base: Omit<typeof bookings.$inferInsert, 'reference' | 'startsAt' | 'endsAt'>
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
  const [citizen] = await db
    .insert(citizens)
    .values([
      { gsisUserId: 'c1', firstName: 'Μαρία', lastName: 'Ιωάννου' },
      { gsisUserId: 'c2', firstName: 'Νίκος', lastName: 'Γεωργίου' },
    ])
    .returning()
  const [station, station2] = await db
    .insert(workstations)
    .values([
      { kepId: kep.id, label: '1' },
      { kepId: kep.id, label: '2' },
    ])
    .returning()
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

/** Inserts a booking from `from` to `to` (UTC). */
async function book(from: string, to: string, over: Partial<typeof bookings.$inferInsert> = {}) {
  return database.db.insert(bookings).values({
    ...base,
    reference: `KEP-TEST-${++seq}`,
    startsAt: new Date(from),
    endsAt: new Date(to),
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

  it('lets a cancelled booking free its time for the citizen', async () => {
    await book('2027-01-13T08:00:00Z', '2027-01-13T08:20:00Z', { status: 'cancelled' })
    expect(await sqlState(book('2027-01-13T08:00:00Z', '2027-01-13T08:20:00Z'))).toBe('no error')
  })

  it('refuses a booking that ends before it starts', async () => {
    expect(await sqlState(book('2027-01-15T09:00:00Z', '2027-01-15T08:00:00Z'))).toBe('23514')
  })
})
