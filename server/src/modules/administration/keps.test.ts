import { randomBytes } from 'node:crypto'
import { and, count, eq } from 'drizzle-orm'
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
  openingHours,
} from '../../test/factories.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { expectNoGraphQLErrors, startTestServer, type TestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { bookAppointment, bookings } from '../bookings/index.js'
import { keps } from '../catalog/index.js'
import { outbox } from '../notifications/index.js'
import { kepClosures, workstations } from '../scheduling/index.js'
import { BookingFate, UncoveredChoice, type ImpactInput } from './impact.types.js'
import {
  closeKep,
  createKep,
  getKep,
  listKeps,
  resumeKep,
  suspendKep,
  updateKep,
  type CreateKepInput,
} from './keps.service.js'

// Monday 4 January 2027, 08:00 in Athens.
const clock = fixedClock('2027-01-04T06:00:00Z')
const u = () => randomBytes(3).toString('hex')

let database: Database
let server: TestServer
const admin: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000001',
  role: 'administrator',
  sessionId: 's',
}
const operator: Actor = { ...admin, role: 'operator' }
const auditor: Actor = { ...admin, role: 'auditor' }
const ids = {} as Record<'category' | 'procedure', string>

beforeAll(async () => {
  database = await createTestDatabase()
  const info = await aCategory(database.db, 'information')
  ids.category = info.id
  ids.procedure = (await aProcedure(database.db, info.id)).id
  server = await startTestServer(database, { clock })
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const newKep = (municipalityId: string, over: Partial<CreateKepInput> = {}): CreateKepInput => ({
  code: `KEP-${u()}`,
  nameEl: 'ΚΕΠ Δήμου Νέας Σμύρνης',
  nameEn: 'KEP of Nea Smyrni',
  municipalityId,
  addressEl: 'Ομήρου 1',
  addressEn: '1 Omirou Street',
  postalCode: '171 21',
  cityEl: 'Νέα Σμύρνη',
  cityEn: 'Nea Smyrni',
  phone: '210 9300000',
  email: 'KEP@NeaSmyrni.gr',
  workstations: ['Θέση 1', 'Θέση 2'],
  ...over,
})

const fieldsOf = async (p: Promise<unknown>) => {
  const err = (await p.then(
    () => {
      throw new Error('expected a refusal')
    },
    (e: unknown) => e,
  )) as { code: string; details: { fields: { field: string; reason: string }[] } }
  expect(err.code).toBe('VALIDATION_FAILED')
  return err.details.fields.map((f) => `${f.field}:${f.reason}`)
}

const kepCount = async () => Number((await database.db.select({ n: count() }).from(keps))[0]!.n)

/** An employee of the KEP with an appointment there on Tuesday 5 January at 10:00 Athens. */
async function withBooking(kepId: string) {
  const employee = await anEmployee(database.db, kepId)
  const booking = await aBooking(database.db, {
    citizenId: (await aCitizen(database.db)).id,
    categoryId: ids.category,
    procedureId: ids.procedure,
    kepId,
    employee,
    startsAt: new Date('2027-01-05T08:00:00Z'),
  })
  return { employee, booking }
}

/** Two KEPs of one municipality, open Monday to Friday 08:00–15:00, one employee each. */
async function twoKeps() {
  const m = await aMunicipality(database.db)
  const [a, b] = [await aKep(database.db, m.id), await aKep(database.db, m.id)]
  for (const k of [a!, b!]) {
    await openingHours(database.db, k.id)
    await anEmployee(database.db, k.id)
  }
  return { a: a!, b: b! }
}

/** A citizen's appointment at the KEP, Tuesday 5 January at `hhmm` Athens. */
async function booked(kepId: string, hhmm = '10:00') {
  const citizen = await aCitizen(database.db)
  return bookAppointment(
    database.db,
    clock,
    { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
    {
      category: 'information',
      procedureId: ids.procedure,
      kepId,
      startsAt: new Date(`2027-01-05T${hhmm}:00+02:00`),
      fullName: 'Μαρία Ιωάννου',
      email: 'maria@example.gr',
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    },
  )
}

const reasons = { reasonEl: 'Ανακαίνιση του χώρου', reasonEn: 'Renovation of the premises' }
const preview = (uncovered: UncoveredChoice) => ({ apply: false, token: null, uncovered })
const apply = (uncovered: UncoveredChoice, token: string) => ({ apply: true, token, uncovered })
const bookingRow = async (id: string) =>
  (await database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!
/** The emails of a booking other than its reminders. */
const emailsOf = async (bookingId: string) =>
  (await database.db.select().from(outbox).where(eq(outbox.bookingId, bookingId)))
    .filter((r) => !r.kind.startsWith('reminder'))
    .map((r) => r.id)
const closuresOf = async (kepId: string) =>
  database.db.select().from(kepClosures).where(eq(kepClosures.kepId, kepId))

describe('createKep', () => {
  it('R3.5 creates a KEP with its workstations, audited with what it wrote', async () => {
    const m = await aMunicipality(database.db)
    const kep = await createKep(database.db, clock, admin, newKep(m.id), '10.0.0.1')
    expect(kep).toMatchObject({
      name: { el: 'ΚΕΠ Δήμου Νέας Σμύρνης', en: 'KEP of Nea Smyrni' },
      municipalityId: m.id,
      postalCode: '17121',
      email: 'kep@neasmyrni.gr',
      status: 'active',
      workstationCount: 2,
      employeeCount: 0,
      futureBookings: 0,
    })
    expect(kep.workstations.map((w) => [w.label, w.active])).toEqual([
      ['Θέση 1', true],
      ['Θέση 2', true],
    ])
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'kep.create'), eq(auditLog.entityId, kep.id)))
    expect(entry).toMatchObject({ actorKind: 'administrator', ipAddress: '10.0.0.1' })
    expect(entry!.details).toMatchObject({ before: null, after: { code: kep.code } })
  })

  it('issue 13 bad input: a KEP without a municipality, or with an unknown one, is refused on municipalityId, nothing written', async () => {
    const before = await kepCount()
    expect(await fieldsOf(createKep(database.db, clock, admin, newKep('')))).toEqual([
      'input.municipalityId:required',
    ])
    expect(
      await fieldsOf(
        createKep(database.db, clock, admin, newKep('00000000-0000-4000-8000-00000000dead')),
      ),
    ).toEqual(['input.municipalityId:unknown'])
    expect(await kepCount()).toBe(before)
  })

  it('issue 13 bad input: a duplicate code (in any case) is refused on code, nothing written', async () => {
    const m = await aMunicipality(database.db)
    const existing = await aKep(database.db, m.id)
    const before = await kepCount()
    expect(
      await fieldsOf(
        createKep(database.db, clock, admin, newKep(m.id, { code: existing.code.toLowerCase() })),
      ),
    ).toEqual(['input.code:taken'])
    expect(await kepCount()).toBe(before)
  })

  it('issue 13 bad input: each bad field is named, all at once, nothing written', async () => {
    const m = await aMunicipality(database.db)
    const before = await kepCount()
    const fields = await fieldsOf(
      createKep(
        database.db,
        clock,
        admin,
        newKep(m.id, {
          code: 'κωδικός με κενά',
          nameEl: '  ',
          nameEn: 'x'.repeat(121),
          postalCode: '1056',
          phone: '12345',
          email: 'kep@',
          workstations: ['Θέση 1', ' θέση 1 ', ''],
        }),
      ),
    )
    expect(fields.sort()).toEqual(
      [
        'input.code:invalid_format',
        'input.nameEl:required',
        'input.nameEn:too_long',
        'input.postalCode:invalid_format',
        'input.phone:invalid_format',
        'input.email:invalid_format',
        'input.workstations[1]:duplicate',
        'input.workstations[2]:required',
      ].sort(),
    )
    expect(
      await fieldsOf(createKep(database.db, clock, admin, newKep(m.id, { workstations: [] }))),
    ).toEqual(['input.workstations:required'])
    expect(await kepCount()).toBe(before)
  })

  it('Art. 3.5 OPERATORs and AUDITORs do not create KEPs', async () => {
    const m = await aMunicipality(database.db)
    for (const actor of [operator, auditor]) {
      await expect(createKep(database.db, clock, actor, newKep(m.id))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    }
  })
})

describe('listKeps and getKep', () => {
  it('R3.5 searches name, code and city with accents and case ignored, and filters by municipality and region', async () => {
    const tag = u()
    const m = await aMunicipality(database.db, {
      regionEl: `Κρήτη ${tag}`,
      regionEn: `Crete ${tag}`,
    })
    const other = await aMunicipality(database.db)
    const heraklion = await aKep(database.db, m.id, {
      nameEl: `ΚΕΠ Ηρακλείου ${tag}`,
      cityEl: 'Ηράκλειο',
      cityEn: 'Heraklion',
    })
    await aKep(database.db, other.id, { nameEl: `ΚΕΠ Άλλο ${tag}` })
    const search = async (search: string) =>
      (await listKeps(database.db, clock, auditor, { search }, 50, null)).nodes.map((k) => k.id)
    expect(await search(`ηρακλειου ${tag}`)).toEqual([heraklion.id])
    expect(await search(`ΗΡΑΚΛΕΊΟΥ ${tag.toUpperCase()}`)).toEqual([heraklion.id])
    expect(await search(heraklion.code.toLowerCase())).toEqual([heraklion.id])
    expect((await search(tag)).length).toBe(2)
    expect(await search(`ηρακλειο ${tag} nothing`)).toEqual([])
    const byMunicipality = await listKeps(
      database.db,
      clock,
      auditor,
      { municipalityId: m.id },
      50,
      null,
    )
    expect(byMunicipality.nodes.map((k) => k.id)).toEqual([heraklion.id])
    expect(byMunicipality.nodes[0]).toMatchObject({
      municipalityName: { el: m.nameEl },
      region: { el: `Κρήτη ${tag}`, en: `Crete ${tag}` },
      city: { el: 'Ηράκλειο', en: 'Heraklion' },
    })
    const byRegion = await listKeps(
      database.db,
      clock,
      auditor,
      { region: `Crete ${tag}` },
      50,
      null,
    )
    expect(byRegion.nodes.map((k) => k.id)).toEqual([heraklion.id])
  })

  it('R3.5 pages by name then id with an opaque cursor: every KEP once, in order', async () => {
    const m = await aMunicipality(database.db)
    // two of the same name: the id orders them
    for (const name of ['Γ', 'Α', 'Β', 'Β', 'Δ']) await aKep(database.db, m.id, { nameEl: name })
    const seen: string[] = []
    let after: string | null = null
    for (;;) {
      const page: Awaited<ReturnType<typeof listKeps>> = await listKeps(
        database.db,
        clock,
        auditor,
        { municipalityId: m.id },
        2,
        after,
      )
      expect(page.totalCount).toBe(5)
      seen.push(...page.nodes.map((k) => `${k.name.el}`))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
    expect(seen).toEqual(['Α', 'Β', 'Β', 'Γ', 'Δ'])
    expect(
      await fieldsOf(listKeps(database.db, clock, auditor, {}, 2, 'bm90LWEtY3Vyc29y')),
    ).toEqual(['after:invalid_cursor'])
    expect(await fieldsOf(listKeps(database.db, clock, auditor, {}, 0, null))).toEqual([
      'first:out_of_range',
    ])
  })

  it('R3.5 derives the status from suspensions and the permanent closing, today in Athens', async () => {
    const m = await aMunicipality(database.db)
    const [open, suspended, later, closed, ended] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => aKep(database.db, m.id)),
    )
    const reason = { reasonEl: 'Λόγος', reasonEn: 'Reason' }
    await database.db.insert(kepClosures).values([
      // today, 4 January, in Athens: from today until the 10th
      {
        kepId: suspended!.id,
        startsOn: '2027-01-04',
        endsOn: '2027-01-10',
        kind: 'suspension',
        ...reason,
      },
      {
        kepId: later!.id,
        startsOn: '2027-01-05',
        endsOn: '9999-12-31',
        kind: 'suspension',
        ...reason,
      },
      {
        kepId: closed!.id,
        startsOn: '2026-12-01',
        endsOn: '9999-12-31',
        kind: 'permanent',
        ...reason,
      },
      {
        kepId: ended!.id,
        startsOn: '2026-12-01',
        endsOn: '2027-01-03',
        kind: 'suspension',
        ...reason,
      },
      // an ordinary closure is no status
      { kepId: open!.id, startsOn: '2027-01-04', endsOn: '2027-01-04', ...reason },
    ])
    const statuses = async (status?: 'active' | 'suspended' | 'closed') =>
      new Map(
        (
          await listKeps(database.db, clock, auditor, { municipalityId: m.id, status }, 50, null)
        ).nodes.map((k) => [k.id, [k.status, k.statusFrom, k.statusUntil]]),
      )
    const all = await statuses()
    expect(all.get(open!.id)).toEqual(['active', null, null])
    expect(all.get(suspended!.id)).toEqual(['suspended', '2027-01-04', '2027-01-10'])
    expect(all.get(later!.id)).toEqual(['active', null, null])
    expect(all.get(closed!.id)).toEqual(['closed', '2026-12-01', null])
    expect(all.get(ended!.id)).toEqual(['active', null, null])
    expect([...(await statuses('suspended')).keys()]).toEqual([suspended!.id])
    expect([...(await statuses('closed')).keys()]).toEqual([closed!.id])
    expect((await statuses('active')).size).toBe(3)
    const detail = await getKep(database.db, clock, auditor, later!.id)
    expect(detail.statusHistory).toEqual([
      expect.objectContaining({ kind: 'suspension', from: '2027-01-05', until: null }),
    ])
  })

  it('R3.5 a KEP’s detail counts its workstations, employees and future appointments; unknown ids are NOT_FOUND', async () => {
    const m = await aMunicipality(database.db)
    const kep = await aKep(database.db, m.id)
    const { employee } = await withBooking(kep.id)
    const detail = await getKep(database.db, clock, auditor, kep.id)
    expect(detail).toMatchObject({ workstationCount: 1, employeeCount: 1, futureBookings: 1 })
    expect(detail.workstations).toEqual([
      expect.objectContaining({ id: employee.workstationId, active: true, futureBookings: 1 }),
    ])
    for (const id of ['00000000-0000-4000-8000-00000000beef', 'not-an-id']) {
      await expect(getKep(database.db, clock, auditor, id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
    }
  })
})

describe('updateKep', () => {
  it('R3.5 changes the given fields only and audits before and after', async () => {
    const m = await aMunicipality(database.db)
    const kep = await aKep(database.db, m.id)
    const updated = await updateKep(database.db, clock, admin, {
      kepId: kep.id,
      nameEn: 'Renamed KEP',
      email: 'New@Example.gr',
    })
    expect(updated).toMatchObject({
      name: { el: kep.nameEl, en: 'Renamed KEP' },
      email: 'new@example.gr',
      phone: kep.phone,
    })
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'kep.update'), eq(auditLog.entityId, kep.id)))
    expect(entry!.details).toMatchObject({
      before: { nameEn: kep.nameEn, email: kep.email },
      after: { nameEn: 'Renamed KEP', email: 'new@example.gr' },
    })
  })

  it('R3.5 a KEP holding a future appointment keeps its municipality: VALIDATION_FAILED, nothing written (its workstations change through changeKepWorkstations, workstations.test.ts)', async () => {
    const m = await aMunicipality(database.db)
    const other = await aMunicipality(database.db)
    const kep = await aKep(database.db, m.id)
    const { employee } = await withBooking(kep.id)
    const fields = await fieldsOf(
      updateKep(database.db, clock, admin, {
        kepId: kep.id,
        nameEn: 'Not saved',
        municipalityId: other.id,
      }),
    )
    expect(fields).toEqual(['input.municipalityId:has_future_bookings'])
    const [row] = await database.db.select().from(keps).where(eq(keps.id, kep.id))
    expect(row).toMatchObject({ nameEn: kep.nameEn, municipalityId: m.id })
    const [desk] = await database.db
      .select()
      .from(workstations)
      .where(eq(workstations.id, employee.workstationId))
    expect(desk!.active).toBe(true)
  })

  it('issue 13 bad input: a duplicate code, an invalid email; an unknown KEP, an OPERATOR refused', async () => {
    const m = await aMunicipality(database.db)
    const taken = await aKep(database.db, m.id)
    const kep = await createKep(
      database.db,
      clock,
      admin,
      newKep(m.id, { workstations: ['Α', 'Β'] }),
    )
    expect(
      await fieldsOf(
        updateKep(database.db, clock, admin, {
          kepId: kep.id,
          code: taken.code,
          email: 'nope',
        }),
      ),
    ).toEqual(['input.code:taken', 'input.email:invalid_format'])
    await expect(
      updateKep(database.db, clock, admin, { kepId: '00000000-0000-4000-8000-00000000beef' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateKep(database.db, clock, operator, { kepId: kep.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})

describe('over GraphQL', () => {
  it('R3.5 an ADMINISTRATOR creates a KEP and finds it in the list; a bad field comes back named, in Greek and English', async () => {
    const m = await aMunicipality(database.db)
    const person = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: person.gsisUserId, role: 'admin' })
    const mutation = `mutation ($input: CreateKepInput!) {
      createKep(input: $input) { kep { id code status workstations { label } } } }`
    const input = newKep(m.id)
    const created = await server.graphql<{ createKep: { kep: { id: string; status: string } } }>(
      mutation,
      { input },
      login.headers,
    )
    expect(created.errors).toBeUndefined()
    expect(created.data!.createKep.kep.status).toBe('ACTIVE')
    const list = await server.graphql<{
      adminKeps: { nodes: { id: string }[]; totalCount: number }
    }>(
      `query ($filter: AdminKepFilter) { adminKeps(filter: $filter) { totalCount nodes { id code status workstationCount } } }`,
      { filter: { search: input.code, status: 'ACTIVE' } },
      login.headers,
    )
    expect(list.errors).toBeUndefined()
    expect(list.data!.adminKeps).toMatchObject({
      totalCount: 1,
      nodes: [{ id: created.data!.createKep.kep.id, workstationCount: 2 }],
    })
    const bad = await server.graphql(
      mutation,
      { input: { ...input, code: `KEP-${u()}`, email: 'x@' } },
      login.headers,
    )
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'input.email',
        reason: 'invalid_format',
        message: { el: expect.any(String), en: expect.any(String) },
      }),
    ])
  })

  it('Art. 3.5 an AUDITOR reads a KEP but cannot change it', async () => {
    const m = await aMunicipality(database.db)
    const kep = await aKep(database.db, m.id)
    const person = await anAdministrator(database.db, { role: 'auditor' })
    const login = await loginAs(server, { gsisUserId: person.gsisUserId, role: 'admin' })
    const read = await server.graphql<{ adminKep: { code: string } }>(
      'query ($id: ID!) { adminKep(id: $id) { code statusHistory { kind } } }',
      { id: kep.id },
      login.headers,
    )
    expect(read.data?.adminKep.code).toBe(kep.code)
    const change = await server.graphql(
      'mutation ($input: UpdateKepInput!) { updateKep(input: $input) { kep { id } } }',
      { input: { kepId: kep.id, nameEn: 'No' } },
      login.headers,
    )
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('issue 13 item 1 over GraphQL: an ADMINISTRATOR previews and applies a suspension, previews a closing, and resumes', async () => {
    const { a, b } = await twoKeps()
    const booking = await booked(a.id, '12:00')
    const person = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: person.gsisUserId, role: 'admin' })
    const suspend = `mutation ($input: SuspendKepInput!, $impact: ImpactInput!) {
      suspendKep(input: $input, impact: $impact) {
        impact { applied token moved bookings { bookingId fate toKepId } }
        kep { status statusHistory { kind from until } }
      } }`
    type Suspended = {
      suspendKep: {
        impact: { applied: boolean; token: string; moved: number; bookings: unknown[] }
        kep: { status: string; statusHistory: unknown[] }
      }
    }
    const input = { kepId: a.id, from: '2027-01-05', until: '2027-01-05', ...reasons }
    const seen = await server.graphql<Suspended>(
      suspend,
      { input, impact: { uncovered: 'MOVE' } },
      login.headers,
    )
    expect(seen.errors).toBeUndefined()
    expect(seen.data!.suspendKep.impact).toMatchObject({
      applied: false,
      moved: 1,
      bookings: [{ bookingId: booking.id, fate: 'MOVED', toKepId: b.id }],
    })
    const done = await server.graphql<Suspended>(
      suspend,
      {
        input,
        impact: { apply: true, token: seen.data!.suspendKep.impact.token, uncovered: 'MOVE' },
      },
      login.headers,
    )
    expect(done.errors).toBeUndefined()
    expect(done.data!.suspendKep.impact).toMatchObject({ applied: true, moved: 1 })
    expect(done.data!.suspendKep.kep.statusHistory).toEqual([
      { kind: 'SUSPENSION', from: '2027-01-05', until: '2027-01-05' },
    ])
    const bad = await server.graphql(
      suspend,
      { input: { ...input, until: '2027-01-01' }, impact: {} },
      login.headers,
    )
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')

    const closing = await server.graphql<{ closeKep: { impact: { applied: boolean } } }>(
      `mutation ($input: CloseKepInput!) {
        closeKep(input: $input, impact: { apply: false }) { impact { applied } kep { status } } }`,
      { input: { kepId: b.id, from: '2027-01-04', ...reasons } },
      login.headers,
    )
    expect(closing.errors).toBeUndefined()
    expect(closing.data!.closeKep.impact.applied).toBe(false)

    const resumed = await server.graphql<{ resumeKep: { kep: { statusHistory: unknown[] } } }>(
      'mutation ($kepId: ID!) { resumeKep(kepId: $kepId) { kep { statusHistory { from } } } }',
      { kepId: a.id },
      login.headers,
    )
    expect(resumed.errors).toBeUndefined()
    expect(resumed.data!.resumeKep.kep.statusHistory).toEqual([])
  })
})

describe('suspendKep, closeKep and resumeKep', () => {
  it('issue 13 item 1: the preview of a suspension lists the appointment MOVE takes to the other KEP of the municipality, and apply does exactly that, emailing the citizen once', async () => {
    const { a, b } = await twoKeps()
    const booking = await booked(a.id)
    const emailsBefore = await emailsOf(booking.id)
    const input = { kepId: a.id, from: '2027-01-05', until: '2027-01-08', ...reasons }

    const seen = await suspendKep(database.db, clock, admin, input, preview(UncoveredChoice.MOVE))
    expect(seen.impact).toMatchObject({ applied: false, moved: 1, cancelled: 0, kept: 0 })
    expect(seen.impact.bookings).toEqual([
      expect.objectContaining({
        bookingId: booking.id,
        fate: BookingFate.MOVED,
        kepId: a.id,
        toKepId: b.id,
      }),
    ])
    // a preview writes nothing
    expect(seen.kep.status).toBe('active')
    expect(await closuresOf(a.id)).toEqual([])
    expect((await bookingRow(booking.id)).kepId).toBe(a.id)
    expect(await emailsOf(booking.id)).toEqual(emailsBefore)

    const done = await suspendKep(
      database.db,
      clock,
      admin,
      input,
      apply(UncoveredChoice.MOVE, seen.impact.token),
    )
    expect(done.impact).toMatchObject({ applied: true, moved: 1, cancelled: 0 })
    expect(done.impact.bookings).toEqual(seen.impact.bookings)
    expect(await bookingRow(booking.id)).toMatchObject({
      kepId: b.id,
      status: 'booked',
      startsAt: booking.startsAt,
    })
    expect((await emailsOf(booking.id)).filter((id) => !emailsBefore.includes(id))).toHaveLength(1)
    expect(done.kep.statusHistory).toEqual([
      expect.objectContaining({ kind: 'suspension', from: '2027-01-05', until: '2027-01-08' }),
    ])
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'kep.suspend'), eq(auditLog.entityId, a.id)))
    expect(entry!.details).toMatchObject({
      before: { status: 'active', periods: [] },
      after: { periods: [{ kind: 'suspension', from: '2027-01-05', until: '2027-01-08' }] },
    })
  })

  it('issue 13 item 1: CANCEL cancels with one email, KEEP keeps the appointment listed for follow-up', async () => {
    const { a } = await twoKeps()
    const kept = await booked(a.id, '10:00')
    const input = { kepId: a.id, from: '2027-01-05', ...reasons }
    const keep = await suspendKep(database.db, clock, admin, input, preview(UncoveredChoice.KEEP))
    expect(keep.impact).toMatchObject({ kept: 1, outsideRules: 1, moved: 0, cancelled: 0 })

    const cancel = await suspendKep(
      database.db,
      clock,
      admin,
      input,
      preview(UncoveredChoice.CANCEL),
    )
    expect(cancel.impact).toMatchObject({ cancelled: 1, kept: 0 })
    const emailsBefore = await emailsOf(kept.id)
    const done = await suspendKep(
      database.db,
      clock,
      admin,
      input,
      apply(UncoveredChoice.CANCEL, cancel.impact.token),
    )
    expect(done.impact).toMatchObject({ applied: true, cancelled: 1 })
    expect((await bookingRow(kept.id)).status).toBe('cancelled')
    expect((await emailsOf(kept.id)).filter((id) => !emailsBefore.includes(id))).toHaveLength(1)
    expect(done.kep.statusHistory[0]).toMatchObject({ from: '2027-01-05', until: null })
  })

  it('issue 13 item 1: an appointment booked between the preview and apply makes apply STALE_PREVIEW, nothing written', async () => {
    const { a } = await twoKeps()
    await booked(a.id, '10:00')
    const input = { kepId: a.id, from: '2027-01-05', ...reasons }
    const seen = await suspendKep(database.db, clock, admin, input, preview(UncoveredChoice.CANCEL))
    const late = await booked(a.id, '11:00')
    await expect(
      suspendKep(
        database.db,
        clock,
        admin,
        input,
        apply(UncoveredChoice.CANCEL, seen.impact.token),
      ),
    ).rejects.toMatchObject({ code: 'STALE_PREVIEW' })
    expect(await closuresOf(a.id)).toEqual([])
    expect((await bookingRow(late.id)).status).toBe('booked')
  })

  it('issue 13 item 1: closing from today makes the KEP inactive and CLOSED; from a later date it stays active until then', async () => {
    const { a, b } = await twoKeps()
    const later = await closeKep(
      database.db,
      clock,
      admin,
      { kepId: b.id, from: '2027-02-01', ...reasons },
      preview(UncoveredChoice.MOVE),
    )
    const applied = await closeKep(
      database.db,
      clock,
      admin,
      { kepId: b.id, from: '2027-02-01', ...reasons },
      apply(UncoveredChoice.MOVE, later.impact.token),
    )
    expect(applied.kep.status).toBe('active')
    expect((await database.db.select().from(keps).where(eq(keps.id, b.id)))[0]!.active).toBe(true)

    const today = await closeKep(
      database.db,
      clock,
      admin,
      { kepId: a.id, from: '2027-01-04', ...reasons },
      preview(UncoveredChoice.CANCEL),
    )
    expect((await database.db.select().from(keps).where(eq(keps.id, a.id)))[0]!.active).toBe(true)
    const closed = await closeKep(
      database.db,
      clock,
      admin,
      { kepId: a.id, from: '2027-01-04', ...reasons },
      apply(UncoveredChoice.CANCEL, today.impact.token),
    )
    expect(closed.kep).toMatchObject({ status: 'closed', statusFrom: '2027-01-04' })
    expect((await database.db.select().from(keps).where(eq(keps.id, a.id)))[0]!.active).toBe(false)
    expect(
      await fieldsOf(
        closeKep(
          database.db,
          clock,
          admin,
          { kepId: a.id, from: '2027-01-10', ...reasons },
          preview(UncoveredChoice.KEEP),
        ),
      ),
    ).toEqual(['input.kepId:closed'])
  })

  it('issue 13: closed for good from a later date, on that day the status, the public catalog and availability agree, with nobody running anything', async () => {
    const { a, b } = await twoKeps()
    const close = (impact: ImpactInput) =>
      closeKep(database.db, clock, admin, { kepId: b.id, from: '2027-01-06', ...reasons }, impact)
    await close(
      apply(UncoveredChoice.KEEP, (await close(preview(UncoveredChoice.KEEP))).impact.token),
    )
    const seen = async (date: string) => {
      const data = expectNoGraphQLErrors(
        await server.graphql<{
          keps: { id: string }[]
          availability: { days: { closed: boolean; slots: unknown[] }[] }
        }>(
          `query ($m: ID!, $input: AvailabilityInput!) {
            keps(municipalityId: $m) { id }
            availability(input: $input) { days { closed slots { startsAt } } }
          }`,
          {
            m: a.municipalityId,
            input: {
              category: 'INFORMATION',
              procedureId: ids.procedure,
              kepId: b.id,
              from: date,
              to: date,
            },
          },
        ),
      )
      const { status } = await getKep(database.db, clock, admin, b.id)
      const day = data.availability.days[0]!
      return {
        status,
        listed: data.keps.some((k) => k.id === b.id),
        bookable: !day.closed && day.slots.length > 0,
      }
    }
    try {
      clock.set('2027-01-05T06:00:00Z') // Tuesday, the day before
      expect(await seen('2027-01-05')).toEqual({ status: 'active', listed: true, bookable: true })
      clock.set('2027-01-05T22:00:00Z') // Wednesday 00:00 in Athens
      expect(await seen('2027-01-06')).toEqual({ status: 'closed', listed: false, bookable: false })
    } finally {
      clock.set('2027-01-04T06:00:00Z')
    }
  })

  it('issue 13 bad input: until before from, a past date, no reason, an overlapping suspension: VALIDATION_FAILED, nothing written', async () => {
    const { a } = await twoKeps()
    const suspend = (over: Partial<Parameters<typeof suspendKep>[3]>) =>
      suspendKep(
        database.db,
        clock,
        admin,
        { kepId: a.id, from: '2027-01-05', ...reasons, ...over },
        preview(UncoveredChoice.KEEP),
      )
    expect(await fieldsOf(suspend({ until: '2027-01-04' }))).toEqual(['input.until:before_from'])
    expect(await fieldsOf(suspend({ from: '2027-01-03' }))).toEqual(['input.from:in_past'])
    expect(await fieldsOf(suspend({ from: '2027-02-30' }))).toEqual(['input.from:invalid_format'])
    expect(await fieldsOf(suspend({ reasonEl: ' ', reasonEn: '' }))).toEqual([
      'input.reasonEl:required',
      'input.reasonEn:required',
    ])
    await database.db.insert(kepClosures).values({
      kepId: a.id,
      startsOn: '2027-01-20',
      endsOn: '2027-01-30',
      kind: 'suspension',
      ...reasons,
    })
    expect(await fieldsOf(suspend({ from: '2027-01-10' }))).toEqual(['input.from:overlaps'])
    expect(await closuresOf(a.id)).toHaveLength(1)
    await expect(suspend({ kepId: '00000000-0000-4000-8000-00000000beef' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      suspendKep(
        database.db,
        clock,
        operator,
        { kepId: a.id, from: '2027-01-05', ...reasons },
        preview(UncoveredChoice.KEEP),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it('issue 13 item 1: resuming ends the suspension in force yesterday and withdraws those to come', async () => {
    const { a } = await twoKeps()
    await database.db.insert(kepClosures).values([
      { kepId: a.id, startsOn: '2027-01-01', endsOn: '9999-12-31', kind: 'suspension', ...reasons },
      { kepId: a.id, startsOn: '2027-01-02', endsOn: '2027-01-02', ...reasons },
    ])
    expect((await getKep(database.db, clock, auditor, a.id)).status).toBe('suspended')
    const resumed = await resumeKep(database.db, clock, admin, a.id)
    expect(resumed).toMatchObject({ status: 'active' })
    expect(resumed.statusHistory).toEqual([
      expect.objectContaining({ from: '2027-01-01', until: '2027-01-03' }),
    ])
    expect(await fieldsOf(resumeKep(database.db, clock, admin, a.id))).toEqual([
      'kepId:not_suspended',
    ])
    // an ordinary closure is not a suspension: untouched
    expect((await closuresOf(a.id)).filter((c) => c.kind === 'closure')).toHaveLength(1)
  })
})
