import { randomBytes } from 'node:crypto'
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
} from '../../test/factories.js'
import { loginAs, type TestLogin } from '../../test/identity.js'
import {
  expectNoGraphQLErrors,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { appointmentStateOf } from './agenda.service.js'
import { callParticipants, calls } from './calls.table.js'

// Issue 14 item 1 and the search of item 3, through GraphQL over HTTP: an employee's agenda
// (theirs or their KEP's) and the search of their KEP's bookings, never another KEP's.

const AGENDA = `query ($from: LocalDate!, $to: LocalDate!, $scope: AgendaScope) {
  staffAgenda(from: $from, to: $to, scope: $scope) {
    state
    booking { id reference fullName status assignedEmployee { id displayName } }
    call { id status }
  }
}`
const FIND = `query ($q: String!) { findKepBookings(query: $q) { state booking { id reference } } }`

interface Row {
  state: string
  booking: {
    id: string
    reference: string
    fullName: string
    status: string
    assignedEmployee: { id: string; displayName: string } | null
  }
  call: { id: string; status: string } | null
}

let database: Database
let server: TestServer
let me: TestLogin
let otherManager: TestLogin
let meId: string
let colleague: { id: string; fullName: string }
// Tuesday 12 January 2027, 10:00 in Athens
const clock = fixedClock('2027-01-12T08:00:00Z')
const at = (iso: string) => new Date(iso)
const ids: Record<string, string> = {}
const refs: Record<string, string> = {}

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  server = await startTestServer(database, { clock })
  const category = await aCategory(db, 'information')
  const procedure = await aProcedure(db, category.id)
  const municipality = await aMunicipality(db)
  const kep = await aKep(db, municipality.id)
  const otherKep = await aKep(db, municipality.id)
  const mine = await anEmployee(db, kep.id)
  const theirs = await anEmployee(db, kep.id)
  const otherBoss = await anEmployee(db, otherKep.id, { role: 'manager' })
  meId = mine.id
  colleague = theirs
  me = await loginAs(server, { gsisUserId: mine.gsisUserId, role: 'staff' })
  otherManager = await loginAs(server, { gsisUserId: otherBoss.gsisUserId, role: 'staff' })
  const book = async (
    key: string,
    employee: { id: string; workstationId: string },
    startsAt: Date,
    over: Partial<Parameters<typeof aBooking>[1]> = {},
  ) => {
    const row = await aBooking(db, {
      citizenId: (await aCitizen(db)).id,
      categoryId: category.id,
      procedureId: procedure.id,
      kepId: employee === otherBoss ? otherKep.id : kep.id,
      employee,
      startsAt,
      ...over,
    })
    ids[key] = row.id
    refs[key] = row.reference
    return row
  }
  await book('mineLater', mine, at('2027-01-12T09:00:00Z'))
  await book('colleagues', theirs, at('2027-01-12T07:00:00Z'), {
    fullName: 'Γιώργος Νικολάου',
    email: 'Giorgos.Nikolaou@Example.gr',
  })
  await book('mineCancelled', mine, at('2027-01-12T10:00:00Z'), { status: 'cancelled' })
  await book('mineWednesday', mine, at('2027-01-13T08:00:00Z'), { needsSignLanguage: true })
  await book('mineNextWeek', mine, at('2027-01-19T08:00:00Z'))
  await book('otherKep', otherBoss, at('2027-01-12T08:00:00Z'), { fullName: 'Γιώργος Νικολάου' })
  // the colleague's citizen waits in the call; my 11:00 is in the call
  const [waiting] = await db.insert(calls).values({ bookingId: ids.colleagues! }).returning()
  await db.insert(callParticipants).values({
    callId: waiting!.id,
    role: 'citizen',
    displayName: 'Γιώργος Νικολάου',
    tokenHash: randomBytes(16).toString('hex'),
    joinedAt: at('2027-01-12T06:55:00Z'),
  })
  await db.insert(calls).values({ bookingId: ids.mineLater!, status: 'in_call' })
})

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const agenda = (vars: Record<string, unknown>, who = me) =>
  server.graphql<{ staffAgenda: Row[] }>(AGENDA, vars, who.headers)
const fieldsOf = (res: GraphQLResponse<unknown>) => {
  expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
  const fields = res.errors![0]!.extensions!.fields as { field: string; reason: string }[]
  return fields.map((f) => `${f.field}:${f.reason}`)
}

