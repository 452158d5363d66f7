import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../platform/config.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { CookieJar } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { GsisError, parseUserinfo } from './gsis.client.js'
import { citizens, sessions } from './index.js'

// A throwaway HTTP server standing in for a GSIS that misbehaves in one way per test.
type Mode = 'ok' | 'no-taxid' | 'malformed' | 'slow' | 'token-500' | 'not-xml'
let mode: Mode = 'ok'
let gsis: http.Server
let gsisUrl: string
let database: Database
let server: TestServer

beforeAll(async () => {
  gsis = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://x')
    if (url.pathname === '/authorize') {
      const back = new URL(url.searchParams.get('redirect_uri')!)
      back.searchParams.set('code', 'the-code')
      back.searchParams.set('state', url.searchParams.get('state')!)
      res.writeHead(302, { location: back.toString() }).end()
      return
    }
    if (url.pathname === '/token') {
      if (mode === 'token-500') return void res.writeHead(500).end('oops')
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ access_token: 'tok', token_type: 'Bearer' }))
      return
    }
    if (url.pathname === '/userinfo') {
      const send = (body: string) =>
        res.writeHead(200, { 'content-type': 'application/xml' }).end(body)
      switch (mode) {
        case 'slow':
          setTimeout(() => send('<root><userinfo userid="u" taxid="123456783"/></root>'), 2000)
          return
        case 'no-taxid':
          return send(
            '<root><userinfo userid="u1" lastname="Παπαδάκη" firstname="Ελένη" birthyear="1970"/></root>',
          )
        case 'malformed':
          return send('<root><userinfo userid="u1" taxid="123456783" lastname="Π</root')
        case 'not-xml':
          return send('{"userid": "u1"}')
        default:
          return send(
            '<root><userinfo userid="u1" taxid="123456783" lastname="Παπαδάκη" firstname="Ελένη"/></root>',
          )
      }
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((r) => gsis.listen(0, '127.0.0.1', r))
  gsisUrl = `http://127.0.0.1:${(gsis.address() as AddressInfo).port}`
  const endpoints = (prefix: string) => ({
    [`${prefix}_AUTHORIZE_URL`]: `${gsisUrl}/authorize`,
    [`${prefix}_TOKEN_URL`]: `${gsisUrl}/token`,
    [`${prefix}_USERINFO_URL`]: `${gsisUrl}/userinfo`,
  })
  const config = loadConfig({
    NODE_ENV: 'test',
    GSIS_STANDIN: 'off',
    GSIS_TIMEOUT_MS: '300',
    ...endpoints('GSIS'),
    ...endpoints('GSIS_GOV'),
  })
  database = await createTestDatabase()
  server = await startTestServer(database, { config: { ...config, publicUrl: undefined } })
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
  await new Promise((r) => gsis?.close(r))
})

/** Follows /auth/login → GSIS → /auth/callback as a browser. */
async function login(): Promise<Response> {
  const jar = new CookieJar()
  let url = `${server.url}/auth/login`
  for (let hop = 0; hop < 5; hop++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } })
    jar.store(res)
    if (!new URL(url).pathname.startsWith('/auth/login') && url.includes('/auth/callback')) {
      return res
    }
    url = new URL(res.headers.get('location')!, url).toString()
  }
  throw new Error('too many redirects')
}

const stored = async () => {
  const [c] = await database.db.select({ n: sql<number>`count(*)` }).from(citizens)
  const [s] = await database.db.select({ n: sql<number>`count(*)` }).from(sessions)
  return Number(c!.n) + Number(s!.n)
}

describe('a misbehaving GSIS', () => {
  it('logs in when GSIS behaves (the client speaks the protocol)', async () => {
    mode = 'ok'
    const res = await login()
    expect(res.status).toBe(303)
  })

  it.each([
    ['no-taxid', 502, /ΑΦΜ/, /tax number/],
    ['malformed', 502, /δεν μπορούμε να διαβάσουμε/, /cannot read/],
    ['not-xml', 502, /δεν μπορούμε να διαβάσουμε/, /cannot read/],
    ['slow', 504, /άργησε/, /took too long/],
    ['token-500', 502, /δεν απάντησε σωστά/, /did not answer properly/],
  ] as const)(
    'a userinfo or token answer that is %s fails the login with a page saying what to do, storing nothing',
    async (m, status, el, en) => {
      mode = m
      const before = await stored()
      const res = await login()
      expect(res.status).toBe(status)
      const page = await res.text()
      expect(page).toMatch(el)
      expect(page).toMatch(en)
      expect(page).toContain('/auth/login?role=citizen')
      expect(await stored()).toBe(before)
    },
  )
})

describe('the userinfo parser', () => {
  it('reads the attributes GSIS sends, with or without the root element', () => {
    const user = parseUserinfo(
      '<userinfo userid="x1" taxid="123456783" lastname="Π &amp; Κ" firstname="Μ" fathername="" birthyear="1958"/>',
    )
    expect(user).toMatchObject({ userId: 'x1', taxId: '123456783', lastName: 'Π & Κ' })
  })

  it('issue 19 item 2: keeps none of the parents’ names or the birth year GSIS also sends', () => {
    const user = parseUserinfo(
      '<userinfo userid="x1" taxid="123456783" lastname="Λ" firstname="Μ" fathername="Ν" mothername="Ο" birthyear="1958"/>',
    )
    expect(user).toEqual({ userId: 'x1', taxId: '123456783', firstName: 'Μ', lastName: 'Λ' })
  })

  it.each([
    [
      '<root><userinfo userid="x" taxid="12345" lastname="a" firstname="b"/></root>',
      'userinfo_incomplete',
    ],
    ['<root><other/></root>', 'userinfo_malformed'],
    ['', 'userinfo_malformed'],
    ['<root><userinfo userid="x"', 'userinfo_malformed'],
  ])('refuses %j', (xml, reason) => {
    expect(() => parseUserinfo(xml)).toThrow(GsisError)
    try {
      parseUserinfo(xml)
    } catch (err) {
      expect((err as GsisError).reason).toBe(reason)
    }
  })
})
