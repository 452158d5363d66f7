import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { aCategory, aKep, aMunicipality, aProcedure, openingHours } from '../../test/factories.js'
import { expectNoGraphQLErrors, startTestServer, type TestServer } from '../../test/server.js'
import { kepClosures } from '../scheduling/index.js'
import { serviceCategoryParameters } from './catalog.table.js'

// Tuesday 12 January 2027, 10:00 in Athens; moved by the tests that need another day.
const clock = fixedClock('2027-01-12T08:00:00Z')

let queries = 0
let database: Database
let server: TestServer
let ids: { athens: string; tinos: string; applied: string; information: string; municipal: string }

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: () => queries++ })
  const db = database.db
  const information = await aCategory(db, 'information', { callMinutes: 15, sortOrder: 1 })
  await aCategory(db, 'business', { sortOrder: 2 })
  await aCategory(db, 'disability', { callMinutes: 40, sortOrder: 3 })
  const municipal = await aCategory(db, 'municipal', { sortOrder: 4 })
  const athens = await aMunicipality(db, {
    nameEl: 'Δήμος Αθηναίων',
    nameEn: 'Municipality of Athens',
  })
  const tinos = await aMunicipality(db, { nameEl: 'Δήμος Τήνου', nameEn: 'Municipality of Tinos' })
  const applied = await aMunicipality(db, { participation: 'applied', joinedOn: null })
  const kep = await aKep(db, athens.id)
  await openingHours(db, kep.id, '07:30', '15:00')
  await aKep(db, athens.id)
  await aKep(db, tinos.id)
  await aKep(db, athens.id, { active: false })
  await aProcedure(db, information.id, {
    code: 'INF-001',
    titleEl: 'Πιστοποιητικό οικογενειακής κατάστασης',
    titleEn: 'Certificate of family status',
  })
  await aProcedure(db, information.id, {
    code: 'INF-002',
    titleEl: 'Αντίγραφο ποινικού μητρώου',
    titleEn: 'Criminal record extract',
  })
  await aProcedure(db, municipal.id, {
    code: 'MUN-ATH-01',
    municipalityId: athens.id,
    titleEl: 'Βεβαίωση μη οφειλής ΤΑΠ',
    titleEn: 'Certificate of no debt for property duty',
  })
  await aProcedure(db, municipal.id, {
    code: 'MUN-TIN-01',
    municipalityId: tinos.id,
    titleEl: 'Πιστοποιητικό εγγραφής στο δημοτολόγιο',
    titleEn: 'Certificate of registration in the municipal roll',
  })
  ids = {
    athens: athens.id,
    tinos: tinos.id,
    applied: applied.id,
    information: information.id,
    municipal: municipal.id,
  }
  server = await startTestServer(database, { clock })
})

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

