import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../platform/config.js'
import type { Database } from '../platform/db/client.js'
import { graphqlLimits } from '../platform/security/graphql-limits.js'
import { securityHeaders } from '../platform/security/headers.js'
import { createTestDatabase } from '../test/database.js'
import { aMunicipality } from '../test/factories.js'
import { anAdministrator, loginAs, overWebSocket, wsClient } from '../test/identity.js'
import { startTestServer, type TestServer } from '../test/server.js'

// The hardened API (issue 4, R7.2): limits before any resolver runs, on HTTP and WebSocket;
// security headers on every page; the WebSocket checks Origin and the session cookie.

let database: Database
let server: TestServer
let statements = 0

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: () => void statements++ })
  await aMunicipality(database.db)
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const deep = (levels: number) => {
  // municipality → keps → municipality → keps … : a recursive walk the schema allows.
  let inner = 'id'
  for (let i = levels - 1; i >= 0; i--) {
    inner = i % 2 === 0 ? `keps { ${inner} }` : `municipality { ${inner} }`
  }
  return `{ municipalities { ${inner} } }`
}
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: municipalities { id }`).join(' ')} }`
const manyTokens = (n: number) =>
  `{ municipalities { ${Array.from({ length: n / 2 }, () => 'id').join(' ')} } }`

const hostile: [string, string][] = [
  ['a query 20 levels deep', deep(20)],
  ['100 aliases', aliases(100)],
  ['a 5,000-token document', manyTokens(5000)],
]

describe('operation limits', () => {
  it('lets a normal query through', async () => {
    const res = await server.graphql(deep(6))
    expect(res.errors?.map((e) => e.message)).toBeUndefined()
  })

  it.each(hostile)('rejects %s over HTTP before any resolver runs', async (_name, query) => {
    statements = 0
    const res = await server.graphql(query)
    expect(res.status).toBe(400)
    expect(res.data ?? undefined).toBeUndefined()
    expect(res.errors?.[0]?.extensions?.code).toMatch(
      /GRAPHQL_(VALIDATION|PARSE)_FAILED|BAD_USER_INPUT/,
    )
    expect(statements).toBe(0)
  })

  it.each(hostile)(
    'rejects %s over the WebSocket before any resolver runs',
    async (_name, query) => {
      const client = wsClient(server)
      try {
        statements = 0
        const res = await overWebSocket(client, query)
        expect(res.data).toBeUndefined()
        expect(res.errors?.length).toBeGreaterThan(0)
        expect(statements).toBe(0)
      } finally {
        await client.dispose()
      }
    },
  )

  it('refuses a batched array of operations', async () => {
    statements = 0
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ municipalities { id } }' }, { query: '{ keps { id } }' }]),
    })
    expect(res.status).toBe(400)
    expect(statements).toBe(0)
  })

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const res = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ municipalities { id } }')}`,
    )
    expect(res.status).toBe(400)
    expect(await res.text()).toMatch(/CSRF|preflight/i)
  })

  it('states its limits where a reviewer looks for them', () => {
    expect(graphqlLimits).toMatchObject({ maxDepth: 12, maxAliases: 15, maxTokens: 2000 })
  })
})

