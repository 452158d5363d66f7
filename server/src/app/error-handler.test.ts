import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../platform/db/client.js'
import { isDatabaseUnavailable } from '../platform/errors.js'
import { createTestDatabase } from '../test/database.js'
import { loginAs, type TestLogin } from '../test/identity.js'
import { startTestServer, type TestServer } from '../test/server.js'

// Issue 11 defect 3 on both databases: the database goes away under a running server (closed
// here; faults.test.ts restarts and kills a real PostgreSQL). Every answer is 503
// SERVICE_UNAVAILABLE with Retry-After, JSON or a plain page, nothing of the server's insides.

let database: Database
let server: TestServer
let citizen: TestLogin

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
  citizen = await loginAs(server, 'citizen')
  await database.close()
})
afterAll(async () => {
  await server?.stop()
})

const leaks = /insert into|select |\bwhere\b|node_modules|\/src\/|\.ts:\d|\bat \w+ \(|Failed query/i

describe('issue 11 defect 3: the database unavailable', () => {
  it('GraphQL with a session cookie (authentication needs the database) answers 503 SERVICE_UNAVAILABLE in JSON, in the caller’s language, no SQL', async () => {
    for (const [lang, text] of [
      ['el', 'Δοκιμάστε ξανά σε λίγο'],
      ['en', 'try again in a moment'],
    ] as const) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': lang,
          ...citizen.headers,
        },
        body: JSON.stringify({ query: '{ me { role } }' }),
      })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      const body = await res.text()
      expect(body).not.toMatch(leaks)
      const { errors } = JSON.parse(body) as {
        errors: { message: string; extensions: { code: string } }[]
      }
      expect(errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE')
      expect(errors[0]!.message).toContain(text)
    }
  })

  it('an operation whose resolver needs the database (no cookie) answers 503 SERVICE_UNAVAILABLE too', async () => {
    const res = await server.graphql('{ serviceCategories { code } }')
    expect(res.status).toBe(503)
    expect(res.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE')
    expect(JSON.stringify(res)).not.toMatch(leaks)
  })

  it('another route, from a browser, answers a plain bilingual page with 503 and Retry-After', async () => {
    const res = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...citizen.headers, origin: server.url, accept: 'text/html' },
    })
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await res.text()
    expect(page).toContain('Δοκιμάστε ξανά σε λίγο')
    expect(page).toContain('try again in a moment')
    expect(page).not.toMatch(leaks)
  })

  it('the server goes on: /healthz answers', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })
})

describe('isDatabaseUnavailable', () => {
  it('knows the drivers’ connection failures, wrapped or not, and nothing else', () => {
    const wrapped = (cause: object) => Object.assign(new Error('Failed query: select 1'), { cause })
    for (const code of [
      'ECONNREFUSED',
      'CONNECTION_CLOSED',
      'CONNECTION_ENDED',
      '57P01',
      '57P03',
      '08006',
    ]) {
      expect(isDatabaseUnavailable(wrapped({ code }))).toBe(true)
    }
    expect(isDatabaseUnavailable(new AggregateError([{ code: 'ECONNREFUSED' }]))).toBe(true)
    expect(isDatabaseUnavailable(wrapped(new Error('PGlite is closed')))).toBe(true)
    for (const code of ['23505', '23P01', '40P01', '22P02', undefined]) {
      expect(isDatabaseUnavailable(wrapped({ code }))).toBe(false)
    }
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false)
  })
})
