import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  aWorkstation,
  openingHours,
} from '../../test/factories.js'
import { availability, employeeAbsences } from '../scheduling/index.js'
import { bookAppointment, type BookInput } from './bookings.service.js'

// Property: on any schedule and any existing bookings, every slot availability offers can be
// booked, and every start time that can be booked is offered (R1.2, R3.1–R3.4).

const clock = fixedClock('2027-01-04T06:00:00Z')
const day = '2027-01-12' // a Tuesday
const step = 10
let database: Database
let categoryId: string
let procedureId: string
let municipalityId: string

beforeAll(async () => {
  database = await createTestDatabase()
  const category = await aCategory(database.db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: step,
    minNoticeMinutes: 0,
  })
  categoryId = category.id
  procedureId = (await aProcedure(database.db, categoryId)).id
  municipalityId = (await aMunicipality(database.db)).id
})
afterAll(() => database?.close())

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const instant = (minutes: number) => new Date(`${day}T${hhmm(minutes)}:00+02:00`)

const schedule = fc.record({
  opens: fc.integer({ min: 16, max: 20 }).map((h) => h * 30), // 08:00–10:00
  closes: fc.integer({ min: 26, max: 32 }).map((h) => h * 30), // 13:00–16:00
  employees: fc.array(
    fc.record({
      from: fc.integer({ min: 14, max: 26 }).map((h) => h * 30),
      hours: fc.integer({ min: 1, max: 6 }),
      sharedStation: fc.boolean(),
      absence: fc.option(
        fc.record({
          at: fc.integer({ min: 48, max: 90 }).map((x) => x * 10),
          minutes: fc.integer({ min: 10, max: 90 }),
        }),
        { nil: undefined },
      ),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  bookings: fc.array(
    fc.integer({ min: 48, max: 95 }).map((x) => x * step),
    { maxLength: 8 },
  ),
})

const tryBook = async (actor: Actor, kepId: string, minutes: number) => {
  try {
    await bookAppointment(database.db, clock, actor, input(kepId, minutes))
    return true
  } catch (err) {
    if (err instanceof DomainError) return false
    throw err
  }
}

const input = (kepId: string, minutes: number): BookInput => ({
  category: 'information',
  procedureId,
  kepId,
  startsAt: instant(minutes),
  fullName: 'Ελένη Γεωργίου',
  email: 'eleni@example.gr',
  phone: '6977777777',
  postalAddress: 'Πανεπιστημίου 3, Αθήνα',
  deliveryMethod: 'post',
})

/** Whether a booking would succeed, answered by trying it in a transaction rolled back. */
async function bookable(actor: Actor, kepId: string, minutes: number): Promise<boolean> {
  let ok = false
  const rollback = new Error('rollback')
  try {
    await database.db.transaction(async (tx) => {
      try {
        await bookAppointment(tx, clock, actor, input(kepId, minutes))
        ok = true
      } catch (err) {
        if (!(err instanceof DomainError)) throw err
      }
      throw rollback
    })
  } catch (err) {
    if (err !== rollback) throw err
  }
  return ok
}

describe('availability and booking agree', () => {
  it('R1.2 every offered slot can be booked, and every bookable start is offered', async () => {
    let offeredInAllRuns = 0
    await fc.assert(
      fc.asyncProperty(schedule, async (s) => {
        const db = database.db
        const kep = await aKep(db, municipalityId)
        await openingHours(db, kep.id, hhmm(s.opens), hhmm(s.closes), [2])
        const shared = await aWorkstation(db, kep.id)
        for (const e of s.employees) {
          const employee = await anEmployee(db, kep.id, {
            workstationId: e.sharedStation ? shared.id : undefined,
            windows: [
              {
                weekdays: [2],
                from: hhmm(e.from),
                to: hhmm(Math.min(e.from + e.hours * 60, 23 * 60)),
              },
            ],
          })
          if (e.absence) {
            await db.insert(employeeAbsences).values({
              employeeId: employee.id,
              startsAt: instant(e.absence.at),
              endsAt: instant(e.absence.at + e.absence.minutes),
            })
          }
        }
        for (const minutes of s.bookings) {
          const c = await aCitizen(db)
          await tryBook({ kind: 'citizen', citizenId: c.id, sessionId: c.id }, kep.id, minutes)
        }

        const { days } = await availability(db, clock, {
          category: 'information',
          procedureId,
          kepId: kep.id,
          from: day,
          to: day,
        })
        const offered = new Set(days[0]!.slots.map((slot) => slot.startsAt.getTime()))
        offeredInAllRuns += offered.size
        const probe = await aCitizen(db)
        const actor: Actor = { kind: 'citizen', citizenId: probe.id, sessionId: probe.id }
        for (let minutes = 7 * 60; minutes < 17 * 60; minutes += step) {
          const canBook = await bookable(actor, kep.id, minutes)
          expect(canBook, `${hhmm(minutes)} bookable = offered`).toBe(
            offered.has(instant(minutes).getTime()),
          )
        }
      }),
      { numRuns: 12, seed: 20270112 },
    )
    expect(offeredInAllRuns).toBeGreaterThan(0) // the property was not vacuous
  }, 180_000)
})
