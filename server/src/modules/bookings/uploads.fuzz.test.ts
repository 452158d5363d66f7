import { count } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { defaultRateLimits } from '../../platform/security/rate-limit.js'
import { createTestDatabase } from '../../test/database.js'
import { loginAs, type TestLogin } from '../../test/identity.js'
import { httpPost, multipartBody, rawHttp, type RawAnswer } from '../../test/raw-http.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { documents } from './bookings.table.js'

// Issue 11, "make the class impossible": valid multipart uploads, cut and corrupted at random,
// sent byte for byte over TCP to a real server. Each answer is JSON with a typed code (or the
// client itself hung up), never a 500, HTML or a stack; the server still answers /healthz; a
// refused upload writes no document row.

/** Inputs tried per run; the test prints it. Some 20 ms each here. */
const runs = Number(process.env.UPLOAD_FUZZ_RUNS ?? 300)

let database: Database
let server: TestServer
let citizen: TestLogin
let tried = 0
/** How the inputs were answered ("400 VALIDATION_FAILED", "dropped", …), printed at the end. */
const outcomes = new Map<string, number>()

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, {
    clock: fixedClock('2027-01-04T06:00:00Z'),
    // The fuzz is one citizen sending hundreds of uploads: not what the rate limit is tested on.
    rateLimits: {
      ...defaultRateLimits,
      upload: { perCaller: null, perIp: { points: 1_000_000, windowSeconds: 600 } },
    },
  })
  citizen = await loginAs(server, 'citizen')
})
afterAll(async () => {
  // eslint-disable-next-line no-console -- the suite's size and outcomes, for the CI log
  console.info(
    `upload fuzz: ${tried} inputs tried: ${[...outcomes].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
  )
  await server?.stop()
  await database?.close()
})

const signatures = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  none: [],
}

/** A valid upload: a file (of an accepted type or not), maybe fields around it, any name. */
const validUpload = fc.record({
  kind: fc.constantFrom(...(Object.keys(signatures) as (keyof typeof signatures)[])),
  content: fc.uint8Array({ minLength: 0, maxLength: 3000 }),
  fileName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  before: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
  after: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
  boundary: fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,60}$/),
})

type ValidUpload = typeof validUpload extends fc.Arbitrary<infer T> ? T : never

type Corruption =
  | { kind: 'none' }
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number[]; xor: number }
  | { kind: 'dropClosingBoundary' }
  | { kind: 'duplicateBoundary'; at: number }
  | { kind: 'bogusPartHeader'; line: string }
  | { kind: 'contentLength'; delta: number }
  | { kind: 'contentType'; value: string }
  | { kind: 'disconnect'; at: number }

/** Positions are fractions of the body's length, so they fit any body. */
const position = fc.double({ min: 0, max: 1, noNaN: true })
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('cut' as const), at: position }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.array(position, { minLength: 1, maxLength: 8 }),
    xor: fc.integer({ min: 1, max: 255 }),
  }),
  fc.constant({ kind: 'dropClosingBoundary' as const }),
  fc.record({ kind: fc.constant('duplicateBoundary' as const), at: position }),
  fc.record({
    kind: fc.constant('bogusPartHeader' as const),
    line: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom(
        'Content-Disposition: form-data',
        'Content-Disposition: form-data; name=',
        "Content-Disposition: attachment; filename*=UTF-8''%ZZ",
        'Content-Type: ;;;',
        `X-Long: ${'x'.repeat(100_000)}`,
        'no colon at all',
      ),
    ),
  }),
  fc.record({
    kind: fc.constant('contentLength' as const),
    delta: fc.integer({ min: -3000, max: 3000 }).filter((d) => d !== 0),
  }),
  fc.record({
    kind: fc.constant('contentType' as const),
    value: fc.oneof(
      fc.constantFrom(
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'multipart/form-data; boundary="unterminated',
        'multipart/mixed; boundary=x',
        'text/plain',
        'application/x-www-form-urlencoded',
        '',
      ),
      fc.string({ unit: 'binary-ascii', maxLength: 80 }).map((s) => s.replace(/[\r\n]/g, '')),
    ),
  }),
  fc.record({ kind: fc.constant('disconnect' as const), at: position }),
)

interface Prepared {
  bytes: Buffer
  options: { abortAfter?: number; halfClose?: boolean }
  /** The client itself cuts the exchange short: no answer is owed. */
  clientHangsUp: boolean
}

function prepare(upload: ValidUpload, c: Corruption): Prepared {
  const content = Buffer.concat([Buffer.from(signatures[upload.kind]), upload.content])
  const { boundary, body: valid } = multipartBody(
    [
      ...upload.before.map((v, i) => ({ name: `before${i}`, content: v })),
      { name: 'file', fileName: upload.fileName, type: 'application/pdf', content },
      ...upload.after.map((v, i) => ({ name: `after${i}`, content: v })),
    ],
    upload.boundary,
  )
  const at = (fraction: number) => Math.floor(fraction * valid.length)
  let body = valid
  // Quoted: a boundary may hold characters ('/', ':', '=') a bare parameter may not.
  let contentType = `multipart/form-data; boundary="${boundary}"`
  let contentLength: number | undefined
  const options: Prepared['options'] = {}
  let clientHangsUp = false
  switch (c.kind) {
    case 'none':
      break
    case 'cut':
      body = valid.subarray(0, at(c.at))
      break
    case 'flip':
      body = Buffer.from(valid)
      for (const f of c.at) body[Math.min(at(f), body.length - 1)]! ^= c.xor
      break
    case 'dropClosingBoundary':
      body = valid.subarray(0, valid.lastIndexOf(`--${boundary}--`))
      break
    case 'duplicateBoundary': {
      const line = Buffer.from(`\r\n--${boundary}\r\n`)
      body = Buffer.concat([valid.subarray(0, at(c.at)), line, valid.subarray(at(c.at))])
      break
    }
    case 'bogusPartHeader': {
      const first = valid.indexOf('\r\n', valid.indexOf(`--${boundary}`)) + 2
      body = Buffer.concat([
        valid.subarray(0, first),
        Buffer.from(`${c.line}\r\n`, 'latin1'),
        valid.subarray(first),
      ])
      break
    }
    case 'contentLength':
      contentLength = Math.max(0, valid.length + c.delta)
      // Announcing more than it sends, the client then stops: the server waits for no one.
      if (contentLength > valid.length) {
        options.halfClose = true
        clientHangsUp = true
      }
      break
    case 'contentType':
      contentType = c.value
      break
    case 'disconnect':
      // Never the whole body: a body that arrived whole may be stored before the reset.
      options.abortAfter = Math.min(at(c.at), valid.length - 1)
      clientHangsUp = true
      break
  }
  const headers: Record<string, string> = {
    ...citizen.headers,
    'x-keplive-upload': '1',
    'content-type': contentType,
  }
  const head = httpPost(
    `${server.url}/uploads`,
    headers,
    Buffer.alloc(0),
    contentLength ?? body.length,
  )
  const bytes = Buffer.concat([head, body])
  // The request line and headers always go whole: the cut falls in the body.
  if (options.abortAfter !== undefined) options.abortAfter += head.length
  return { bytes, options, clientHangsUp }
}

// BAD_REQUEST: what Node's HTTP parser refuses (bytes past the announced length), see
// app/client-errors.ts.
const knownCodes = [
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'BAD_REQUEST',
]
const documentRows = async () => (await database.db.select({ n: count() }).from(documents))[0]!.n

/** What is wrong with an answer, or null when it is one the API may give. */
function problemWith(answer: RawAnswer, clientHangsUp: boolean): string | null {
  if (answer.kind === 'hung') return 'the server neither answered nor closed'
  if (answer.kind === 'dropped') return clientHangsUp ? null : 'no answer'
  if (answer.status === 201) return null
  if (!answer.headers['content-type']?.startsWith('application/json')) {
    return `${answer.status} ${answer.headers['content-type']}: ${answer.body.slice(0, 200)}`
  }
  if (/\bat \S+ \(|node_modules|\.ts:\d+/.test(answer.body)) return `a stack: ${answer.body}`
  const code = (JSON.parse(answer.body) as { errors?: { extensions?: { code?: string } }[] })
    .errors?.[0]?.extensions?.code
  if (!code || !knownCodes.includes(code)) return `${answer.status} with code ${code}`
  if (answer.status >= 500) return `${answer.status} ${code}`
  return null
}

const reasonOf = (answer: Extract<RawAnswer, { kind: 'answer' }>) => {
  if (answer.status === 201) return 'stored'
  const ext = (
    JSON.parse(answer.body) as {
      errors: { extensions: { code: string; fields?: { reason: string }[] } }[]
    }
  ).errors[0]!.extensions
  return ext.fields?.[0]?.reason ?? ext.code
}

describe('uploads fuzz', () => {
  it('issue 11: cut and corrupted uploads get a typed JSON answer, write nothing, and leave the server up', async () => {
    await fc.assert(
      fc.asyncProperty(validUpload, corruption, async (upload, c) => {
        tried++
        const prepared = prepare(upload, c)
        // Past 20 pending uploads a citizen is refused (too_many_pending): start again before.
        if ((await documentRows()) >= 15) await database.db.delete(documents)
        const before = await documentRows()
        const answer = await rawHttp(server.url, prepared.bytes, prepared.options)
        const problem = problemWith(answer, prepared.clientHangsUp)
        expect(problem).toBeNull()
        const outcome =
          answer.kind === 'answer' ? `${answer.status} ${reasonOf(answer)}` : answer.kind
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
        const stored = answer.kind === 'answer' && answer.status === 201
        expect(await documentRows()).toBe(before + (stored ? 1 : 0))
      }),
      { numRuns: runs },
    )
  }, 120_000)
})
