import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
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
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, testServerConfig, type TestServer } from '../../test/server.js'
import { auditHmac, auditLog } from '../audit/index.js'
import {
  adminBookings,
  maxPageSize,
  type AdminBookingRow,
  type AdminBookingsFilter,
  type AdminBookingsSort,
} from './admin-bookings.service.js'

// Issue 17 items 1 and 3 (R3.5, R7.2): every booking for the ministry's administrators — each
// filter and the search, the order and its pages, bad input as typed errors, the audit of each
// page read, and the CSV of a filter equal to the list of the same filter.

let database: Database
let server: TestServer
let auditorLogin: TestLogin
let auditKey: string
const clock = fixedClock('2027-01-12T08:00:00Z')

const administrator: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-0000000000a1',
  role: 'administrator',
  sessionId: 's',
}
const auditor: Actor = { ...administrator, role: 'auditor' }
const operator: Actor = { ...administrator, role: 'operator' }
const staffActor: Actor = {
  kind: 'employee',
  employeeId: '00000000-0000-4000-8000-0000000000e1',
  kepId: '00000000-0000-4000-8000-0000000000c1',
  role: 'manager',
  sessionId: 's',
} as Actor
const citizenActor: Actor = {
  kind: 'citizen',
  citizenId: '00000000-0000-4000-8000-0000000000d1',
  sessionId: 's',
}

const ids = {} as Record<
  | 'attica'
  | 'crete'
  | 'kepA1'
  | 'kepA2'
  | 'kepC'
  | 'info'
  | 'business'
  | 'procInfo'
  | 'procBusiness'
  | 'empA1'
  | 'empA2'
  | 'empC',
  string
>

interface Made {
  id: string
  reference: string
  startsAt: Date
  status: string
  kepId: string
  fullName: string
  email: string
  categoryId: string
  procedureId: string
  employeeId: string
  needsSignLanguage: boolean
  needsLipReading: boolean
  otherRequirements: string | null
}
const made: Made[] = []

const names = [
  'Γιώργος Παπαδόπουλος',
  'Ελένη Ιωάννου',
  'Άννα Σταματίου',
  'ΝΙΚΟΣ ΑΝΔΡΕΟΥ',
  'John Smith',
]
const statuses = ['booked', 'completed', 'cancelled', 'no_show', 'in_progress'] as const

