import { createHash, randomBytes } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { devSecrets } from '../../platform/config.js'
import { auditHmac, auditLog } from '../audit/index.js'
import { createTestDatabase } from '../../test/database.js'
import { aKep, aMunicipality, anEmployee } from '../../test/factories.js'
import {
  anAdministrator,
  CookieJar,
  loginAs,
  loginFlow,
  randomAfm,
  readLoginForm,
} from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { actorFromSessionToken } from './session.service.js'
import { citizens, employees, sessions } from './index.js'

let database: Database
let server: TestServer
const clock = fixedClock('2027-01-12T08:00:00Z')
let kepId: string

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock })
  const m = await aMunicipality(database.db)
  kepId = (await aKep(database.db, m.id)).id
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const me = (headers: Record<string, string>) =>
  server.graphql<{ me: { role: string; displayName: string; kep: { id: string } | null } | null }>(
    '{ me { role displayName kep { id } } }',
    {},
    headers,
  )

const count = async (table: typeof citizens | typeof sessions) =>
  Number((await database.db.select({ n: sql<number>`count(*)` }).from(table))[0]!.n)

describe('login through GSIS (R1.4, R2.1)', () => {
  it('R2.1 logs a citizen in through the stand-in and keeps the deep link', async () => {
    const deepLink = '/book?category=municipal&procedure=P-17'
    const { response, jar } = await loginFlow(server, {
      user: 'demo-citizen-1',
      returnTo: deepLink,
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(deepLink)
    const setCookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('__Host-keplive_session='))!
    expect(setCookie).toMatch(/; Path=\/; HttpOnly; Secure; SameSite=Lax/)
    expect(setCookie).not.toMatch(/Domain=/i)
    const session = `__Host-keplive_session=${jar.get('__Host-keplive_session')}`
    const res = await me({ cookie: session })
    expect(res.data?.me).toMatchObject({ role: 'CITIZEN', displayName: 'Μαρία Παπαδοπούλου' })
  })

  it('stores the session token only hashed, and a new session id at every login', async () => {
    const first = await loginAs(server, { gsisUserId: 'same-person' })
    const token = first.cookie.split('=')[1]!
    const rows = await database.db.select().from(sessions)
    expect(rows.some((r) => r.tokenHash === token)).toBe(false)
    expect(rows.some((r) => r.tokenHash === createHash('sha256').update(token).digest('hex'))).toBe(
      true,
    )
    // The same browser logs in again: the old cookie stops working.
    const before = await loginAs(server, { gsisUserId: 'same-person' })
    const { response } = await loginFlow(server, {
      user: { gsisUserId: 'same-person' },
      jar: jarWith(before.cookie),
    })
    expect(response.status).toBe(303)
    expect((await me(before.headers)).data?.me).toBeNull()
  })

  it('refuses to redirect anywhere but our own origin after login', async () => {
    for (const returnTo of [
      '//evil.example',
      'https://evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const login = await loginAs(server, 'citizen', { returnTo })
      expect(login.landedOn).toBe('/')
    }
  })

  it('R3.5 logs employees, managers and administrators in through the public-administration variant, roles from our tables', async () => {
    const staff = await anEmployee(database.db, kepId)
    const manager = await anEmployee(database.db, kepId, { role: 'manager' })
    const admin = await anAdministrator(database.db)
    const asStaff = await loginAs(server, { gsisUserId: staff.gsisUserId, role: 'staff' })
    expect(asStaff.landedOn).toBe('/staff/')
    expect((await me(asStaff.headers)).data?.me).toMatchObject({
      role: 'STAFF',
      kep: { id: kepId },
    })
    const asManager = await loginAs(server, { gsisUserId: manager.gsisUserId, role: 'staff' })
    expect((await me(asManager.headers)).data?.me?.role).toBe('MANAGER')
    const asAdmin = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    expect(asAdmin.landedOn).toBe('/admin/')
    expect((await me(asAdmin.headers)).data?.me).toMatchObject({ role: 'ADMINISTRATOR', kep: null })
  })

  it('R3.5 an employee an administrator added by ΑΦΜ is found by it at their first login; their GSIS id is kept for the next', async () => {
    const admin = await anAdministrator(database.db)
    const asAdmin = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const taxId = randomAfm()
    const added = await server.graphql<{ addEmployee: { id: string; hasLoggedIn: boolean } }>(
      `mutation($input: AddEmployeeInput!) { addEmployee(input: $input) { id hasLoggedIn } }`,
      {
        input: {
          kepId,
          taxId,
          fullName: 'Νέα Υπάλληλος',
          email: 'nea@kep.example.gr',
          role: 'STAFF',
        },
      },
      asAdmin.headers,
    )
    expect(added.errors).toBeUndefined()
    expect(added.data?.addEmployee.hasLoggedIn).toBe(false)
    const employeeId = added.data!.addEmployee.id

    const first = await loginAs(server, { gsisUserId: 'gsis-of-the-new-one', taxId, role: 'staff' })
    expect(first.landedOn).toBe('/staff/')
    expect((await me(first.headers)).data?.me).toMatchObject({ role: 'STAFF', kep: { id: kepId } })
    const [row] = await database.db.select().from(employees).where(eq(employees.id, employeeId))
    expect(row?.gsisUserId).toBe('gsis-of-the-new-one')

    // the next login is by the GSIS id, whatever tax number GSIS sends
    const again = await loginAs(server, { gsisUserId: 'gsis-of-the-new-one', role: 'staff' })
    expect((await me(again.headers)).data?.me?.role).toBe('STAFF')
    // and the ΑΦΜ no longer lets anyone else in as them
    const { response } = await loginFlow(server, {
      role: 'staff',
      user: { gsisUserId: 'someone-else', taxId },
    })
    expect(response.status).toBe(403)
  })

  it('refuses a public-administration login of someone not registered, storing nothing about them', async () => {
    const citizensBefore = await count(citizens)
    const sessionsBefore = await count(sessions)
    const { response } = await loginFlow(server, {
      role: 'staff',
      user: { gsisUserId: 'nobody-here', taxId: '123456783', lastName: 'Άγνωστος' },
    })
    expect(response.status).toBe(403)
    const page = await response.text()
    expect(page).toContain('lang="el"')
    expect(page).toMatch(/προϊστάμενο/)
    expect(page).toMatch(/ask your KEP manager/)
    expect(await count(citizens)).toBe(citizensBefore)
    expect(await count(sessions)).toBe(sessionsBefore)
    const [failed] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'login_failed'))
    expect(failed?.details).toMatchObject({ reason: 'not_registered' })
    expect(JSON.stringify(failed)).not.toMatch(/nobody-here|123456783|Άγνωστος/)
  })
})

