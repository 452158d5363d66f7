import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aBooking,
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import {
  expectNoGraphQLErrors,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { calls } from '../calls/index.js'
import { availability } from '../scheduling/index.js'

// Issue 14 item 9: the KEP at a glance, through GraphQL over HTTP. A known week, counted by hand:
// Monday 22 to Sunday 28 March 2027; the day asked for is Wednesday 24 March and it is 10:00 in
// Athens (UTC+2 until 03:00 on Sunday 28, UTC+3 after). Thursday 25 March is a public holiday.

const GLANCE = `query ($kepId: ID!, $date: LocalDate!) {
  kepAtAGlance(kepId: $kepId, date: $date) {
    kepId date at
    day { ...period }
    week { ...period }
  }
}
fragment period on KepGlancePeriod {
  from to booked done noShows cancelled averageWaitSeconds
  freePlaces { code name { el en } places }
  employees { employeeId fullName booked done noShows cancelled averageWaitSeconds }
}`

interface Counts {
  booked: number
  done: number
  noShows: number
  cancelled: number
  averageWaitSeconds: number | null
}
interface Period extends Counts {
  from: string
  to: string
  freePlaces: { code: string; name: { el: string; en: string }; places: number }[]
  employees: (Counts & { employeeId: string; fullName: string })[]
}
interface Glance {
  kepAtAGlance: { kepId: string; date: string; at: string; day: Period; week: Period }
}

let database: Database
let server: TestServer
let manager: TestLogin
let staff: TestLogin
let otherManager: TestLogin
let auditor: TestLogin
let kepId: string
let otherKepId: string
let procedureId: string
const people: Record<'a' | 'b' | 'c', { id: string; fullName: string }> = {} as never
const clock = fixedClock('2027-03-24T08:00:00Z')
const at = (iso: string) => new Date(iso)

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  server = await startTestServer(database, { clock })
  // 30-minute calls on a 30-minute grid, no buffer, no notice: the free places count by hand
  const category = await aCategory(db, 'information', {
    callMinutes: 30,
    bufferMinutes: 0,
    slotStepMinutes: 30,
    minNoticeMinutes: 0,
    horizonDays: 60,
  })
  procedureId = (await aProcedure(db, category.id)).id
  const municipality = await aMunicipality(db)
  const kep = await aKep(db, municipality.id)
  const otherKep = await aKep(db, municipality.id)
  kepId = kep.id
  otherKepId = otherKep.id
  await openingHours(db, kep.id, '08:00', '15:00')
  await openingHours(db, otherKep.id, '08:00', '15:00')
  // A (the manager): 08:00–15:00; B: 09:00–12:00; C: 08:00–15:00, no appointments
  const a = await anEmployee(db, kep.id, { role: 'manager' })
  const b = await anEmployee(db, kep.id, {
    windows: [{ weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '12:00' }],
  })
  const c = await anEmployee(db, kep.id)
  const elsewhere = await anEmployee(db, otherKep.id, { role: 'manager' })
  people.a = a
  people.b = b
  people.c = c
  manager = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'staff' })
  staff = await loginAs(server, { gsisUserId: b.gsisUserId, role: 'staff' })
  otherManager = await loginAs(server, { gsisUserId: elsewhere.gsisUserId, role: 'staff' })
  const admin = await anAdministrator(db, { role: 'auditor' })
  auditor = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })

  const book = async (
    employee: { id: string; workstationId: string },
    startsAt: string,
    status: 'booked' | 'in_progress' | 'completed' | 'cancelled' | 'no_show',
    call?: {
      status: 'waiting' | 'in_call' | 'ended' | 'no_show'
      joined?: string
      admitted?: string
    },
    where = kep.id,
  ) => {
    const booking = await aBooking(db, {
      citizenId: (await aCitizen(db)).id,
      categoryId: category.id,
      procedureId,
      kepId: where,
      employee,
      startsAt: at(startsAt),
      status,
    })
    if (call) {
      await db.insert(calls).values({
        bookingId: booking.id,
        status: call.status,
        citizenJoinedAt: call.joined ? at(call.joined) : null,
        admittedAt: call.admitted ? at(call.admitted) : null,
      })
    }
  }
  // Wednesday 24 March (UTC+2)
  await book(a, '2027-03-24T07:00:00Z', 'completed', {
    status: 'ended',
    joined: '2027-03-24T06:58:00Z',
    admitted: '2027-03-24T07:02:00Z', // 240 s
  })
  await book(a, '2027-03-24T07:30:00Z', 'no_show')
  await book(a, '2027-03-24T09:00:00Z', 'cancelled', {
    status: 'ended',
    joined: '2027-03-24T08:50:00Z',
    admitted: '2027-03-24T09:50:00Z', // a cancelled appointment's call: no wait counted
  })
  await book(a, '2027-03-24T11:00:00Z', 'booked')
  await book(b, '2027-03-24T07:00:00Z', 'in_progress', {
    status: 'ended',
    joined: '2027-03-24T07:00:00Z',
    admitted: '2027-03-24T07:01:00Z', // 60 s: the call ended, the outcome not yet recorded
  })
  await book(b, '2027-03-24T07:30:00Z', 'booked', {
    status: 'waiting',
    joined: '2027-03-24T07:29:00Z', // waiting, never let in: no wait yet
  })
  await book(b, '2027-03-24T08:30:00Z', 'booked', { status: 'no_show' })
  // the rest of the week: Monday (A, done, 120 s), Friday (B, cancelled), Sunday 23:30 after
  // the change to summer time (A, booked)
  await book(a, '2027-03-22T07:00:00Z', 'completed', {
    status: 'ended',
    joined: '2027-03-22T07:00:00Z',
    admitted: '2027-03-22T07:02:00Z',
  })
  await book(b, '2027-03-26T08:00:00Z', 'cancelled')
  await book(a, '2027-03-28T20:30:00Z', 'booked')
  // not of the week: Sunday 21 March 23:50 and Monday 29 March 00:10 in Athens
  await book(a, '2027-03-21T21:50:00Z', 'booked')
  await book(a, '2027-03-28T21:10:00Z', 'booked')
  // not of this KEP
  await book(
    elsewhere,
    '2027-03-24T07:00:00Z',
    'completed',
    {
      status: 'ended',
      joined: '2027-03-24T07:00:00Z',
      admitted: '2027-03-24T07:30:00Z',
    },
    otherKep.id,
  )
})

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const glance = (who: TestLogin, vars: Record<string, unknown>) =>
  server.graphql<Glance>(GLANCE, vars, who.headers)
