import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
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
} from '../../test/factories.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { expectNoGraphQLErrors, startTestServer, type TestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { procedureForms, procedures } from '../catalog/index.js'
import {
  createProcedure,
  listAdminProcedures,
  setProcedureActive,
  updateProcedure,
  type CreateProcedureInput,
} from './procedures.service.js'

// Issue 13 item 5 (R4.1–R4.4, Art. 4 "with their forms"): the ministry's ADMINISTRATORs keep the
// national procedure tables per field and each municipality's own; the public catalog shows
// every change at once; a retired procedure stays on the bookings made with it.

const now = '2027-01-12T08:00:00Z'
const clock = fixedClock(now)

let database: Database
let server: TestServer
let admin: TestLogin
let adminActor: Actor
const operator: Actor = {
  kind: 'administrator',
  administratorId: randomUUID(),
  role: 'operator',
  sessionId: 'operator',
}
const auditor: Actor = { ...operator, role: 'auditor' }
let info: { id: string }
let athens: { id: string }
let patras: { id: string }

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  server = await startTestServer(database, { clock })
  info = await aCategory(db, 'information')
  await aCategory(db, 'municipal')
  athens = await aMunicipality(db)
  patras = await aMunicipality(db)
  const person = await anAdministrator(db, { role: 'administrator' })
  admin = await loginAs(server, { gsisUserId: person.gsisUserId, role: 'admin' })
  adminActor = {
    kind: 'administrator',
    administratorId: person.id,
    role: 'administrator',
    sessionId: 'admin',
  }
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

interface ErrorBody {
  errors: { extensions: { code: string; fields: { field: string; reason: string }[] } }[]
}

const unique = () => randomBytes(3).toString('hex').toUpperCase()

const national = (over: Partial<CreateProcedureInput> = {}): CreateProcedureInput => {
  const u = unique()
  return {
    category: 'information',
    code: `T-${u}`,
    titleEl: `Βεβαίωση δοκιμής ${u}`,
    titleEn: `Test certificate ${u}`,
    descriptionEl: 'Έκδοση βεβαίωσης.',
    descriptionEn: 'Issue of a certificate.',
    requiredDocumentsEl: ['Ταυτότητα', 'Εξουσιοδότηση'],
    requiredDocumentsEn: ['Identity card', 'Authorisation'],
    ...over,
  }
}

const gql = <T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = admin.headers,
) => server.graphql<T>(query, variables, headers)

const createMutation = `mutation ($input: CreateProcedureInput!) {
  createProcedure(input: $input) { procedure { id code active category { code } municipality { id } } }
}`

async function createOverApi(input: CreateProcedureInput) {
  const res = await gql<{ createProcedure: { procedure: { id: string; code: string } } }>(
    createMutation,
    {
      input: { ...input, category: input.category.toUpperCase() },
    },
  )
  return expectNoGraphQLErrors(res).createProcedure.procedure
}

/** The fields a VALIDATION_FAILED names, each with its reason. */
async function fieldErrors(promise: Promise<unknown>): Promise<string[]> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(DomainError)
  expect((err as DomainError).code).toBe('VALIDATION_FAILED')
  return ((err as DomainError).details.fields ?? []).map((f) => `${f.field} ${f.reason}`)
}

const procedureRows = async () => (await database.db.select({ n: count() }).from(procedures))[0]!.n
const auditRows = async (entityId?: string) =>
  (
    await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entity, 'procedure'),
          entityId ? eq(auditLog.entityId, entityId) : undefined,
        ),
      )
  )[0]!.n

const publicCodes = async (args: string, headers: Record<string, string> = {}, on = server) => {
  const res = await on.graphql(`{ procedures(${args}) { code } }`, {}, headers)
  return (expectNoGraphQLErrors(res) as { procedures: { code: string }[] }).procedures.map(
    (p) => p.code,
  )
}

