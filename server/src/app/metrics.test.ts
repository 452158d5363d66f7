import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../modules/notifications/index.js'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../test/factories.js'
import { loginAs } from '../test/identity.js'
import { parseExposition, type ParsedExposition } from '../test/prometheus.js'
import { startTestServer, testServerConfig, type TestServer } from '../test/server.js'
import { routeOf } from './metrics.js'

let database: Database
let server: TestServer
const token = 'm'.repeat(40)

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, {
    config: { ...testServerConfig(), metricsToken: token },
  })
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

async function scrape(headers: Record<string, string> = {}): Promise<ParsedExposition> {
  const res = await fetch(`${server.url}/metrics`, { headers })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8')
  return parseExposition(await res.text())
}

const value = (parsed: ParsedExposition, name: string, labels: Record<string, string> = {}) =>
  parsed.samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  )?.value ?? 0

describe('GET /metrics (issue 17 item 7, R7.2 monitored)', () => {
  it('declares every metric the README lists, with HELP and TYPE', async () => {
    const parsed = await scrape()
    for (const [name, type] of [
      ['keplive_http_requests_total', 'counter'],
      ['keplive_http_request_duration_seconds', 'histogram'],
      ['keplive_graphql_operations_total', 'counter'],
      ['keplive_graphql_operation_duration_seconds', 'histogram'],
      ['keplive_bookings_made_total', 'counter'],
      ['keplive_outbox_emails', 'gauge'],
      ['keplive_calls_active', 'gauge'],
      ['keplive_websocket_connections', 'gauge'],
      ['keplive_db_connections', 'gauge'],
    ]) {
      expect(parsed.type.get(name!), name).toBe(type)
      expect(parsed.help.get(name!), name).toBeTruthy()
    }
  })

  it('counts HTTP requests by route pattern and status, never by raw path', async () => {
    const before = await scrape()
    await fetch(`${server.url}/healthz`)
    await fetch(`${server.url}/join/${'t'.repeat(43)}`, { headers: { accept: 'application/json' } })
    const after = await scrape()
    const healthz = { method: 'GET', route: '/healthz', status: '200' }
    expect(value(after, 'keplive_http_requests_total', healthz)).toBe(
      value(before, 'keplive_http_requests_total', healthz) + 1,
    )
    expect(
      value(after, 'keplive_http_requests_total', { route: '/join/:token', status: '404' }),
    ).toBe(
      value(before, 'keplive_http_requests_total', { route: '/join/:token', status: '404' }) + 1,
    )
    const routes = new Set(after.samples.map((s) => s.labels.route).filter(Boolean))
    for (const route of routes) expect(route).not.toContain('t'.repeat(43))
  })

  it('counts GraphQL operations by name with a latency histogram', async () => {
    const before = await scrape()
    await server.graphql('query CatalogFields { serviceCategories { code } }')
    await server.graphql('query CatalogFields { serviceCategories { code } }')
    await server.graphql('query Broken { nope }')
    const after = await scrape()
    const ok = { operation: 'CatalogFields', type: 'query', outcome: 'ok' }
    expect(value(after, 'keplive_graphql_operations_total', ok)).toBe(
      value(before, 'keplive_graphql_operations_total', ok) + 2,
    )
    expect(
      value(after, 'keplive_graphql_operation_duration_seconds_count', {
        operation: 'CatalogFields',
      }),
    ).toBe(
      value(before, 'keplive_graphql_operation_duration_seconds_count', {
        operation: 'CatalogFields',
      }) + 2,
    )
    expect(
      value(after, 'keplive_graphql_operations_total', { operation: 'Broken', outcome: 'error' }),
    ).toBeGreaterThan(0)
  })

  it('counts the bookings made', async () => {
    const db = database.db
    const info = await aCategory(db, 'information', { minNoticeMinutes: 0 })
    const kep = await aKep(db, (await aMunicipality(db)).id)
    await openingHours(db, kep.id)
    await anEmployee(db, kep.id)
    const procedure = await aProcedure(db, info.id)
    const citizen = await loginAs(server, 'citizen')
    const before = await scrape()
    const res = await server.graphql(
      `mutation Book($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`,
      {
        input: {
          category: 'INFORMATION',
          procedureId: procedure.id,
          kepId: kep.id,
          startsAt: '2027-01-13T08:00:00.000Z',
          fullName: 'Μαρία Ιωάννου',
          email: 'maria@example.gr',
          phone: '+30 694 123 4567',
          postalAddress: 'Ερμού 10, 10563 Αθήνα',
          deliveryMethod: 'EMAIL',
        },
      },
      citizen.headers,
    )
    expect(res.errors).toBeUndefined()
    // the same time again: refused, not counted
    const again = await server.graphql(
      `mutation Book($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`,
      { input: { category: 'INFORMATION', procedureId: procedure.id } },
      citizen.headers,
    )
    expect(again.errors).toBeDefined()
    const after = await scrape()
    expect(value(after, 'keplive_bookings_made_total')).toBe(
      value(before, 'keplive_bookings_made_total') + 1,
    )
  })

  it('reads the outbox gauges at scrape time', async () => {
    const before = await scrape()
    await database.db.insert(outbox).values([
      {
        kind: 'morning_summary',
        recipient: 'a@example.gr',
        payload: {},
        dueAt: new Date(),
        nextAttemptAt: new Date(),
        dedupeKey: `metrics-test-pending-${Math.random()}`,
      },
      {
        kind: 'morning_summary',
        recipient: 'b@example.gr',
        payload: {},
        dueAt: new Date(),
        nextAttemptAt: new Date(),
        status: 'failed',
        dedupeKey: `metrics-test-failed-${Math.random()}`,
      },
    ])
    const parsed = await scrape()
    for (const status of ['pending', 'failed']) {
      expect(value(parsed, 'keplive_outbox_emails', { status })).toBe(
        value(before, 'keplive_outbox_emails', { status }) + 1,
      )
    }
    expect(value(parsed, 'keplive_calls_active', { status: 'in_call' })).toBe(0)
    expect(value(parsed, 'keplive_db_connections')).toBeGreaterThan(0)
  })

  it('answers the right token from anywhere; a wrong one is refused, even from the loopback', async () => {
    await scrape({ authorization: `Bearer ${token}` })
    for (const authorization of [`Bearer ${'x'.repeat(40)}`, `Basic ${token}`, 'Bearer ']) {
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization } })
      expect(res.status).toBe(403)
      expect(await res.text()).not.toContain('keplive_')
    }
  })

  it('ignores X-Forwarded-For unless TRUST_PROXY says a proxy sets it', async () => {
    // no proxy trusted: the header is the client's own word, the address is the loopback
    await scrape({ 'x-forwarded-for': '203.0.113.7' })
    const proxied = await startTestServer(database, {
      config: { ...testServerConfig(), trustProxy: 1, metricsToken: token },
    })
    try {
      const outside = await fetch(`${proxied.url}/metrics`, {
        headers: { 'x-forwarded-for': '203.0.113.7' },
      })
      expect(outside.status).toBe(401)
      expect(outside.headers.get('www-authenticate')).toBe('Bearer realm="metrics"')
      expect(await outside.text()).not.toContain('keplive_')
      const local = await fetch(`${proxied.url}/metrics`, {
        headers: { 'x-forwarded-for': '127.0.0.1' },
      })
      expect(local.status).toBe(200)
      const withToken = await fetch(`${proxied.url}/metrics`, {
        headers: { 'x-forwarded-for': '203.0.113.7', authorization: `Bearer ${token}` },
      })
      expect(withToken.status).toBe(200)
    } finally {
      await proxied.stop()
    }
  })
})

describe('the route label', () => {
  it('is a pattern, never an id or a token', () => {
    expect(routeOf('GET', '/join/abcDEF123')).toBe('/join/:token')
    expect(routeOf('GET', '/documents/0b7e0f4e-1c1f-4f59-9a53-6f1c2a3d4e5f')).toBe('/documents/:id')
    expect(routeOf('POST', '/admin/procedures/123/form')).toBe('/admin/procedures/:id/form')
    expect(routeOf('GET', '/admin/keps/0b7e0f4e')).toBe('/admin/*')
    expect(routeOf('GET', '/booking/ABC-123')).toBe('/*')
    expect(routeOf('POST', '/whatever/123')).toBe('other')
    expect(routeOf('GET', '/auth/login')).toBe('/auth/login')
  })
})
