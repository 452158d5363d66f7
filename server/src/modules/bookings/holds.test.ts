import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { openDatabase, type Database } from '../../platform/db/client.js'
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
import { outbox } from '../notifications/index.js'
import { availability, releaseExpiredHolds } from '../scheduling/index.js'
import {
  bookAppointment,
  holdSlot,
  releaseHold,
  rescheduleBooking,
  type BookInput,
} from './bookings.service.js'
import { bookings } from './bookings.table.js'

// Issue 16 item 1: choosing a time holds it for the citizen (booking.holdMinutes, 10 by
// default) through scheduling's reserve; confirming turns the hold into the booking. Real
// parallel requests: on PostgreSQL each on its own connection of a second pool.

const clock = fixedClock('2027-01-04T06:00:00Z') // a Monday, 08:00 in Athens
const day = '2027-01-05'
/** 2027-01-05 at hh:mm in Athens (UTC+2 in winter). */
const at = (hhmm: string) => new Date(`${day}T${hhmm}:00+02:00`)
let database: Database
let parallel: Database
const ids = {} as Record<string, string>

const newCitizen = async (): Promise<Actor> => {
  const c = await aCitizen(database.db)
  return { kind: 'citizen', citizenId: c.id, sessionId: c.id }
}

beforeAll(async () => {
  database = await createTestDatabase()
  parallel =
    database.kind === 'postgres'
      ? await openDatabase({ url: database.url!, maxConnections: 20 })
      : database
  const db = database.db
  const info = await aCategory(db, 'information', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const m = await aMunicipality(db)
  const other = await aMunicipality(db)
  const one = await aKep(db, m.id)
  const two = await aKep(db, m.id)
  const elsewhere = await aKep(db, other.id)
  for (const k of [one, two, elsewhere]) await openingHours(db, k.id, '08:00', '15:00')
  await anEmployee(db, one.id)
  await anEmployee(db, two.id)
  await anEmployee(db, two.id)
  await anEmployee(db, elsewhere.id)
  Object.assign(ids, {
    procedure: (await aProcedure(db, info.id)).id,
    municipality: m.id,
    other: other.id,
    one: one.id,
    two: two.id,
    elsewhere: elsewhere.id,
  })
})
afterAll(async () => {
  if (parallel !== database) await parallel?.close()
  await database?.close()
})

const scope = (kepId: string | null, municipalityId: string | null = null) => ({
  category: 'information' as const,
  procedureId: ids.procedure!,
  kepId,
  municipalityId,
})

const details = (kepId: string | null, startsAt: Date, holdId?: string): BookInput => ({
  ...scope(kepId),
  startsAt,
  holdId: holdId ?? null,
  fullName: 'Νίκος Παπαδόπουλος',
  email: 'nikos@example.gr',
  phone: '2101234567',
  postalAddress: 'Σταδίου 5, 10562 Αθήνα',
  deliveryMethod: 'email',
})

/** The times availability offers others at a KEP that day (epoch ms). */
async function offered(kepId: string): Promise<Set<number>> {
  const { days } = await availability(database.db, clock, { ...scope(kepId), from: day, to: day })
  return new Set(days[0]!.slots.map((s) => s.startsAt.getTime()))
}

/** The error a call fails with (a DomainError), or the value. */
async function outcome<T>(p: Promise<T>): Promise<T | DomainError> {
  try {
    return await p
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
}

const codeOf = (x: unknown) => (x instanceof DomainError ? x.code : 'ok')
const reasonOf = (x: unknown) =>
  x instanceof DomainError ? (x.details.fields?.[0]?.reason ?? x.details.reason) : undefined

async function bookingsOf(actor: Actor) {
  if (actor.kind !== 'citizen') throw new Error('a citizen')
  return database.db.select().from(bookings).where(eq(bookings.citizenId, actor.citizenId))
}

describe('issue 16 item 1: a held slot', () => {
  it('R1.2 R3.1 a hold blocks the slot for others, and only for its duration (clock moved)', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const [ana, ben] = [await newCitizen(), await newCitizen()]
    const t = at('09:00')
    expect((await offered(ids.one!)).has(t.getTime())).toBe(true)
    const hold = await holdSlot(database.db, clock, ana, { ...scope(ids.one!), startsAt: t })
    expect(hold.kepId).toBe(ids.one)
    expect(hold.expiresAt.toISOString()).toBe('2027-01-04T06:10:00.000Z')
    // others are not offered it, and cannot hold or book it
    expect((await offered(ids.one!)).has(t.getTime())).toBe(false)
    expect(
      codeOf(await outcome(holdSlot(database.db, clock, ben, { ...scope(ids.one!), startsAt: t }))),
    ).toBe('SLOT_UNAVAILABLE')
    expect(
      codeOf(await outcome(bookAppointment(database.db, clock, ben, details(ids.one!, t)))),
    ).toBe('SLOT_UNAVAILABLE')
    // a minute before it expires it still holds; at its expiry it is free, before any job ran
    clock.set('2027-01-04T06:09:00Z')
    expect((await offered(ids.one!)).has(t.getTime())).toBe(false)
    clock.set('2027-01-04T06:10:00Z')
    expect((await offered(ids.one!)).has(t.getTime())).toBe(true)
    // Ben takes it: reserve lets Ana's lapsed hold go first
    const bens = await holdSlot(database.db, clock, ben, { ...scope(ids.one!), startsAt: t })
    // Ana confirms too late: her time is gone, the nearest free ones offered, nothing written
    const late = await outcome(
      bookAppointment(database.db, clock, ana, details(ids.one!, t, hold.id)),
    )
    expect(codeOf(late)).toBe('SLOT_UNAVAILABLE')
    expect((late as DomainError).details.alternatives as unknown[]).not.toHaveLength(0)
    expect(await bookingsOf(ana)).toHaveLength(0)
    // Ben's hold becomes his booking: the same reservation, the same employee
    const booked = await bookAppointment(database.db, clock, ben, details(ids.one!, t, bens.id))
    expect(booked.reservationId).toBe(bens.id)
    expect(booked.kepId).toBe(bens.kepId)
    expect(booked.startsAt.getTime()).toBe(t.getTime())
  })

  it('R3.1 the hold’s employee is the booking’s: confirming keeps the reservation, with nothing re-chosen', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const ana = await newCitizen()
    const t = at('10:00')
    const hold = await holdSlot(database.db, clock, ana, { ...scope(ids.two!), startsAt: t })
    // someone else books the other employee of the KEP at that time meanwhile
    await bookAppointment(database.db, clock, await newCitizen(), details(ids.two!, t))
    expect((await offered(ids.two!)).has(t.getTime())).toBe(false)
    const booked = await bookAppointment(database.db, clock, ana, details(ids.two!, t, hold.id))
    expect(booked.reservationId).toBe(hold.id)
    // the hold is no longer a hold: releasing it does nothing, the booking keeps its time
    expect(await releaseHold(database.db, clock, ana, hold.id)).toBe(false)
    expect((await offered(ids.two!)).has(t.getTime())).toBe(false)
  })

  it('R3.1 parallel confirms of one hold make exactly one booking, the others refused with a typed error', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const ana = await newCitizen()
    const t = at('11:00')
    const hold = await holdSlot(database.db, clock, ana, { ...scope(ids.one!), startsAt: t })
    const others = await Promise.all(Array.from({ length: 10 }, newCitizen))
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () =>
        outcome(bookAppointment(parallel.db, clock, ana, details(ids.one!, t, hold.id))),
      ),
      ...others.map((c) => outcome(bookAppointment(parallel.db, clock, c, details(ids.one!, t)))),
    ])
    const mine = results.slice(0, 5)
    expect(mine.filter((r) => codeOf(r) === 'ok')).toHaveLength(1)
    for (const r of mine.filter((r) => codeOf(r) !== 'ok')) {
      expect(codeOf(r)).toBe('VALIDATION_FAILED')
      expect(reasonOf(r)).toBe('unknown_hold')
    }
    expect(results.slice(5).every((r) => codeOf(r) === 'SLOT_UNAVAILABLE')).toBe(true)
    expect(await bookingsOf(ana)).toHaveLength(1)
  })

  it('R3.1 50 citizens holding the last free slot at once: exactly one hold', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const t = at('12:00')
    const citizens = await Promise.all(Array.from({ length: 50 }, newCitizen))
    const results = await Promise.all(
      citizens.map((c) =>
        outcome(holdSlot(parallel.db, clock, c, { ...scope(ids.one!), startsAt: t })),
      ),
    )
    expect(results.filter((r) => codeOf(r) === 'ok')).toHaveLength(1)
    expect(results.filter((r) => codeOf(r) === 'SLOT_UNAVAILABLE')).toHaveLength(49)
  }, 60_000)

  it('R3.1 expiry releases: the job lets lapsed holds go; a lapsed hold still free is re-reserved at confirm', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const ana = await newCitizen()
    const t = at('13:00')
    const hold = await holdSlot(database.db, clock, ana, { ...scope(ids.one!), startsAt: t })
    expect(await releaseExpiredHolds(database.db, clock.now())).toBe(0)
    clock.set('2027-01-04T06:30:00Z')
    expect(await releaseExpiredHolds(database.db, clock.now())).toBeGreaterThanOrEqual(1)
    expect(await releaseExpiredHolds(database.db, clock.now())).toBe(0)
    // nobody took it: confirming re-reserves the same time
    const booked = await bookAppointment(database.db, clock, ana, details(ids.one!, t, hold.id))
    expect(booked.startsAt.getTime()).toBe(t.getTime())
    expect(booked.reservationId).not.toBe(hold.id)
    expect((await offered(ids.one!)).has(t.getTime())).toBe(false)
  })

  it('R3.1 one hold per citizen: a new hold releases the previous one; releaseHold lets it go', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const ana = await newCitizen()
    const [t1, t2] = [at('14:00'), at('14:30')]
    await holdSlot(database.db, clock, ana, { ...scope(ids.one!), startsAt: t1 })
    expect((await offered(ids.one!)).has(t1.getTime())).toBe(false)
    // two at once: one of them stays held, the other is free again
    await Promise.all([
      holdSlot(parallel.db, clock, ana, { ...scope(ids.one!), startsAt: t1 }),
      holdSlot(parallel.db, clock, ana, { ...scope(ids.one!), startsAt: t2 }),
    ])
    const now = await offered(ids.one!)
    expect([now.has(t1.getTime()), now.has(t2.getTime())].sort()).toEqual([false, true])
    expect(await releaseHold(database.db, clock, ana, null)).toBe(true)
    const after = await offered(ids.one!)
    expect(after.has(t1.getTime()) && after.has(t2.getTime())).toBe(true)
    expect(await releaseHold(database.db, clock, ana, null)).toBe(false)
  })

  it('R3.1 a booking that names no hold (an API client): the citizen’s own hold of the last free place is theirs; any hold they keep goes with the booking', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const [ana, ben] = [await newCitizen(), await newCitizen()]
    // KEP one has one employee: Ana's hold is the last place at 08:30
    const t = at('08:30')
    const hold = await holdSlot(database.db, clock, ana, { ...scope(ids.one!), startsAt: t })
    const booked = await bookAppointment(database.db, clock, ana, details(ids.one!, t))
    expect(booked.reservationId).toBe(hold.id)
    // Ben holds 09:30 at KEP two, then books 10:30 there without naming it: the hold goes
    const [t1, t2] = [at('09:30'), at('10:30')]
    const before = (await offered(ids.two!)).has(t1.getTime())
    await holdSlot(database.db, clock, ben, { ...scope(ids.two!), startsAt: t1 })
    await bookAppointment(database.db, clock, ben, details(ids.two!, t2))
    expect((await offered(ids.two!)).has(t1.getTime())).toBe(before)
    expect(await releaseHold(database.db, clock, ben, null)).toBe(false)
  })

  it('R2.2 bad input: typed errors, nothing written', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const [ana, ben] = [await newCitizen(), await newCitizen()]
    const t = at('08:30')
    const hold = await holdSlot(database.db, clock, ana, { ...scope(ids.two!), startsAt: t })
    // someone else's hold
    const stolen = await outcome(
      bookAppointment(database.db, clock, ben, details(ids.two!, t, hold.id)),
    )
    expect([codeOf(stolen), reasonOf(stolen)]).toEqual(['VALIDATION_FAILED', 'unknown_hold'])
    expect(await bookingsOf(ben)).toHaveLength(0)
    expect(await releaseHold(database.db, clock, ben, hold.id)).toBe(false)
    // not an id; a hold for another time
    const bad = await outcome(bookAppointment(database.db, clock, ana, details(ids.two!, t, 'x')))
    expect([codeOf(bad), reasonOf(bad)]).toEqual(['VALIDATION_FAILED', 'unknown_hold'])
    const other = await outcome(
      bookAppointment(database.db, clock, ana, details(ids.two!, at('09:30'), hold.id)),
    )
    expect([codeOf(other), reasonOf(other)]).toEqual(['VALIDATION_FAILED', 'hold_mismatch'])
    // the hold is still Ana's: a third citizen is not offered that KEP's second employee twice
    const stillHeld = await bookAppointment(database.db, clock, ana, details(ids.two!, t, hold.id))
    expect(stillHeld.reservationId).toBe(hold.id)
    // a hold on a time the citizen already has an appointment at
    const clash = await outcome(
      holdSlot(database.db, clock, ana, { ...scope(ids.one!), startsAt: at('08:30') }),
    )
    expect([codeOf(clash), reasonOf(clash)]).toEqual(['CONFLICT', 'overlapping_booking'])
    // a time gone by, an unknown KEP; an anonymous caller
    const past = await outcome(
      holdSlot(database.db, clock, ana, {
        ...scope(ids.one!),
        startsAt: new Date('2027-01-01T08:00:00Z'),
      }),
    )
    expect([codeOf(past), reasonOf(past)]).toEqual(['VALIDATION_FAILED', 'in_past'])
    const anonymous = await outcome(
      holdSlot(database.db, clock, { kind: 'anonymous' }, { ...scope(ids.one!), startsAt: t }),
    )
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED')
  })
})

describe('issue 16 item 3: rescheduling to another KEP, or to any KEP', () => {
  it('R2.4 a booking moves to another KEP, then to any KEP of the municipality, one email each', async () => {
    clock.set('2027-01-04T06:00:00Z')
    const ana = await newCitizen()
    const booked = await bookAppointment(database.db, clock, ana, details(ids.one!, at('08:00')))
    const moved = await rescheduleBooking(database.db, clock, ana, {
      bookingId: booked.id,
      startsAt: at('09:30'),
      kepId: ids.elsewhere!,
    })
    expect(moved.kepId).toBe(ids.elsewhere)
    const anywhere = await rescheduleBooking(database.db, clock, ana, {
      bookingId: booked.id,
      startsAt: at('10:30'),
      anyKep: true,
      municipalityId: ids.municipality!,
    })
    expect([ids.one, ids.two]).toContain(anywhere.kepId)
    const emails = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.bookingId, booked.id), eq(outbox.kind, 'rescheduled')))
    // one email to the citizen per move
    expect(
      emails
        .filter((e) => e.recipient === 'nikos@example.gr')
        .map((e) => e.version)
        .sort(),
    ).toEqual([1, 2])
  })
})
