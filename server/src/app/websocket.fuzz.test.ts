import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseMessage } from 'graphql-ws'
import WebSocket from 'ws'
import type { Database } from '../platform/db/client.js'
import type { ErrorCode } from '../platform/errors.js'
import { createTestDatabase } from '../test/database.js'
import { aMunicipality } from '../test/factories.js'
import { wsClient } from '../test/identity.js'
import { startTestServer, type TestServer } from '../test/server.js'

// Issue 11, "make the class impossible": random frames against a real server's WebSocket.
// Whatever a client sends — text, binary, bad UTF-8, random JSON, graphql-ws messages with
// wrong types, huge ids, unknown types, before or after connection_init — each socket either
// gets typed answers or is closed with a protocol close code; never an internal error, never a
// stack trace; and the server goes on serving.

let database: Database
let server: TestServer
let municipalityId: string

beforeAll(async () => {
  database = await createTestDatabase()
  municipalityId = (await aMunicipality(database.db)).id
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

/** Runs per property; each sends one to seven frames. */
const runs = 1000

/** Close codes that name what the client did wrong (RFC 6455 and graphql-ws's own). */
const protocolCloseCodes = new Set([
  1002, // protocol error
  1003, // unsupported data
  1007, // invalid UTF-8
  1009, // message too big
  4400, // invalid message
  4401, // subscribe before the connection was acknowledged
  4403, // refused at connection_init
  4406, // subprotocol not acceptable
  4408, // no connection_init in time
  4409, // the id is in use
  4429, // a second connection_init
])

const typedCodes = new Set<string>([
  ...([
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'NOT_FOUND',
    'VALIDATION_FAILED',
    'SLOT_UNAVAILABLE',
    'CONFLICT',
    'RATE_LIMITED',
    'CALL_NOT_OPEN',
    'CALL_ENDED',
    'NOT_ADMITTED',
    'IDENTITY_NOT_VERIFIED',
    'SIGNAL_TOO_LARGE',
    'ACCEPTABLE_USE_REQUIRED',
  ] satisfies ErrorCode[]),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
])

const queries = [
  '{ municipalities { id name } }',
  'query K($id: ID!) { kep(id: $id) { id } }',
  'query P($s: String, $m: ID) { procedures(search: $s, municipalityId: $m) { id } }',
  'query I($t: String!) { callInvitation(token: $t) { __typename } }',
  '{ me { role } }',
  'subscription { kepCallUpdates { id } }',
  'subscription E($c: ID!, $t: String!) { callEvents(callId: $c, participantToken: $t) { __typename } }',
  'subscription S($c: ID!, $t: String!, $a: Int) { callSignals(callId: $c, participantToken: $t, afterSeq: $a) { __typename } }',
  'mutation { logout }',
  '{ __schema { types { name } } }',
]

const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.integer(),
  fc.constant(null),
  fc.constant('\u0000'),
  fc.constant('x'.repeat(40_000)),
)

const subscribePayload = fc.record(
  {
    query: fc.oneof(fc.constantFrom(...queries), fc.string({ maxLength: 80 }), anyValue),
    variables: fc.oneof(
      fc.dictionary(fc.constantFrom('id', 's', 'm', 't', 'c', 'a', 'x'), anyValue),
      fc.constant(null).map(() => ({ id: municipalityId })),
      anyValue,
    ),
    operationName: fc.oneof(fc.constantFrom('K', 'P', 'E', 'Z'), anyValue),
    extensions: anyValue,
  },
  { requiredKeys: ['query'] },
)

const message = fc.record(
  {
    type: fc.oneof(
      fc.constantFrom(
        'connection_init',
        'connection_ack',
        'ping',
        'pong',
        'subscribe',
        'next',
        'error',
        'complete',
        'start',
        'stop',
      ),
      fc.string({ maxLength: 20 }),
      anyValue,
    ),
    id: fc.oneof(
      fc.constantFrom('1', '2', '3'),
      fc.string({ maxLength: 20 }),
      fc.constant('i'.repeat(50_000)),
      anyValue,
    ),
    payload: fc.oneof(subscribePayload, anyValue),
  },
  { requiredKeys: ['type'] },
)

/** A subscribe graphql-ws accepts as a message: a real operation, variables of any type. */
const wellFormedSubscribe = fc.record(
  {
    type: fc.constant('subscribe'),
    id: fc.oneof(fc.constantFrom('1', '2', '3'), fc.uuid(), fc.constant('i'.repeat(50_000))),
    payload: fc.record(
      {
        query: fc.constantFrom(...queries),
        variables: fc.oneof(
          fc.dictionary(fc.constantFrom('id', 's', 'm', 't', 'c', 'a', 'x'), anyValue),
          fc.constant(null).map(() => ({ id: municipalityId, m: municipalityId })),
        ),
        operationName: fc.constantFrom('K', 'P', 'I', 'E', 'S', 'Z'),
      },
      { requiredKeys: ['query'] },
    ),
  },
  { requiredKeys: ['type', 'id', 'payload'] },
)

type Frame = { data: string | Buffer; binary: boolean }

const frame: fc.Arbitrary<Frame> = fc.oneof(
  { weight: 8, arbitrary: message.map((m) => ({ data: JSON.stringify(m), binary: false })) },
  {
    weight: 16,
    arbitrary: wellFormedSubscribe.map((m) => ({ data: JSON.stringify(m), binary: false })),
  },
  { weight: 2, arbitrary: fc.json().map((data) => ({ data, binary: false })) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 200 })
      .map((data) => ({ data, binary: false })),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 200 })
      .chain((bytes) => fc.boolean().map((binary) => ({ data: Buffer.from(bytes), binary }))),
  },
  { weight: 1, arbitrary: fc.constant({ data: 'y'.repeat(70_000), binary: false }) },
)

