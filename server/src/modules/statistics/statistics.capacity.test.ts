import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import { openDatabase, type Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  aWorkstation,
  openingHours,
} from '../../test/factories.js'
import {
  availability,
  employeeAbsences,
  employeeAvailability,
  kepClosures,
  kepOpeningHours,
} from '../scheduling/index.js'
import { readDailyCounters, recomputeCapacity, refreshCapacity } from './statistics.service.js'

// Issue 12, build 5: a KEP's available minutes per day come from the slot engine's own reading
// of the rules, kept current by a job that recomputes when they change. A known week, counted
// by hand: Monday 22 to Friday 26 March 2027 (before the DST change: Athens is UTC+2).

let database: Database
let kepId: string
let procedureId: string
const week = ['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26']
let employeeB: string

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  // a 10-minute call on a 10-minute grid, no buffer: every free minute is in some slot
  const category = await aCategory(db, 'information', {
    callMinutes: 10,
    bufferMinutes: 0,
    slotStepMinutes: 10,
    minNoticeMinutes: 0,
    horizonDays: 366,
  })
  procedureId = (await aProcedure(db, category.id)).id
  const kep = await aKep(db, (await aMunicipality(db)).id)
  kepId = kep.id
  await openingHours(db, kep.id, '08:00', '15:00')
  const weekdays = [1, 2, 3, 4, 5]
  // A: the whole opening, 420 minutes; absent on Tuesday 10:00–12:00 (300 that day)
  const a = await anEmployee(db, kep.id)
  await db.insert(employeeAbsences).values({
    employeeId: a.id,
    startsAt: new Date('2027-03-23T10:00:00+02:00'),
    endsAt: new Date('2027-03-23T12:00:00+02:00'),
  })
  // B: 09:00–13:00 at one desk and 12:00–14:00 at another, counted once: 09:00–14:00, 300
  const b = await anEmployee(db, kep.id, { windows: [{ weekdays, from: '09:00', to: '13:00' }] })
  employeeB = b.id
  const secondDesk = await aWorkstation(db, kep.id)
  await db.insert(employeeAvailability).values(
    weekdays.map((weekday) => ({
      employeeId: b.id,
      workstationId: secondDesk.id,
      weekday,
      startsAt: '12:00',
      endsAt: '14:00',
      validFrom: '2020-01-01',
    })),
  )
  // C: 07:00–16:00, cut to the opening hours: 420
  await anEmployee(db, kep.id, { windows: [{ weekdays, from: '07:00', to: '16:00' }] })
  // Thursday 25 March is a public holiday; on Friday the KEP is closed (a local feast)
  await db.insert(kepClosures).values({
    kepId: kep.id,
    startsOn: '2027-03-26',
    endsOn: '2027-03-26',
    reasonEl: 'Τοπική εορτή',
    reasonEn: 'Local feast',
  })
}, 60_000)
afterAll(async () => {
  await database?.close()
})

const minutesOf = async (from: string, to: string) =>
  (await readDailyCounters(database.db, { from, to, kepId })).map((d) => [
    d.date,
    d.availableMinutes,
  ])

describe('issue 12: the KEPs’ available minutes', () => {
  it('issue 12: available minutes of a hand-counted week — opening hours, two desks at once, an absence, a public holiday, a closure', async () => {
    await database.db.transaction((tx) =>
      recomputeCapacity(tx, week[0]!, week[4]!, new Date('2027-03-20T08:00:00Z')),
    )
    expect(await minutesOf(week[0]!, week[4]!)).toEqual([
      ['2027-03-22', 420 + 300 + 420],
      ['2027-03-23', 300 + 300 + 420],
      ['2027-03-24', 420 + 300 + 420],
      ['2027-03-25', 0],
      ['2027-03-26', 0],
    ])
  })

  it('issue 12: available minutes equal the slot engine’s own count: free employees × call minutes, summed over the day’s slots', async () => {
    const clock = fixedClock('2027-03-20T08:00:00Z')
    const offered = await availability(database.db, clock, {
      category: 'information',
      procedureId,
      kepId,
      from: week[0]!,
      to: week[4]!,
    })
    const fromSlots = offered.days.map((d) => [
      d.date,
      d.slots.reduce((n, s) => n + s.freeEmployees * offered.callMinutes, 0),
    ])
    expect(await minutesOf(week[0]!, week[4]!)).toEqual(fromSlots)
  })

  it('issue 12: the job recomputes when rules, absences or closures change, or a day begins, and freezes the days behind its window', async () => {
    const db = database.db
    const clock = fixedClock('2027-03-20T08:00:00Z')
    expect(await refreshCapacity(db, clock)).toBe(100) // one KEP, 13 March to 20 June
    expect(await refreshCapacity(db, clock)).toBe(0) // nothing changed: one read
    // an absence: B away on Wednesday 09:00–11:00
    await db.insert(employeeAbsences).values({
      employeeId: employeeB,
      startsAt: new Date('2027-03-24T09:00:00+02:00'),
      endsAt: new Date('2027-03-24T11:00:00+02:00'),
    })
    expect(await refreshCapacity(db, clock)).toBe(100)
    expect(await minutesOf('2027-03-24', '2027-03-24')).toEqual([['2027-03-24', 420 + 180 + 420]])
    // the rules: on Mondays the KEP now closes at 14:00
    await db
      .update(kepOpeningHours)
      .set({ closesAt: '14:00' })
      .where(and(eq(kepOpeningHours.kepId, kepId), eq(kepOpeningHours.weekday, 1)))
    expect(await refreshCapacity(db, clock)).toBe(100)
    expect(await minutesOf('2027-03-22', '2027-03-22')).toEqual([['2027-03-22', 360 + 300 + 360]])
    // a new day moves the window; what falls behind it is frozen as last computed
    clock.set('2027-04-01T08:00:00Z')
    expect(await refreshCapacity(db, clock)).toBe(100)
    expect(await refreshCapacity(db, clock)).toBe(0)
    await db.insert(kepClosures).values([
      { kepId, startsOn: '2027-03-22', endsOn: '2027-03-22', reasonEl: 'x', reasonEn: 'x' },
      { kepId, startsOn: '2027-03-29', endsOn: '2027-03-29', reasonEl: 'x', reasonEn: 'x' },
    ])
    expect(await refreshCapacity(db, clock)).toBe(100)
    expect(await minutesOf('2027-03-22', '2027-03-22')).toEqual([['2027-03-22', 1020]])
    expect(await minutesOf('2027-03-29', '2027-03-29')).toEqual([['2027-03-29', 0]])
  })

  it('issue 12: two instances refreshing at once: one recomputes, the other skips the round', async () => {
    const db = database.db
    // on PostgreSQL a second pool, as another instance would have; PGlite has one connection
    const other =
      database.kind === 'postgres'
        ? await openDatabase({ url: database.url!, maxConnections: 2 })
        : database
    try {
      const clock = fixedClock('2027-04-01T08:00:00Z')
      await db.insert(employeeAbsences).values({
        employeeId: employeeB,
        startsAt: new Date('2027-04-05T09:00:00+03:00'),
        endsAt: new Date('2027-04-05T10:00:00+03:00'),
      })
      const written = await Promise.all([
        refreshCapacity(db, clock),
        refreshCapacity(other.db, clock),
      ])
      expect(written.sort((x, y) => x - y)).toEqual([0, 100])
      expect(await minutesOf('2027-04-05', '2027-04-05')).toEqual([['2027-04-05', 1020 - 60]])
    } finally {
      if (other !== database) await other.close()
    }
  })
})