describe('creating procedures', () => {
  it('R4.1 adds a national procedure that the public catalog lists at once, on another instance too', async () => {
    const other = await startTestServer(database, { clock })
    try {
      const input = national()
      const created = await createOverApi(input)
      expect(created).toMatchObject({ code: input.code, active: true, municipality: null })
      expect(await publicCodes('category: INFORMATION')).toContain(input.code)
      expect(await publicCodes('category: INFORMATION', {}, other)).toContain(input.code)
      // found by its title without accents, as the catalog's own search does
      const u = input.code.slice(2)
      expect(await publicCodes(`search: "ΒΕΒΑΙΩΣΗ δοκιμης ${u}"`)).toEqual([input.code])
      const res = await server.graphql(
        `{ serviceCategories { code procedures { code requiredDocuments { el en } } } }`,
      )
      const infoField = (
        expectNoGraphQLErrors(res) as {
          serviceCategories: {
            code: string
            procedures: { code: string; requiredDocuments: { el: string[]; en: string[] } }[]
          }[]
        }
      ).serviceCategories.find((c) => c.code === 'INFORMATION')!
      expect(infoField.procedures.find((p) => p.code === input.code)?.requiredDocuments).toEqual({
        el: input.requiredDocumentsEl,
        en: input.requiredDocumentsEn,
      })
    } finally {
      await other.stop()
    }
  })

  it('R4.4 adds a municipal procedure to one municipality’s table only', async () => {
    const input = national({ category: 'municipal', municipalityId: athens.id })
    const created = await createOverApi(input)
    expect(created).toMatchObject({
      category: { code: 'MUNICIPAL' },
      municipality: { id: athens.id },
    })
    expect(await publicCodes(`category: MUNICIPAL, municipalityId: "${athens.id}"`)).toContain(
      input.code,
    )
    expect(await publicCodes(`category: MUNICIPAL, municipalityId: "${patras.id}"`)).not.toContain(
      input.code,
    )
    const res = await server.graphql(
      `query ($id: ID!) { municipality(id: $id) { procedures { code } } }`,
      { id: athens.id },
    )
    expect(
      (expectNoGraphQLErrors(res) as { municipality: { procedures: { code: string }[] } })
        .municipality.procedures,
    ).toContainEqual({ code: input.code })
  })

  it('R3.5 audits a creation with what was written, and normalises the code', async () => {
    const input = national({
      code: `  t-${unique().toLowerCase()} `,
      formUrl: 'https://www.gov.gr/f',
    })
    const created = await createProcedure(database.db, clock, adminActor, input)
    expect(created.code).toBe(input.code.trim().toUpperCase())
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'procedure'), eq(auditLog.entityId, created.id)))
    expect(entry).toMatchObject({ action: 'procedure.create', actorKind: 'administrator' })
    expect(entry!.details).toMatchObject({
      before: null,
      after: {
        code: created.code,
        titleEl: input.titleEl,
        formUrl: 'https://www.gov.gr/f',
        active: true,
      },
    })
  })

  it('Art. 3.5 lets only ADMINISTRATORs create: an OPERATOR and an AUDITOR are refused', async () => {
    for (const actor of [operator, auditor]) {
      await expect(createProcedure(database.db, clock, actor, national())).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    }
  })
})