const session = fc.record({
  // none: graphql-ws refuses the socket (4406); a subprotocol it does not speak would be
  // refused by the ws client itself, which is not what is tested here
  protocol: fc.oneof(
    { weight: 9, arbitrary: fc.constant('graphql-transport-ws') },
    fc.constant(undefined),
  ),
  init: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
  frames: fc.array(frame, { minLength: 1, maxLength: 6 }),
})

interface Outcome {
  closeCode?: number
  received: string[]
}

/**
 * One socket: optionally connection_init (and its ack), the frames, then a ping of ours; waits
 * until the pong and an answer to every subscribe graphql-ws would accept, or until the server
 * closes the socket; then closes it.
 */
async function play(s: { protocol?: string; init: boolean; frames: Frame[] }): Promise<Outcome> {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, s.protocol)
  const outcome: Outcome = { received: [] }
  const pending = new Set<string>()
  let onChange = () => {}
  let pongSeen = false
  const closed = new Promise<void>((resolve) =>
    socket.once('close', (code) => {
      outcome.closeCode ??= code
      resolve()
      onChange()
    }),
  )
  socket.on('error', () => {})
  socket.on('message', (data) => {
    const text = String(data)
    outcome.received.push(text)
    try {
      const m = parseMessage(text)
      if (m.type === 'pong' && (m.payload as { end?: boolean } | undefined)?.end) pongSeen = true
      if (m.type === 'next' || m.type === 'error' || m.type === 'complete') pending.delete(m.id)
    } catch {
      // not graphql-ws: recorded, and the checks below will say so
    }
    onChange()
  })
  const until = (done: () => boolean) =>
    new Promise<void>((resolve) => {
      onChange = () => {
        if (done() || socket.readyState >= WebSocket.CLOSING) resolve()
      }
      onChange()
    })
  await new Promise<void>((resolve) => {
    socket.once('open', resolve)
    socket.once('close', () => resolve())
  })
  if (socket.readyState === WebSocket.OPEN && s.init) {
    socket.send(JSON.stringify({ type: 'connection_init' }))
    await until(() => outcome.received.length > 0)
  }
  for (const f of s.frames) {
    if (socket.readyState !== WebSocket.OPEN) break
    socket.send(f.data, { binary: f.binary })
    if (typeof f.data === 'string') {
      try {
        const m = parseMessage(f.data)
        if (m.type === 'subscribe') pending.add(m.id)
        // the client's own complete cancels: the server owes that id nothing more (graphql-ws
        // stops the operation; if it had answered first, the answer was already counted)
        if (m.type === 'complete') pending.delete(m.id)
      } catch {
        // graphql-ws will close the socket for it
      }
    }
  }
  if (socket.readyState === WebSocket.OPEN) {
    socket.send(JSON.stringify({ type: 'ping', payload: { end: true } }))
    await until(() => pongSeen && pending.size === 0)
  }
  // Still open: the server had nothing against it; we close (1000).
  if (socket.readyState === WebSocket.OPEN) socket.close(1000)
  await closed
  return outcome
}

/** What a client may be told: typed errors only, no stack, no internals. */
function checkOutcome(outcome: Outcome) {
  if (outcome.closeCode !== undefined && outcome.closeCode !== 1000 && outcome.closeCode !== 1005) {
    expect(protocolCloseCodes, `close code ${outcome.closeCode}`).toContain(outcome.closeCode)
  }
  for (const text of outcome.received) {
    expect(text).not.toMatch(/INTERNAL_SERVER_ERROR|\n\s+at |node_modules|\.ts:\d+/)
    const m = parseMessage(text)
    const errors =
      m.type === 'error' ? m.payload : m.type === 'next' ? (m.payload.errors ?? []) : []
    for (const error of errors) {
      expect(typedCodes, JSON.stringify(error)).toContain(error.extensions?.code)
    }
  }
}

describe('issue 11: the WebSocket under random frames', () => {
  it('answers typed errors or closes with a protocol code, and goes on serving', async ({
    annotate,
  }) => {
    let sockets = 0
    let frames = 0
    const closeCodes = new Map<number, number>()
    let typedErrors = 0
    await fc.assert(
      fc.asyncProperty(session, async (s) => {
        sockets++
        frames += s.frames.length + (s.init ? 1 : 0)
        const outcome = await play(s)
        checkOutcome(outcome)
        const code = outcome.closeCode ?? 0
        closeCodes.set(code, (closeCodes.get(code) ?? 0) + 1)
        typedErrors += outcome.received.filter((m) => m.includes('"code"')).length
      }),
      { numRuns: runs },
    )
    // The figure the closing note reports (shown by the test reporter).
    await annotate(
      `WebSocket fuzz: ${sockets} sockets, ${frames} frames, ${typedErrors} typed errors; ` +
        `close codes ${JSON.stringify(Object.fromEntries(closeCodes))}`,
    )

    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const client = wsClient(server)
    try {
      const res = await new Promise<unknown>((resolve, reject) => {
        let result: unknown
        client.subscribe(
          { query: '{ municipalities { id } }' },
          { next: (v) => (result = v), error: reject, complete: () => resolve(result) },
        )
      })
      expect(res).toMatchObject({ data: { municipalities: [{ id: municipalityId }] } })
    } finally {
      await client.dispose()
    }
    // ~10 s alone on two cores; more beside other test files.
  }, 180_000)
})
