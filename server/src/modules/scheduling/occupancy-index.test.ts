import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { rowsOf, type Database } from '../../platform/db/client.js'
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
import * as bookingsA from '../bookings/index.js'
import { employeeAbsences, kepClosures } from './scheduling.table.js'
import * as schedulingA from './scheduling.service.js'
import * as occupancyA from './occupancy.service.js'
import { countFreeSlots, type Span } from './slot-engine.js'
import { slotGrid } from './calendar.js'

// Issue 12, build 4: availability reads busy time from an in-memory occupancy index, caught up
// in the statement each request starts with, and sums per-KEP-group counts it keeps per day.
// Two server instances are two copies of the whole module graph (vi.resetModules): each with
// its own index and counts, on one database. The reference is computed from scratch: the same
// rules, and the held reservations read straight from the table.

const clock = fixedClock('2027-01-04T06:00:00Z')
const day = '2027-01-12' // a Tuesday
const step = 10
let database: Database
let procedureId: string

type Bookings = typeof bookingsA
type Scheduling = typeof schedulingA
interface Instance {
  name: string
  bookings: Bookings
  scheduling: Scheduling
}
const a: Instance = { name: 'A', bookings: bookingsA, scheduling: schedulingA }
let b: Instance

/** A second server instance: the same code, none of the first one's memory. */
async function anotherInstance(name: string): Promise<Instance> {
  vi.resetModules()
  return {
    name,
    bookings: await import('../bookings/index.js'),
    scheduling: await import('./scheduling.service.js'),
  }
}

beforeAll(async () => {
  database = await createTestDatabase()
  const category = await aCategory(database.db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: step,
    minNoticeMinutes: 0,
  })
  procedureId = (await aProcedure(database.db, category.id)).id
  b = await anotherInstance('B')
})
afterAll(() => database?.close())

/** A refusal from either instance (each has its own DomainError class). */
const isDomainError = (err: unknown) =>
  err instanceof DomainError || (err instanceof Error && err.constructor.name === 'DomainError')

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const instant = (minutes: number) => new Date(`${day}T${hhmm(minutes)}:00+02:00`)
const citizen = async (): Promise<Actor> => {
  const c = await aCitizen(database.db)
  return { kind: 'citizen', citizenId: c.id, sessionId: c.id }
}
const bookingInput = (kepId: string, minutes: number) => ({
  category: 'information' as const,
  procedureId,
  kepId,
  startsAt: instant(minutes),
  fullName: 'Ελένη Γεωργίου',
  email: 'eleni@example.gr',
  phone: '6977777777',
  postalAddress: 'Πανεπιστημίου 3, Αθήνα',
  deliveryMethod: 'post' as const,
})

type ScopeOf = { kepId?: string; municipalityId?: string }

/** "HH:MM free" for each slot an instance offers on the day. */
async function offered(instance: Instance, scope: ScopeOf): Promise<string[]> {
  const { days } = await instance.scheduling.availability(database.db, clock, {
    category: 'information',
    procedureId,
    from: day,
    to: day,
    ...scope,
  })
  return days[0]!.slots.map((s) => `${s.localTime} ${s.freeEmployees}`)
}

/** The same answer from scratch: the rules, and the held reservations read from the table. */
async function reference(scope: ScopeOf): Promise<string[]> {
  const db = database.db
  const resolved = await schedulingA.resolveScope(db, {
    category: 'information',
    procedureId,
    ...scope,
  })
  const data = await schedulingA.loadSchedulingData(db, resolved.scope)
  const byEmployee = new Map<string, Span[]>()
  const byDesk = new Map<string, Span[]>()
  const held = rowsOf<{ e: string; w: string; s: number; b: number }>(
    await db.execute(sql`
      select employee_id as "e", workstation_id as "w",
        (date_part('epoch', starts_at) * 1000)::float8 as "s",
        (date_part('epoch', blocked_until) * 1000)::float8 as "b"
      from occupancy where released_at is null order by starts_at`),
  )
  for (const r of held) {
    const span: Span = [Number(r.s), Number(r.b)]
    byEmployee.set(r.e, [...(byEmployee.get(r.e) ?? []), span])
    byDesk.set(r.w, [...(byDesk.get(r.w) ?? []), span])
  }
  const counts = countFreeSlots(
    [day],
    { ...data, busyByEmployee: byEmployee, busyByWorkstation: byDesk },
    schedulingA.paramsAt(resolved.category, clock.now()),
  )
  const grid = slotGrid(day, step)
  return (counts.get(day) ?? []).map(({ start, free }) => {
    const i = grid.starts.indexOf(start)
    expect(i).toBeGreaterThanOrEqual(0)
    const minutes = Math.round((start - instant(0).getTime()) / 60_000)
    return `${hhmm(minutes)} ${free}`
  })
}