describe('the staff agenda (issue 14 item 1)', () => {
  it('issue 14: "my appointments" (the default) lists only those assigned to the employee, cancelled ones too, by start', async () => {
    const rows = expectNoGraphQLErrors(
      await agenda({ from: '2027-01-12', to: '2027-01-12' }),
    ).staffAgenda
    expect(rows.map((r) => r.booking.id)).toEqual([ids.mineLater, ids.mineCancelled])
    expect(rows.map((r) => r.state)).toEqual(['IN_CALL', 'CANCELLED'])
    expect(rows[0]!.booking.assignedEmployee?.id).toBe(meId)
  })

  it('issue 14: "the KEP’s" lists every appointment of the employee’s KEP with who takes it, never another KEP’s', async () => {
    const rows = expectNoGraphQLErrors(
      await agenda({ from: '2027-01-12', to: '2027-01-13', scope: 'KEP' }),
    ).staffAgenda
    expect(rows.map((r) => r.booking.id)).toEqual([
      ids.colleagues,
      ids.mineLater,
      ids.mineCancelled,
      ids.mineWednesday,
    ])
    expect(rows[0]).toMatchObject({
      state: 'WAITING',
      booking: { assignedEmployee: { id: colleague.id, displayName: colleague.fullName } },
    })
    expect(rows[3]!.state).toBe('NOT_STARTED')
  })

  it('issue 14: another KEP’s manager sees only their own KEP, never this one’s appointments', async () => {
    const rows = expectNoGraphQLErrors(
      await agenda({ from: '2027-01-12', to: '2027-01-18', scope: 'KEP' }, otherManager),
    ).staffAgenda
    expect(rows.map((r) => r.booking.id)).toEqual([ids.otherKep])
  })

  it('issue 14: a week at most, not reversed, not beyond the booking horizon: VALIDATION_FAILED naming the field', async () => {
    expect(fieldsOf(await agenda({ from: '2027-01-12', to: '2027-01-11' }))).toEqual([
      'to:before_from',
    ])
    expect(fieldsOf(await agenda({ from: '2027-01-11', to: '2027-01-18' }))).toEqual([
      'to:range_too_long',
    ])
    expect(fieldsOf(await agenda({ from: '2028-03-01', to: '2028-03-02' }))).toEqual([
      'to:beyond_horizon',
    ])
    // a whole Monday-to-Sunday week is allowed, a past one too
    expectNoGraphQLErrors(await agenda({ from: '2027-01-11', to: '2027-01-17' }))
    expectNoGraphQLErrors(await agenda({ from: '2026-12-28', to: '2027-01-03' }))
  })

  it('issue 11 (fuzz): a date the database cannot read answers data or VALIDATION_FAILED, never an internal error', async () => {
    const res = await agenda({ from: '0001-01-01', to: '0001-01-01', scope: 'KEP' })
    expect(res.errors?.[0]?.extensions?.code ?? 'data').toMatch(/^(data|VALIDATION_FAILED)$/)
  })

  it('R7.2 every read of the agenda is audited, without the people’s details', async () => {
    expectNoGraphQLErrors(await agenda({ from: '2027-01-14', to: '2027-01-15', scope: 'KEP' }))
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'kep.agenda.read'), eq(auditLog.actorId, meId)))
    expect(entries.map((e) => e.details)).toContainEqual({
      from: '2027-01-14',
      to: '2027-01-15',
      scope: 'kep',
      count: 0,
    })
  })

  it('issue 14: the state comes from the booking’s outcome first, then the call’s', () => {
    expect(appointmentStateOf({ status: 'booked' }, null, false)).toBe('not_started')
    expect(appointmentStateOf({ status: 'booked' }, { status: 'waiting' }, false)).toBe(
      'not_started',
    )
    expect(appointmentStateOf({ status: 'booked' }, { status: 'waiting' }, true)).toBe('waiting')
    expect(appointmentStateOf({ status: 'in_progress' }, { status: 'in_call' }, false)).toBe(
      'in_call',
    )
    expect(appointmentStateOf({ status: 'completed' }, { status: 'ended' }, false)).toBe('done')
    expect(appointmentStateOf({ status: 'no_show' }, { status: 'no_show' }, false)).toBe('no_show')
    expect(appointmentStateOf({ status: 'booked' }, { status: 'no_show' }, false)).toBe('no_show')
    expect(appointmentStateOf({ status: 'cancelled' }, null, false)).toBe('cancelled')
  })
})

describe('finding a booking of the KEP (issue 14 item 3)', () => {
  const find = async (q: string, who = me) =>
    expectNoGraphQLErrors(
      await server.graphql<{ findKepBookings: Row[] }>(FIND, { q }, who.headers),
    ).findKepBookings.map((r) => r.booking.id)

  it('issue 14: by reference', async () => {
    expect(await find(refs.mineWednesday!)).toEqual([ids.mineWednesday])
    expect(await find(refs.mineWednesday!.toLowerCase())).toEqual([ids.mineWednesday])
  })

  it('issue 14: by the citizen’s name, accents and case ignored, only in the employee’s KEP', async () => {
    expect(await find('ΓΙΩΡΓΟΣ νικολαου')).toEqual([ids.colleagues])
    expect(await find('Γιώργος Νικολάου', otherManager)).toEqual([ids.otherKep])
  })

  it('issue 14: by email, case ignored', async () => {
    expect(await find('giorgos.nikolaou@example')).toEqual([ids.colleagues])
  })

  it('issue 14: another KEP’s employee searching this KEP’s reference finds nothing', async () => {
    expect(await find(refs.mineLater!, otherManager)).toEqual([])
  })

  it('issue 11 defect 7: a control character in the search is dropped, not refused', async () => {
    expect(await find('νικο\u0000λαου')).toEqual([ids.colleagues])
  })

  it('issue 14: fewer than 3 characters is VALIDATION_FAILED naming the query', async () => {
    const res = await server.graphql(FIND, { q: ' ab ' }, me.headers)
    expect(fieldsOf(res)).toEqual(['query:too_short'])
  })

  it('R7.2 a search is audited with the bookings read, never the words searched for', async () => {
    await find('νικολαου')
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'kep.bookings.search'), eq(auditLog.actorId, meId)))
    expect(entries.map((e) => e.details)).toContainEqual({
      count: 1,
      bookingIds: [ids.colleagues],
    })
    expect(JSON.stringify(entries)).not.toMatch(/νικολαου|Giorgos/i)
  })

  it('issue 14: a citizen cannot search a KEP’s bookings', async () => {
    const citizen = await loginAs(server, 'citizen')
    const res = await server.graphql(FIND, { q: 'νικολαου' }, citizen.headers)
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})
