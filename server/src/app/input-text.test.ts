import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { procedures } from '../modules/catalog/index.js'
import { DomainError } from '../platform/errors.js'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import { aCategory, aKep, aMunicipality, anEmployee, aProcedure } from '../test/factories.js'
import { anAdministrator, loginAs } from '../test/identity.js'
import { startTestServer, type TestServer } from '../test/server.js'
import { maxTextLength } from '../platform/security/input-text.js'

// Issue 11 defect 7: a NUL, another control character, a lone surrogate or a 100 kB string in
// any text of any operation answers VALIDATION_FAILED naming the field (never a 500); a search
// string drops them instead; and the database layer never receives a NUL.

let database: Database
let server: TestServer
let citizen: Record<string, string>
let procedureId: string

beforeAll(async () => {
  database = await createTestDatabase()
  const category = await aCategory(database.db, 'information')
  procedureId = (await aProcedure(database.db, category.id, { titleEl: 'Πιστοποιητικό γέννησης' }))
    .id
  await aMunicipality(database.db)
  server = await startTestServer(database)
  citizen = (await loginAs(server, 'citizen')).headers
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const book = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`
const bookingInput = (over: Record<string, unknown>) => ({
  category: 'INFORMATION',
  procedureId,
  startsAt: '2027-01-20T08:00:00Z',
  fullName: 'Μαρία Παπαδοπούλου',
  email: 'maria@example.gr',
  phone: '2101234567',
  postalAddress: 'Ερμού 1, Αθήνα',
  deliveryMethod: 'EMAIL',
  ...over,
})

interface Refusal {
  code: unknown
  fields: { field: string; reason: string; message: { el: string; en: string } }[]
}
const refusal = (res: Awaited<ReturnType<TestServer['graphql']>>): Refusal => ({
  code: res.errors?.[0]?.extensions?.code,
  fields: (res.errors?.[0]?.extensions?.fields ?? []) as Refusal['fields'],
})

describe('text inputs (issue 11 defect 7)', () => {
  it.each([
    ['a NUL', 'Μαρία\u0000 Παπαδοπούλου', 'invalid_characters'],
    ['a bell (C0 control)', 'Μαρία\u0007Παπαδοπούλου', 'invalid_characters'],
    ['a C1 control', 'Μαρία\u0085Παπαδοπούλου', 'invalid_characters'],
    ['a lone surrogate', 'Μαρία \uD800 Παπαδοπούλου', 'invalid_characters'],
    ['100 kB', 'α'.repeat(100_000), 'too_long'],
  ])(
    'issue 11 defect 7: %s in a name answers VALIDATION_FAILED naming input.fullName',
    async (_what, fullName, reason) => {
      const res = await server.graphql(book, { input: bookingInput({ fullName }) }, citizen)
      expect(res.status).toBe(200)
      const { code, fields } = refusal(res)
      expect(code).toBe('VALIDATION_FAILED')
      expect(fields).toEqual([
        {
          field: 'input.fullName',
          reason,
          message: { el: expect.any(String), en: expect.any(String) },
        },
      ])
    },
  )

  it('issue 11 defect 7: names each bad field, nested and in lists, from literals as from variables', async () => {
    const res = await server.graphql(
      `mutation ($other: String) { bookAppointment(input: {
          category: INFORMATION, procedureId: "${procedureId}", startsAt: "2027-01-20T08:00:00Z",
          fullName: "Μαρία Παπαδοπούλου", email: "maria@example.gr", phone: "2101234567",
          postalAddress: "Ερμού 1\\u0000", deliveryMethod: EMAIL,
          documentIds: ["${randomUUID()}", "x\\u0000"],
          specialRequirements: { other: $other } }) { booking { id } } }`,
      { other: 'α\u0000' },
      citizen,
    )
    const { code, fields } = refusal(res)
    expect(code).toBe('VALIDATION_FAILED')
    expect(fields.map((f) => `${f.field} ${f.reason}`).sort()).toEqual([
      'input.documentIds[1] invalid_characters',
      'input.postalAddress invalid_characters',
      'input.specialRequirements.other invalid_characters',
    ])
  })

  it('issue 11 defect 7: keeps tab, newline and carriage return, which multi-line text has', async () => {
    const res = await server.graphql(
      book,
      { input: bookingInput({ specialRequirements: { other: 'Γραμμή 1\r\nΓραμμή 2\tτέλος' } }) },
      citizen,
    )
    expect(refusal(res).fields.filter((f) => f.reason === 'invalid_characters')).toEqual([])
  })

  it(`issue 11 defect 7: takes ${maxTextLength} characters and refuses one more`, async () => {
    const query = `query ($token: String!) { callInvitation(token: $token) { valid } }`
    const atMost = await server.graphql(query, { token: 'a'.repeat(maxTextLength) })
    expect(atMost.errors).toBeUndefined()
    const over = await server.graphql(query, { token: 'a'.repeat(maxTextLength + 1) })
    expect(refusal(over)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'token', reason: 'too_long' }],
    })
  })

  it('issue 11 defect 7: the public procedures(search:) drops a NUL and a lone surrogate and still finds', async () => {
    for (const search of ['πιστοπ\u0000οιητικό', '\uDC00γέννησης', '\u0000']) {
      const res = await server.graphql<{ procedures: { id: string }[] }>(
        `query ($search: String) { procedures(search: $search) { id } }`,
        { search },
      )
      expect(res.errors, search).toBeUndefined()
      expect(res.data!.procedures.map((p) => p.id)).toContain(procedureId)
    }
    const literal = await server.graphql(`{ municipalities(search: "\\u0000") { id } }`)
    expect(literal.errors).toBeUndefined()
  })

  it('issue 11 (fuzz): a list of 3,000 wrong values answers VALIDATION_FAILED naming the variable, not an internal error', async () => {
    const admin = await anAdministrator(database.db)
    const headers = (await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })).headers
    const res = await server.graphql(
      `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`,
      { input: { name: 'portal', scopes: Array.from({ length: 3000 }, () => 'x') } },
      headers,
    )
    expect(refusal(res)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'input', reason: 'invalid_value' }],
    })
  })

  it('issue 11 (fuzz): a date the database cannot read (the Athens midnight of 0001-01-01 is in year 0 UTC) answers VALIDATION_FAILED', async () => {
    const kep = await aKep(database.db, (await aMunicipality(database.db)).id)
    const staff = await anEmployee(database.db, kep.id)
    const headers = (await loginAs(server, { gsisUserId: staff.gsisUserId, role: 'staff' })).headers
    for (const date of ['0001-01-01', '9999-12-31']) {
      const res = await server.graphql(
        `query ($date: LocalDate) { kepCalls(date: $date) { booking { id } } }`,
        { date },
        headers,
      )
      expect(res.errors?.[0]?.extensions?.code ?? 'data', date).toMatch(
        /^(data|VALIDATION_FAILED)$/,
      )
    }
  })

  it('issue 11 defect 7: the database layer refuses a NUL or a lone surrogate before sending it', async () => {
    const category = await aCategory(database.db, 'municipal')
    for (const titleEl of ['Τίτλος\u0000', 'Τίτλος\uD800']) {
      const insert = aProcedure(database.db, category.id, { titleEl })
      await expect(insert).rejects.toBeInstanceOf(DomainError)
      await expect(insert).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
    }
    // jsonb: the escape of a NUL or of a lone surrogate in a JSON parameter
    for (const text of ['\u0000', '\uDFFF']) {
      await expect(
        database.db.update(procedures).set({ titleEn: JSON.stringify({ text }) }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
    }
    // A backslash typed before "u0000" is text, not an escape
    const typed = await aProcedure(database.db, category.id, { titleEn: 'a \\u0000 b' })
    expect(typed.titleEn).toBe('a \\u0000 b')
  })
})