const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code
const fieldsOf = (res: GraphQLResponse<unknown>) => {
  expect(codeOf(res)).toBe('VALIDATION_FAILED')
  const fields = res.errors![0]!.extensions!.fields as { field: string; reason: string }[]
  return fields.map((f) => `${f.field}:${f.reason}`)
}
const countsOf = ({ booked, done, noShows, cancelled, averageWaitSeconds }: Counts) => ({
  booked,
  done,
  noShows,
  cancelled,
  averageWaitSeconds,
})

describe('the KEP at a glance (issue 14 item 9)', () => {
  it('issue 14.9: the day’s appointments by state and the average wait from waiting to admitted, for the KEP and per employee', async () => {
    const { day } = expectNoGraphQLErrors(
      await glance(manager, { kepId, date: '2027-03-24' }),
    ).kepAtAGlance
    expect(day.from).toBe('2027-03-24')
    expect(day.to).toBe('2027-03-24')
    // not cancelled: 6; done: A's completed and B's ended call; missed: A's and B's call's
    expect(countsOf(day)).toEqual({
      booked: 6,
      done: 2,
      noShows: 2,
      cancelled: 1,
      averageWaitSeconds: 150, // (240 + 60) / 2
    })
    const of = (id: string) => countsOf(day.employees.find((e) => e.employeeId === id)!)
    expect(of(people.a.id)).toEqual({
      booked: 3,
      done: 1,
      noShows: 1,
      cancelled: 1,
      averageWaitSeconds: 240,
    })
    expect(of(people.b.id)).toEqual({
      booked: 3,
      done: 1,
      noShows: 1,
      cancelled: 0,
      averageWaitSeconds: 60,
    })
    // an employee at work with no appointment is listed, with nothing
    expect(of(people.c.id)).toEqual({
      booked: 0,
      done: 0,
      noShows: 0,
      cancelled: 0,
      averageWaitSeconds: null,
    })
    expect(day.employees.map((e) => e.fullName).sort()).toEqual(
      [people.a.fullName, people.b.fullName, people.c.fullName].sort(),
    )
  })

  it('issue 14.9: the week is Monday to Sunday in Athens, across the change to summer time', async () => {
    const { week } = expectNoGraphQLErrors(
      await glance(manager, { kepId, date: '2027-03-24' }),
    ).kepAtAGlance
    expect([week.from, week.to]).toEqual(['2027-03-22', '2027-03-28'])
    expect(countsOf(week)).toEqual({
      booked: 8,
      done: 3,
      noShows: 2,
      cancelled: 2,
      averageWaitSeconds: 140, // (240 + 60 + 120) / 3
    })
    const of = (id: string) => countsOf(week.employees.find((e) => e.employeeId === id)!)
    expect(of(people.a.id)).toEqual({
      booked: 5,
      done: 2,
      noShows: 1,
      cancelled: 1,
      averageWaitSeconds: 180,
    })
    expect(of(people.b.id)).toEqual({
      booked: 3,
      done: 1,
      noShows: 1,
      cancelled: 1,
      averageWaitSeconds: 60,
    })
    // any day of the week answers the same week
    const sunday = expectNoGraphQLErrors(await glance(manager, { kepId, date: '2027-03-28' }))
      .kepAtAGlance.week
    expect(countsOf(sunday)).toEqual(countsOf(week))
  })

  it('issue 14.9: free places left are what a citizen could book now, to the period’s end', async () => {
    const { day, week } = expectNoGraphQLErrors(
      await glance(manager, { kepId, date: '2027-03-24' }),
    ).kepAtAGlance
    // from 10:00 on Wednesday: A and C 10:00–14:30 (10 each), B 10:00–11:30 (4); Thursday is
    // a public holiday; Friday: A and C 14 each, B 6; the weekend closed
    expect(day.freePlaces).toEqual([{ code: 'information', name: expect.any(Object), places: 24 }])
    expect(week.freePlaces[0]!.places).toBe(24 + 34)
    // the very numbers availability offers citizens
    const offered = await availability(database.db, clock, {
      category: 'information',
      procedureId,
      kepId,
      from: '2027-03-22',
      to: '2027-03-28',
    })
    const sum = (days: typeof offered.days) =>
      days.reduce((n, d) => n + d.slots.reduce((m, s) => m + s.freeEmployees, 0), 0)
    expect(week.freePlaces[0]!.places).toBe(sum(offered.days))
    expect(day.freePlaces[0]!.places).toBe(sum(offered.days.filter((d) => d.date === '2027-03-24')))
    // a day gone by has none left
    const monday = expectNoGraphQLErrors(await glance(manager, { kepId, date: '2027-03-22' }))
      .kepAtAGlance.day
    expect(monday.freePlaces[0]!.places).toBe(0)
  })

  it('issue 14.9: administrators read any KEP, AUDITORs included', async () => {
    const read = expectNoGraphQLErrors(
      await glance(auditor, { kepId: otherKepId, date: '2027-03-24' }),
    ).kepAtAGlance
    expect(read.kepId).toBe(otherKepId)
    expect(countsOf(read.day)).toEqual({
      booked: 1,
      done: 1,
      noShows: 0,
      cancelled: 0,
      averageWaitSeconds: 1800,
    })
  })

  it('issue 14.9: another KEP’s manager gets NOT_FOUND, an employee FORBIDDEN, an unknown KEP NOT_FOUND', async () => {
    expect(codeOf(await glance(otherManager, { kepId, date: '2027-03-24' }))).toBe('NOT_FOUND')
    expect(codeOf(await glance(staff, { kepId, date: '2027-03-24' }))).toBe('FORBIDDEN')
    expect(codeOf(await glance(auditor, { kepId: 'not-a-uuid', date: '2027-03-24' }))).toBe(
      'NOT_FOUND',
    )
    expect(
      codeOf(
        await glance(auditor, {
          kepId: '00000000-0000-4000-8000-000000000000',
          date: '2027-03-24',
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(codeOf(await server.graphql(GLANCE, { kepId, date: '2027-03-24' }))).toBe(
      'UNAUTHENTICATED',
    )
  })

  it('issue 14.9: a date beyond the booking horizon or over a year ago: VALIDATION_FAILED naming `date`', async () => {
    expect(fieldsOf(await glance(manager, { kepId, date: '2027-05-24' }))).toEqual([
      'date:beyond_horizon',
    ])
    expect(fieldsOf(await glance(manager, { kepId, date: '2026-03-22' }))).toEqual([
      'date:too_far_back',
    ])
    // the last bookable day and a year back are fine
    expectNoGraphQLErrors(await glance(manager, { kepId, date: '2027-05-23' }))
    expectNoGraphQLErrors(await glance(manager, { kepId, date: '2026-03-23' }))
    const res = await glance(manager, { kepId, date: '0001-01-01' })
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
  })

  it('R7.2: a read names employees, so it is audited: which KEP and day, nobody’s figures', async () => {
    expectNoGraphQLErrors(await glance(manager, { kepId, date: '2027-03-26' }))
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'kep.glance.read'), eq(auditLog.actorId, people.a.id)))
    expect(entries.map((e) => [e.entityId, e.details])).toContainEqual([
      kepId,
      { date: '2027-03-26', employees: 3 },
    ])
  })
})
