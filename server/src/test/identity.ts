import { randomBytes } from 'node:crypto'
import { createClient, type Client } from 'graphql-ws'
import WebSocket from 'ws'
import type { Db } from '../platform/db/client.js'
import { administrators, withAfmCheckDigit } from '../modules/identity/index.js'
import type { TestServer } from './server.js'

// Logging in from tests exactly as a browser does: /auth/login → the GSIS stand-in's form →
// POST → /auth/callback → the session cookie. No shortcut into the sessions table.

/** A logged-in browser: send `headers` with each request. */
export interface TestLogin {
  /** `name=value` of the session cookie. */
  cookie: string
  headers: { cookie: string }
  /** Where the login sent the browser in the end. */
  landedOn: string
}

export interface TestIdentity {
  gsisUserId: string
  taxId?: string
  firstName?: string
  lastName?: string
}

/** A minimal cookie jar: what a browser would keep between the redirects. */
export class CookieJar {
  private readonly cookies = new Map<string, string>()
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';')
      const eq = pair!.indexOf('=')
      const name = pair!.slice(0, eq).trim()
      const value = pair!.slice(eq + 1).trim()
      if (value === '' || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
  get(name: string): string | undefined {
    return this.cookies.get(name)
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The hidden fields and action of the stand-in's login form. */
export function readLoginForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1]
  if (!action) throw new Error(`no login form on the page:\n${html.slice(0, 500)}`)
  const fields: Record<string, string> = {}
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[m[1]!] = decode(m[2]!)
  }
  return { action: decode(action), fields }
}

/**
 * Follows a login through the stand-in up to the callback; returns the last response and the
 * jar. `choose` fills the form: a demo user id, or a typed-in identity.
 */
export async function loginFlow(
  server: Pick<TestServer, 'url'>,
  options: {
    role?: 'citizen' | 'staff' | 'admin'
    returnTo?: string
    user: string | TestIdentity
    jar?: CookieJar
    /** Change the callback URL before the browser follows it (for forged-state tests). */
    tamperCallback?: (url: URL) => void
  },
): Promise<{ response: Response; jar: CookieJar; callbackUrl: URL }> {
  const jar = options.jar ?? new CookieJar()
  const get = async (url: string) => {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } })
    jar.store(res)
    return res
  }
  const params = new URLSearchParams({ role: options.role ?? 'citizen' })
  if (options.returnTo) params.set('returnTo', options.returnTo)
  const start = await get(`${server.url}/auth/login?${params}`)
  if (start.status !== 302) throw new Error(`/auth/login answered ${start.status}`)
  const formPage = await get(start.headers.get('location')!)
  const form = readLoginForm(await formPage.text())
  const body = new URLSearchParams(form.fields)
  body.set('action', 'login')
  if (typeof options.user === 'string') {
    body.set('user', options.user)
  } else {
    body.set('user', 'custom')
    body.set('custom_userid', options.user.gsisUserId)
    body.set('custom_taxid', options.user.taxId ?? randomAfm())
    body.set('custom_firstname', options.user.firstName ?? 'Δοκιμή')
    body.set('custom_lastname', options.user.lastName ?? 'Δοκιμαστική')
  }
  const posted = await fetch(new URL(form.action, formPage.url), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body,
  })
  if (posted.status !== 303) throw new Error(`the stand-in's form answered ${posted.status}`)
  const callbackUrl = new URL(posted.headers.get('location')!)
  options.tamperCallback?.(callbackUrl)
  const response = await get(callbackUrl.toString())
  return { response, jar, callbackUrl }
}

/**
 * Logs in through the real redirects and returns the session cookie.
 * - `'citizen'`: a new citizen (fresh GSIS identity) each call;
 * - `{ gsisUserId }`: that person — a citizen, or with `role: 'staff'` an employee or
 *   administrator your test created (see `anEmployee`, `anAdministrator`).
 * An employee (`role: 'staff'`) then acknowledges the acceptable-use notice, as the staff app's
 * first page has them do (issue 14 item 5); `acknowledge: false` leaves it to the test.
 */
export async function loginAs(
  server: Pick<TestServer, 'url'>,
  who: 'citizen' | (TestIdentity & { role?: 'citizen' | 'staff' | 'admin' }),
  options: { returnTo?: string; acknowledge?: boolean } = {},
): Promise<TestLogin> {
  const identity: TestIdentity =
    who === 'citizen' ? { gsisUserId: `test-${randomBytes(6).toString('hex')}` } : who
  const role = who === 'citizen' ? 'citizen' : (who.role ?? 'citizen')
  const { response, jar } = await loginFlow(server, {
    role,
    user: identity,
    returnTo: options.returnTo,
  })
  if (response.status !== 303) {
    throw new Error(
      `login failed with ${response.status}: ${(await response.text()).slice(0, 400)}`,
    )
  }
  const name = ['__Host-keplive_session', 'keplive_session'].find((n) => jar.get(n))
  if (!name) throw new Error('login set no session cookie')
  const cookie = `${name}=${jar.get(name)}`
  if (role === 'staff' && options.acknowledge !== false) {
    await acknowledgeAcceptableUse(server, { cookie })
  }
  return { cookie, headers: { cookie }, landedOn: response.headers.get('location')! }
}

/** The employee of the session acknowledges the acceptable-use notice (Art. 7.2, issue 14). */
export async function acknowledgeAcceptableUse(
  server: Pick<TestServer, 'url'>,
  headers: { cookie: string },
): Promise<void> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      query: 'mutation { acknowledgeAcceptableUse { account { acceptableUseAcknowledgedAt } } }',
    }),
  })
  const body = (await res.json()) as { errors?: unknown[] }
  if (body.errors?.length) {
    throw new Error(
      `acknowledging the acceptable-use notice failed: ${JSON.stringify(body.errors)}`,
    )
  }
}

/** A random valid ΑΦΜ (nine digits with the mod-11 check digit). */
export function randomAfm(): string {
  const eight = String(10_000_000 + Math.floor(Math.random() * 89_999_999))
  return withAfmCheckDigit(eight)
}

/** An administrator (R3.5), as the seed or the ministry would register one. */
export async function anAdministrator(
  db: Db,
  over: Partial<typeof administrators.$inferInsert> = {},
) {
  const u = randomBytes(4).toString('hex')
  const [row] = await db
    .insert(administrators)
    .values({
      gsisUserId: `adm-${u}`,
      fullName: `Διαχειριστής ${u}`,
      email: `adm-${u}@mindigital.example.gr`,
      ...over,
    })
    .returning()
  return { ...row!, gsisUserId: row!.gsisUserId ?? `adm-${u}` }
}

/** A graphql-ws client as a browser page of ours would open it: our Origin, the session cookie. */
export function wsClient(
  server: Pick<TestServer, 'url'>,
  options: { cookie?: string; origin?: string | null; apiKey?: string } = {},
): Client {
  const headers: Record<string, string> = {}
  if (options.origin !== null) headers.origin = options.origin ?? server.url
  if (options.cookie) headers.cookie = options.cookie
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`
  return createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers })
      }
    },
    retryAttempts: 0,
    lazy: true,
  })
}

/** One operation over graphql-ws: its result, or its errors as the client received them. */
export function overWebSocket(
  client: Client,
  query: string,
): Promise<{
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[]
  data?: unknown
}> {
  return new Promise((resolve) => {
    let result: unknown
    client.subscribe(
      { query },
      {
        next: (v) => (result = v),
        error: (e) =>
          resolve({
            errors: Array.isArray(e) ? e : [{ message: String((e as Error).message ?? e) }],
          }),
        complete: () => resolve(result as never),
      },
    )
  })
}
