import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { loadConfig } from '../platform/config.js'
import type { Database } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import { aKep, aMunicipality, anEmployee } from '../test/factories.js'
import { anAdministrator, loginAs, overWebSocket, wsClient } from '../test/identity.js'
import { startTestServer, type TestServer } from '../test/server.js'
import { defaultWebSocketLimits } from './websocket.js'

// Issue 11 defect 4: the WebSocket holds a client to the same order of resources as HTTP —
// message size, sockets per address and per session, operations per socket, the API key's
// rate limit — and reads the client's address behind TRUST_PROXY as Express does.

let database: Database
let server: TestServer

beforeAll(async () => {
  database = await createTestDatabase()
  await aMunicipality(database.db)
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const wsUrl = (s: Pick<TestServer, 'url'>) => `${s.url.replace(/^http/, 'ws')}/graphql`

/** A raw graphql-ws socket: opened (and initialised) or refused with the upgrade's status. */
function openSocket(
  s: Pick<TestServer, 'url'>,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket } | { status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(s), 'graphql-transport-ws', { headers })
    socket.once('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init' }))
      socket.once('message', () => resolve({ socket }))
    })
    socket.once('unexpected-response', (_req, res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    socket.once('error', reject)
  })
}

const closed = (socket: WebSocket) =>
  new Promise<number>((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve(1006)
    socket.once('close', (code) => resolve(code))
  })

async function closeAll(sockets: WebSocket[]) {
  await Promise.all(
    sockets.map((s) => {
      const done = closed(s)
      s.close()
      return done
    }),
  )
}

describe('issue 11 defect 4: message size', () => {
  it('closes a socket that sends a 100 MiB frame (1009, before reading it) and goes on serving', async () => {
    const opened = await openSocket(server)
    if (!('socket' in opened)) throw new Error(`refused: ${opened.status}`)
    const { socket } = opened
    socket.on('error', () => {}) // the server may reset while the frame is still being written
    const code = closed(socket)
    socket.send(Buffer.alloc(100 * 1024 * 1024, 'a'), { binary: false })
    expect(await code).toBe(1009)

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const client = wsClient(server)
    try {
      expect(await overWebSocket(client, '{ municipalities { id } }')).toMatchObject({
        data: { municipalities: [{ id: expect.any(String) }] },
      })
    } finally {
      await client.dispose()
    }
  })

  it('closes with 4409 when an operation id of 50,000 characters is reused (its close reason is cut to fit, not an internal error)', async () => {
    // An employee's subscription to their KEP's calls stays open: its id is still in use.
    const kep = await aKep(database.db, (await aMunicipality(database.db)).id)
    const employee = await anEmployee(database.db, kep.id)
    const login = await loginAs(server, { gsisUserId: employee.gsisUserId, role: 'staff' })
    const opened = await openSocket(server, { cookie: login.cookie, origin: server.url })
    if (!('socket' in opened)) throw new Error(`refused: ${opened.status}`)
    const { socket } = opened
    const closing = new Promise<[number, string]>((resolve) =>
      socket.once('close', (code, reason) => resolve([code, String(reason)])),
    )
    const subscribe = JSON.stringify({
      type: 'subscribe',
      id: 'i'.repeat(50_000),
      payload: { query: 'subscription { kepCallUpdates { id } }' },
    })
    socket.send(subscribe)
    socket.send(subscribe)
    const [code, reason] = await closing
    expect(code).toBe(4409)
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123)
  })

  it('takes a message of a large signal’s size (60 kB)', async () => {
    const opened = await openSocket(server)
    if (!('socket' in opened)) throw new Error(`refused: ${opened.status}`)
    const { socket } = opened
    const pong = new Promise<string>((resolve) => socket.once('message', (m) => resolve(String(m))))
    socket.send(JSON.stringify({ type: 'ping', payload: { pad: 'x'.repeat(60_000) } }))
    expect(JSON.parse(await pong)).toMatchObject({ type: 'pong' })
    expect(defaultWebSocketLimits.maxPayloadBytes).toBe(64 * 1024)
    await closeAll([socket])
  })
})