function jarWith(cookie: string): CookieJar {
  const jar = new CookieJar()
  const [name, value] = cookie.split('=')
  ;(jar as unknown as { cookies: Map<string, string> }).cookies.set(name!, value!)
  return jar
}

describe('bad input at login', () => {
  it('refuses a forged state with a page that says what to do, and stores nothing', async () => {
    const citizensBefore = await count(citizens)
    const { response } = await loginFlow(server, {
      user: { gsisUserId: 'forged-state-victim' },
      tamperCallback: (url) => url.searchParams.set('state', randomBytes(32).toString('base64url')),
    })
    expect(response.status).toBe(400)
    const page = await response.text()
    expect(page).toMatch(/Ξεκινήστε τη σύνδεση ξανά/)
    expect(page).toMatch(/start the login again/)
    expect(
      response.headers
        .getSetCookie()
        .some((c) => c.includes('keplive_session=') && !c.includes('Max-Age=0')),
    ).toBe(false)
    expect(await count(citizens)).toBe(citizensBefore)
  })

  it('refuses a replayed callback: the login transaction is single-use, and so is the code', async () => {
    const { response, jar, callbackUrl } = await loginFlow(server, {
      user: { gsisUserId: 'replay-victim' },
    })
    expect(response.status).toBe(303)
    // Replayed in the same browser: the transaction cookie is gone.
    const replay = await fetch(callbackUrl, {
      redirect: 'manual',
      headers: { cookie: jar.header() },
    })
    expect(replay.status).toBe(400)
    expect(await replay.text()).toMatch(/already used|χρησιμοποιήθηκε ήδη/)
  })

  it('refuses a code used twice even with a captured transaction cookie', async () => {
    // An attacker who captured both the callback URL and the login cookie replays them.
    const jar = new CookieJar()
    const start = await fetch(`${server.url}/auth/login?role=citizen`, { redirect: 'manual' })
    jar.store(start)
    const loginCookie = jar.header()
    const formPage = await fetch(start.headers.get('location')!)
    const form = readLoginForm(await formPage.text())
    const posted = await fetch(new URL(form.action, server.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.fields, user: 'demo-citizen-2', action: 'login' }),
    })
    const callback = posted.headers.get('location')!
    const first = await fetch(callback, { redirect: 'manual', headers: { cookie: loginCookie } })
    expect(first.status).toBe(303)
    const second = await fetch(callback, { redirect: 'manual', headers: { cookie: loginCookie } })
    expect(second.status).toBe(400)
    expect(await second.text()).toMatch(/already used|έχει ήδη χρησιμοποιηθεί/)
  })

  it('shows a page, not an error, when the person cancels at GSIS', async () => {
    const start = await fetch(`${server.url}/auth/login`, { redirect: 'manual' })
    const jar = new CookieJar()
    jar.store(start)
    const form = readLoginForm(await (await fetch(start.headers.get('location')!)).text())
    const posted = await fetch(new URL(form.action, server.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.fields, action: 'cancel' }),
    })
    const res = await fetch(posted.headers.get('location')!, {
      redirect: 'manual',
      headers: { cookie: jar.header() },
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/Ακυρώσατε τη σύνδεση/)
  })
})

