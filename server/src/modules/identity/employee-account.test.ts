import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { auditLog } from '../audit/index.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import {
  acknowledgeAcceptableUse as acknowledgeOverHttp,
  loginAs,
  overWebSocket,
  wsClient,
  type TestLogin,
} from '../../test/identity.js'
import {
  expectNoGraphQLErrors,
  manyLogins,
  startTestServer,
  type TestServer,
} from '../../test/server.js'
import { employees } from './identity.table.js'

// Issue 14 item 5 (the acceptable-use notice of Art. 7.2, acknowledged once and recorded) and
// item 4's setting (the morning summary), over HTTP as the staff app uses them, on PGlite and,
// in its run, on PostgreSQL.

const clock = fixedClock('2027-01-12T08:00:00Z')
let database: Database
let server: TestServer
let kep: { id: string; municipalityId: string }

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const municipality = await aMunicipality(db)
  const k = await aKep(db, municipality.id)
  await openingHours(db, k.id)
  const category = await aCategory(db, 'information')
  await aProcedure(db, category.id)
  kep = { id: k.id, municipalityId: municipality.id }
  server = await startTestServer(database, { clock, rateLimits: manyLogins })
}, 60_000)
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

/** A new employee of the KEP, logged in, the notice not yet acknowledged. */
async function freshEmployee(role: 'staff' | 'manager' = 'staff') {
  const employee = await anEmployee(database.db, kep.id, { role })
  const login = await loginAs(
    server,
    { gsisUserId: employee.gsisUserId!, role: 'staff' },
    { acknowledge: false },
  )
  return { employee, login }
}

const accountQuery =
  '{ me { role employeeAccount { acceptableUseAcknowledgedAt morningSummary emailLocale } } }'
const acknowledge =
  'mutation { acknowledgeAcceptableUse { account { acceptableUseAcknowledgedAt } } }'

type Account = {
  acceptableUseAcknowledgedAt: string | null
  morningSummary: boolean
  emailLocale: string
}

async function accountOf(login: TestLogin): Promise<Account | null> {
  const res = await server.graphql<{ me: { employeeAccount: Account | null } | null }>(
    accountQuery,
    {},
    login.headers,
  )
  return expectNoGraphQLErrors(res).me!.employeeAccount
}

const codeOf = (res: { errors?: { extensions?: { code?: unknown } }[] }) =>
  res.errors?.[0]?.extensions?.code

describe('issue 14 item 5: the acceptable-use notice (Art. 7.2)', () => {
  it('issue 14.5: a new employee has not acknowledged it; acknowledging records the time once, audited, and a second call keeps the first time', async () => {
    const { employee, login } = await freshEmployee()
    expect(await accountOf(login)).toEqual({
      acceptableUseAcknowledgedAt: null,
      morningSummary: false,
      emailLocale: 'el',
    })

    const first = expectNoGraphQLErrors(
      await server.graphql<{
        acknowledgeAcceptableUse: { account: { acceptableUseAcknowledgedAt: string } }
      }>(acknowledge, {}, login.headers),
    )
    expect(first.acknowledgeAcceptableUse.account.acceptableUseAcknowledgedAt).toBe(
      '2027-01-12T08:00:00.000Z',
    )

    clock.set('2027-01-12T08:10:00Z')
    try {
      const again = expectNoGraphQLErrors(
        await server.graphql<{
          acknowledgeAcceptableUse: { account: { acceptableUseAcknowledgedAt: string } }
        }>(acknowledge, {}, login.headers),
      )
      expect(again.acknowledgeAcceptableUse.account.acceptableUseAcknowledgedAt).toBe(
        '2027-01-12T08:00:00.000Z',
      )
    } finally {
      clock.set('2027-01-12T08:00:00Z')
    }

    const [row] = await database.db
      .select({ at: employees.acceptableUseAcknowledgedAt })
      .from(employees)
      .where(eq(employees.id, employee.id))
    expect(row!.at?.toISOString()).toBe('2027-01-12T08:00:00.000Z')
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'acceptable_use.acknowledge'), eq(auditLog.entityId, employee.id)),
      )
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorKind: 'employee', actorId: employee.id })
    expect(entries[0]!.details).toEqual({ article: '7.2' })
  })

  it('issue 14.5: before acknowledging, an employee gets ACCEPTABLE_USE_REQUIRED for their work (bilingual), nothing runs; me, the public reads and logout answer; afterwards the work answers', async () => {
    const { login } = await freshEmployee('manager')
    const agenda =
      '{ staffAgenda(from: "2027-01-12", to: "2027-01-12", scope: MINE) { booking { id } } }'
    const refused = await server.graphql(agenda, {}, login.headers)
    expect(codeOf(refused)).toBe('ACCEPTABLE_USE_REQUIRED')
    expect(refused.data ?? null).toBeNull()
    const { messages } = refused.errors![0]!.extensions as { messages: { el: string; en: string } }
    expect(messages.el).toMatch(/όρο αποδεκτής χρήσης \(άρθρο 7\.2\)/)
    expect(messages.en).toMatch(/acceptable-use notice \(Article 7\.2\)/)

    // a document mixing an allowed field with a refused one is refused whole
    expect(
      codeOf(await server.graphql(`{ me { role } ${agenda.slice(1)}`, {}, login.headers)),
    ).toBe('ACCEPTABLE_USE_REQUIRED')
    // settings wait too: the notice comes first
    expect(
      codeOf(
        await server.graphql(
          'mutation { updateEmployeeSettings(input: { morningSummary: true }) { account { morningSummary } } }',
          {},
          login.headers,
        ),
      ),
    ).toBe('ACCEPTABLE_USE_REQUIRED')
    expect((await accountOf(login))!.morningSummary).toBe(false)

    expect(
      expectNoGraphQLErrors(
        await server.graphql<{ me: { role: string } }>('{ me { role } }', {}, login.headers),
      ).me.role,
    ).toBe('MANAGER')
    expectNoGraphQLErrors(await server.graphql('{ keps { id } }', {}, login.headers))

    await acknowledgeOverHttp(server, login.headers)
    expectNoGraphQLErrors(await server.graphql(agenda, {}, login.headers))
  })

  it('issue 14.5: over the WebSocket too, a subscription of an employee who has not acknowledged is refused', async () => {
    const { login } = await freshEmployee()
    const client = wsClient(server, { cookie: login.cookie })
    try {
      const result = await overWebSocket(client, 'subscription { kepCallUpdates { id } }')
      expect(result.errors?.[0]?.extensions?.code).toBe('ACCEPTABLE_USE_REQUIRED')
    } finally {
      await client.dispose()
    }
  })

  it('issue 14.5: the test kit logs employees in acknowledged, administrators and citizens have no employee account', async () => {
    const employee = await anEmployee(database.db, kep.id)
    const login = await loginAs(server, { gsisUserId: employee.gsisUserId!, role: 'staff' })
    expect((await accountOf(login))!.acceptableUseAcknowledgedAt).not.toBeNull()
    const citizen = await loginAs(server, 'citizen')
    expect(await accountOf(citizen)).toBeNull()
    expect(codeOf(await server.graphql(acknowledge, {}, citizen.headers))).toBe('FORBIDDEN')
  })
})

