import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
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
import { calls } from '../calls/index.js'
import { kepDailyCapacity } from './statistics.table.js'
import { usageStatistics, type UsageStatisticsInput } from './usage.service.js'

// Issue 17 item 2: each figure of the usage statistics on a small hand-made data set whose
// answers are worked out here by hand; the scopes; bad input; who may read.
//
// In January Athens is UTC+2. Four bookings, 20 minutes each:
//   b1 KEP 1 (region A), procedure 1, Mon 11 Jan 09:00, made that morning (60 min ahead),
//      completed; waited 120 s, call 600 s, identity passed; sign-language interpreter.
//   b2 KEP 1, procedure 1, Tue 12 Jan 10:00, made 2 days ahead; no-show; joined, never let in.
//   b3 KEP 1, procedure 2, Tue 12 Jan 10:00 (another employee), made 11 days ahead; cancelled.
//   b4 KEP 2 (region B), procedure 2, Mon 18 Jan 09:00, made 5 days ahead; completed; waited
//      60 s, call 1200 s, identity failed; lip reading.
// Capacity: KEP 1 480 minutes on the 11th and on the 12th, KEP 2 400 on the 18th.

let database: Database
const ids = { kep1: '', kep2: '', municipalityA: '', p1: '', p2: '', categoryId: '' }
const administrator: Actor = {
  kind: 'administrator',
  administratorId: randomUUID(),
  role: 'administrator',
  sessionId: randomUUID(),
}
const auditor: Actor = { ...administrator, role: 'auditor' }
const range = { from: '2027-01-11', to: '2027-01-18' }

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const a = await aMunicipality(db, { regionEl: 'Περιφέρεια Α', regionEn: 'Region A' })
  const b = await aMunicipality(db, { regionEl: 'Περιφέρεια Β', regionEn: 'Region B' })
  const kep1 = await aKep(db, a.id)
  const kep2 = await aKep(db, b.id)
  const category = await aCategory(db, 'information')
  const p1 = await aProcedure(db, category.id)
  const p2 = await aProcedure(db, category.id)
  Object.assign(ids, {
    kep1: kep1.id,
    kep2: kep2.id,
    municipalityA: a.id,
    p1: p1.id,
    p2: p2.id,
    categoryId: category.id,
  })
  const [e1, e2, e3] = [
    await anEmployee(db, kep1.id),
    await anEmployee(db, kep1.id),
    await anEmployee(db, kep2.id),
  ]
  const citizen = async () => (await aCitizen(db)).id
  const of = (kepId: string, procedureId: string) => ({
    kepId,
    procedureId,
    categoryId: category.id,
  })
  const b1 = await aBooking(db, {
    ...of(kep1.id, p1.id),
    citizenId: await citizen(),
    employee: e1!,
    startsAt: new Date('2027-01-11T07:00:00Z'),
    createdAt: new Date('2027-01-11T06:00:00Z'),
    status: 'completed',
    needsSignLanguage: true,
  })
  const b2 = await aBooking(db, {
    ...of(kep1.id, p1.id),
    citizenId: await citizen(),
    employee: e1!,
    startsAt: new Date('2027-01-12T08:00:00Z'),
    createdAt: new Date('2027-01-10T08:00:00Z'),
    status: 'no_show',
  })
  await aBooking(db, {
    ...of(kep1.id, p2.id),
    citizenId: await citizen(),
    employee: e2!,
    startsAt: new Date('2027-01-12T08:00:00Z'),
    createdAt: new Date('2027-01-01T08:00:00Z'),
    status: 'cancelled',
  })
  const b4 = await aBooking(db, {
    ...of(kep2.id, p2.id),
    citizenId: await citizen(),
    employee: e3!,
    startsAt: new Date('2027-01-18T07:00:00Z'),
    createdAt: new Date('2027-01-13T07:00:00Z'),
    status: 'completed',
    needsLipReading: true,
  })
  await db.insert(calls).values([
    {
      bookingId: b1.id,
      status: 'ended',
      citizenJoinedAt: new Date('2027-01-11T07:00:00Z'),
      admittedAt: new Date('2027-01-11T07:02:00Z'),
      endedAt: new Date('2027-01-11T07:12:00Z'),
      identityVerified: true,
    },
    { bookingId: b2.id, status: 'no_show', citizenJoinedAt: new Date('2027-01-12T08:00:00Z') },
    {
      bookingId: b4.id,
      status: 'ended',
      citizenJoinedAt: new Date('2027-01-18T07:00:00Z'),
      admittedAt: new Date('2027-01-18T07:01:00Z'),
      endedAt: new Date('2027-01-18T07:21:00Z'),
      identityVerified: false,
    },
  ])
  const computedAt = new Date()
  await db.insert(kepDailyCapacity).values([
    { onDate: '2027-01-11', kepId: kep1.id, availableMinutes: 480, computedAt },
    { onDate: '2027-01-12', kepId: kep1.id, availableMinutes: 480, computedAt },
    { onDate: '2027-01-18', kepId: kep2.id, availableMinutes: 400, computedAt },
  ])
}, 60_000)
afterAll(async () => {
  await database?.close()
})

