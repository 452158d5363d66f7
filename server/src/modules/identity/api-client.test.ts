import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { apiClients } from './index.js'

let database: Database
let server: TestServer
let admin: TestLogin

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
  const a = await anAdministrator(database.db)
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
})