describe('the public catalog', () => {
  it('R4.1–R4.4 lists the four thematic fields in order, in Greek and English, the disability field longer', async () => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{
        serviceCategories: { code: string; name: { el: string; en: string }; callMinutes: number }[]
      }>('{ serviceCategories { code municipal callMinutes name { el en } } }'),
    )
    expect(data.serviceCategories.map((c) => c.code)).toEqual([
      'INFORMATION',
      'BUSINESS',
      'DISABILITY',
      'MUNICIPAL',
    ])
    const minutes = Object.fromEntries(data.serviceCategories.map((c) => [c.code, c.callMinutes]))
    expect(minutes.DISABILITY).toBeGreaterThan(minutes.INFORMATION!)
    expect(data.serviceCategories[0]!.name.el).toBeTruthy()
  })

  it("R4.3 a field's call length is the version in force now: one effective tomorrow shows from tomorrow", async () => {
    const minutes = async () => {
      const data = expectNoGraphQLErrors(
        await server.graphql<{
          serviceCategories: { code: string; callMinutes: number }[]
          procedures: { code: string; category: { callMinutes: number } }[]
        }>(
          '{ serviceCategories { code callMinutes } procedures { code category { callMinutes } } }',
        ),
      )
      const information = data.serviceCategories.find((c) => c.code === 'INFORMATION')!
      // the same field reached through a procedure says the same
      expect(data.procedures.map((p) => p.category.callMinutes)).toEqual(
        data.procedures.map(() => information.callMinutes),
      )
      return information.callMinutes
    }
    expect(await minutes()).toBe(15)
    await database.db.insert(serviceCategoryParameters).values({
      categoryId: ids.information,
      effectiveFrom: new Date('2027-01-13T00:00:00+02:00'),
      callMinutes: 25,
      bufferMinutes: 5,
      slotStepMinutes: 15,
      minNoticeMinutes: 120,
      horizonDays: 30,
    })
    try {
      expect(await minutes()).toBe(15)
      clock.set('2027-01-12T21:59:59Z')
      expect(await minutes()).toBe(15)
      clock.set('2027-01-12T22:00:00Z')
      expect(await minutes()).toBe(25)
    } finally {
      clock.set('2027-01-12T08:00:00Z')
      await database.db
        .delete(serviceCategoryParameters)
        .where(eq(serviceCategoryParameters.categoryId, ids.information))
    }
  })

  it.each([
    ['πιστοποιητικο', ['INF-001', 'MUN-TIN-01']],
    ['ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΟΙΚΟΓΕΝΕΙΑΚΗΣ', ['INF-001']],
    ['Πιστοποιητικό οικογενειακής', ['INF-001']],
    ['ποινικου', ['INF-002']],
    ['criminal RECORD', ['INF-002']],
    ['100%_', []],
  ])('R4.1 finds procedures by "%s" whatever the accents and case', async (search, codes) => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{ procedures: { code: string }[] }>(
        'query ($search: String, $m: ID) { procedures(search: $search, municipalityId: $m) { code } }',
        { search, m: search === 'πιστοποιητικο' ? ids.tinos : null },
      ),
    )
    expect(data.procedures.map((p) => p.code)).toEqual(codes)
  })

  it('lists only national procedures when no municipality is given', async () => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{ procedures: { code: string; municipality: unknown }[] }>(
        '{ procedures { code municipality { id } } }',
      ),
    )
    expect(data.procedures.map((p) => p.code)).toEqual(['INF-001', 'INF-002'])
  })

  it("R4.4 lists a municipality's own procedures for the municipal field", async () => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{ procedures: { code: string; municipality: { id: string } }[] }>(
        'query ($m: ID) { procedures(category: MUNICIPAL, municipalityId: $m) { code municipality { id } } }',
        { m: ids.athens },
      ),
    )
    expect(data.procedures).toEqual([{ code: 'MUN-ATH-01', municipality: { id: ids.athens } }])
  })

  it('R5.3 publishes the participating municipalities with their active KEPs', async () => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{
        municipalities: { id: string; name: { el: string }; keps: { code: string }[] }[]
      }>('{ municipalities(participating: true) { id name { el } keps { code } } }'),
    )
    expect(data.municipalities.map((m) => m.name.el)).toEqual(['Δήμος Αθηναίων', 'Δήμος Τήνου'])
    expect(data.municipalities[0]!.keps).toHaveLength(2)
    const others = expectNoGraphQLErrors(
      await server.graphql<{ municipalities: { id: string }[] }>(
        '{ municipalities(participating: false) { id } }',
      ),
    )
    expect(others.municipalities.map((m) => m.id)).toEqual([ids.applied])
  })

  it('finds municipalities by name without accents', async () => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{ municipalities: { id: string }[] }>(
        '{ municipalities(search: "τηνου") { id } }',
      ),
    )
    expect(data.municipalities.map((m) => m.id)).toEqual([ids.tinos])
  })

  it("R3.4 shows a KEP's address, municipality and opening hours", async () => {
    const data = expectNoGraphQLErrors(
      await server.graphql<{
        keps: {
          municipality: { id: string }
          openingHours: { weekday: number; opensAt: string; closesAt: string }[]
        }[]
      }>(
        'query ($m: ID) { keps(municipalityId: $m) { address { el en } municipality { id } openingHours { weekday opensAt closesAt } } }',
        { m: ids.athens },
      ),
    )
    expect(data.keps).toHaveLength(2)
    const hours = data.keps.flatMap((k) => k.openingHours)
    expect(hours).toHaveLength(5)
    expect(hours[0]).toEqual({ weekday: 1, opensAt: '07:30', closesAt: '15:00' })
  })

  it('issue 13: a KEP closing for good from a later date is listed until then, and from that day on nowhere', async () => {
    const m = await aMunicipality(database.db)
    const staying = await aKep(database.db, m.id)
    const closing = await aKep(database.db, m.id)
    await database.db.insert(kepClosures).values({
      kepId: closing.id,
      startsOn: '2027-01-13',
      endsOn: '9999-12-31',
      kind: 'permanent',
      reasonEl: 'Οριστική παύση λειτουργίας.',
      reasonEn: 'Closed for good.',
    })
    const listed = async () => {
      const data = expectNoGraphQLErrors(
        await server.graphql<{
          own: { id: string }[]
          all: { id: string }[]
          municipality: { keps: { id: string }[] }
          municipalities: { id: string; keps: { id: string }[] }[]
        }>(
          `query ($m: ID!) {
            own: keps(municipalityId: $m) { id }
            all: keps { id }
            municipality(id: $m) { keps { id } }
            municipalities(search: ${JSON.stringify(m.nameEl)}) { id keps { id } }
          }`,
          { m: m.id },
        ),
      )
      const found = [
        data.own,
        data.all.filter((k) => k.id === staying.id || k.id === closing.id),
        data.municipality.keps,
        data.municipalities.find((x) => x.id === m.id)!.keps,
      ]
      return found.map((list) =>
        list.map((k) => (k.id === closing.id ? 'closing' : 'staying')).sort(),
      )
    }
    try {
      // the evening before, in Athens
      clock.set('2027-01-12T21:59:59Z')
      expect(await listed()).toEqual(Array(4).fill(['closing', 'staying']))
      clock.set('2027-01-12T22:00:00Z')
      expect(await listed()).toEqual(Array(4).fill(['staying']))
    } finally {
      clock.set('2027-01-12T08:00:00Z')
    }
  })

  it.each([
    ['an unknown', '00000000-0000-4000-8000-000000000000'],
    ['a malformed', 'not-an-id'],
  ])('answers NOT_FOUND, in Greek and English, for %s municipality id', async (_, id) => {
    const res = await server.graphql('query ($m: ID) { keps(municipalityId: $m) { id } }', {
      m: id,
    })
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect(res.errors?.[0]?.message).toMatch(/δεν βρέθηκε/)
    expect(res.errors?.[0]?.extensions?.messages).toMatchObject({
      en: expect.stringMatching(/not found/),
    })
    const english = await server.graphql(
      'query ($m: ID) { procedures(municipalityId: $m) { id } }',
      { m: id },
      { 'accept-language': 'en-GB,en;q=0.9' },
    )
    expect(english.errors?.[0]?.message).toMatch(/was not found/)
  })

  it('answers nested lists with a fixed number of queries, however many rows (no N+1)', async () => {
    const nested = `{
      municipalities { name { el } keps { code municipality { code } openingHours { weekday } }
        procedures { code category { code } municipality { code } } }
      serviceCategories { procedures { code category { code } } }
    }`
    queries = 0
    expectNoGraphQLErrors(await server.graphql(nested))
    const before = queries
    for (let i = 0; i < 6; i++) {
      const m = await aMunicipality(database.db)
      const k = await aKep(database.db, m.id)
      await openingHours(database.db, k.id)
      await aProcedure(database.db, ids.municipal, { municipalityId: m.id })
      await aProcedure(database.db, ids.information)
    }
    queries = 0
    expectNoGraphQLErrors(await server.graphql(nested))
    // DataLoader batches what is asked for in one tick: when two lists' answers arrive in two
    // ticks (timing, not rows), the kind both ask for next takes two statements. Six more
    // municipalities' lists answered one by one would take six more at the least.
    expect(queries).toBeLessThanOrEqual(before + 1)
    expect(queries).toBeLessThanOrEqual(11)
  })
})