const read = (input: Partial<UsageStatisticsInput> = {}, actor: Actor = administrator) =>
  usageStatistics(database.db, actor, { ...range, ...input })

async function refusal(input: Partial<UsageStatisticsInput>, actor: Actor = administrator) {
  try {
    await read(input, actor)
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
  throw new Error('not refused')
}

describe('usage statistics (issue 17 item 2, R3.5)', () => {
  it('R3.5: national totals, rates, lead time, utilisation, calls, identity checks and requests', async () => {
    const s = await read()
    expect(s.totals).toEqual({ made: 2, booked: 4, cancelled: 1, completed: 2, noShow: 1, held: 3 })
    expect(s.cancellationRate).toBe(0.25)
    expect(s.completionRate).toBeCloseTo(2 / 3)
    expect(s.noShowRate).toBeCloseTo(1 / 3)
    expect(s.leadTime).toEqual({
      averageMinutes: (60 + 2880 + 15840 + 7200) / 4,
      sameDay: 1,
      oneToTwoDays: 1,
      threeToSevenDays: 1,
      overSevenDays: 1,
    })
    expect(s.utilisation).toEqual({ bookedMinutes: 60, availableMinutes: 1360, ratio: 60 / 1360 })
    expect(s.averageWaitSeconds).toBe(90)
    expect(s.averageCallSeconds).toBe(900)
    expect([s.identityPassed, s.identityFailed]).toEqual([1, 1])
    expect([s.interpreterRequests, s.lipReadingRequests]).toEqual([1, 1])
  })

  it('R3.5: per day and per week, by appointment date and by the date made', async () => {
    const s = await read()
    expect(s.days.map((d) => d.date)).toEqual([
      '2027-01-11',
      '2027-01-12',
      '2027-01-13',
      '2027-01-14',
      '2027-01-15',
      '2027-01-16',
      '2027-01-17',
      '2027-01-18',
    ])
    expect(s.days[0]).toEqual({
      date: '2027-01-11',
      made: 1,
      booked: 1,
      cancelled: 0,
      completed: 1,
      noShow: 0,
      held: 1,
    })
    expect(s.days[1]).toMatchObject({ made: 0, booked: 2, cancelled: 1, noShow: 1, held: 1 })
    expect(s.days[2]).toMatchObject({ made: 1, booked: 0 })
    expect(s.weeks).toEqual([
      {
        weekStart: '2027-01-11',
        made: 2,
        booked: 3,
        cancelled: 1,
        completed: 1,
        noShow: 1,
        held: 2,
      },
      {
        weekStart: '2027-01-18',
        made: 0,
        booked: 1,
        cancelled: 0,
        completed: 1,
        noShow: 0,
        held: 1,
      },
    ])
  })

  it('R3.5: the weekday × hour heat map (Athens hours, cancelled left out) and top procedures', async () => {
    const s = await read()
    expect(s.heatMap).toEqual([
      { weekday: 1, hour: 9, appointments: 2 },
      { weekday: 2, hour: 10, appointments: 1 },
    ])
    expect(s.topProcedures.map((p) => [p.procedureId, p.bookings]).sort()).toEqual(
      [
        [ids.p1, 2],
        [ids.p2, 2],
      ].sort(),
    )
    expect(s.topProcedures[0]!.titleEl).toMatch(/^Διαδικασία/)
  })

  it('R3.5: scopes — region, municipality, KEP, field, procedure', async () => {
    const south = await read({ region: 'Περιφέρεια Β' })
    expect(south.totals.booked).toBe(1)
    expect(south.utilisation).toEqual({ bookedMinutes: 20, availableMinutes: 400, ratio: 0.05 })
    expect((await read({ municipalityId: ids.municipalityA })).totals.booked).toBe(3)
    const kep1 = await read({ kepId: ids.kep1 })
    expect(kep1.totals).toMatchObject({ booked: 3, cancelled: 1, made: 1 })
    expect(kep1.averageCallSeconds).toBe(600)
    const p2 = await read({ procedureId: ids.p2 })
    expect(p2.totals).toMatchObject({ booked: 2, cancelled: 1, completed: 1 })
    expect(p2.identityFailed).toBe(1)
    expect((await read({ categoryId: ids.categoryId })).totals.booked).toBe(4)
    // they combine: KEP 2's procedure 1 has nothing
    const none = await read({ kepId: ids.kep2, procedureId: ids.p1 })
    expect(none.totals.booked).toBe(0)
    expect([none.cancellationRate, none.averageWaitSeconds, none.leadTime.averageMinutes]).toEqual([
      null,
      null,
      null,
    ])
    expect(none.heatMap).toEqual([])
  })

  it('R3.5: a range of two years is read; more, an end before the start, bad or unknown ids are refused field by field', async () => {
    expect((await read({ from: '2026-01-19', to: '2028-01-19' })).totals.booked).toBe(4)
    const reasons = async (input: Partial<UsageStatisticsInput>) =>
      (await refusal(input)).details.fields?.map((f) => [f.field, f.reason])
    expect(await reasons({ from: '2026-01-17', to: '2028-01-19' })).toEqual([
      ['to', 'range_too_long'],
    ])
    expect(await reasons({ from: '2027-01-18', to: '2027-01-11' })).toEqual([['to', 'before_from']])
    expect(await reasons({ from: '2027-02-30' })).toEqual([['from', 'invalid_format']])
    expect(await reasons({ kepId: 'nope', procedureId: "1' or 1=1" })).toEqual([
      ['kepId', 'invalid_format'],
      ['procedureId', 'invalid_format'],
    ])
    expect(await reasons({ kepId: randomUUID(), region: 'Ατλαντίδα' })).toEqual([
      ['region', 'not_found'],
      ['kepId', 'not_found'],
    ])
    expect(await reasons({ region: 'x'.repeat(10_000) })).toEqual([['region', 'invalid_format']])
    const e = await refusal({ to: '2027-01-01' })
    expect(e.code).toBe('VALIDATION_FAILED')
    expect(e.details.fields?.[0]?.message.el).toBeTruthy()
    expect(e.details.fields?.[0]?.message.en).toBeTruthy()
  })

  it('R3.5, R7.2: any administrator reads (AUDITORs included); staff, citizens, API clients and the anonymous do not', async () => {
    expect((await read({}, auditor)).totals.booked).toBe(4)
    expect((await read({}, { ...administrator, role: 'operator' })).totals.booked).toBe(4)
    const staff: Actor = {
      kind: 'employee',
      employeeId: randomUUID(),
      kepId: ids.kep1,
      role: 'manager',
      sessionId: randomUUID(),
    }
    expect((await refusal({}, staff)).code).toBe('FORBIDDEN')
    expect(
      (await refusal({}, { kind: 'api_client', clientId: randomUUID(), scopes: [] })).code,
    ).toBe('FORBIDDEN')
    expect(
      (await refusal({}, { kind: 'citizen', citizenId: randomUUID(), sessionId: randomUUID() }))
        .code,
    ).toBe('FORBIDDEN')
    expect((await refusal({}, { kind: 'anonymous' })).code).toBe('UNAUTHENTICATED')
  })
})
