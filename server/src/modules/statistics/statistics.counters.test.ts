import { asc, eq } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { openDatabase, pgErrorOf, type Database, type Db } from '../../platform/db/client.js'
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
import {
  bookAppointment,
  bookings,
  cancelBooking,
  rescheduleBooking,
  setBookingStatusFromCall,
} from '../bookings/index.js'
import { markMissedCalls } from '../calls/index.js'
import { localDateOf } from '../scheduling/index.js'
import { readDailyCounters } from './statistics.service.js'
import { dailyCounters } from './statistics.table.js'

// Issue 12, build 5: the counters are kept by triggers in the bookings' own transactions. Real
// operations through the services (book, reschedule across days and KEPs, cancel, the call's
// start, completion and no-show), then the counters must equal a recount of the bookings made
// here in TypeScript (the Athens date by luxon, not by the SQL under test).

// Monday 4 January 2027, 08:00 in Athens.
const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
let parallel: Database // a second pool on PostgreSQL, so parallel requests truly interleave
type BookInput = Parameters<typeof bookAppointment>[3]
const fields: { category: BookInput['category']; procedureId: string }[] = []
const kepIds: string[] = []
let citizens: Actor[] = []

beforeAll(async () => {
  database = await createTestDatabase()
  parallel =
    database.kind === 'postgres'
      ? await openDatabase({ url: database.url!, maxConnections: 20 })
      : database
  const db = database.db
  const m = await aMunicipality(db)
  for (const code of ['information', 'disability'] as const) {
    const category = await aCategory(db, code, {
      slotStepMinutes: 30,
      minNoticeMinutes: 0,
      horizonDays: 366,
    })
    fields.push({ category: code, procedureId: (await aProcedure(db, category.id)).id })
  }
  // Kep 0 keeps office hours; kep 1 opens at midnight, so its early calls fall on the previous
  // day in UTC and only the Athens date puts them right.
  const day = await aKep(db, m.id)
  await openingHours(db, day.id, '08:00', '15:00')
  for (let i = 0; i < 2; i++) await anEmployee(db, day.id)
  const night = await aKep(db, m.id)
  await openingHours(db, night.id, '00:00', '15:00')
  const nightWindows = [{ weekdays: [1, 2, 3, 4, 5], from: '00:00', to: '15:00' }]
  for (let i = 0; i < 2; i++) await anEmployee(db, night.id, { windows: nightWindows })
  kepIds.push(day.id, night.id)
  citizens = await Promise.all(
    Array.from({ length: 120 }, async () => {
      const c = await aCitizen(db)
      return { kind: 'citizen', citizenId: c.id, sessionId: c.id } as Actor
    }),
  )
}, 60_000)
afterAll(async () => {
  if (parallel !== database) await parallel?.close()
  await database?.close()
})

const contact = {
  fullName: 'Νίκος Παπαδόπουλος',
  email: 'nikos@example.gr',
  phone: '2101234567',
  postalAddress: 'Σταδίου 5, 10562 Αθήνα',
  deliveryMethod: 'email' as const,
}

type Counts = {
  booked: number
  cancelled: number
  completed: number
  noShow: number
  bookedMinutes: number
}

/** The counters as they should be: grouped from the bookings, in TypeScript. */
async function recount(db: Db): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>()
  for (const b of await db.select().from(bookings)) {
    const key = `${localDateOf(b.startsAt.getTime())} ${b.kepId} ${b.categoryId}`
    let c = out.get(key)
    if (!c)
      out.set(key, (c = { booked: 0, cancelled: 0, completed: 0, noShow: 0, bookedMinutes: 0 }))
    c.booked += 1
    if (b.status === 'cancelled') c.cancelled += 1
    else c.bookedMinutes += (b.endsAt.getTime() - b.startsAt.getTime()) / 60_000
    if (b.status === 'completed') c.completed += 1
    if (b.status === 'no_show') c.noShow += 1
  }
  return out
}

/** The counters as kept, rows of all zeros (everything moved away) left out. */
async function counters(db: Db): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>()
  const rows = await db.select().from(dailyCounters).orderBy(asc(dailyCounters.onDate))
  for (const { onDate, kepId, categoryId, ...c } of rows) {
    if (Object.values(c).every((v) => v === 0)) continue
    out.set(`${onDate} ${kepId} ${categoryId}`, c)
  }
  return out
}

async function expectCountersMatch(db: Db) {
  const [kept, expected] = await Promise.all([counters(db), recount(db)])
  expect(kept).toEqual(expected)
}

/** Athens wall-clock time on a date; the offset is the date's (winter +02, summer +03). */
const at = (date: string, minutes: number) => {
  const offset = date >= '2027-03-28' && date < '2027-10-31' ? '+03:00' : '+02:00'
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return new Date(`${date}T${hh}:${mm}:00${offset}`)
}