describe('issue 14 item 4: the morning summary setting', () => {
  const update = (input: Record<string, unknown>) =>
    `mutation { updateEmployeeSettings(input: { ${Object.entries(input)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ')} }) { account { morningSummary emailLocale } } }`

  it("issue 14.4: an employee turns their own summary on and its language to English, audited; a colleague's stays off", async () => {
    const me = await anEmployee(database.db, kep.id)
    const colleague = await anEmployee(database.db, kep.id)
    const login = await loginAs(server, { gsisUserId: me.gsisUserId!, role: 'staff' })
    const res = expectNoGraphQLErrors(
      await server.graphql<{
        updateEmployeeSettings: { account: { morningSummary: boolean; emailLocale: string } }
      }>(update({ morningSummary: true, emailLocale: 'en' }), {}, login.headers),
    )
    expect(res.updateEmployeeSettings.account).toEqual({ morningSummary: true, emailLocale: 'en' })
    // only the given fields change
    expectNoGraphQLErrors(await server.graphql(update({ emailLocale: 'el' }), {}, login.headers))
    const rows = await database.db
      .select({ id: employees.id, on: employees.morningSummary, locale: employees.locale })
      .from(employees)
      .where(eq(employees.kepId, kep.id))
    expect(rows.find((r) => r.id === me.id)).toMatchObject({ on: true, locale: 'el' })
    expect(rows.find((r) => r.id === colleague.id)).toMatchObject({ on: false, locale: 'el' })
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee_settings.update'), eq(auditLog.entityId, me.id)))
    expect(entries.map((e) => e.details)).toEqual([
      { morningSummary: true, locale: 'en' },
      { locale: 'el' },
    ])
  })

  it('issue 14.4: a language other than el or en is VALIDATION_FAILED naming input.emailLocale, in Greek and English, and nothing changes', async () => {
    const me = await anEmployee(database.db, kep.id)
    const login = await loginAs(server, { gsisUserId: me.gsisUserId!, role: 'staff' })
    const res = await server.graphql(
      update({ morningSummary: true, emailLocale: 'fr' }),
      {},
      login.headers,
    )
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    const fields = (res.errors![0]!.extensions as { fields: { field: string; message: object }[] })
      .fields
    expect(fields.map((f) => f.field)).toEqual(['input.emailLocale'])
    expect(Object.keys(fields[0]!.message).sort()).toEqual(['el', 'en'])
    expect(await accountOf(login)).toMatchObject({ morningSummary: false, emailLocale: 'el' })
  })
})