describe('issue 11 defect 4: who may subscribe to what', () => {
  it('refuses an anonymous socket’s subscription to kepCallUpdates (UNAUTHENTICATED); public reads still work', async () => {
    const client = wsClient(server)
    try {
      const res = await overWebSocket(client, 'subscription { kepCallUpdates { id } }')
      expect(res.data).toBeUndefined()
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
      const read = await overWebSocket(client, '{ municipalities { id } }')
      expect(read.errors).toBeUndefined()
    } finally {
      await client.dispose()
    }
  })

  it('issue 11 defect 7 over the socket: a NUL in a variable is VALIDATION_FAILED naming it', async () => {
    const client = wsClient(server)
    try {
      const res = await new Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>(
        (resolve) => {
          client.subscribe(
            {
              query: 'query I($t: String!) { callInvitation(token: $t) { __typename } }',
              variables: { t: 'a\u0000b' },
            },
            {
              next: () => {},
              error: (e) => resolve({ errors: e as never }),
              complete: () => resolve({}),
            },
          )
        },
      )
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'token' }],
      })
    } finally {
      await client.dispose()
    }
  })

  it('applies an API key’s per-minute limit to its operations over the socket (RATE_LIMITED)', async () => {
    const admin = await anAdministrator(database.db)
    const login = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const created = await server.graphql<{ createApiClient: { key: string } }>(
      `mutation ($input: CreateApiClientInput!) { createApiClient(input: $input) { key } }`,
      { input: { name: 'slow socket', scopes: ['CATALOG_READ'], rateLimitPerMinute: 2 } },
      login.headers,
    )
    const key = created.data!.createApiClient.key
    const client = wsClient(server, { apiKey: key, origin: null })
    try {
      const codes = []
      for (let i = 0; i < 3; i++) {
        const res = await overWebSocket(client, '{ keps { id } }')
        codes.push(res.errors?.[0]?.extensions?.code ?? 'ok')
      }
      expect(codes).toEqual(['ok', 'ok', 'RATE_LIMITED'])
    } finally {
      await client.dispose()
    }
  })
})

