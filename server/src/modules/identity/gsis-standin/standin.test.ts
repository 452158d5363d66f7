import { createHash, randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverRoot } from '../../../platform/config.js'
import type { Database } from '../../../platform/db/client.js'
import { createTestDatabase } from '../../../test/database.js'
import { readLoginForm } from '../../../test/identity.js'
import { startTestServer, type TestServer } from '../../../test/server.js'
import { demoUsers, isValidAfm } from './demo-users.js'

let database: Database
let server: TestServer
beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const seed = (file: string) =>
  JSON.parse(readFileSync(path.join(serverRoot, 'seed', file), 'utf8')) as { gsisUserId: string }[]

describe('the demo users of the GSIS stand-in', () => {
  it('R1.4 have valid Greek tax numbers (ΑΦΜ with the mod-11 check digit)', () => {
    const all = [...demoUsers().citizens, ...demoUsers().government]
    for (const u of all) expect(isValidAfm(u.taxid), `${u.userid} ${u.taxid}`).toBe(true)
    expect(isValidAfm('123456789')).toBe(false)
    expect(new Set(all.map((u) => u.taxid)).size).toBe(all.length)
  })

  it('include citizens, a legal representative, employees of several KEPs incl. a manager, and an administrator, all in the seed', () => {
    const { citizens, government } = demoUsers()
    expect(citizens.length).toBeGreaterThanOrEqual(3)
    expect(citizens.some((c) => /representative/.test(c.label.en))).toBe(true)
    const staff = new Map(
      seed('staff.json').map((s) => [s.gsisUserId, s as { role?: string; kep?: string }]),
    )
    const admins = new Set(seed('administrators.json').map((a) => a.gsisUserId))
    const employees = government.filter((g) => staff.has(g.userid))
    expect(new Set(employees.map((e) => staff.get(e.userid)!.kep)).size).toBeGreaterThanOrEqual(2)
    expect(employees.some((e) => staff.get(e.userid)!.role === 'manager')).toBe(true)
    expect(government.some((g) => admins.has(g.userid))).toBe(true)
    // issue 18: a municipality's officer, and someone of the public administration with no role
    const officers = new Set(
      (
        JSON.parse(readFileSync(path.join(serverRoot, 'seed', 'applications.json'), 'utf8')) as {
          officers: { gsisUserId: string }[]
        }
      ).officers.map((o) => o.gsisUserId),
    )
    expect(government.some((g) => officers.has(g.userid))).toBe(true)
    const noRole = government.filter(
      (g) => !staff.has(g.userid) && !admins.has(g.userid) && !officers.has(g.userid),
    )
    expect(noRole.map((g) => g.userid)).toEqual(['official01'])
  })

  it('Art. 3.5 include a demo administrator, operator and auditor, so each role can log in', () => {
    const roles = new Map(
      seed('administrators.json').map((a) => [a.gsisUserId, (a as { role?: string }).role]),
    )
    const present = new Set(
      demoUsers()
        .government.filter((g) => roles.has(g.userid))
        .map((g) => roles.get(g.userid) ?? 'administrator'),
    )
    expect([...present].sort()).toEqual(['administrator', 'auditor', 'operator'])
  })
})

describe('the stand-in speaks GSIS OAuth2', () => {
  const base = () => `${server.url}/dev/gsis/oauth2server`
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  const redirectUri = () => `${server.url}/auth/callback`

  async function authorize(): Promise<string> {
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: 'keplive-dev',
      redirect_uri: redirectUri(),
      state: 's1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })
    const formPage = await fetch(`${base()}/oauth/authorize?${q}`)
    const html = await formPage.text()
    expect(html).toContain('<html lang="el">')
    expect(html).not.toMatch(/<script|style=/)
    const form = readLoginForm(html)
    const res = await fetch(new URL(form.action, server.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form.fields, user: 'demo-citizen-3', action: 'login' }),
    })
    const back = new URL(res.headers.get('location')!)
    expect(back.searchParams.get('state')).toBe('s1')
    return back.searchParams.get('code')!
  }

  const token = (body: Record<string, string>) =>
    fetch(`${base()}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'keplive-dev',
        client_secret: 'keplive-dev-gsis-secret',
        redirect_uri: redirectUri(),
        code_verifier: verifier,
        ...body,
      }),
    })

  it('issues single-use codes bound to the PKCE verifier and redirect URI', async () => {
    const code = await authorize()
    expect((await token({ code, code_verifier: 'wrong' })).status).toBe(400)
    // The failed attempt consumed it.
    expect((await token({ code })).status).toBe(400)

    const good = await authorize()
    expect((await token({ code: good, redirect_uri: 'https://evil.example/cb' })).status).toBe(400)
    const fresh = await authorize()
    const res = await token({ code: fresh })
    expect(res.status).toBe(200)
    const { access_token } = (await res.json()) as { access_token: string }
    expect((await token({ code: fresh })).status).toBe(400)

    const info = await fetch(`${base()}/userinfo?format=xml`, {
      headers: { authorization: `Bearer ${access_token}` },
    })
    expect(await info.text()).toMatch(
      /<userinfo userid="demo-citizen-3" taxid="\d{9}" lastname="[^"]+"/,
    )
  })

  it('refuses a wrong client secret and an unregistered redirect URI', async () => {
    const code = await authorize()
    expect((await token({ code, client_secret: 'nope' })).status).toBe(401)
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: 'keplive-dev',
      redirect_uri: 'https://evil.example/cb',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })
    expect((await fetch(`${base()}/oauth/authorize?${q}`)).status).toBe(400)
  })
})
