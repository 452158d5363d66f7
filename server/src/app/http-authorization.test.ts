import { createHash, randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookings, documents } from '../modules/bookings/index.js'
import { joinTokens } from '../modules/calls/index.js'
import { citizens } from '../modules/identity/index.js'
import { fixedClock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../test/factories.js'
import { anAdministrator, loginAs } from '../test/identity.js'
import { startTestServer, type TestServer } from '../test/server.js'
import { matrixRoles, type MatrixRole } from './authorization.matrix.js'
import {
  httpAuthorizationMatrix,
  httpRoutes,
  type HttpMatrixFixtures,
  type HttpOutcome,
} from './http-authorization.matrix.js'

// R7.2, issue 11 defect 1: every plain HTTP route × every role, executed against a real server,
// as authorization.test.ts does for GraphQL. API keys reach neither uploads nor documents.

const now = '2027-01-12T08:00:00Z'
let database: Database
let server: TestServer
let fixtures: HttpMatrixFixtures
let headersFor: (role: MatrixRole, fresh: boolean) => Promise<Record<string, string>>

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  server = await startTestServer(database, { clock: fixedClock(now) })

  const category = await aCategory(db, 'information')
  const procedure = await aProcedure(db, category.id)
  const municipality = await aMunicipality(db)
  const kep = await aKep(db, municipality.id)
  const otherKep = await aKep(db, municipality.id)
  await openingHours(db, kep.id)
  const staff = await anEmployee(db, kep.id)
  const manager = await anEmployee(db, kep.id, { role: 'manager' })
  const otherStaff = await anEmployee(db, otherKep.id)
  const admin = await anAdministrator(db)

  const people: Record<
    Exclude<MatrixRole, 'anonymous' | 'apiClient'>,
    Parameters<typeof loginAs>[1]
  > = {
    citizen: { gsisUserId: `http-citizen-${randomBytes(3).toString('hex')}` },
    otherCitizen: { gsisUserId: `http-other-${randomBytes(3).toString('hex')}` },
    staff: { gsisUserId: staff.gsisUserId, role: 'staff' },
    otherKepStaff: { gsisUserId: otherStaff.gsisUserId, role: 'staff' },
    manager: { gsisUserId: manager.gsisUserId, role: 'staff' },
    administrator: { gsisUserId: admin.gsisUserId, role: 'admin' },
  }
  const logins = new Map<MatrixRole, Record<string, string>>()
  for (const [role, who] of Object.entries(people)) {
    logins.set(role as MatrixRole, (await loginAs(server, who)).headers)
  }
  // The narrowest key there is: issue 11 says even catalog:read alone must not upload.
  const created = await server.graphql<{ createApiClient: { key: string } }>(
    'mutation { createApiClient(input: { name: "http matrix", scopes: [CATALOG_READ] }) { key } }',
    {},
    logins.get('administrator'),
  )
  const apiKey = created.data!.createApiClient.key
  headersFor = async (role, fresh) => {
    if (role === 'anonymous') return {}
    if (role === 'apiClient') return { authorization: `Bearer ${apiKey}` }
    return fresh ? (await loginAs(server, people[role])).headers : logins.get(role)!
  }

  // A booking of `citizen` at the staff's KEP whose call is open now, its document and link.
  const [citizen] = await db
    .select()
    .from(citizens)
    .where(eq(citizens.gsisUserId, (people.citizen as { gsisUserId: string }).gsisUserId))
  const startsAt = new Date(Date.parse(now) + 5 * 60_000)
  const [booking] = await db
    .insert(bookings)
    .values({
      reference: `HX-${randomBytes(4).toString('hex')}`,
      citizenId: citizen!.id,
      categoryId: category.id,
      procedureId: procedure.id,
      kepId: kep.id,
      employeeId: staff.id,
      workstationId: staff.workstationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      blockedUntil: new Date(startsAt.getTime() + 30 * 60_000),
      fullName: 'Μαρία Παπαδοπούλου',
      email: 'maria@example.gr',
      phone: '2101234567',
      postalAddress: 'Ερμού 1, 10563 Αθήνα',
      deliveryMethod: 'email',
    })
    .returning({ id: bookings.id })
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(500)])
  const form = new FormData()
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'id.pdf')
  const uploaded = await fetch(`${server.url}/uploads`, {
    method: 'POST',
    body: form,
    headers: { ...logins.get('citizen'), 'x-keplive-upload': '1' },
  })
  const { id: documentId } = (await uploaded.json()) as { id: string }
  await db.update(documents).set({ bookingId: booking!.id }).where(eq(documents.id, documentId))
  const joinToken = randomBytes(32).toString('base64url')
  await db.insert(joinTokens).values({
    bookingId: booking!.id,
    tokenHash: createHash('sha256').update(joinToken, 'utf8').digest('base64url'),
    validFrom: new Date(Date.parse(now) - 3_600_000),
    validUntil: new Date(Date.parse(now) + 3_600_000),
  })
  fixtures = { publicUrl: server.url, documentId, joinToken, pdf }
})

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const statusOutcomes: Record<number, HttpOutcome> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
}

/** What a cell's response amounts to, or a problem no role may ever see. */
async function outcomeOf(res: Response): Promise<HttpOutcome | { problem: string }> {
  const text = await res.text()
  if (res.status >= 500) return { problem: `${res.status}: ${text.slice(0, 200)}` }
  if (/\bat \S+ \(|node_modules|\.ts:\d+/.test(text)) return { problem: `a stack: ${text}` }
  if (res.status < 400) return 'allowed'
  const outcome = statusOutcomes[res.status]
  if (!outcome) return { problem: `unexpected status ${res.status}` }
  // A typed JSON error must name the same outcome as its status.
  if (res.headers.get('content-type')?.startsWith('application/json')) {
    const code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
      ?.extensions?.code
    if (code && code !== outcome && !(outcome === 'BAD_REQUEST' && code === 'VALIDATION_FAILED')) {
      return { problem: `status ${res.status} with code ${code}` }
    }
  }
  return outcome
}

describe('the authorisation matrix of the HTTP routes', () => {
  it('has a row for every plain HTTP route', () => {
    const rows = Object.keys(httpAuthorizationMatrix)
    expect(httpRoutes.filter((route) => !rows.some((r) => r.startsWith(route)))).toEqual([])
  })

  it('issue 11 defect 1, R7.2: gives every role the expected outcome for every HTTP route', async () => {
    const mismatches: string[] = []
    // Cells that end sessions run last, so they do not log out the others.
    const rows = Object.entries(httpAuthorizationMatrix).sort(
      ([, a], [, b]) => Number(a.endsSessions ?? false) - Number(b.endsSessions ?? false),
    )
    for (const [route, row] of rows) {
      for (const role of matrixRoles) {
        const request = row.request?.(fixtures) ?? {}
        const res = await fetch(`${server.url}${row.path(fixtures)}`, {
          method: row.method,
          redirect: 'manual',
          headers: { ...(await headersFor(role, row.endsSessions ?? false)), ...request.headers },
          body: request.body,
        })
        const outcome = await outcomeOf(res)
        if (typeof outcome !== 'string') mismatches.push(`${route} as ${role}: ${outcome.problem}`)
        else if (outcome !== row.expect[role]) {
          mismatches.push(`${route} as ${role}: expected ${row.expect[role]}, got ${outcome}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  }, 120_000)
})
