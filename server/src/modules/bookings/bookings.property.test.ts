import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database, Db } from '../../platform/db/client.js'
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
import {
  availability,
  dayClock,
  employeeAbsences,
  employeeAvailability,
  slotGrid,
} from '../scheduling/index.js'
import { bookAppointment, holdSlot, type BookInput } from './bookings.service.js'

// Property: on any schedule and any existing bookings, every slot availability offers can be
// booked, and every start time that can be booked is offered (R1.2, R3.1–R3.4); and held
// (issue 16 item 1), others' live holds counted and their lapsed ones not.

const clock = fixedClock('2027-01-04T06:00:00Z')
/** An hour earlier: a hold made then (10 minutes) has lapsed by `clock`'s time. */
const earlier = fixedClock('2027-01-04T05:00:00Z')
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
  // other citizens' holds: live (made now) or lapsed (made an hour ago)
  holds: fc.array(
    fc.record({
      at: fc.integer({ min: 48, max: 95 }).map((x) => x * step),
      lapsed: fc.boolean(),
    }),
    { maxLength: 4 },
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
const bookable = (actor: Actor, kepId: string, minutes: number) =>
  succeeds((tx) => bookAppointment(tx, clock, actor, input(kepId, minutes)))

/** Whether a hold would succeed (issue 16 item 1), in a transaction rolled back. */
const holdable = (actor: Actor, kepId: string, minutes: number) =>
  succeeds((tx) => holdSlot(tx, clock, actor, input(kepId, minutes)))

async function succeeds(attempt: (tx: Db) => Promise<unknown>): Promise<boolean> {
  let ok = false
  const rollback = new Error('rollback')
  try {
    await database.db.transaction(async (tx) => {
      try {
        await attempt(tx)
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

describe('availability, holding and booking agree', () => {
  it('R1.2 every offered slot can be held and booked, and every holdable or bookable start is offered', async () => {
    let offeredInAllRuns = 0
    let liveHoldsInAllRuns = 0
    let lapsedHoldsInAllRuns = 0
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
        for (const h of s.holds) {
          const c = await aCitizen(db)
          const holder: Actor = { kind: 'citizen', citizenId: c.id, sessionId: c.id }
          await holdSlot(db, h.lapsed ? earlier : clock, holder, input(kep.id, h.at)).then(
            () => {
              if (h.lapsed) lapsedHoldsInAllRuns += 1
              else liveHoldsInAllRuns += 1
            },
            (err: unknown) => {
              if (!(err instanceof DomainError)) throw err
            },
          )
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
          const isOffered = offered.has(instant(minutes).getTime())
          expect(
            await holdable(actor, kep.id, minutes),
            `${hhmm(minutes)} holdable = offered`,
          ).toBe(isOffered)
          expect(
            await bookable(actor, kep.id, minutes),
            `${hhmm(minutes)} bookable = offered`,
          ).toBe(isOffered)
        }
      }),
      { numRuns: 12, seed: 20270112 },
    )
    expect(offeredInAllRuns).toBeGreaterThan(0) // the property was not vacuous
    // nor was it for holds, live or lapsed
    expect(liveHoldsInAllRuns).toBeGreaterThan(0)
    expect(lapsedHoldsInAllRuns).toBeGreaterThan(0)
  }, 180_000)
})

describe('issue 12: availability and booking agree on messy schedules across DST', () => {
  // A 45-minute step (it does not divide the hour) on both DST Sundays of 2027; KEP rows and
  // availability rows that overlap or touch; employees with two desks, desks shared.
  const dstStep = 45
  let dstProcedureId: string
  beforeAll(async () => {
    const category = await aCategory(database.db, 'disability', {
      callMinutes: 20,
      bufferMinutes: 10,
      slotStepMinutes: dstStep,
      minNoticeMinutes: 0,
      horizonDays: 60,
    })
    dstProcedureId = (await aProcedure(database.db, category.id)).id
  })

  const half = (h: number) => h * 30
  const messy = fc.record({
    split: fc.integer({ min: 4, max: 14 }).map(half), // 02:00–07:00: the KEP's rows touch there
    overlap: fc.boolean(), // or overlap by an hour
    employees: fc.array(
      fc.record({
        windows: fc.array(
          fc.record({
            from: fc.integer({ min: 2, max: 14 }).map(half),
            hours: fc.integer({ min: 1, max: 4 }),
            // 0: their own desk, 1: a second desk of their own, 2: the shared desk
            desk: fc.integer({ min: 0, max: 2 }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    bookings: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }),
  })

  it.each(['2027-10-31', '2027-03-28'])(
    '%s: every offered slot can be booked by as many citizens as it says are free, and every bookable start is offered',
    async (date) => {
      const dstClock = fixedClock(`${date.slice(0, 8)}01T00:00:00Z`)
      const local = (minutes: number) => dayClock(date).at(minutes)
      const dstInput = (kepId: string, t: number): BookInput => ({
        ...input(kepId, 0),
        category: 'disability',
        procedureId: dstProcedureId,
        startsAt: new Date(t),
      })
      const book = async (db: Db, kepId: string, t: number) => {
        const c = await aCitizen(db)
        const actor: Actor = { kind: 'citizen', citizenId: c.id, sessionId: c.id }
        try {
          await bookAppointment(db, dstClock, actor, dstInput(kepId, t))
          return true
        } catch (err) {
          if (err instanceof DomainError) return false
          throw err
        }
      }
      /** How many citizens in turn can book t, answered in a transaction rolled back. */
      const howMany = async (kepId: string, t: number) => {
        let n = 0
        const rollback = new Error('rollback')
        try {
          await database.db.transaction(async (tx) => {
            while (n < 10 && (await book(tx, kepId, t))) n += 1
            throw rollback
          })
        } catch (err) {
          if (err !== rollback) throw err
        }
        return n
      }
      let offeredInAllRuns = 0
      await fc.assert(
        fc.asyncProperty(messy, async (s) => {
          const db = database.db
          const kep = await aKep(db, municipalityId)
          await openingHours(db, kep.id, '01:00', hhmm(s.split + (s.overlap ? 60 : 0)), [7])
          await openingHours(db, kep.id, hhmm(s.split), '10:00', [7])
          const shared = await aWorkstation(db, kep.id)
          for (const e of s.employees) {
            const [own, second] = [await aWorkstation(db, kep.id), await aWorkstation(db, kep.id)]
            const [first, ...others] = e.windows
            const employee = await anEmployee(db, kep.id, {
              workstationId: [own, second, shared][first!.desk]!.id,
              windows: [
                {
                  weekdays: [7],
                  from: hhmm(first!.from),
                  to: hhmm(Math.min(first!.from + first!.hours * 60, 10 * 60)),
                },
              ],
            })
            for (const w of others) {
              await db.insert(employeeAvailability).values({
                employeeId: employee.id,
                workstationId: [own, second, shared][w.desk]!.id,
                weekday: 7,
                startsAt: hhmm(w.from),
                endsAt: hhmm(Math.min(w.from + w.hours * 60, 10 * 60)),
                validFrom: '2020-01-01',
              })
            }
          }
          const grid = slotGrid(date, dstStep).starts
          for (const k of s.bookings) if (grid[k + 2]) await book(db, kep.id, grid[k + 2]!)

          const { days } = await availability(db, dstClock, {
            category: 'disability',
            procedureId: dstProcedureId,
            kepId: kep.id,
            from: date,
            to: date,
          })
          const offered = new Map(
            days[0]!.slots.map((slot) => [slot.startsAt.getTime(), slot.freeEmployees]),
          )
          offeredInAllRuns += offered.size
          // every 15 minutes of real time from midnight to 10:00, both 03:00s of October included
          for (let t = local(0); t < local(10 * 60); t += 15 * 60_000) {
            expect(await howMany(kep.id, t), new Date(t).toISOString()).toBe(offered.get(t) ?? 0)
          }
        }),
        { numRuns: 6, seed: 20271031 },
      )
      expect(offeredInAllRuns).toBeGreaterThan(0)
    },
    300_000,
  )
})