beforeAll(async () => {
  database = await createTestDatabase()
  const config = testServerConfig()
  auditKey = config.auditKey
  server = await startTestServer(database, { clock })
  const db = database.db
  const attica = await aMunicipality(db, { regionEl: 'Αττική', regionEn: 'Attica' })
  const crete = await aMunicipality(db, { regionEl: 'Κρήτη', regionEn: 'Crete' })
  ids.attica = attica.id
  ids.crete = crete.id
  ids.kepA1 = (await aKep(db, attica.id)).id
  ids.kepA2 = (await aKep(db, attica.id)).id
  ids.kepC = (await aKep(db, crete.id)).id
  const info = await aCategory(db, 'information')
  const business = await aCategory(db, 'business')
  ids.info = info.id
  ids.business = business.id
  ids.procInfo = (await aProcedure(db, info.id)).id
  ids.procBusiness = (await aProcedure(db, business.id)).id
  const empA1 = await anEmployee(db, ids.kepA1)
  const empA2 = await anEmployee(db, ids.kepA2)
  const empC = await anEmployee(db, ids.kepC)
  ids.empA1 = empA1.id
  ids.empA2 = empA2.id
  ids.empC = empC.id
  const kepsOf = [
    [ids.kepA1, empA1],
    [ids.kepA2, empA2],
    [ids.kepC, empC],
  ] as const
  // 75 bookings over 25 distinct times: three at each time (equal times break ties by id)
  for (let i = 0; i < 75; i++) {
    const [kepId, employee] = kepsOf[i % 3]!
    const startsAt = new Date(Date.parse('2027-02-01T08:00:00Z') + Math.floor(i / 3) * 86_400_000)
    const citizen = await aCitizen(db)
    const isBusiness = i % 4 === 0
    const row = await aBooking(db, {
      citizenId: citizen.id,
      categoryId: isBusiness ? ids.business : ids.info,
      procedureId: isBusiness ? ids.procBusiness : ids.procInfo,
      kepId,
      employee,
      startsAt,
      reference: `KEP-2027-${String(900_000 + i).padStart(6, '0')}`,
      status: statuses[i % 5]!,
      fullName: names[i % 5]!,
      email: i % 5 === 4 ? 'John.Smith@Example.gr' : `person${i}@example.gr`,
      needsSignLanguage: i % 7 === 0,
      needsLipReading: i % 11 === 0,
      otherRequirements: i % 13 === 0 ? 'Αναπηρικό αμαξίδιο' : null,
    })
    made.push(row as Made)
  }
  const a = await anAdministrator(db, { role: 'auditor' })
  auditorLogin = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const list = (
  actor: Actor,
  args: {
    filter?: AdminBookingsFilter
    sort?: AdminBookingsSort
    first?: number
    after?: string | null
  } = {},
) => adminBookings(database.db, actor, { first: 25, ...args }, { auditKey })

/** Every page of a filter, in order. */
async function all(filter: AdminBookingsFilter, sort?: AdminBookingsSort, first = 7) {
  const rows: AdminBookingRow[] = []
  let after: string | null = null
  for (let pages = 0; pages < 100; pages++) {
    const page = await list(administrator, { filter, sort, first, after })
    rows.push(...page.nodes)
    if (!page.pageInfo.hasNextPage) return rows
    after = page.pageInfo.endCursor
  }
  throw new Error('too many pages')
}

/** The expected order: appointment time, then id. */
const ordered = (rows: Made[], sort: AdminBookingsSort = 'starts_at_asc') => {
  const sorted = [...rows].sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  )
  return (sort === 'starts_at_desc' ? sorted.reverse() : sorted).map((r) => r.id)
}

const expectFieldError = async (promise: Promise<unknown>, field: string, reason?: string) => {
  const err = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { code?: string; details?: { fields?: { field: string; reason: string }[] } } | null
  expect(err?.code).toBe('VALIDATION_FAILED')
  expect(err?.details?.fields).toEqual(
    expect.arrayContaining([expect.objectContaining(reason ? { field, reason } : { field })]),
  )
}

describe('every booking for administrators (issue 17 item 1)', () => {
  it('R3.5 pages through all bookings by time then id, no duplicates nor gaps with equal times, both ways', async () => {
    for (const sort of ['starts_at_asc', 'starts_at_desc'] as const) {
      for (const first of [1, 4, 7, 100]) {
        const rows = await all({}, sort, first)
        expect(rows.map((r) => r.id)).toEqual(ordered(made, sort))
      }
    }
  })

  it('R3.5 filters by dates (Athens days, both included), region, municipality, KEP, field, procedure, states, employee', async () => {
    const athensDay = (d: Date) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Athens' }).format(d)
    const cases: [AdminBookingsFilter, (m: Made) => boolean][] = [
      [
        { from: '2027-02-05', to: '2027-02-10' },
        (m) => athensDay(m.startsAt) >= '2027-02-05' && athensDay(m.startsAt) <= '2027-02-10',
      ],
      [{ region: 'Crete' }, (m) => m.kepId === ids.kepC],
      [{ region: 'Αττική' }, (m) => m.kepId !== ids.kepC],
      [{ municipalityId: ids.attica }, (m) => m.kepId === ids.kepA1 || m.kepId === ids.kepA2],
      [{ kepId: ids.kepA2 }, (m) => m.kepId === ids.kepA2],
      [{ categoryId: ids.business }, (m) => m.categoryId === ids.business],
      [{ procedureId: ids.procInfo }, (m) => m.procedureId === ids.procInfo],
      [
        { statuses: ['cancelled', 'no_show'] },
        (m) => m.status === 'cancelled' || m.status === 'no_show',
      ],
      [{ employeeId: ids.empC }, (m) => m.employeeId === ids.empC],
      [
        { municipalityId: ids.attica, statuses: ['booked'], from: '2027-02-03' },
        (m) =>
          m.kepId !== ids.kepC && m.status === 'booked' && athensDay(m.startsAt) >= '2027-02-03',
      ],
    ]
    for (const [filter, keep] of cases) {
      const expected = ordered(made.filter(keep))
      expect(expected.length).toBeGreaterThan(0)
      expect(
        (await all(filter)).map((r) => r.id),
        JSON.stringify(filter),
      ).toEqual(expected)
    }
  })

  it('R2.2 R3.5 filters by special requirements: any, or one kind', async () => {
    const cases: [AdminBookingsFilter['specialRequirement'], (m: Made) => boolean][] = [
      ['sign_language', (m) => m.needsSignLanguage],
      ['lip_reading', (m) => m.needsLipReading],
      ['other', (m) => !!m.otherRequirements],
      ['any', (m) => m.needsSignLanguage || m.needsLipReading || !!m.otherRequirements],
    ]
    for (const [specialRequirement, keep] of cases) {
      const expected = ordered(made.filter(keep))
      expect(expected.length).toBeGreaterThan(0)
      expect((await all({ specialRequirement })).map((r) => r.id)).toEqual(expected)
    }
  })

  it('R3.5 searches a reference exactly, an email in any case, the starts of the name’s words without accents or case', async () => {
    const target = made[17]!
    expect((await all({ search: target.reference.toLowerCase() })).map((r) => r.id)).toEqual([
      target.id,
    ])
    expect(await all({ search: target.reference.slice(0, -1) })).toEqual([])
    const smiths = ordered(made.filter((m) => m.email === 'John.Smith@Example.gr'))
    expect((await all({ search: 'john.smith@example.GR' })).map((r) => r.id)).toEqual(smiths)
    expect(await all({ search: 'john.smith@example' })).toEqual([])
    const papadopoulos = ordered(made.filter((m) => m.fullName === 'Γιώργος Παπαδόπουλος'))
    for (const search of ['παπαδοπουλος', 'ΠΑΠΑΔΌΠ', 'γιωργ παπ', 'Παπαδόπουλος Γιώργος']) {
      expect(
        (await all({ search })).map((r) => r.id),
        search,
      ).toEqual(papadopoulos)
    }
    // the start of a word, not its middle
    expect(await all({ search: 'αδοπουλ' })).toEqual([])
    const nikos = ordered(made.filter((m) => m.fullName === 'ΝΙΚΟΣ ΑΝΔΡΕΟΥ'))
    expect((await all({ search: 'νίκος' })).map((r) => r.id)).toEqual(nikos)
    expect((await all({ search: 'smi' })).map((r) => r.id)).toEqual(smiths)
    // LIKE's wildcards are literal
    expect(await all({ search: '%' })).toEqual([])
    expect(await all({ search: '_' })).toEqual([])
    // the full-text query's own syntax is only text
    expect(await all({ search: "o'brien & (x | !y):*" })).toEqual([])
    expect((await all({ search: 'παπαδ:* | a' })).map((r) => r.id)).toEqual([])
  })

  it('R3.5 bad input is a typed error field by field: over two years, reversed, malformed dates, ids, cursor, page size', async () => {
    await expectFieldError(
      list(administrator, { filter: { from: '2027-01-01', to: '2029-01-02' } }),
      'filter.to',
      'range_too_long',
    )
    // exactly two years is fine
    await list(administrator, { filter: { from: '2027-01-01', to: '2028-12-31' } })
    await expectFieldError(
      list(administrator, { filter: { from: '2027-03-01', to: '2027-02-01' } }),
      'filter.to',
      'before_start',
    )
    await expectFieldError(list(administrator, { filter: { from: '2027-02-30' } }), 'filter.from')
    await expectFieldError(list(administrator, { filter: { kepId: 'nope' } }), 'filter.kepId')
    await expectFieldError(
      list(administrator, { filter: { statuses: ['lost' as never] } }),
      'filter.statuses',
    )
    await expectFieldError(
      list(administrator, { filter: { search: 'x'.repeat(201) } }),
      'filter.search',
    )
    await expectFieldError(list(administrator, { after: 'garbage' }), 'after', 'invalid_cursor')
    await expectFieldError(
      list(administrator, { after: Buffer.from('bookings:[1,2,3]').toString('base64url') }),
      'after',
      'invalid_cursor',
    )
    // a cursor of the other order is not this order's
    const page = await list(administrator, { first: 2, sort: 'starts_at_desc' })
    await expectFieldError(
      list(administrator, { after: page.pageInfo.endCursor, sort: 'starts_at_asc' }),
      'after',
      'invalid_cursor',
    )
    await expectFieldError(list(administrator, { first: 0 }), 'first')
    await expectFieldError(list(administrator, { first: maxPageSize + 1 }), 'first')
  })

  it('R3.5 the ministry’s administrators read it (auditors and operators too); staff and citizens are refused', async () => {
    expect((await list(auditor, { first: 3 })).nodes).toHaveLength(3)
    expect((await list(operator, { first: 3 })).nodes).toHaveLength(3)
    for (const actor of [staffActor, citizenActor, { kind: 'anonymous' } as Actor]) {
      await expect(list(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })

  it('R7.2 each page read is audited with its filter; the search only as a keyed hash', async () => {
    const search = 'Ελένη'
    await list(auditor, {
      filter: { search, kepId: ids.kepA1, statuses: ['booked'] },
      first: 2,
    })
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'booking.list'),
          eq(auditLog.actorId, auditor.kind === 'administrator' ? auditor.administratorId : ''),
        ),
      )
    const entry = entries.find((e) => (e.details as { kepId?: string }).kepId === ids.kepA1)
    expect(entry).toMatchObject({ actorKind: 'administrator', entity: 'booking' })
    expect(entry!.details).toMatchObject({
      kepId: ids.kepA1,
      statuses: ['booked'],
      searchKind: 'name',
      searchHmac: auditHmac(auditKey, 'ελενη'),
    })
    expect(JSON.stringify(entries)).not.toContain(search)
    expect(JSON.stringify(entries)).not.toContain('ελενη')
  })
})

describe('over GraphQL and HTTP (issue 17 items 1 and 3)', () => {
  const query = `query ($filter: AdminBookingsFilter, $sort: AdminBookingsSort, $first: Int, $after: String) {
    adminBookings(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes { id reference status startsAt fullName email kepName { el } procedureTitle { el } employeeName }
      pageInfo { hasNextPage endCursor }
    }
  }`

  it('R3.5 an unknown state, sort or requirement is a typed error, not a server error', async () => {
    for (const variables of [
      { filter: { statuses: ['LOST'] } },
      { sort: 'BY_NAME' },
      { filter: { specialRequirement: 'WINGS' } },
      { filter: { from: '2027-13-01' } },
      { first: 'many' },
    ]) {
      const res = await server.graphql(query, variables, auditorLogin.headers)
      expect(res.status, JSON.stringify(variables)).toBeLessThan(500)
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).not.toBe(
        'INTERNAL_SERVER_ERROR',
      )
      expect(res.errors?.[0]?.extensions?.code).toMatch(/VALIDATION_FAILED|BAD_USER_INPUT/)
    }
    const res = await server.graphql(query, { after: 'nonsense' }, auditorLogin.headers)
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
  })

  it('R3.5 R7.2 the CSV of a filter equals the list of the same filter, every page, in its order; its audit hashes the search', async () => {
    const filters: [Record<string, string>, AdminBookingsFilter, AdminBookingsSort][] = [
      [
        { municipalityId: ids.attica, statuses: 'booked,completed', sort: 'starts_at_desc' },
        { municipalityId: ids.attica, statuses: ['booked', 'completed'] },
        'starts_at_desc',
      ],
      [{ search: 'παπαδόπουλος' }, { search: 'παπαδόπουλος' }, 'starts_at_asc'],
      [{}, {}, 'starts_at_asc'],
    ]
    for (const [params, filter, sort] of filters) {
      const q = new URLSearchParams({ ...params, separator: 'semicolon', lang: 'en' })
      const res = await fetch(`${server.url}/admin/exports/bookings.csv?${q}`, {
        headers: auditorLogin.headers,
      })
      expect(res.status).toBe(200)
      const text = (await res.text()).replace(/^\uFEFF/, '')
      const lines = text.split('\r\n').filter(Boolean)
      expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Reference', 'Starts', 'Ends', 'State'])
      const listed = await all(filter, sort, 10)
      expect(listed.length).toBeGreaterThan(0)
      expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(listed.map((r) => r.reference))
      expect(lines.slice(1).map((l) => l.split(';')[4])).toEqual(listed.map((r) => r.fullName))
    }
    const exports = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'export'), eq(auditLog.entity, 'bookings')))
    expect(exports).toHaveLength(3)
    expect(JSON.stringify(exports)).not.toContain('παπαδ')
    expect(
      exports.map(
        (e) => (e.details as { filter: { searchHmac: string | null } }).filter.searchHmac,
      ),
    ).toContain(auditHmac(auditKey, 'παπαδοπουλοσ'))
  })

  it('R3.5 a bad export filter is a typed error field by field, nothing exported', async () => {
    const res = await fetch(
      `${server.url}/admin/exports/bookings.csv?from=2027-01-01&to=2030-01-01&kepId=x&statuses=lost`,
      { headers: auditorLogin.headers },
    )
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { extensions: { code: string; fields: { field: string }[] } }[]
    }
    const fields = body.errors[0]!.extensions.fields.map((f) => f.field)
    expect(fields).toEqual(expect.arrayContaining(['to', 'kepId', 'statuses']))
  })
})