describe('issue 11 defect 4: sockets and operations per client', () => {
  it('refuses the 21st socket from one address (429, RATE_LIMITED), and takes one again once a socket closes', async () => {
    const own = await startTestServer(database)
    const sockets: WebSocket[] = []
    try {
      for (let i = 0; i < defaultWebSocketLimits.socketsPerIp; i++) {
        const opened = await openSocket(own)
        if (!('socket' in opened)) throw new Error(`socket ${i + 1} refused: ${opened.status}`)
        sockets.push(opened.socket)
      }
      const refused = await openSocket(own)
      expect(refused).toMatchObject({ status: 429 })
      expect(JSON.parse((refused as { body: string }).body).errors[0].extensions.code).toBe(
        'RATE_LIMITED',
      )
      await closeAll(sockets.splice(0, 1))
      const again = await openSocket(own)
      expect('socket' in again).toBe(true)
      if ('socket' in again) sockets.push(again.socket)
    } finally {
      await closeAll(sockets)
      await own.stop()
    }
  })

  it('refuses the 11th socket of one session; another session from the same address still connects', async () => {
    const own = await startTestServer(database)
    const sockets: WebSocket[] = []
    try {
      const one = await loginAs(own, 'citizen')
      const other = await loginAs(own, 'citizen')
      const as = (cookie: string) => ({ cookie, origin: own.url })
      for (let i = 0; i < defaultWebSocketLimits.socketsPerCaller; i++) {
        const opened = await openSocket(own, as(one.cookie))
        if (!('socket' in opened)) throw new Error(`socket ${i + 1} refused: ${opened.status}`)
        sockets.push(opened.socket)
      }
      expect(await openSocket(own, as(one.cookie))).toMatchObject({ status: 429 })
      const opened = await openSocket(own, as(other.cookie))
      expect('socket' in opened).toBe(true)
      if ('socket' in opened) sockets.push(opened.socket)
    } finally {
      await closeAll(sockets)
      await own.stop()
    }
  })

  it('refuses the 51st operation in progress on one socket (RATE_LIMITED); the 50 go on', async () => {
    const kep = await aKep(database.db, (await aMunicipality(database.db)).id)
    const employee = await anEmployee(database.db, kep.id)
    const login = await loginAs(server, { gsisUserId: employee.gsisUserId, role: 'staff' })
    const client = wsClient(server, { cookie: login.cookie })
    const unsubscribe: (() => void)[] = []
    try {
      const limit = defaultWebSocketLimits.operationsPerSocket
      const failures: unknown[] = []
      for (let i = 0; i < limit; i++) {
        unsubscribe.push(
          client.subscribe(
            { query: 'subscription { kepCallUpdates { id } }' },
            { next: () => {}, error: (e) => failures.push(e), complete: () => {} },
          ),
        )
      }
      const res = await overWebSocket(client, 'subscription { kepCallUpdates { id } }')
      expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
      // The socket is still open and its 50 subscriptions unharmed: a query still answers.
      unsubscribe.pop()!()
      expect((await overWebSocket(client, '{ me { role } }')).data).toEqual({
        me: { role: 'STAFF' },
      })
      expect(failures).toEqual([])
    } finally {
      for (const stop of unsubscribe) stop()
      await client.dispose()
    }
  })
})

describe('issue 11 defect 4: the client’s address behind proxies (TRUST_PROXY)', () => {
  const forwarded = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i + 1}` })

  it('ignores X-Forwarded-For without TRUST_PROXY: 21 sockets claiming 21 addresses are one address', async () => {
    const own = await startTestServer(database)
    const sockets: WebSocket[] = []
    try {
      for (let i = 0; i < defaultWebSocketLimits.socketsPerIp; i++) {
        const opened = await openSocket(own, forwarded(i))
        if (!('socket' in opened)) throw new Error(`socket ${i + 1} refused: ${opened.status}`)
        sockets.push(opened.socket)
      }
      expect(await openSocket(own, forwarded(99))).toMatchObject({ status: 429 })
    } finally {
      await closeAll(sockets)
      await own.stop()
    }
  })

  it('with TRUST_PROXY=1 counts the address the proxy forwarded', async () => {
    const config = { ...loadConfig({ NODE_ENV: 'test', TRUST_PROXY: '1' }), publicUrl: undefined }
    expect(config.trustProxy).toBe(1)
    const own = await startTestServer(database, { config })
    const sockets: WebSocket[] = []
    try {
      // 25 clients behind the proxy, each its own address: all connect.
      for (let i = 0; i < 25; i++) {
        const opened = await openSocket(own, forwarded(i))
        if (!('socket' in opened)) throw new Error(`socket ${i + 1} refused: ${opened.status}`)
        sockets.push(opened.socket)
      }
      // One address behind the proxy with 20 sockets already: its 21st is refused.
      for (let i = 0; i < defaultWebSocketLimits.socketsPerIp - 1; i++) {
        const opened = await openSocket(own, forwarded(0))
        if (!('socket' in opened)) throw new Error(`socket ${i + 2} refused: ${opened.status}`)
        sockets.push(opened.socket)
      }
      expect(await openSocket(own, forwarded(0))).toMatchObject({ status: 429 })
      const other = await openSocket(own, forwarded(1))
      expect('socket' in other).toBe(true)
      if ('socket' in other) sockets.push(other.socket)
    } finally {
      await closeAll(sockets)
      await own.stop()
    }
  })
})
