import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { MatrixRole } from '../app/authorization.matrix.js'
import { citizens, municipalityOfficers, withAfmCheckDigit } from '../modules/identity/index.js'
import type { Db } from '../platform/db/client.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from './factories.js'
import { anAdministrator, loginAs, type TestIdentity } from './identity.js'
import { expectNoGraphQLErrors, type TestServer } from './server.js'

// The people of the authorisation matrices (authorization.test.ts, http-authorization.test.ts)
// and of the fuzz, logged in through the real redirects: a KEP open on weekdays with a staff
// member and a manager, another KEP with its own staff member, two citizens, an ADMINISTRATOR,
// an OPERATOR, an AUDITOR, and an API client key the ADMINISTRATOR made.

export type LoggedInRole = Exclude<MatrixRole, 'anonymous' | 'apiClient'>

export interface MatrixLogins {
  category: Awaited<ReturnType<typeof aCategory>>
  procedure: Awaited<ReturnType<typeof aProcedure>>
  municipality: Awaited<ReturnType<typeof aMunicipality>>
  /** Where `staff` and `manager` work; open Monday to Friday 08:00–15:00. */
  kep: Awaited<ReturnType<typeof aKep>>
  staff: Awaited<ReturnType<typeof anEmployee>>
  manager: Awaited<ReturnType<typeof anEmployee>>
  /** The row of the `citizen` role's person. */
  citizenId: string
  /** The `officer` role's row: an officer of `municipality`. */
  officerId: string
  /** The `apiClient` role's key. */
  apiKey: string
  /** Another API client, made by the administrator. */
  createApiClient(name: string, scopes: string[]): Promise<{ key: string; id: string }>
  /** A role's headers: its session made at setup, or with `fresh` a new one (for cells that end it). */
  headersOf(role: MatrixRole, fresh?: boolean): Promise<Record<string, string>>
}

export async function matrixLogins(
  server: TestServer,
  db: Db,
  /** The `apiClient` role's scopes, as GraphQL enum values. */
  apiScopes: string[] = ['CATALOG_READ'],
): Promise<MatrixLogins> {
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
  const operator = await anAdministrator(db, { role: 'operator' })
  const auditor = await anAdministrator(db, { role: 'auditor' })
  // issue 18: an officer of the fixture municipality, granted before their first login
  const officerGsisId = `matrix-officer-${randomBytes(3).toString('hex')}`
  const [officer] = await db
    .insert(municipalityOfficers)
    .values({
      gsisUserId: officerGsisId,
      taxId: withAfmCheckDigit(String(10_000_000 + Math.floor(Math.random() * 89_999_999))),
      fullName: 'Υπάλληλος Δήμου Πίνακα',
      municipalityId: municipality.id,
      grantedAt: new Date(),
    })
    .returning()

  const people: Record<LoggedInRole, TestIdentity & { role?: 'staff' | 'admin' }> = {
    citizen: { gsisUserId: `matrix-citizen-${randomBytes(3).toString('hex')}` },
    otherCitizen: { gsisUserId: `matrix-other-${randomBytes(3).toString('hex')}` },
    staff: { gsisUserId: staff.gsisUserId, role: 'staff' },
    otherKepStaff: { gsisUserId: otherStaff.gsisUserId, role: 'staff' },
    manager: { gsisUserId: manager.gsisUserId, role: 'staff' },
    administrator: { gsisUserId: admin.gsisUserId, role: 'admin' },
    operator: { gsisUserId: operator.gsisUserId, role: 'admin' },
    auditor: { gsisUserId: auditor.gsisUserId, role: 'admin' },
    officer: { gsisUserId: officerGsisId, role: 'admin' },
  }
  const logins = new Map<MatrixRole, Record<string, string>>()
  for (const [role, who] of Object.entries(people)) {
    logins.set(role as MatrixRole, (await loginAs(server, who)).headers)
  }
  const createApiClient = async (name: string, scopes: string[]) => {
    const res = await server.graphql<{ createApiClient: { key: string; client: { id: string } } }>(
      'mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { id } } }',
      { input: { name, scopes } },
      logins.get('administrator'),
    )
    const { key, client } = expectNoGraphQLErrors(res).createApiClient
    return { key, id: client.id }
  }
  const { key: apiKey } = await createApiClient('matrix portal', apiScopes)
  const [citizen] = await db
    .select({ id: citizens.id })
    .from(citizens)
    .where(eq(citizens.gsisUserId, people.citizen.gsisUserId))

  return {
    category,
    procedure,
    municipality,
    kep,
    staff,
    manager,
    citizenId: citizen!.id,
    officerId: officer!.id,
    apiKey,
    createApiClient,
    async headersOf(role, fresh = false) {
      if (role === 'anonymous') return {}
      if (role === 'apiClient') return { authorization: `Bearer ${apiKey}` }
      return fresh ? (await loginAs(server, people[role])).headers : logins.get(role)!
    },
  }
}

/** A matrix's rows, those whose cells end sessions last, so that they do not log out the others. */
export function sessionEndersLast<Row extends { endsSessions?: boolean }>(
  matrix: Record<string, Row>,
): [string, Row][] {
  return Object.entries(matrix).sort(
    ([, a], [, b]) => Number(a.endsSessions ?? false) - Number(b.endsSessions ?? false),
  )
}
