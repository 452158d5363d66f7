import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { DateTime } from 'luxon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Database, type Db } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aBooking,
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
} from '../../test/factories.js'
import { bookings } from '../bookings/index.js'
import { calls } from '../calls/index.js'
import { localDateOf } from '../scheduling/index.js'

// Issue 17 item 2: the usage counters (migration 0024) are equal at every commit to a GROUP BY
// over the raw rows. Random bookings (several fields and procedures, at three KEPs, made from
// minutes to weeks ahead, with special requirements), state changes one by one and in bulk,
// reschedules across days, hours and KEPs, calls joined, let in, ended, verified or not (by
// upsert: an insert and an update in one statement), calls and bookings deleted; then the three
// tables must equal a recount done here in TypeScript (Athens dates and hours by luxon, not by
// the SQL under test). On PGlite, and on PostgreSQL in its run.

let database: Database
const keps: { id: string; employees: { id: string; workstationId: string }[] }[] = []
const fields: { categoryId: string; procedureId: string }[] = []
let citizens: string[] = []
const base = Date.parse('2027-03-01T00:00:00Z')
const hourColumns = Array.from({ length: 24 }, (_, h) => `h${String(h).padStart(2, '0')}`)
const statuses = ['booked', 'in_progress', 'completed', 'no_show', 'cancelled'] as const

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const north = await aMunicipality(db, { regionEl: 'Περιφέρεια Α', regionEn: 'Region A' })
  const south = await aMunicipality(db, { regionEl: 'Περιφέρεια Β', regionEn: 'Region B' })
  for (const m of [north, north, south]) {
    const kep = await aKep(db, m.id)
    keps.push({
      id: kep.id,
      employees: [await anEmployee(db, kep.id), await anEmployee(db, kep.id)],
    })
  }
  for (const code of ['information', 'disability'] as const) {
    const category = await aCategory(db, code)
    for (let i = 0; i < 2; i++) {
      fields.push({ categoryId: category.id, procedureId: (await aProcedure(db, category.id)).id })
    }
  }
  citizens = await Promise.all(Array.from({ length: 30 }, async () => (await aCitizen(db)).id))
}, 60_000)
afterAll(async () => {
  await database?.close()
})

const minute = 60_000
const at = (minutes: number) => new Date(base + minutes * minute)

const anOp = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('book' as const),
      kep: fc.nat(2),
      field: fc.nat(3),
      citizen: fc.nat(29),
      employee: fc.nat(1),
      // a quarter-hour of the next 20 days, any hour (Athens midnight is the previous UTC day)
      slot: fc.nat(20 * 96 - 1),
      // made from 0 minutes to 15 days before (or after: data written around the service)
      leadMinutes: fc.integer({ min: -120, max: 15 * 24 * 60 }),
      signLanguage: fc.boolean(),
      lipReading: fc.boolean(),
      status: fc.constantFrom(...statuses),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('status' as const),
      booking: fc.nat(),
      status: fc.constantFrom(...statuses),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('bulkStatus' as const),
      kep: fc.nat(2),
      status: fc.constantFrom(...statuses),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('reschedule' as const),
      booking: fc.nat(),
      slot: fc.nat(20 * 96 - 1),
      kep: fc.option(fc.nat(2)),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('call' as const),
      booking: fc.nat(),
      joined: fc.option(fc.nat(30)),
      admittedAfter: fc.option(fc.nat(40 * 60)),
      endedAfter: fc.option(fc.nat(60 * 60)),
      verified: fc.option(fc.boolean()),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dropCall' as const), booking: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), booking: fc.nat() }) },
)
type Op = typeof anOp extends fc.Arbitrary<infer T> ? T : never

