import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Db } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import {
  databaseMigratedUpTo,
  legacyBooking,
  legacyCitizen,
  legacyEmployee,
  legacyProcedure,
} from '../../test/migrated-up-to.js'
import { aCategory, aKep, aMunicipality } from '../../test/factories.js'
import { bookings } from '../bookings/index.js'
import { localDateOf } from '../scheduling/index.js'
import { dailyCounters } from './statistics.table.js'

// Issue 12, migration 0012: the bookings made before it are counted by it, as the triggers
// would have counted them, so the counters match the data from the first moment. On PGlite,
// and on PostgreSQL in its run.

let database: Database
let dispose = async () => {}

beforeAll(async () => {
  ;({ database, dispose } = await databaseMigratedUpTo('0011_occupancy_feed'))
}, 120_000)
afterAll(async () => {
  await dispose()
})

/** The counters as they should be, grouped from the bookings in TypeScript. */
async function recount(db: Db) {
  const out = new Map<string, number[]>()
  for (const b of await db.select().from(bookings)) {
    const key = `${localDateOf(b.startsAt.getTime())} ${b.kepId} ${b.categoryId}`
    const c = out.get(key) ?? [0, 0, 0, 0, 0]
    c[0]! += 1
    if (b.status === 'cancelled') c[1]! += 1
    else c[4]! += (b.endsAt.getTime() - b.startsAt.getTime()) / 60_000
    if (b.status === 'completed') c[2]! += 1
    if (b.status === 'no_show') c[3]! += 1
    out.set(key, c)
  }
  return out
}

async function kept(db: Db) {
  const rows = await db.select().from(dailyCounters)
  return new Map(
    rows.map((r) => [
      `${r.onDate} ${r.kepId} ${r.categoryId}`,
      [r.booked, r.cancelled, r.completed, r.noShow, r.bookedMinutes],
    ]),
  )
}

describe('issue 12: migration 0012 and the bookings made before it', () => {
  it('issue 12: migration 0012 counts the bookings already there — every status, two KEPs and fields, an Athens date that is the day before in UTC', async () => {
    const db = database.db
    const m = await aMunicipality(db)
    const fields = [
      await aCategory(db, 'information'),
      await aCategory(db, 'disability', { callMinutes: 40 }),
    ]
    const procedures = [
      await legacyProcedure(db, fields[0]!.id),
      await legacyProcedure(db, fields[1]!.id),
    ]
    const keps = [await aKep(db, m.id), await aKep(db, m.id)]
    const employees = [await legacyEmployee(db, keps[0]!.id), await legacyEmployee(db, keps[1]!.id)]
    const statuses = ['booked', 'in_progress', 'completed', 'cancelled', 'no_show'] as const
    const starts = [
      '2026-11-02T10:00:00+02:00',
      '2026-11-02T11:00:00+02:00',
      '2026-11-03T00:30:00+02:00', // 22:30 UTC on 2 November
      '2027-03-29T09:00:00+03:00',
    ]
    let n = 0
    for (const [i, start] of starts.entries()) {
      for (const [k, kep] of keps.entries()) {
        for (const [f, field] of fields.entries()) {
          const startsAt = new Date(Date.parse(start) + (n % 3) * 60 * 60_000)
          const minutes = field.callMinutes
          await legacyBooking(db, {
            citizenId: (await legacyCitizen(db)).id, // one each: a citizen's calls never overlap
            categoryId: field.id,
            procedureId: procedures[f]!.id,
            kepId: kep.id,
            employee: employees[k]!,
            startsAt,
            endsAt: new Date(startsAt.getTime() + minutes * 60_000),
            status: statuses[(n + i) % statuses.length]!,
          })
          n += 1
        }
      }
    }

    await runMigrations(database)

    const expected = await recount(db)
    expect(expected.size).toBe(12) // 3 Athens dates × 2 KEPs × 2 fields
    expect(await kept(db)).toEqual(expected)
    // from now on the triggers keep them: a status change on a booking made before counts
    const [old] = await db.select().from(bookings).where(eq(bookings.status, 'booked'))
    await db.update(bookings).set({ status: 'completed' }).where(eq(bookings.id, old!.id))
    expect(await kept(db)).toEqual(await recount(db))
  })
})
