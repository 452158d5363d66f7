import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type Database } from '../db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { defaultRateLimits, RateLimits, type RateLimitRules } from './rate-limit.js'

// Issue 11: rate limits shared by all instances. On PostgreSQL the counters are rows of
// rate_limits (migration 0008) that every instance increments; on the embedded PGlite, memory.

let database: Database

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(async () => {
  await database?.close()
})

const rules: RateLimitRules = {
  ...defaultRateLimits,
  booking: {
    perCaller: { points: 3, windowSeconds: 600 },
    perIp: { points: 100, windowSeconds: 600 },
  },
}

async function outcomes(attempts: (() => Promise<void>)[]) {
  const result: string[] = []
  for (const attempt of attempts) {
    result.push(
      await attempt().then(
        () => 'ok',
        (err: { code?: string }) => err.code ?? String(err),
      ),
    )
  }
  return result
}

describe('issue 11: rate-limit counters in the database', () => {
  it('two counters on one store give a caller one allowance, not one each', async () => {
    const a = new RateLimits(rules, database)
    const b = new RateLimits(rules, database)
    const caller = `caller-${Math.random()}`
    const consume = (limits: RateLimits) => () =>
      limits.consume('booking', { caller, ip: '192.0.2.1' })
    expect(await outcomes([a, b, a, b, a, b].map(consume))).toEqual([
      'ok',
      'ok',
      'ok',
      'RATE_LIMITED',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ])
    const apiKey = `client-${Math.random()}`
    const consumeKey = (limits: RateLimits) => () => limits.consumeApiKey(apiKey, 2)
    expect(await outcomes([a, b, a, b].map(consumeKey))).toEqual([
      'ok',
      'ok',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ])
  })

  it('without a store each counts on its own (one process: the embedded database)', async () => {
    const a = new RateLimits(rules)
    const b = new RateLimits(rules)
    const consume = (limits: RateLimits) => () =>
      limits.consume('booking', { caller: 'same', ip: '192.0.2.1' })
    expect(await outcomes([a, b, a, b].map(consume))).toEqual(['ok', 'ok', 'ok', 'ok'])
  })
})

describe.skipIf(!process.env.DATABASE_URL)(
  'issue 11: two server instances on one PostgreSQL',
  () => {
    let other: Database
    let one: TestServer
    let two: TestServer

    beforeAll(async () => {
      // The second instance has its own connection pool, as another process would.
      other = await openDatabase({ url: database.url })
      one = await startTestServer(database)
      two = await startTestServer(other)
    })
    afterAll(async () => {
      await one?.stop()
      await two?.stop()
      await other?.close()
    })

    it('a client alternating between them cannot exceed its API key’s allowance', async () => {
      const admin = await anAdministrator(database.db)
      const login = await loginAs(one, { gsisUserId: admin.gsisUserId, role: 'admin' })
      const created = await one.graphql<{ createApiClient: { key: string } }>(
        `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`,
        {
          input: { name: 'two-instance partner', scopes: ['CATALOG_READ'], rateLimitPerMinute: 4 },
        },
        login.headers,
      )
      const key = created.data!.createApiClient.key
      const statuses = []
      for (let i = 0; i < 8; i++) {
        const server = i % 2 === 0 ? one : two
        statuses.push((await server.graphql('{ keps { id } }', {}, { 'x-api-key': key })).status)
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429])
    })

    it('the login limit per address holds across both', async () => {
      const limited = {
        ...defaultRateLimits,
        login: { perCaller: null, perIp: { points: 3, windowSeconds: 600 } },
      }
      // The logins of the test above counted against this address too.
      await database.exec("delete from rate_limits where key like 'login:%'")
      const three = await startTestServer(database, { rateLimits: limited })
      const four = await startTestServer(other, { rateLimits: limited })
      try {
        const statuses = []
        for (let i = 0; i < 6; i++) {
          const server = i % 2 === 0 ? three : four
          const res = await fetch(`${server.url}/auth/login?role=citizen`, { redirect: 'manual' })
          statuses.push(res.status)
        }
        expect(statuses.filter((s) => s === 429)).toHaveLength(3)
        expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true)
      } finally {
        await three.stop()
        await four.stop()
      }
    })
  },
)