/** Whether booking through an instance would succeed: tried in a transaction rolled back. */
async function bookable(instance: Instance, actor: Actor, kepId: string, minutes: number) {
  let ok = false
  const rollback = new Error('rollback')
  try {
    await database.db.transaction(async (tx) => {
      try {
        await instance.bookings.bookAppointment(tx, clock, actor, bookingInput(kepId, minutes))
        ok = true
      } catch (err) {
        if (!isDomainError(err)) throw err
      }
      throw rollback
    })
  } catch (err) {
    if (err !== rollback) throw err
  }
  return ok
}

const operation = fc.record({
  kind: fc.constantFrom('book', 'book', 'book', 'cancel', 'move'),
  on: fc.constantFrom(0, 1),
  kep: fc.constantFrom(0, 1),
  minutes: fc.integer({ min: 48, max: 95 }).map((x) => x * step),
  pick: fc.nat(),
})

const schedule = fc.record({
  employees: fc.array(
    fc.record({
      kep: fc.constantFrom(0, 1),
      from: fc.integer({ min: 16, max: 22 }).map((h) => h * 30),
      hours: fc.integer({ min: 1, max: 5 }),
      sharedStation: fc.boolean(),
      // also available at the other KEP's shared desk: joins the two KEPs into one group
      alsoAtOther: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  operations: fc.array(operation, { minLength: 1, maxLength: 10 }),
})

describe('issue 12: the occupancy index', () => {
  it('R1.2, R3.1 offered ⇔ bookable across two server instances: a booking committed on one is never offered by the other', async () => {
    let booked = 0
    await fc.assert(
      fc.asyncProperty(schedule, async (s) => {
        const db = database.db
        const municipality = await aMunicipality(db)
        const keps = [await aKep(db, municipality.id), await aKep(db, municipality.id)]
        const desks = []
        for (const kep of keps) {
          await openingHours(db, kep.id, '08:00', '16:00', [2])
          desks.push(await aWorkstation(db, kep.id))
        }
        for (const e of s.employees) {
          const window = {
            weekdays: [2],
            from: hhmm(e.from),
            to: hhmm(Math.min(e.from + e.hours * 60, 16 * 60)),
          }
          const employee = await anEmployee(db, keps[e.kep]!.id, {
            workstationId: e.sharedStation ? desks[e.kep]!.id : undefined,
            windows: [window],
          })
          if (e.alsoAtOther) {
            await db.execute(sql`
              insert into employee_availability (employee_id, workstation_id, weekday, starts_at, ends_at, valid_from)
              values (${employee.id}, ${desks[1 - e.kep]!.id}, 2, ${window.from}, ${window.to}, '2020-01-01')`)
          }
        }
        const scopes: ScopeOf[] = [
          { kepId: keps[0]!.id },
          { kepId: keps[1]!.id },
          { municipalityId: municipality.id },
          {},
        ]
        const agree = async (after: string) => {
          for (const scope of scopes) {
            const expected = await reference(scope)
            for (const instance of [a, b]) {
              expect(await offered(instance, scope), `${instance.name} ${after}`).toEqual(expected)
            }
          }
        }
        await agree('at first')
        const mine: { id: string; actor: Actor; instance: Instance }[] = []
        for (const op of s.operations) {
          const instance = op.on === 0 ? a : b
          const actor = await citizen()
          try {
            if (op.kind === 'book' || mine.length === 0) {
              const booking = await instance.bookings.bookAppointment(
                db,
                clock,
                actor,
                bookingInput(keps[op.kep]!.id, op.minutes),
              )
              mine.push({ id: booking.id, actor, instance })
              booked += 1
            } else {
              const target = mine[op.pick % mine.length]!
              if (op.kind === 'cancel') {
                await instance.bookings.cancelBooking(db, clock, target.actor, {
                  bookingId: target.id,
                })
                mine.splice(op.pick % mine.length, 1)
              } else {
                await instance.bookings.rescheduleBooking(db, clock, target.actor, {
                  bookingId: target.id,
                  startsAt: instant(op.minutes),
                })
              }
            }
          } catch (err) {
            if (!isDomainError(err)) throw err
          }
          await agree(`after ${op.kind} on ${instance.name}`)
        }
        // each instance offers exactly what booking through the other one takes
        const probe = await citizen()
        for (const [offering, booking, kep] of [
          [a, b, keps[0]!],
          [b, a, keps[1]!],
        ] as const) {
          const times = new Set(
            (await offered(offering, { kepId: kep.id })).map((t) => t.slice(0, 5)),
          )
          for (let minutes = 8 * 60; minutes < 16 * 60; minutes += step) {
            expect(
              await bookable(booking, probe, kep.id, minutes),
              `${hhmm(minutes)}: offered by ${offering.name} = bookable through ${booking.name}`,
            ).toBe(times.has(hhmm(minutes)))
          }
        }
      }),
      { numRuns: 8, seed: 20261201 },
    )
    expect(booked).toBeGreaterThan(0) // the property was not vacuous
  }, 300_000)

  it('a restart rebuilds the index: a new instance offers what the running ones do', async () => {
    const db = database.db
    const municipality = await aMunicipality(db)
    const kep = await aKep(db, municipality.id)
    await openingHours(db, kep.id, '08:00', '16:00', [2])
    for (let i = 0; i < 3; i++)
      await anEmployee(db, kep.id, { windows: [{ weekdays: [2], from: '08:00', to: '12:00' }] })
    for (const minutes of [8 * 60, 8 * 60, 9 * 60, 10 * 60 + 30]) {
      await a.bookings.bookAppointment(db, clock, await citizen(), bookingInput(kep.id, minutes))
    }
    const before = await offered(a, { kepId: kep.id })
    const restarted = await anotherInstance('restarted')
    expect(await offered(restarted, { kepId: kep.id })).toEqual(before)
    expect(await offered(restarted, {})).toEqual(await reference({}))
    expect(before).toEqual(await reference({ kepId: kep.id }))
    expect(before).toContain('08:00 1')
  })

  it("a transaction's own reservations count for its next reservations, and vanish with its rollback", async () => {
    const db = database.db
    const municipality = await aMunicipality(db)
    const kep = await aKep(db, municipality.id)
    await openingHours(db, kep.id, '08:00', '16:00', [2])
    for (let i = 0; i < 3; i++)
      await anEmployee(db, kep.id, { windows: [{ weekdays: [2], from: '08:00', to: '12:00' }] })
    const before = await offered(a, { kepId: kep.id })
    expect(before).toContain('09:00 3')
    const resolved = await schedulingA.resolveScope(db, {
      category: 'information',
      procedureId,
      kepId: kep.id,
    })
    const rollback = new Error('rollback')
    const employees: string[] = []
    await expect(
      db.transaction(async (tx) => {
        for (let i = 0; i < 4; i++) {
          const outcome = await occupancyA.reserve(tx, {
            resolved,
            startsAt: instant(9 * 60),
            now: clock.now(),
          })
          if ('reservation' in outcome) employees.push(outcome.reservation.employeeId)
          else employees.push(outcome.refused)
        }
        // inside the transaction, its own reservations are busy time
        const { days } = await schedulingA.availability(tx, clock, {
          category: 'information',
          procedureId,
          kepId: kep.id,
          from: day,
          to: day,
        })
        expect(days[0]!.slots.find((s) => s.localTime === '09:00')).toBeUndefined()
        throw rollback
      }),
    ).rejects.toBe(rollback)
    expect(new Set(employees.slice(0, 3)).size).toBe(3)
    expect(employees[3]).toBe('taken')
    for (const instance of [a, b])
      expect(await offered(instance, { kepId: kep.id })).toEqual(before)
  })

  it('R3.3, R3.4 an absence or a closure written straight into the database counts at once, on every instance', async () => {
    const db = database.db
    const municipality = await aMunicipality(db)
    const kep = await aKep(db, municipality.id)
    await openingHours(db, kep.id, '08:00', '16:00', [2])
    const employee = await anEmployee(db, kep.id, {
      windows: [{ weekdays: [2], from: '08:00', to: '12:00' }],
    })
    await anEmployee(db, kep.id, { windows: [{ weekdays: [2], from: '08:00', to: '12:00' }] })
    for (const instance of [a, b])
      expect(await offered(instance, { kepId: kep.id })).toContain('09:00 2')
    await db.insert(employeeAbsences).values({
      employeeId: employee.id,
      startsAt: instant(9 * 60),
      endsAt: instant(10 * 60),
    })
    for (const instance of [a, b]) {
      const times = await offered(instance, { kepId: kep.id })
      expect(times).toContain('09:00 1')
      expect(times).toEqual(await reference({ kepId: kep.id }))
    }
    await db.insert(kepClosures).values({
      kepId: kep.id,
      startsOn: day,
      endsOn: day,
      recurring: false,
      reasonEl: 'Απολύμανση',
      reasonEn: 'Disinfection',
    })
    for (const instance of [a, b]) {
      expect(await offered(instance, { kepId: kep.id })).toEqual([])
      expect(await offered(instance, { municipalityId: municipality.id })).toEqual(
        await reference({ municipalityId: municipality.id }),
      )
    }
  })

  it('one process serving two databases keeps an index for each and catches each up', async () => {
    const other = await createTestDatabase()
    try {
      const setUp = async (db: typeof database.db, existingProcedureId?: string) => {
        const procedure =
          existingProcedureId ??
          (
            await aProcedure(
              db,
              (
                await aCategory(db, 'information', {
                  callMinutes: 20,
                  bufferMinutes: 10,
                  slotStepMinutes: step,
                  minNoticeMinutes: 0,
                })
              ).id,
            )
          ).id
        const kep = await aKep(db, (await aMunicipality(db)).id)
        await openingHours(db, kep.id, '08:00', '16:00', [2])
        await anEmployee(db, kep.id, { windows: [{ weekdays: [2], from: '08:00', to: '10:00' }] })
        return { procedureId: procedure, kepId: kep.id }
      }
      const here = await setUp(database.db, procedureId)
      const there = await setUp(other.db)
      const times = async (db: typeof database.db, ids: typeof here) => {
        const { days } = await schedulingA.availability(db, clock, {
          category: 'information',
          ...ids,
          from: day,
          to: day,
        })
        return days[0]!.slots.map((s) => s.localTime)
      }
      const book = async (db: typeof database.db, ids: typeof here, minutes: number) => {
        const c = await aCitizen(db)
        await bookingsA.bookAppointment(
          db,
          clock,
          { kind: 'citizen', citizenId: c.id, sessionId: c.id },
          { ...bookingInput(ids.kepId, minutes), procedureId: ids.procedureId },
        )
      }
      expect(await times(database.db, here)).toContain('08:00')
      expect(await times(other.db, there)).toContain('08:00')
      await book(database.db, here, 8 * 60)
      await book(other.db, there, 9 * 60)
      // each database's own booking, and only that, is gone from its answer
      expect(await times(other.db, there)).toContain('08:00')
      expect(await times(database.db, here)).not.toContain('08:00')
      expect(await times(database.db, here)).toContain('09:00')
      expect(await times(other.db, there)).not.toContain('09:00')
    } finally {
      await other.close()
    }
  })
})