describe('bad input (issue 13 "Bad input"): VALIDATION_FAILED naming the field, nothing written', () => {
  const refused = async (input: CreateProcedureInput, expected: string[]) => {
    const [rows, audits] = [await procedureRows(), await auditRows()]
    expect(await fieldErrors(createProcedure(database.db, clock, adminActor, input))).toEqual(
      expected,
    )
    expect(await procedureRows()).toBe(rows)
    expect(await auditRows()).toBe(audits)
  }

  it('R4.1 a duplicate procedure code, whatever its case', async () => {
    const first = await createProcedure(database.db, clock, adminActor, national())
    await refused(national({ code: first.code.toLowerCase() }), ['input.code duplicate'])
  })

  it('R4.1 a duplicate title in the same national table, but not in another field', async () => {
    const first = await createProcedure(database.db, clock, adminActor, national())
    await refused(national({ titleEl: first.titleEl }), ['input.titleEl duplicate'])
    const business = await aCategory(database.db, 'business')
    expect(business).toBeTruthy()
    await expect(
      createProcedure(
        database.db,
        clock,
        adminActor,
        national({ category: 'business', titleEl: first.titleEl }),
      ),
    ).resolves.toMatchObject({ titleEl: first.titleEl })
  })

  it('R4.4 a duplicate title in one municipality’s table, but not in another’s', async () => {
    const first = await createProcedure(
      database.db,
      clock,
      adminActor,
      national({ category: 'municipal', municipalityId: athens.id }),
    )
    await refused(
      national({ category: 'municipal', municipalityId: athens.id, titleEl: first.titleEl }),
      ['input.titleEl duplicate'],
    )
    await expect(
      createProcedure(
        database.db,
        clock,
        adminActor,
        national({ category: 'municipal', municipalityId: patras.id, titleEl: first.titleEl }),
      ),
    ).resolves.toMatchObject({ municipalityId: patras.id })
  })

  it('R4.4 a municipal procedure without a municipality, a national one with one, an unknown one', async () => {
    await refused(national({ category: 'municipal' }), ['input.municipalityId required'])
    await refused(national({ municipalityId: athens.id }), ['input.municipalityId not_allowed'])
    await refused(
      national({ category: 'municipal', municipalityId: '00000000-0000-4000-8000-000000000000' }),
      ['input.municipalityId unknown'],
    )
    await refused(national({ category: 'municipal', municipalityId: 'athens' }), [
      'input.municipalityId unknown',
    ])
    await refused(national({ category: 'disability' }), ['input.category unknown'])
  })

  it('R4.1 empty, too long and malformed fields, each named', async () => {
    await refused(
      national({
        code: 'ΑΒΓ 1',
        titleEl: ' ',
        titleEn: 'x'.repeat(201),
        descriptionEl: '',
        descriptionEn: 'x'.repeat(4001),
      }),
      [
        'input.code invalid_format',
        'input.titleEl required',
        'input.titleEn too_long',
        'input.descriptionEl required',
        'input.descriptionEn too_long',
      ],
    )
    await refused(national({ code: '' }), ['input.code required'])
    await refused(national({ code: `A${'1'.repeat(32)}` }), ['input.code too_long'])
    await refused(national({ code: 'A--B' }), ['input.code invalid_format'])
  })

  it('R4.1 required documents: the two lists one for one, no empty line, bounded', async () => {
    await refused(national({ requiredDocumentsEl: ['Ταυτότητα'], requiredDocumentsEn: [] }), [
      'input.requiredDocumentsEn length_mismatch',
    ])
    await refused(
      national({ requiredDocumentsEl: ['Ταυτότητα', ' '], requiredDocumentsEn: ['ID', 'x'] }),
      ['input.requiredDocumentsEl[1] required'],
    )
    await refused(
      national({
        requiredDocumentsEl: Array(21).fill('α'),
        requiredDocumentsEn: Array(21).fill('a'),
      }),
      ['input.requiredDocumentsEl too_many', 'input.requiredDocumentsEn too_many'],
    )
    await refused(
      national({ requiredDocumentsEl: ['α'.repeat(301)], requiredDocumentsEn: ['a'] }),
      ['input.requiredDocumentsEl[0] too_long'],
    )
  })

  it('Art. 4 a form link that is not https', async () => {
    for (const formUrl of [
      'http://www.gov.gr/form.pdf',
      'javascript:alert(1)',
      'www.gov.gr/form.pdf',
      'https://user:pass@www.gov.gr/form.pdf',
    ]) {
      await refused(national({ formUrl }), ['input.formUrl invalid_format'])
    }
    await refused(national({ formUrl: `https://www.gov.gr/${'a'.repeat(2000)}` }), [
      'input.formUrl too_long',
    ])
  })

  it('R4.1 two administrators creating the same code at once: one procedure, the other told why', async () => {
    const input = national()
    const outcomes = await Promise.allSettled([
      createProcedure(database.db, clock, adminActor, input),
      createProcedure(database.db, clock, adminActor, { ...input, titleEl: `${input.titleEl} β` }),
    ])
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    const refusal = outcomes.find((o) => o.status === 'rejected')!.reason as DomainError
    expect(refusal.code).toBe('VALIDATION_FAILED')
    expect(refusal.details.fields?.map((f) => `${f.field} ${f.reason}`)).toEqual([
      'input.code duplicate',
    ])
  })

  it('R4.1 the same through GraphQL: a duplicate code is VALIDATION_FAILED on input.code', async () => {
    const first = await createOverApi(national())
    const res = await gql(createMutation, {
      input: {
        ...national({ code: first.code }),
        category: 'INFORMATION',
      },
    })
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'input.code', reason: 'duplicate' }),
    ])
  })
})

