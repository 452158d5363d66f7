import http from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Client, createClient } from 'graphql-ws'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { systemClock } from '../platform/clock.js'
import type { Database } from '../platform/db/client.js'
import { createLogger } from '../platform/logger.js'
import { createTestDatabase } from '../test/database.js'
import { aMunicipality } from '../test/factories.js'
import { startTestServer, type TestServer } from '../test/server.js'
import { createServer } from './server.js'

let database: Database
let server: TestServer
let appsRoot: string

beforeAll(async () => {
  database = await createTestDatabase()
  await aMunicipality(database.db, { nameEl: 'Δήμος Πάρου', nameEn: 'Municipality of Paros' })
  appsRoot = await mkdtemp(path.join(tmpdir(), 'keplive-apps-'))
  for (const app of ['citizen-app', 'staff-app']) {
    await mkdir(path.join(appsRoot, app, 'dist', 'assets'), { recursive: true })
    await writeFile(path.join(appsRoot, app, 'dist', 'index.html'), `<title>${app}</title>`)
    await writeFile(path.join(appsRoot, app, 'dist', 'assets', 'main-abc.js'), `// ${app}`)
  }
  server = await startTestServer(database, { appsRoot })
})

afterAll(async () => {
  await server?.stop()
  await database?.close()
  await rm(appsRoot, { recursive: true, force: true })
})

describe('the HTTP server', () => {
  it('answers /healthz while the process lives', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('is ready when the database answers and is migrated', async () => {
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ready' })
  })

  it('serves the citizen app at /, the staff app at /staff, with client routes falling back to index.html', async () => {
    const home = await fetch(`${server.url}/`)
    expect(await home.text()).toContain('citizen-app')
    const deepLink = await fetch(`${server.url}/book?category=municipal`)
    expect(await deepLink.text()).toContain('citizen-app')
    const staff = await fetch(`${server.url}/staff/agenda`)
    expect(await staff.text()).toContain('staff-app')
    const asset = await fetch(`${server.url}/staff/assets/main-abc.js`)
    expect(asset.headers.get('cache-control')).toContain('immutable')
  })

  it('says how to build an app that is not built yet', async () => {
    const res = await fetch(`${server.url}/admin/`)
    expect(res.status).toBe(503)
    expect(await res.text()).toMatch(/pnpm build/)
  })

  it('answers a body that is not JSON with a GraphQL error, not a stack trace', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(body.errors[0]!.message).toMatch(/not valid JSON/)
    expect(JSON.stringify(body)).not.toMatch(/at .*\.js/)
  })

  it('answers a syntax error and an unknown field with 400 and a GraphQL error', async () => {
    const syntax = await server.graphql('{ municipalities { ')
    expect(syntax.status).toBe(400)
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
    const unknown = await server.graphql('{ nope }')
    expect(unknown.status).toBe(400)
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
  })

  it('refuses a GET without the CSRF-safe headers and a request with no query', async () => {
    const noQuery = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(noQuery.status).toBe(400)
    const csrf = await fetch(`${server.url}/graphql?query=%7B__typename%7D`)
    expect(csrf.status).toBe(400)
  })

  it('answers GraphQL over a WebSocket on the same port and path', async () => {
    const client: Client = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    })
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let value: unknown
        client.subscribe(
          { query: '{ municipalities { name { en } } }' },
          { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
        )
      })
      expect(result).toEqual({
        data: { municipalities: [{ name: { en: 'Municipality of Paros' } }] },
      })
    } finally {
      await client.dispose()
    }
  })
})

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    const own = await startTestServer(database, { appsRoot })
    const body = JSON.stringify({ query: '{ municipalities { name { el } } }' })
    let stopping: Promise<void> | undefined
    const received = new Promise((resolve) => own.httpServer.once('request', resolve))
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(
        `${own.url}/graphql`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
        },
      )
      req.on('error', reject)
      // Half the body now: the request is in flight while the server is told to stop.
      req.write(body.slice(0, 10))
      void received.then(async () => {
        stopping = own.stop()
        await new Promise((r) => setTimeout(r, 50))
        req.end(body.slice(10))
      })
    })
    const answer = await response
    await stopping
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('Δήμος Πάρου')
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow()
  })
})

describe('the server’s configuration (issue 11 defect 11)', () => {
  it('issue 11 defect 11: createServer has no fallback to the test configuration and its development secrets', async () => {
    const deps = { database, clock: systemClock, logger: createLogger('silent') }
    // @ts-expect-error -- the configuration is required: check:types fails if it gets a default
    await expect(createServer(deps)).rejects.toThrow()
  })
})