describe('issue 16 item 2: how each document is given', () => {
  it('R2.2 (e) R6.1 lists a procedure’s documents in order with their kind; one its kinds do not name is to show', async () => {
    await aProcedure(database.db, ids.information, {
      code: 'INF-KINDS',
      titleEl: 'Διαδικασία με δικαιολογητικά',
      titleEn: 'A procedure with documents',
      requiredDocumentsEl: ['Αστυνομική ταυτότητα ή διαβατήριο', 'Μισθωτήριο', 'ΑΜΚΑ'],
      requiredDocumentsEn: ['Identity card or passport', 'Lease', 'Social security number'],
      documentKinds: { 'Αστυνομική ταυτότητα ή διαβατήριο': 'identity', Μισθωτήριο: 'upload' },
    })
    const data = expectNoGraphQLErrors(
      await server.graphql<{
        procedures: {
          code: string
          documents: { kind: string; name: { el: string; en: string } }[]
        }[]
      }>('{ procedures(category: INFORMATION) { code documents { kind name { el en } } } }'),
    )
    expect(data.procedures.find((p) => p.code === 'INF-KINDS')!.documents).toEqual([
      {
        kind: 'IDENTITY',
        name: { el: 'Αστυνομική ταυτότητα ή διαβατήριο', en: 'Identity card or passport' },
      },
      { kind: 'UPLOAD', name: { el: 'Μισθωτήριο', en: 'Lease' } },
      { kind: 'SHOW', name: { el: 'ΑΜΚΑ', en: 'Social security number' } },
    ])
    expect(data.procedures.find((p) => p.code === 'INF-001')!.documents).toEqual([])
  })
})