/** A DomainError is an answer (taken, not offered, too many bookings); anything else fails. */
const expected = (err: unknown) => {
  if (err instanceof DomainError) return null
  throw err
}

const system: Actor = { kind: 'system', job: 'statistics test' }
const owner = (b: { citizenId: string }): Actor => ({
  kind: 'citizen',
  citizenId: b.citizenId,
  sessionId: 'test',
})

// 6 January is a public holiday (refused), 29 March the Monday after the spring DST change.
const days = ['2027-01-05', '2027-01-06', '2027-01-07', '2027-03-29']
const slot = fc.record({
  kep: fc.integer({ min: 0, max: 1 }),
  day: fc.integer({ min: 0, max: days.length - 1 }),
  // kep 0 from 08:00, kep 1 from 00:00, every 30 minutes for six hours
  index: fc.integer({ min: 0, max: 11 }),
})
const operation = fc.oneof(
  fc.record({
    kind: fc.constant('book' as const),
    citizen: fc.nat(),
    field: fc.integer({ min: 0, max: 1 }),
    slot,
  }),
  fc.record({ kind: fc.constant('reschedule' as const), pick: fc.nat(), slot }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('start' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('complete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('noShow' as const), pick: fc.nat() }),
)
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never

const startOf = (s: { kep: number; day: number; index: number }) =>
  at(days[s.day]!, (s.kep === 0 ? 8 * 60 : 0) + s.index * 30)

async function run(db: Db, op: Operation): Promise<void> {
  if (op.kind === 'book') {
    const actor = citizens[op.citizen % citizens.length]!
    await bookAppointment(db, clock, actor, {
      ...fields[op.field]!,
      kepId: kepIds[op.slot.kep]!,
      startsAt: startOf(op.slot),
      ...contact,
    }).catch(expected)
    return
  }
  const all = await db.select().from(bookings).orderBy(asc(bookings.reference))
  const booking = all[op.pick % Math.max(all.length, 1)]
  if (!booking) return
  switch (op.kind) {
    case 'reschedule':
      await rescheduleBooking(db, clock, owner(booking), {
        bookingId: booking.id,
        startsAt: startOf(op.slot),
        kepId: kepIds[op.slot.kep]!,
      }).catch(expected)
      return
    case 'cancel':
      await cancelBooking(db, clock, owner(booking), { bookingId: booking.id }).catch(expected)
      return
    default: {
      // what the calls module does when a call starts, ends, or the citizen never came
      const status = { start: 'in_progress', complete: 'completed', noShow: 'no_show' } as const
      await db.transaction((tx) =>
        setBookingStatusFromCall(tx, booking.id, status[op.kind], system, clock.now()),
      )
    }
  }
}

describe('issue 12: statistics-ready counters kept by the database', () => {
  it('issue 12: after any sequence of bookings, reschedules across days and KEPs, cancellations, completions and no-shows, the counters equal a recount of the bookings', async () => {
    const db = database.db
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 10, maxLength: 30 }), async (ops) => {
        for (const op of ops) await run(db, op)
        await expectCountersMatch(db)
      }),
      { numRuns: 6, seed: 20261201 },
    )
    const kept = await counters(db)
    // the sequences did reach every transition (else the property proves little)
    const sum = (k: keyof Counts) => [...kept.values()].reduce((n, c) => n + c[k], 0)
    expect(sum('booked')).toBeGreaterThan(10)
    expect(sum('cancelled')).toBeGreaterThan(0)
    expect(sum('completed')).toBeGreaterThan(0)
    expect(sum('noShow')).toBeGreaterThan(0)
    // The housekeeping job, months later: every call still booked becomes a no-show.
    const later = fixedClock('2027-04-01T06:00:00Z')
    while ((await markMissedCalls(db, later)) > 0);
    await expectCountersMatch(db)
  }, 240_000)

  it('issue 12: a booking at 00:30 in Athens counts on that date, not on the UTC date before it', async () => {
    const db = database.db
    const startsAt = at('2027-01-08', 30) // 22:30 UTC on the 7th
    const booked = await bookAppointment(db, clock, citizens[119]!, {
      ...fields[0]!,
      kepId: kepIds[1]!,
      startsAt,
      ...contact,
    })
    const [day] = await readDailyCounters(db, {
      from: '2027-01-08',
      to: '2027-01-08',
      kepId: kepIds[1]!,
      categoryId: booked.categoryId,
    })
    expect(day).toMatchObject({ date: '2027-01-08', kepId: kepIds[1] })
    expect(day!.fields[0]!.booked).toBeGreaterThanOrEqual(1)
    await expectCountersMatch(db)
  })

  it('issue 12: a booking, or a status change, whose transaction rolls back leaves no count', async () => {
    const db = database.db
    const before = await counters(db)
    const rollback = new Error('rolled back on purpose')
    // the booking service inside a transaction that then fails (its own becomes a savepoint)
    await expect(
      db.transaction(async (tx) => {
        await bookAppointment(tx, clock, citizens[118]!, {
          ...fields[1]!,
          kepId: kepIds[0]!,
          startsAt: at('2027-01-12', 9 * 60),
          ...contact,
        })
        // counted inside the transaction that booked it
        await expectCountersMatch(tx)
        expect(await counters(tx)).not.toEqual(before)
        throw rollback
      }),
    ).rejects.toBe(rollback)
    expect(await counters(db)).toEqual(before)
    // a call's outcome whose transaction fails after the booking's status changed
    const [booking] = await db.select().from(bookings).where(eq(bookings.status, 'booked'))
    await expect(
      db.transaction(async (tx) => {
        await setBookingStatusFromCall(tx, booking!.id, 'completed', system, clock.now())
        throw rollback
      }),
    ).rejects.toBe(rollback)
    expect(await counters(db)).toEqual(before)
    await expectCountersMatch(db)
  })

  it('issue 12: parallel bookings, then parallel cancellations and call outcomes (real concurrent transactions), are each counted exactly once', async () => {
    const db = database.db
    const date = '2027-01-13'
    const free = citizens.slice(0, 100)
    // 60 requests for 12 slots of each KEP (two employees each: at most 48 succeed), both fields
    const results = await Promise.all(
      free.slice(0, 60).map((actor, i) =>
        bookAppointment(parallel.db, clock, actor, {
          ...fields[i % 2]!,
          kepId: kepIds[i % 2 === 0 ? 0 : 1]!,
          startsAt: at(date, (i % 2 === 0 ? 8 * 60 : 0) + ((i >> 1) % 6) * 60),
          ...contact,
        }).then(
          () => 'booked',
          (err: unknown) =>
            err instanceof DomainError ? err.code : `unexpected ${pgErrorOf(err).code}`,
        ),
      ),
    )
    expect(results.filter((r) => r.startsWith('unexpected'))).toEqual([])
    const booked = results.filter((r) => r === 'booked').length
    expect(booked).toBeGreaterThan(0)
    const day = await readDailyCounters(db, { from: date, to: date })
    const counted = day.flatMap((d) => d.fields).reduce((n, f) => n + f.booked, 0)
    expect(counted).toBe(booked)
    await expectCountersMatch(db)
    // then, all at once, half of that day's bookings cancelled and the others' calls ended
    const made = await db
      .select()
      .from(bookings)
      .where(eq(bookings.status, 'booked'))
      .then((rows) => rows.filter((b) => localDateOf(b.startsAt.getTime()) === date))
    expect(made).toHaveLength(booked)
    const changes = await Promise.all(
      made.map((b, i) =>
        i % 2 === 0
          ? cancelBooking(parallel.db, clock, owner(b), { bookingId: b.id }).then(() => true)
          : parallel.db.transaction((tx) =>
              setBookingStatusFromCall(
                tx,
                b.id,
                i % 4 === 1 ? 'completed' : 'no_show',
                system,
                clock.now(),
              ),
            ),
      ),
    )
    expect(changes.every(Boolean)).toBe(true)
    await expectCountersMatch(db)
  }, 120_000)

  it('issue 12: a malformed read of the counters is VALIDATION_FAILED naming the field, never a 500', async () => {
    const db = database.db
    const reasons = async (input: Parameters<typeof readDailyCounters>[1]) =>
      readDailyCounters(db, input).then(
        () => [],
        (err: unknown) => {
          if (!(err instanceof DomainError) || err.code !== 'VALIDATION_FAILED') throw err
          return (err.details.fields ?? []).map((f) => `${f.field} ${f.reason}`)
        },
      )
    expect(await reasons({ from: '2027-02-30', to: 'tomorrow' })).toEqual([
      'from invalid_format',
      'to invalid_format',
    ])
    expect(await reasons({ from: '2027-01-01', to: '2027-01-02', kepId: 'KEP-1' })).toEqual([
      'kepId invalid_format',
    ])
    expect(await reasons({ from: '2027-01-02', to: '2027-01-01' })).toEqual(['to before_from'])
    expect(await reasons({ from: '2027-01-01', to: '2028-01-03' })).toEqual(['to range_too_long'])
    expect(await reasons({ from: '2027-01-01', to: '2028-01-02' })).toEqual([])
  })
})
