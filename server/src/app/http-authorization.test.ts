import { createHash, randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documents } from '../modules/bookings/index.js'
import { joinTokens } from '../modules/calls/index.js'
import { fixedClock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import { aBooking } from '../test/factories.js'
import { matrixLogins, sessionEndersLast } from '../test/matrix-logins.js'
import { manyLogins, startTestServer, type TestServer } from '../test/server.js'
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
  server = await startTestServer(database, { clock: fixedClock(now), rateLimits: manyLogins })

  // The narrowest key there is: issue 11 says even catalog:read alone must not upload.
  const world = await matrixLogins(server, db, ['CATALOG_READ'])
  headersFor = world.headersOf

  // A booking of `citizen` at the staff's KEP whose call is open now, its document and link.
  const booking = await aBooking(db, {
    citizenId: world.citizenId,
    categoryId: world.category.id,
    procedureId: world.procedure.id,
    kepId: world.kep.id,
    employee: world.staff,
    startsAt: new Date(Date.parse(now) + 5 * 60_000),
  })
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(500)])
  const form = new FormData()
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'id.pdf')
  const uploaded = await fetch(`${server.url}/uploads`, {
    method: 'POST',
    body: form,
    headers: { ...(await headersFor('citizen', false)), 'x-keplive-upload': '1' },
  })
  const { id: documentId } = (await uploaded.json()) as { id: string }
  await db.update(documents).set({ bookingId: booking.id }).where(eq(documents.id, documentId))
  const joinToken = randomBytes(32).toString('base64url')
  await db.insert(joinTokens).values({
    bookingId: booking.id,
    tokenHash: createHash('sha256').update(joinToken, 'utf8').digest('base64url'),
    validFrom: new Date(Date.parse(now) - 3_600_000),
    validUntil: new Date(Date.parse(now) + 3_600_000),
  })
  fixtures = {
    publicUrl: server.url,
    documentId,
    joinToken,
    pdf,
    procedureId: world.procedure.id,
  }
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
    for (const [route, row] of sessionEndersLast(httpAuthorizationMatrix)) {
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
