import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { auditLog } from '../audit/index.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { ApiKeyUsage, requestsInLastDay } from './api-client-usage.js'
import { apiClientUsage } from './identity.table.js'
import { apiClients } from './index.js'

let database: Database
let server: TestServer
let admin: TestLogin
let adminName: string
const usage = new ApiKeyUsage()
const now = new Date('2027-01-12T08:00:00Z')

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock: fixedClock(now), apiKeyUsage: usage })
  const a = await anAdministrator(database.db)
  adminName = a.fullName
  admin = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const create = (input: Record<string, unknown>, headers = admin.headers) =>
  server.graphql<{ createApiClient: { key: string; client: { id: string; keyPrefix: string } } }>(
    `mutation ($input: CreateApiClientInput!) {
      createApiClient(input: $input) { key client { id keyPrefix scopes rateLimitPerMinute } } }`,
    { input },
    headers,
  )

describe('API clients (third parties reading the public API)', () => {
  it('R7.2 gives the key once and stores only its hash', async () => {
    const res = await create({
      name: 'gov.gr portal',
      scopes: ['CATALOG_READ', 'AVAILABILITY_READ'],
    })
    const { key, client } = res.data!.createApiClient
    expect(key).toMatch(/^kep_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/)
    expect(key.slice(4, 12)).toBe(client.keyPrefix)
    const rows = await database.db.select().from(apiClients)
    expect(JSON.stringify(rows)).not.toContain(key.slice(13))
    const list = await server.graphql<{ apiClients: { id: string }[] }>(
      '{ apiClients { id name } }',
      {},
      admin.headers,
    )
    expect(list.data!.apiClients.map((c) => c.id)).toContain(client.id)
  })

  it('reads the catalog with the key, in Authorization or x-api-key, and nothing outside its scopes', async () => {
    const { key } = (await create({ name: 'Δήμος Πάρου', scopes: ['CATALOG_READ'] })).data!
      .createApiClient
    const bearer = await server.graphql(
      '{ municipalities { id } }',
      {},
      { authorization: `Bearer ${key}` },
    )
    expect(bearer.errors).toBeUndefined()
    const header = await server.graphql('{ keps { id } }', {}, { 'x-api-key': key })
    expect(header.errors).toBeUndefined()
    const outside = await server.graphql('{ me { role } }', {}, { authorization: `Bearer ${key}` })
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('refuses a revoked, unknown or malformed key with 401', async () => {
    const { key, client } = (await create({ name: 'short-lived', scopes: ['CATALOG_READ'] })).data!
      .createApiClient
    const revoke = await server.graphql(
      'mutation ($id: ID!) { revokeApiClient(input: { id: $id }) { client { revokedAt } } }',
      { id: client.id },
      admin.headers,
    )
    expect(revoke.errors).toBeUndefined()
    for (const bad of [key, `${key.slice(0, -1)}x`, 'kep_nope']) {
      const res = await server.graphql('{ municipalities { id } }', {}, { 'x-api-key': bad })
      expect(res.status).toBe(401)
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    }
  })

  it('applies each key’s own rate limit', async () => {
    const { key } = (
      await create({ name: 'slow partner', scopes: ['CATALOG_READ'], rateLimitPerMinute: 2 })
    ).data!.createApiClient
    const statuses = []
    for (let i = 0; i < 3; i++) {
      statuses.push((await server.graphql('{ keps { id } }', {}, { 'x-api-key': key })).status)
    }
    expect(statuses).toEqual([200, 200, 429])
  })

  it('lets only administrators manage keys, and checks the input', async () => {
    const citizen = await loginAs(server, 'citizen')
    expect(
      (await create({ name: 'x', scopes: ['CATALOG_READ'] }, citizen.headers)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN')
    expect(
      (await create({ name: 'x', scopes: ['CATALOG_READ'] }, {} as never)).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED')
    const bad = await create({ name: ' ', scopes: [], rateLimitPerMinute: 0 })
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
    expect(
      (bad.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field),
    ).toEqual(['input.name', 'input.scopes', 'input.rateLimitPerMinute'])
  })

  it('issue 17 item 5: a name of 10,000 characters is VALIDATION_FAILED and nothing is written', async () => {
    const before = await database.db.select({ n: count() }).from(apiClients)
    const auditBefore = await database.db.select({ n: count() }).from(auditLog)
    for (const name of ['x'.repeat(10_000), 'y'.repeat(101)]) {
      const res = await create({ name, scopes: ['CATALOG_READ'] })
      expect(res.status).toBe(200)
      expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
      const fields = res.errors?.[0]?.extensions?.fields as {
        field: string
        message: { el: string; en: string }
      }[]
      expect(fields.map((f) => f.field)).toEqual(['input.name'])
      expect(fields[0]!.message.el).toContain('100')
      expect(fields[0]!.message.en).toContain('100')
    }
    expect(await database.db.select({ n: count() }).from(apiClients)).toEqual(before)
    expect(await database.db.select({ n: count() }).from(auditLog)).toEqual(auditBefore)
    const hundred = await create({ name: 'z'.repeat(100), scopes: ['CATALOG_READ'] })
    expect(hundred.errors).toBeUndefined()
  })

  it('R7.2 audits the listing of API clients itself', async () => {
    const listed = () =>
      database.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'api_client.list'), eq(auditLog.entity, 'api_client')))
    const [before] = await listed()
    const res = await server.graphql('{ apiClients { id } }', {}, admin.headers)
    expect(res.errors).toBeUndefined()
    const [after] = await listed()
    expect(after!.n).toBe(before!.n + 1)
  })

  it('issue 17 item 5: lists who made a key, when it was last used and its requests of the last day', async () => {
    const { key, client } = (await create({ name: 'portal usage', scopes: ['CATALOG_READ'] })).data!
      .createApiClient
    const listOf = async () => {
      const res = await server.graphql<{
        apiClients: {
          id: string
          createdByName: string | null
          lastUsedAt: string | null
          requestsLastDay: number
        }[]
      }>('{ apiClients { id createdByName lastUsedAt requestsLastDay } }', {}, admin.headers)
      return res.data!.apiClients.find((c) => c.id === client.id)!
    }
    expect(await listOf()).toMatchObject({
      createdByName: adminName,
      lastUsedAt: null,
      requestsLastDay: 0,
    })
    for (let i = 0; i < 3; i++) {
      expect((await server.graphql('{ keps { id } }', {}, { 'x-api-key': key })).status).toBe(200)
    }
    // counted in memory: nothing is written per request
    expect(
      await database.db.select().from(apiClientUsage).where(eq(apiClientUsage.clientId, client.id)),
    ).toEqual([])
    await usage.flush(database.db, now)
    expect(await listOf()).toMatchObject({
      lastUsedAt: '2027-01-12T08:00:00.000Z',
      requestsLastDay: 3,
    })
  })

  it('issue 17 item 5: adds counts of several flushes and instances, forgets buckets older than a day', async () => {
    const { client } = (await create({ name: 'two instances', scopes: ['CATALOG_READ'] })).data!
      .createApiClient
    const a = new ApiKeyUsage()
    const b = new ApiKeyUsage()
    const minute = (m: number) => new Date(now.getTime() - m * 60_000)
    a.record(client.id, minute(1))
    a.record(client.id, minute(1))
    b.record(client.id, minute(1))
    b.record(client.id, minute(25 * 60)) // more than a day ago
    await a.flush(database.db, now)
    await b.flush(database.db, now)
    a.record(client.id, minute(0))
    await a.flush(database.db, now)
    expect(a.pendingRequests).toBe(0)
    expect((await requestsInLastDay(database.db, now)).get(client.id)).toBe(4)
    const [row] = await database.db.select().from(apiClients).where(eq(apiClients.id, client.id))
    // the latest minute seen, never moved back by an older bucket flushed later
    expect(row!.lastUsedAt?.toISOString()).toBe(
      new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString(),
    )
    b.record(client.id, minute(30))
    await b.flush(database.db, now)
    const [same] = await database.db.select().from(apiClients).where(eq(apiClients.id, client.id))
    expect(same!.lastUsedAt).toEqual(row!.lastUsedAt)
  })

  it('issue 17 item 5: keeps the counts when writing them fails, for the next flush', async () => {
    const lost = new ApiKeyUsage()
    lost.record('00000000-0000-4000-8000-000000000000', now) // no such client: the FK refuses
    await expect(lost.flush(database.db, now)).rejects.toThrow()
    expect(lost.pendingRequests).toBe(1)
  })

  it('R3.5 lets an AUDITOR list keys, and refuses them creating or revoking one', async () => {
    const a = await anAdministrator(database.db, { role: 'auditor' })
    const auditor = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
    const { client } = (await create({ name: 'audited', scopes: ['CATALOG_READ'] })).data!
      .createApiClient
    const list = await server.graphql<{ apiClients: { id: string }[] }>(
      '{ apiClients { id } }',
      {},
      auditor.headers,
    )
    expect(list.data!.apiClients.map((c) => c.id)).toContain(client.id)
    const made = await create({ name: 'by an auditor', scopes: ['CATALOG_READ'] }, auditor.headers)
    expect(made.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const revoke = await server.graphql(
      'mutation ($id: ID!) { revokeApiClient(input: { id: $id }) { client { revokedAt } } }',
      { id: client.id },
      auditor.headers,
    )
    expect(revoke.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const [row] = await database.db.select().from(apiClients).where(eq(apiClients.id, client.id))
    expect(row!.revokedAt).toBeNull()
  })
})
