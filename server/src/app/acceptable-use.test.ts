import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptableUseOperations, scopeOperations } from '../modules/identity/index.js'
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
import { loginAs } from '../test/identity.js'
import {
  expectNoGraphQLErrors,
  manyLogins,
  startTestServer,
  type TestServer,
} from '../test/server.js'
import { authorizationMatrix, type MatrixFixtures } from './authorization.matrix.js'

// Issue 14 item 5: until an employee acknowledges the acceptable-use notice (Art. 7.2), the
// operation guard lets them call only `me`, the acknowledgement, logging out and the public
// reads — checked here against every operation of the authorisation matrix, over HTTP.

let database: Database
let server: TestServer
let kep: { id: string; municipalityId: string }
let procedureId: string

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const municipality = await aMunicipality(db)
  const k = await aKep(db, municipality.id)
  await openingHours(db, k.id)
  procedureId = (await aProcedure(db, (await aCategory(db, 'information')).id)).id
  kep = { id: k.id, municipalityId: municipality.id }
  server = await startTestServer(database, {
    clock: fixedClock('2027-01-12T08:00:00Z'),
    rateLimits: manyLogins,
  })
}, 60_000)
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const codeOf = (res: { errors?: { extensions?: { code?: unknown } }[] }) =>
  res.errors?.[0]?.extensions?.code

async function accountOf(headers: Record<string, string>) {
  const res = await server.graphql<{
    me: { employeeAccount: { acceptableUseAcknowledgedAt: string | null } }
  }>('{ me { employeeAccount { acceptableUseAcknowledgedAt } } }', {}, headers)
  return expectNoGraphQLErrors(res).me.employeeAccount
}

describe('issue 14 item 5: the operation guard before the acceptable-use notice', () => {
  it('issue 14.5: every operation of the authorisation matrix is refused before acknowledging, except me, the acknowledgement, logout and the public reads', async () => {
    const manager = await anEmployee(database.db, kep.id, { role: 'manager' })
    const login = await loginAs(
      server,
      { gsisUserId: manager.gsisUserId!, role: 'staff' },
      { acknowledge: false },
    )
    // the guard refuses before any resolver reads these: ids of nothing are enough
    const fixtures = new Proxy({} as MatrixFixtures, {
      get: (_, key) => {
        switch (key) {
          case 'db':
            return database.db
          case 'kepId':
            return kep.id
          case 'municipalityId':
            return kep.municipalityId
          case 'procedureId':
            return procedureId
          case 'categoryCode':
            return 'INFORMATION'
          case 'then':
            return undefined
          default:
            return typeof key === 'string' && key.startsWith('new')
              ? () => Promise.resolve(randomUUID())
              : randomUUID()
        }
      },
    })
    const publicOperations = new Set(Object.values(scopeOperations).flat())
    const allowed = new Set<string>([...acceptableUseOperations, ...publicOperations])
    const unexpected: string[] = []
    let refusedCount = 0
    for (const [operation, row] of Object.entries(authorizationMatrix)) {
      const field = operation.split('.')[1]!
      // logging out would end the session the next rows need, acknowledging would end the
      // test's point: both are allowed, shown above
      if (row.endsSessions || field === 'acknowledgeAcceptableUse') continue
      const res = await server.graphql(
        row.document,
        row.variables ? await row.variables(fixtures) : {},
        login.headers,
      )
      const refused = codeOf(res) === 'ACCEPTABLE_USE_REQUIRED'
      if (refused) refusedCount++
      if (refused === allowed.has(field)) {
        unexpected.push(`${operation}: ${refused ? 'refused' : String(codeOf(res) ?? 'answered')}`)
      }
    }
    expect(unexpected).toEqual([])
    expect(refusedCount).toBeGreaterThan(50)
    // still not acknowledged: nothing above acknowledged it on the way
    expect((await accountOf(login.headers)).acceptableUseAcknowledgedAt).toBeNull()
  })
})