describe('sessions', () => {
  it('R7.2 ends an idle citizen session after 30 minutes: UNAUTHENTICATED', async () => {
    clock.set('2027-01-12T08:00:00Z')
    const login = await loginAs(server, 'citizen')
    clock.set('2027-01-12T08:29:00Z')
    expect((await me(login.headers)).data?.me?.role).toBe('CITIZEN')
    // Activity slid the idle timeout: 29 more minutes are fine, 30 are not.
    clock.set('2027-01-12T08:58:00Z')
    expect((await me(login.headers)).data?.me?.role).toBe('CITIZEN')
    clock.set('2027-01-12T09:28:00Z')
    expect((await me(login.headers)).data?.me).toBeNull()
    const res = await server.graphql('mutation { logout { endedSessions } }', {}, login.headers)
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('ends an idle staff session after 15 minutes', async () => {
    clock.set('2027-01-12T08:00:00Z')
    const staff = await anEmployee(database.db, kepId)
    const login = await loginAs(server, { gsisUserId: staff.gsisUserId, role: 'staff' })
    clock.set('2027-01-12T08:14:00Z')
    expect((await me(login.headers)).data?.me?.role).toBe('STAFF')
    clock.set('2027-01-12T08:29:30Z')
    expect((await me(login.headers)).data?.me).toBeNull()
  })

  it('ends every session after 8 hours however active', async () => {
    clock.set('2027-01-12T08:00:00Z')
    const login = await loginAs(server, 'citizen')
    for (let minutes = 20; minutes < 8 * 60; minutes += 20) {
      clock.set(new Date(Date.parse('2027-01-12T08:00:00Z') + minutes * 60_000))
      expect((await me(login.headers)).data?.me?.role).toBe('CITIZEN')
    }
    clock.set('2027-01-12T16:00:00Z')
    expect((await me(login.headers)).data?.me).toBeNull()
    clock.set('2027-01-12T08:00:00Z')
  })

  it('logs out from a form of our own, and refuses a cross-site logout', async () => {
    const login = await loginAs(server, 'citizen')
    const crossSite = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...login.headers,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
    })
    expect(crossSite.status).toBe(403)
    expect((await me(login.headers)).data?.me?.role).toBe('CITIZEN')
    const res = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        ...login.headers,
        origin: server.url,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'returnTo=%2Fstaff%2F',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/staff/')
    expect(res.headers.getSetCookie()[0]).toMatch(/^__Host-keplive_session=; .*Max-Age=0/)
    expect((await me(login.headers)).data?.me).toBeNull()
  })

  it('logs out everywhere: every session of the person ends', async () => {
    const who = { gsisUserId: `everywhere-${randomBytes(3).toString('hex')}` }
    const phone = await loginAs(server, who)
    const laptop = await loginAs(server, who)
    const res = await server.graphql<{ logoutEverywhere: { endedSessions: number } }>(
      'mutation { logoutEverywhere { endedSessions } }',
      {},
      laptop.headers,
    )
    expect(res.data?.logoutEverywhere.endedSessions).toBe(2)
    expect((await me(phone.headers)).data?.me).toBeNull()
    expect((await me(laptop.headers)).data?.me).toBeNull()
  })

  it('R7.2 records logins in the audit trail without tax numbers or names in clear', async () => {
    await loginAs(server, {
      gsisUserId: 'audited-person',
      taxId: '098765430',
      lastName: 'Νικολάου',
    })
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'login'))
    expect(rows.length).toBeGreaterThan(0)
    const all = JSON.stringify(await database.db.select().from(auditLog))
    expect(all).not.toMatch(/098765430|Νικολάου|audited-person/)
    expect(rows.at(-1)!.details).toMatchObject({
      provider: 'citizen',
      taxIdHmac: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('issue 19 item 2: a citizen keeps the tax number as an HMAC; the clear number lives in the session only', async () => {
    const gsisUserId = `minimised-${randomBytes(3).toString('hex')}`
    const taxId = randomAfm()
    const login = await loginAs(server, { gsisUserId, taxId })
    const [citizen] = await database.db
      .select()
      .from(citizens)
      .where(eq(citizens.gsisUserId, gsisUserId))
    expect(citizen!.taxIdHmac).toBe(auditHmac(devSecrets.auditKey, taxId))
    expect(JSON.stringify(citizen)).not.toContain(taxId)
    // the parents' names and birth year GSIS sends are not columns any more
    expect(Object.keys(citizen!)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/father|mother|birth/i)]),
    )
    const token = decodeURIComponent(login.cookie.split('=')[1]!)
    const [session] = await database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, createHash('sha256').update(token).digest('hex')))
    expect(session!.taxId).toBe(taxId)
    expect(await actorFromSessionToken(database.db, clock, token)).toMatchObject({
      kind: 'citizen',
      citizenId: citizen!.id,
      taxId,
    })
  })

  it('issue 19 item 2: staff sessions carry no tax number', async () => {
    const employee = await anEmployee(database.db, kepId)
    await loginAs(server, { gsisUserId: employee.gsisUserId, role: 'staff' })
    const rows = await database.db
      .select({ taxId: sessions.taxId })
      .from(sessions)
      .where(eq(sessions.principalId, employee.id))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.taxId === null)).toBe(true)
  })
})