describe('security headers on every page the server serves', () => {
  it.each([
    '/',
    '/graphql',
    '/auth/login',
    '/healthz',
    '/dev/gsis/oauth2server/oauth/authorize?x=1',
  ])('%s', async (path) => {
    const res = await fetch(`${server.url}${path}`, { redirect: 'manual' })
    const csp = res.headers.get('content-security-policy')!
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).toMatch(/style-src 'self'(;|$)/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    // the test server is on http://: HSTS only over HTTPS (below)
    expect(res.headers.get('strict-transport-security')).toBeNull()
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('permissions-policy')).toContain('camera=(self), microphone=(self)')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('HSTS behind a TLS-terminating proxy (issue 19 item 7)', () => {
  it('is preload-ready (two years, subdomains, preload) when the public address is https', async () => {
    const app = express()
    app.use(...securityHeaders('https://mykeplive.example.gr'))
    app.get('/', (_req, res) => {
      res.send('ok')
    })
    const listening = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => listening.once('listening', resolve))
    try {
      const { port } = listening.address() as AddressInfo
      const res = await fetch(`http://127.0.0.1:${port}/`)
      expect(res.headers.get('strict-transport-security')).toBe(
        'max-age=63072000; includeSubDomains; preload',
      )
      expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests')
    } finally {
      await new Promise((resolve) => listening.close(resolve))
    }
  })
})

describe('the WebSocket', () => {
  const me = '{ me { role } }'
  it('authenticates from the same session cookie, with our Origin', async () => {
    const login = await loginAs(server, 'citizen')
    const client = wsClient(server, { cookie: login.cookie })
    try {
      expect(await overWebSocket(client, me)).toEqual({ data: { me: { role: 'CITIZEN' } } })
    } finally {
      await client.dispose()
    }
  })

  it('refuses another site’s Origin, and a session cookie without an Origin', async () => {
    const login = await loginAs(server, 'citizen')
    for (const options of [
      { cookie: login.cookie, origin: 'https://evil.example' },
      { origin: 'https://evil.example' },
      { cookie: login.cookie, origin: null },
    ]) {
      const client = wsClient(server, options)
      try {
        const res = await overWebSocket(client, me)
        expect(res.data).toBeUndefined()
      } finally {
        await client.dispose()
      }
    }
  })
})

describe('introspection in production', () => {
  it('is only for administrators and API clients', async () => {
    const config = loadConfig({ NODE_ENV: 'test' })
    const production = await startTestServer(database, {
      config: { ...config, env: 'production', publicUrl: undefined },
    })
    try {
      const query = '{ __schema { queryType { name } } }'
      const anonymous = await production.graphql(query)
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      const citizen = await loginAs(production, 'citizen')
      expect(
        (await production.graphql(query, {}, citizen.headers)).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN')
      const admin = await anAdministrator(database.db)
      const asAdmin = await loginAs(production, { gsisUserId: admin.gsisUserId, role: 'admin' })
      expect((await production.graphql(query, {}, asAdmin.headers)).data).toEqual({
        __schema: { queryType: { name: 'Query' } },
      })
      // Outside production the apps' tooling may introspect.
      expect((await server.graphql(query)).errors).toBeUndefined()
    } finally {
      await production.stop()
    }
  })
})

describe('rate limits', () => {
  it('limits logins per IP address', async () => {
    const own = await startTestServer(database, {
      rateLimits: {
        login: { perCaller: null, perIp: { points: 3, windowSeconds: 60 } },
        booking: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        hold: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        upload: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        signal: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
      },
    })
    try {
      // On PostgreSQL the counters are shared by the servers of one database (rate_limits):
      // this file's earlier logins counted against 127.0.0.1 too.
      await database.exec("delete from rate_limits where key like 'login:%'")
      const statuses = []
      for (let i = 0; i < 4; i++) {
        statuses.push((await fetch(`${own.url}/auth/login`, { redirect: 'manual' })).status)
      }
      expect(statuses).toEqual([302, 302, 302, 429])
    } finally {
      await own.stop()
    }
  })

  it('limits booking per session, before the resolver runs', async () => {
    const own = await startTestServer(database, {
      rateLimits: {
        login: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        booking: {
          perCaller: { points: 2, windowSeconds: 60 },
          perIp: { points: 100, windowSeconds: 60 },
        },
        hold: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        upload: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        signal: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
      },
    })
    try {
      const login = await loginAs(own, 'citizen')
      const book = () =>
        own.graphql(
          'mutation ($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } } }',
          {
            input: {
              bookingId: '00000000-0000-4000-8000-000000000000',
              startsAt: '2027-02-01T08:00:00Z',
            },
          },
          login.headers,
        )
      const codes = []
      for (let i = 0; i < 3; i++) codes.push((await book()).errors?.[0]?.extensions?.code)
      expect(codes[2]).toBe('RATE_LIMITED')
      expect(codes[0]).not.toBe('RATE_LIMITED')
      // Another citizen is not held back by the first one.
      const other = await loginAs(own, 'citizen')
      const res = await own.graphql(
        'mutation ($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } } }',
        {
          input: {
            bookingId: '00000000-0000-4000-8000-000000000000',
            startsAt: '2027-02-01T08:00:00Z',
          },
        },
        other.headers,
      )
      expect(res.errors?.[0]?.extensions?.code).not.toBe('RATE_LIMITED')
    } finally {
      await own.stop()
    }
  })
  it('R2.2 limits holding a time per session, in a bucket of its own: held times do not use up the bookings', async () => {
    const own = await startTestServer(database, {
      rateLimits: {
        login: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        booking: {
          perCaller: { points: 2, windowSeconds: 60 },
          perIp: { points: 100, windowSeconds: 60 },
        },
        hold: {
          perCaller: { points: 3, windowSeconds: 60 },
          perIp: { points: 100, windowSeconds: 60 },
        },
        upload: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
        signal: { perCaller: null, perIp: { points: 100, windowSeconds: 60 } },
      },
    })
    try {
      const login = await loginAs(own, 'citizen')
      const hold = () =>
        own.graphql(
          'mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { hold { id } } }',
          {
            input: {
              category: 'INFORMATION',
              procedureId: '00000000-0000-4000-8000-000000000000',
              startsAt: '2027-02-01T08:00:00Z',
            },
          },
          login.headers,
        )
      const codes = []
      for (let i = 0; i < 4; i++) codes.push((await hold()).errors?.[0]?.extensions?.code)
      expect(codes.slice(0, 3)).not.toContain('RATE_LIMITED')
      expect(codes[3]).toBe('RATE_LIMITED')
      // the booking bucket is untouched: a reschedule is judged on its own merits
      const res = await own.graphql(
        'mutation ($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } } }',
        {
          input: {
            bookingId: '00000000-0000-4000-8000-000000000000',
            startsAt: '2027-02-01T08:00:00Z',
          },
        },
        login.headers,
      )
      expect(res.errors?.[0]?.extensions?.code).not.toBe('RATE_LIMITED')
    } finally {
      await own.stop()
    }
  })
})