describe('editing, retiring and restoring', () => {
  it('R4.1 an edit shows in the public catalog at once (search by the new title), audited before/after', async () => {
    const created = await createProcedure(database.db, clock, adminActor, national())
    const u = unique()
    const edited = await updateProcedure(database.db, clock, adminActor, created.id, {
      ...national(),
      code: created.code,
      titleEl: `Άδεια ψαρέματος ${u}`,
      titleEn: `Fishing licence ${u}`,
    })
    expect(edited.searchText).toContain('αδεια ψαρεματοσ')
    expect(await publicCodes(`search: "ΑΔΕΙΑ ψαρεματος ${u}"`)).toEqual([created.code])
    expect(await publicCodes(`search: "${created.titleEl}"`)).toEqual([])
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'procedure.update'), eq(auditLog.entityId, created.id)))
    expect(entry!.details).toMatchObject({
      before: { titleEl: created.titleEl },
      after: { titleEl: `Άδεια ψαρέματος ${u}` },
    })
  })

  it('R4.1 an edit refuses another procedure’s code and an unknown id', async () => {
    const a = await createProcedure(database.db, clock, adminActor, national())
    const b = await createProcedure(database.db, clock, adminActor, national())
    expect(
      await fieldErrors(
        updateProcedure(database.db, clock, adminActor, b.id, { ...national(), code: a.code }),
      ),
    ).toEqual(['input.code duplicate'])
    expect(
      await fieldErrors(
        updateProcedure(database.db, clock, adminActor, b.id, {
          ...national(),
          titleEl: a.titleEl,
        }),
      ),
    ).toEqual(['input.titleEl duplicate'])
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      await expect(
        updateProcedure(database.db, clock, adminActor, id, national()),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })

  it('R4.1 a retired procedure leaves the catalog and new bookings but stays on the bookings made with it; restored, it is back', async () => {
    const db = database.db
    const created = await createProcedure(db, clock, adminActor, national())
    const kep = await aKep(db, athens.id)
    const employee = await anEmployee(db, kep.id)
    const citizen = await aCitizen(db)
    const booking = await aBooking(db, {
      citizenId: citizen.id,
      categoryId: info.id,
      procedureId: created.id,
      kepId: kep.id,
      employee,
      startsAt: new Date(Date.parse(now) + 3 * 86_400_000),
    })

    const retire = await gql(
      `mutation ($id: ID!) { retireProcedure(id: $id) { procedure { active lastChange { action byName } } } }`,
      { id: created.id },
    )
    expect(expectNoGraphQLErrors(retire)).toMatchObject({
      retireProcedure: {
        procedure: {
          active: false,
          lastChange: { action: 'procedure.retire', byName: expect.any(String) },
        },
      },
    })
    expect(await publicCodes('category: INFORMATION')).not.toContain(created.code)
    const categories = await server.graphql('{ serviceCategories { procedures { code } } }')
    expect(JSON.stringify(categories)).not.toContain(created.code)

    const availability = await server.graphql(
      `query ($input: AvailabilityInput!) { availability(input: $input) { days { date } } }`,
      {
        input: {
          category: 'INFORMATION',
          procedureId: created.id,
          from: '2027-01-13',
          to: '2027-01-14',
        },
      },
    )
    expect(availability.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'procedureId' })],
    })

    const citizenLogin = await loginAs(server, { gsisUserId: citizen.gsisUserId })
    const seen = await server.graphql(
      `query ($id: ID!) { booking(id: $id) { procedure { code title { el } } } }`,
      { id: booking.id },
      citizenLogin.headers,
    )
    expect(expectNoGraphQLErrors(seen)).toEqual({
      booking: { procedure: { code: created.code, title: { el: created.titleEl } } },
    })

    const restore = await gql(
      `mutation ($id: ID!) { restoreProcedure(id: $id) { procedure { active } } }`,
      {
        id: created.id,
      },
    )
    expect(expectNoGraphQLErrors(restore)).toEqual({
      restoreProcedure: { procedure: { active: true } },
    })
    expect(await publicCodes('category: INFORMATION')).toContain(created.code)
    expect(await auditRows(created.id)).toBe(3)
  })

  it('R3.5 retiring what is retired changes and audits nothing', async () => {
    const created = await createProcedure(database.db, clock, adminActor, national())
    await setProcedureActive(database.db, clock, adminActor, created.id, false)
    await setProcedureActive(database.db, clock, adminActor, created.id, false)
    expect(await auditRows(created.id)).toBe(2)
  })
})

