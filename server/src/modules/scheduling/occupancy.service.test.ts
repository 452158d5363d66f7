import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { pgErrorOf, type Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { bookAppointment, cancelBooking, setBookingStatusFromCall } from '../bookings/index.js'
import { serviceCategories } from '../catalog/index.js'
import {
  heldReservations,
  move,
  release,
  reservationsUnderRules,
  reserve,
  slotTaken,
  type Reservation,
  type ReserveOutcome,
} from './occupancy.service.js'
import { occupancy } from './occupancy.table.js'
import { availability, resolveScope, type ScopeInput } from './scheduling.service.js'
import { blockedSpan } from './slot-engine.js'

// Issue 12: scheduling's API for occupancy — reserve, move, release — and the buffer computed
// in exactly one function (blockedSpan), which availability, booking and the database follow.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')
const now = clock.now()

let database: Database
/** Statements sent to the database so far. */
let queries = 0
const ids = {} as Record<'category' | 'procedure' | 'kep' | 'pair' | 'citizen', string>

/** A local day at HH:MM in Athens (winter, UTC+2). */
const at = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+02:00`)

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: () => queries++ })
  const db = database.db
  const category = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 10,
    minNoticeMinutes: 60,
    horizonDays: 366,
  })
  const place = await aMunicipality(db)
  const kep = await aKep(db, place.id)
  await openingHours(db, kep.id, '08:00', '15:00')
  await anEmployee(db, kep.id)
  // a KEP of two employees, for the fair spread
  const pair = await aKep(db, place.id)
  await openingHours(db, pair.id, '08:00', '15:00')
  await anEmployee(db, pair.id)
  await anEmployee(db, pair.id)
  Object.assign(ids, {
    category: category.id,
    procedure: (await aProcedure(db, category.id)).id,
    kep: kep.id,
    pair: pair.id,
    citizen: (await aCitizen(db)).id,
  })
})
afterAll(() => database?.close())

const scopeOf = (kepId = ids.kep): ScopeInput => ({
  category: 'information',
  procedureId: ids.procedure,
  kepId,
})

async function reserveAt(startsAt: Date, kepId = ids.kep): Promise<ReserveOutcome> {
  const resolved = await resolveScope(database.db, scopeOf(kepId))
  return database.db.transaction((tx) => reserve(tx, { resolved, startsAt, now }))
}

function held(outcome: ReserveOutcome): Reservation {
  if (!('reservation' in outcome)) throw new Error(`refused: ${outcome.refused}`)
  return outcome.reservation
}

/** The local times offered on a day at a KEP. */
async function offered(day: string, kepId = ids.kep): Promise<string[]> {
  const { days } = await availability(database.db, clock, { ...scopeOf(kepId), from: day, to: day })
  return days[0]!.slots.map((s) => s.localTime)
}

describe('issue 12: reserve, release, move', () => {
  it('reserve holds an employee and a desk for the call and its buffer; the same time again is taken', async () => {
    const first = held(await reserveAt(at('2027-01-12', '10:00')))
    expect(first).toMatchObject({ kepId: ids.kep, startsAt: at('2027-01-12', '10:00') })
    expect(first.endsAt).toEqual(at('2027-01-12', '10:20'))
    expect(first.blockedUntil).toEqual(at('2027-01-12', '10:30'))
    expect(await reserveAt(at('2027-01-12', '10:00'))).toEqual({ refused: 'taken' })
    expect(await reserveAt(at('2027-01-12', '10:20'))).toEqual({ refused: 'taken' })
    expect(held(await reserveAt(at('2027-01-12', '10:30'))).employeeId).toBe(first.employeeId)
  })

  it('reserve refuses a time the rules never offer as not_offered, with the reason by field', async () => {
    for (const [startsAt, reason] of [
      [at('2027-01-12', '07:00'), 'outside_hours'],
      [at('2027-01-06', '10:00'), 'holiday'], // Epiphany
    ] as const) {
      const outcome = await reserveAt(startsAt)
      expect(outcome).toMatchObject({ refused: 'not_offered' })
      const error = (outcome as { error: DomainError }).error
      expect(error.code).toBe('VALIDATION_FAILED')
      expect(error.details.fields?.[0]).toMatchObject({ field: 'startsAt', reason })
    }
  })

  it('SLOT_UNAVAILABLE for a time just taken carries free times nearby', async () => {
    const err = await slotTaken(database.db, clock, scopeOf(), at('2027-01-12', '10:00'))
    expect(err.code).toBe('SLOT_UNAVAILABLE')
    const alternatives = (err.details as { alternatives: { startsAt: string }[] }).alternatives
    expect(alternatives.length).toBeGreaterThan(0)
    expect(alternatives.map((a) => a.startsAt)).not.toContain(
      at('2027-01-12', '10:00').toISOString(),
    )
  })

  it('release frees the time at once, and twice is harmless', async () => {
    const r = held(await reserveAt(at('2027-01-13', '09:00')))
    expect(await offered('2027-01-13')).not.toContain('09:00')
    await release(database.db, r.id, now)
    await release(database.db, r.id, now)
    expect(await offered('2027-01-13')).toContain('09:00')
    expect(held(await reserveAt(at('2027-01-13', '09:00'))).id).not.toBe(r.id)
  })

  it('move keeps the reservation and frees its old time; onto a taken time it keeps the old one', async () => {
    const r = held(await reserveAt(at('2027-01-14', '11:00')))
    const other = held(await reserveAt(at('2027-01-14', '12:00')))
    const resolved = await resolveScope(database.db, scopeOf())
    const moved = held(
      await database.db.transaction((tx) =>
        move(tx, r.id, { resolved, startsAt: at('2027-01-14', '11:30'), now }),
      ),
    )
    expect(moved).toMatchObject({ id: r.id, startsAt: at('2027-01-14', '11:30') })
    expect(await offered('2027-01-14')).toContain('11:00')
    expect(
      await database.db.transaction((tx) =>
        move(tx, r.id, { resolved, startsAt: other.startsAt, now }),
      ),
    ).toEqual({ refused: 'taken' })
    expect(await offered('2027-01-14')).not.toContain('11:30')
    // moving onto its own time (or across it) is not a conflict with itself
    expect(
      held(
        await database.db.transaction((tx) =>
          move(tx, r.id, { resolved, startsAt: at('2027-01-14', '11:20'), now }),
        ),
      ).startsAt,
    ).toEqual(at('2027-01-14', '11:20'))
  })

  it('R3.1 spreads reservations fairly: the employee with fewer booked minutes that day first', async () => {
    const a = held(await reserveAt(at('2027-01-15', '09:00'), ids.pair))
    const b = held(await reserveAt(at('2027-01-15', '11:00'), ids.pair))
    expect(b.employeeId).not.toBe(a.employeeId)
  })
})

describe('issue 12: a booking holds its reservation while it is active', () => {
  it('cancelling frees the time, and so does the call ending (completed or no-show), but not its start', async () => {
    const db = database.db
    const citizen: Actor = { kind: 'citizen', citizenId: ids.citizen, sessionId: ids.citizen }
    const system: Actor = { kind: 'system', job: 'test' }
    const day = '2027-01-20'
    const bookAt = (hhmm: string) =>
      bookAppointment(db, clock, citizen, {
        ...scopeOf(),
        startsAt: at(day, hhmm),
        fullName: 'Μαρία Ιωάννου',
        email: 'maria@example.gr',
        phone: '694 123 4567',
        postalAddress: 'Ερμού 10, 10563 Αθήνα',
        deliveryMethod: 'email',
      })
    const cancelled = await bookAt('09:00')
    expect(await offered(day)).not.toContain('09:00')
    await cancelBooking(db, clock, citizen, { bookingId: cancelled.id })
    expect(await offered(day)).toContain('09:00')

    const completed = await bookAt('10:00')
    await db.transaction((tx) =>
      setBookingStatusFromCall(tx, completed.id, 'in_progress', system, now),
    )
    expect(await offered(day)).not.toContain('10:00')
    await db.transaction((tx) =>
      setBookingStatusFromCall(tx, completed.id, 'completed', system, now),
    )
    expect(await offered(day)).toContain('10:00')

    const missed = await bookAt('11:00')
    await db.transaction((tx) => setBookingStatusFromCall(tx, missed.id, 'no_show', system, now))
    expect(await offered(day)).toContain('11:00')
  })
})

describe('issue 12: the buffer is computed in exactly one function', () => {
  it('changing the buffer setting moves availability, booking and the database constraint alike', async () => {
    const db = database.db
    const citizen: Actor = { kind: 'citizen', citizenId: ids.citizen, sessionId: ids.citizen }
    for (const [day, bufferMinutes, firstFree] of [
      ['2027-01-18', 10, '10:30'],
      ['2027-01-19', 25, '10:50'], // 10:20 + 25 = 10:45, the next slot of the 10-minute grid
    ] as const) {
      await db
        .update(serviceCategories)
        .set({ bufferMinutes })
        .where(eq(serviceCategories.id, ids.category))
      const span = blockedSpan(at(day, '10:00').getTime(), { callMinutes: 20, bufferMinutes })
      // booking: the citizen's appointment holds call + buffer
      const booked = await bookAppointment(db, clock, citizen, {
        ...scopeOf(),
        startsAt: at(day, '10:00'),
        fullName: 'Μαρία Ιωάννου',
        email: 'maria@example.gr',
        phone: '694 123 4567',
        postalAddress: 'Ερμού 10, 10563 Αθήνα',
        deliveryMethod: 'email',
      })
      const [row] = await db.select().from(occupancy).where(eq(occupancy.id, booked.reservationId!))
      expect(row!.blockedUntil.getTime()).toBe(span.blockedUntil)
      // availability: nothing offered until the buffer is over, then at once
      const times = await offered(day)
      expect(times.filter((t) => t > '10:00' && t < firstFree)).toEqual([])
      expect(times).toContain(firstFree)
      // reserving: inside the buffer taken, at its end held
      const before = at(day, firstFree).getTime() - 10 * 60_000
      expect(await reserveAt(new Date(before))).toEqual({ refused: 'taken' })
      // the constraint: a row written by hand one minute inside the buffer is refused
      const inside = new Date(span.blockedUntil - 60_000)
      const code = await db
        .insert(occupancy)
        .values({
          kepId: row!.kepId,
          employeeId: row!.employeeId,
          workstationId: row!.workstationId,
          startsAt: inside,
          endsAt: new Date(inside.getTime() + 20 * 60_000),
          blockedUntil: new Date(inside.getTime() + 30 * 60_000),
        })
        .then(
          () => 'no error',
          (err: unknown) => pgErrorOf(err).code,
        )
      expect(code).toBe('23P01')
      expect(held(await reserveAt(at(day, firstFree))).startsAt).toEqual(at(day, firstFree))
    }
  })
})

describe('issue 13: the rules are read once for a change of many KEPs', () => {
  it('re-checking held reservations in two KEPs costs the statements of one', async () => {
    const day = '2027-01-19'
    const here = held(await reserveAt(at(day, '09:00'), ids.kep))
    const there = held(await reserveAt(at(day, '09:00'), ids.pair))
    const [a, b] = await heldReservations(database.db, [here.id, there.id]).then((rows) =>
      [here.id, there.id].map((id) => rows.find((r) => r.id === id)!),
    )
    const statements = async (reservations: NonNullable<typeof a>[]) => {
      queries = 0
      const states = await reservationsUnderRules(database.db, reservations)
      return { statements: queries, states: [...states.values()] }
    }
    await statements([a!]) // the rules read and cached once, whatever came before
    const one = await statements([a!])
    const two = await statements([a!, b!])
    expect(one.states).toEqual(['held'])
    expect(two.states).toEqual(['held', 'held'])
    expect(two.statements).toBe(one.statements)
  })
})