async function apply(db: Db, op: Op): Promise<void> {
  const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from bookings order by id`))
  const pick = (n: number) => (ids.length === 0 ? undefined : ids[n % ids.length]!.id)
  switch (op.op) {
    case 'book': {
      const kep = keps[op.kep]!
      const startsAt = at(op.slot * 15)
      await aBooking(db, {
        citizenId: citizens[op.citizen]!,
        ...fields[op.field]!,
        kepId: kep.id,
        employee: kep.employees[op.employee]!,
        startsAt,
        createdAt: new Date(startsAt.getTime() - op.leadMinutes * minute),
        needsSignLanguage: op.signLanguage,
        needsLipReading: op.lipReading,
        status: op.status,
      })
      return
    }
    case 'status': {
      const id = pick(op.booking)
      if (id) await db.execute(sql`update bookings set status = ${op.status} where id = ${id}`)
      return
    }
    case 'bulkStatus':
      await db.execute(
        sql`update bookings set status = ${op.status} where kep_id = ${keps[op.kep]!.id}`,
      )
      return
    case 'reschedule': {
      const id = pick(op.booking)
      if (!id) return
      const startsAt = at(op.slot * 15)
      const kep = op.kep === null ? null : keps[op.kep]!
      await db.execute(sql`update bookings set starts_at = ${startsAt.toISOString()},
        ends_at = ${new Date(startsAt.getTime() + 20 * minute).toISOString()}
        ${kep ? sql`, kep_id = ${kep.id}, employee_id = ${kep.employees[0]!.id}, workstation_id = ${kep.employees[0]!.workstationId}` : sql``}
        where id = ${id}`)
      return
    }
    case 'call': {
      const id = pick(op.booking)
      if (!id) return
      const [b] = rowsOf<{ starts: string }>(
        await db.execute(sql`select starts_at::text as starts from bookings where id = ${id}`),
      )
      const start = Date.parse(b!.starts)
      const joined = op.joined === null ? null : new Date(start + op.joined * minute)
      const admitted =
        joined && op.admittedAfter !== null
          ? new Date(joined.getTime() + op.admittedAfter * 1000)
          : null
      const ended =
        admitted && op.endedAfter !== null
          ? new Date(admitted.getTime() + op.endedAfter * 1000)
          : null
      const values = {
        bookingId: id,
        citizenJoinedAt: joined,
        admittedAt: admitted,
        endedAt: ended,
        identityVerified: op.verified,
      }
      await db
        .insert(calls)
        .values(values)
        .onConflictDoUpdate({ target: calls.bookingId, set: values })
      return
    }
    case 'dropCall': {
      const id = pick(op.booking)
      if (id) await db.execute(sql`delete from calls where booking_id = ${id}`)
      return
    }
    case 'delete': {
      const id = pick(op.booking)
      if (id) await db.execute(sql`delete from bookings where id = ${id}`)
      return
    }
  }
}

type Counts = Record<string, number>
const add = (map: Map<string, Counts>, key: string, counts: Counts) => {
  const c = map.get(key) ?? {}
  for (const [k, v] of Object.entries(counts)) c[k] = (c[k] ?? 0) + v
  map.set(key, c)
}
/** Rows with their zero counts left out, rows of nothing but zeros dropped. */
const nonZero = (map: Map<string, Counts>) =>
  new Map(
    [...map]
      .map(
        ([key, c]) =>
          [key, Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0))] as const,
      )
      .filter(([, c]) => Object.keys(c).length > 0),
  )

/** The three tables as they must be, grouped from bookings and calls here. */
async function recount(db: Db) {
  const usage = new Map<string, Counts>()
  const hours = new Map<string, Counts>()
  const made = new Map<string, Counts>()
  const callOf = new Map((await db.select().from(calls)).map((c) => [c.bookingId, c]))
  for (const b of await db.select().from(bookings)) {
    const start = b.startsAt.getTime()
    const onDate = localDateOf(start)
    const leadDays = DateTime.fromISO(onDate)
      .diff(DateTime.fromISO(localDateOf(b.createdAt.getTime())), 'days')
      .as('days')
    const c = callOf.get(b.id)
    const waited = !!(c?.citizenJoinedAt && c.admittedAt)
    const ended = !!(c?.admittedAt && c.endedAt)
    const cancelled = b.status === 'cancelled'
    add(usage, `${onDate} ${b.kepId} ${b.categoryId} ${b.procedureId}`, {
      booked: 1,
      cancelled: +cancelled,
      completed: +(b.status === 'completed'),
      noShow: +(b.status === 'no_show'),
      bookedMinutes: cancelled ? 0 : Math.round((b.endsAt.getTime() - start) / minute),
      leadSameDay: +(leadDays <= 0),
      leadOneToTwo: +(leadDays >= 1 && leadDays <= 2),
      leadThreeToSeven: +(leadDays >= 3 && leadDays <= 7),
      leadOverSeven: +(leadDays > 7),
      leadMinutes: Math.round((start - b.createdAt.getTime()) / minute),
      signLanguage: +b.needsSignLanguage,
      lipReading: +b.needsLipReading,
      waited: +waited,
      waitSeconds: waited ? (c!.admittedAt!.getTime() - c!.citizenJoinedAt!.getTime()) / 1000 : 0,
      callEnded: +ended,
      callSeconds: ended ? (c!.endedAt!.getTime() - c!.admittedAt!.getTime()) / 1000 : 0,
      identityPassed: +(c?.identityVerified === true),
      identityFailed: +(c?.identityVerified === false),
    })
    const hour = DateTime.fromMillis(start, { zone: 'Europe/Athens' }).hour
    add(hours, `${onDate} ${b.kepId} ${b.categoryId} ${b.procedureId}`, {
      [`h${String(hour).padStart(2, '0')}`]: +!cancelled,
    })
    add(made, `${localDateOf(b.createdAt.getTime())} ${b.kepId} ${b.categoryId} ${b.procedureId}`, {
      made: 1,
    })
  }
  return { usage: nonZero(usage), hours: nonZero(hours), made: nonZero(made) }
}

/** The three tables as the triggers keep them, rows of zeros left out. */
async function counters(db: Db) {
  const read = async (
    query: ReturnType<typeof sql>,
    key: (r: Counts & Record<string, string>) => string,
  ) => {
    const out = new Map<string, Counts>()
    for (const r of rowsOf<Counts & Record<string, string>>(await db.execute(query))) {
      const counts: Counts = {}
      for (const [k, v] of Object.entries(r)) {
        if (!['onDate', 'madeOn', 'kepId', 'categoryId', 'procedureId'].includes(k)) {
          counts[k] = Number(v)
        }
      }
      out.set(key(r), counts)
    }
    return nonZero(out)
  }
  return {
    usage: await read(
      sql`select on_date::text as "onDate", kep_id as "kepId", category_id as "categoryId",
        procedure_id as "procedureId", booked, cancelled, completed, no_show as "noShow",
        booked_minutes as "bookedMinutes", lead_same_day as "leadSameDay",
        lead_one_to_two as "leadOneToTwo", lead_three_to_seven as "leadThreeToSeven",
        lead_over_seven as "leadOverSeven", lead_minutes as "leadMinutes",
        sign_language as "signLanguage", lip_reading as "lipReading", waited,
        wait_seconds as "waitSeconds", call_ended as "callEnded", call_seconds as "callSeconds",
        identity_passed as "identityPassed", identity_failed as "identityFailed"
        from usage_counters`,
      (r) => `${r.onDate} ${r.kepId} ${r.categoryId} ${r.procedureId}`,
    ),
    hours: await read(
      sql`select on_date::text as "onDate", kep_id as "kepId", category_id as "categoryId",
        procedure_id as "procedureId", ${sql.raw(hourColumns.join(', '))} from usage_hour_counters`,
      (r) => `${r.onDate} ${r.kepId} ${r.categoryId} ${r.procedureId}`,
    ),
    made: await read(
      sql`select made_on::text as "madeOn", kep_id as "kepId", category_id as "categoryId",
        procedure_id as "procedureId", made from usage_made_counters`,
      (r) => `${r.madeOn} ${r.kepId} ${r.categoryId} ${r.procedureId}`,
    ),
  }
}

describe('usage counters (issue 17 item 2, R3.5)', () => {
  it('R3.5: after any bookings, state changes, reschedules and calls, the usage counters equal a GROUP BY over bookings and calls', async () => {
    const db = database.db
    let applied = 0
    await fc.assert(
      fc.asyncProperty(fc.array(anOp, { minLength: 5, maxLength: 30 }), async (ops) => {
        try {
          for (const op of ops) {
            // a refused statement (an overlap, a booking with a call) must leave no count
            await db
              .transaction(async (tx) => apply(tx, op))
              .then(() => applied++)
              .catch(() => undefined)
          }
          expect(await counters(db)).toEqual(await recount(db))
        } finally {
          await db.execute(sql`delete from calls`)
          await db.execute(sql`delete from bookings`)
        }
        // everything gone: every counter back to zero
        expect(await counters(db)).toEqual({ usage: new Map(), hours: new Map(), made: new Map() })
      }),
      { numRuns: 25 },
    )
    // most operations went through: the property is about counts, not about refusals
    expect(applied).toBeGreaterThan(100)
  }, 300_000)
})