describe('listing for administrators', () => {
  it('R4.1–R4.4 filters by table, field, municipality, search and state, and pages by cursor without gaps', async () => {
    const db = database.db
    const town = await aMunicipality(db)
    const tag = `Q${unique()}`
    const made = []
    for (let i = 0; i < 5; i++) {
      made.push(
        await createProcedure(
          db,
          clock,
          adminActor,
          national({
            category: 'municipal',
            municipalityId: town.id,
            code: `${tag}-${i}`,
            titleEl: `Δημοτική υπηρεσία ${tag} ${i}`,
          }),
        ),
      )
    }
    await setProcedureActive(db, clock, adminActor, made[4]!.id, false)

    const seen: string[] = []
    let after: string | null = null
    for (;;) {
      const page: Awaited<ReturnType<typeof listAdminProcedures>> = await listAdminProcedures(
        db,
        auditor,
        { municipalityId: town.id },
        2,
        after,
      )
      seen.push(...page.nodes.map((p) => p.code))
      if (!page.hasNextPage) break
      after = page.endCursor
    }
    expect(seen).toEqual(made.map((p) => p.code))

    const codes = async (filter: Parameters<typeof listAdminProcedures>[2]) =>
      (await listAdminProcedures(db, adminActor, filter, 100)).nodes.map((p) => p.code)
    expect(await codes({ municipalityId: town.id, active: false })).toEqual([made[4]!.code])
    expect(await codes({ search: `δημοτικη ${tag.toLowerCase()}-3` })).toEqual([made[3]!.code])
    expect(await codes({ search: tag, national: true })).toEqual([])
    expect(await codes({ search: tag, national: false, category: 'municipal' })).toHaveLength(5)
    expect(await codes({ search: tag, category: 'information' })).toEqual([])
    expect(await codes({ municipalityId: 'not-a-uuid' })).toEqual([])
  })

  it('R3.5 pages are bounded and cursors must be ours; only administrators read', async () => {
    expect(await fieldErrors(listAdminProcedures(database.db, auditor, {}, 0))).toEqual([
      'first out_of_range',
    ])
    expect(await fieldErrors(listAdminProcedures(database.db, auditor, {}, 101))).toEqual([
      'first out_of_range',
    ])
    expect(await fieldErrors(listAdminProcedures(database.db, auditor, {}, 10, 'bogus'))).toEqual([
      'after invalid_cursor',
    ])
    const staff: Actor = {
      kind: 'employee',
      employeeId: 'x',
      kepId: 'y',
      role: 'manager',
      sessionId: 'z',
    }
    await expect(listAdminProcedures(database.db, staff, {}, 10)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})

describe('forms (έντυπα): a link or an uploaded PDF', () => {
  const pdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)])

  const upload = (
    procedureId: string,
    bytes: Buffer,
    fileName = 'Έντυπο Α1.pdf',
    headers: Record<string, string> = { ...admin.headers, 'x-keplive-upload': '1' },
  ) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), fileName)
    return fetch(`${server.url}/admin/procedures/${procedureId}/form`, {
      method: 'POST',
      body: form,
      headers,
    })
  }

  const publicFormUrl = async (code: string) => {
    const res = await server.graphql(`{ procedures(search: "${code}") { code formUrl } }`)
    return (expectNoGraphQLErrors(res) as { procedures: { formUrl: string | null }[] })
      .procedures[0]?.formUrl
  }

  const formRows = async (procedureId: string) =>
    (
      await database.db
        .select({ n: count() })
        .from(procedureForms)
        .where(eq(procedureForms.procedureId, procedureId))
    )[0]!.n

  it('Art. 4 a form given as a link is the public formUrl', async () => {
    const created = await createProcedure(
      database.db,
      clock,
      adminActor,
      national({ formUrl: 'https://www.gov.gr/forms/a1.pdf' }),
    )
    expect(await publicFormUrl(created.code)).toBe('https://www.gov.gr/forms/a1.pdf')
  })

  it('Art. 4 an uploaded PDF is served to anyone with its name, cacheable by its SHA-256, and replaces the link; removed, the link is back', async () => {
    const created = await createProcedure(
      database.db,
      clock,
      adminActor,
      national({ formUrl: 'https://www.gov.gr/forms/a1.pdf' }),
    )
    const bytes = pdf()
    const res = await upload(created.id, bytes)
    expect(res.status).toBe(201)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    expect(await res.json()).toMatchObject({
      fileName: 'Έντυπο Α1.pdf',
      sha256,
      sizeBytes: bytes.length,
    })

    const url = `/forms/${created.id}.pdf`
    expect(await publicFormUrl(created.code)).toBe(url)
    const download = await fetch(`${server.url}${url}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    expect(download.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('Έντυπο Α1.pdf')}`,
    )
    expect(download.headers.get('etag')).toBe(`"${sha256}"`)
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true)
    const again = await fetch(`${server.url}${url}`, {
      headers: { 'if-none-match': `"${sha256}"` },
    })
    expect(again.status).toBe(304)

    // a new upload replaces it: the old ETag no longer matches
    const replacement = pdf(100)
    expect((await upload(created.id, replacement, 'a2.pdf')).status).toBe(201)
    const fresh = await fetch(`${server.url}${url}`, {
      headers: { 'if-none-match': `"${sha256}"` },
    })
    expect(fresh.status).toBe(200)
    expect(Buffer.from(await fresh.arrayBuffer()).equals(replacement)).toBe(true)
    expect(await formRows(created.id)).toBe(1)

    const admin1 = await gql(
      `query ($id: ID!) { adminProcedure(id: $id) { formUrl form { fileName sizeBytes url } } }`,
      { id: created.id },
    )
    expect(expectNoGraphQLErrors(admin1)).toEqual({
      adminProcedure: {
        formUrl: 'https://www.gov.gr/forms/a1.pdf',
        form: { fileName: 'a2.pdf', sizeBytes: replacement.length, url },
      },
    })

    const removed = await gql(
      `mutation ($id: ID!) { removeProcedureForm(id: $id) { removed procedure { form { url } } } }`,
      {
        id: created.id,
      },
    )
    expect(expectNoGraphQLErrors(removed)).toEqual({
      removeProcedureForm: { removed: true, procedure: { form: null } },
    })
    expect(await publicFormUrl(created.code)).toBe('https://www.gov.gr/forms/a1.pdf')
    expect((await fetch(`${server.url}${url}`)).status).toBe(404)
    expect(await auditRows(created.id)).toBe(4)
  })

  it('Art. 4 a file that is not a PDF is refused by its first bytes, whatever its name', async () => {
    const created = await createProcedure(database.db, clock, adminActor, national())
    const res = await upload(
      created.id,
      Buffer.concat([Buffer.from('<html>'), randomBytes(100)]),
      'form.pdf',
    )
    expect(res.status).toBe(400)
    expect(((await res.json()) as ErrorBody).errors[0]!.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field: 'file', reason: 'not_pdf' })],
    })
    expect(await formRows(created.id)).toBe(0)
    expect(await publicFormUrl(created.code)).toBeNull()
  })

  it('Art. 4 a PDF over 5 MB is refused as too large, nothing stored', async () => {
    const created = await createProcedure(database.db, clock, adminActor, national())
    const res = await upload(created.id, pdf(5 * 1024 * 1024))
    expect(res.status).toBe(413)
    expect(((await res.json()) as ErrorBody).errors[0]!.extensions.fields[0]).toMatchObject({
      field: 'file',
      reason: 'too_large',
    })
    expect(await formRows(created.id)).toBe(0)
    // exactly 5 MB is fine
    expect((await upload(created.id, pdf(5 * 1024 * 1024 - 9))).status).toBe(201)
  })

  it('Art. 4 an upload without the app’s header, for an unknown procedure, or without a file is refused', async () => {
    const created = await createProcedure(database.db, clock, adminActor, national())
    expect((await upload(created.id, pdf(), 'a.pdf', admin.headers)).status).toBe(403)
    const unknown = await upload('00000000-0000-4000-8000-000000000000', pdf())
    expect(unknown.status).toBe(404)
    const empty = await fetch(`${server.url}/admin/procedures/${created.id}/form`, {
      method: 'POST',
      body: new FormData(),
      headers: { ...admin.headers, 'x-keplive-upload': '1' },
    })
    expect(empty.status).toBe(400)
    expect(await formRows(created.id)).toBe(0)
    expect((await fetch(`${server.url}/forms/nonsense`)).status).toBe(404)
  })
})
