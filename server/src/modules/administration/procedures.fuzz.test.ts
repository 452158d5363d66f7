import { count, eq } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { aCategory, aProcedure } from '../../test/factories.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { httpPost, multipartBody, rawHttp, type RawAnswer } from '../../test/raw-http.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { procedureForms } from '../catalog/index.js'

// Issue 11's class, for the procedures' form upload (issue 13 item 5): valid multipart uploads,
// cut and corrupted at random, sent byte for byte over TCP to a real server as an ADMINISTRATOR.
// Each answer is JSON with a typed code (or the client itself hung up), never a 500, HTML or a
// stack; the server still answers /healthz; a refused upload stores and audits nothing.

const runs = Number(process.env.UPLOAD_FUZZ_RUNS ?? 150)

let database: Database
let server: TestServer
let admin: TestLogin
let procedureId: string
let tried = 0
const outcomes = new Map<string, number>()

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock: fixedClock('2027-01-04T06:00:00Z') })
  const person = await anAdministrator(database.db, { role: 'administrator' })
  admin = await loginAs(server, { gsisUserId: person.gsisUserId, role: 'admin' })
  procedureId = (await aProcedure(database.db, (await aCategory(database.db, 'information')).id)).id
})
afterAll(async () => {
  // eslint-disable-next-line no-console -- the suite's size and outcomes, for the CI log
  console.info(
    `form upload fuzz: ${tried} inputs tried: ${[...outcomes].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
  )
  await server?.stop()
  await database?.close()
})

const signatures = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  none: [],
}

const validUpload = fc.record({
  kind: fc.constantFrom(...(Object.keys(signatures) as (keyof typeof signatures)[])),
  content: fc.uint8Array({ minLength: 0, maxLength: 3000 }),
  fileName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
  before: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
  boundary: fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,60}$/),
})
type ValidUpload = typeof validUpload extends fc.Arbitrary<infer T> ? T : never

type Corruption =
  | { kind: 'none' }
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number[]; xor: number }
  | { kind: 'dropClosingBoundary' }
  | { kind: 'contentLength'; delta: number }
  | { kind: 'contentType'; value: string }
  | { kind: 'disconnect'; at: number }

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
  fc.record({
    kind: fc.constant('contentLength' as const),
    delta: fc.integer({ min: -3000, max: 3000 }).filter((d) => d !== 0),
  }),
  fc.record({
    kind: fc.constant('contentType' as const),
    value: fc.constantFrom(
      'multipart/form-data',
      'multipart/form-data; boundary=',
      'multipart/form-data; boundary="unterminated',
      'text/plain',
      '',
    ),
  }),
  fc.record({ kind: fc.constant('disconnect' as const), at: position }),
)

function prepare(upload: ValidUpload, c: Corruption) {
  const content = Buffer.concat([Buffer.from(signatures[upload.kind]), upload.content])
  const { boundary, body: valid } = multipartBody(
    [
      ...upload.before.map((v, i) => ({ name: `before${i}`, content: v })),
      { name: 'file', fileName: upload.fileName, type: 'application/pdf', content },
    ],
    upload.boundary,
  )
  const at = (fraction: number) => Math.floor(fraction * valid.length)
  let body = valid
  let contentType = `multipart/form-data; boundary="${boundary}"`
  let contentLength: number | undefined
  const options: { abortAfter?: number; halfClose?: boolean } = {}
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
    case 'contentLength':
      contentLength = Math.max(0, valid.length + c.delta)
      if (contentLength > valid.length) {
        options.halfClose = true
        clientHangsUp = true
      }
      break
    case 'contentType':
      contentType = c.value
      break
    case 'disconnect':
      options.abortAfter = Math.min(at(c.at), valid.length - 1)
      clientHangsUp = true
      break
  }
  const head = httpPost(
    `${server.url}/admin/procedures/${procedureId}/form`,
    { ...admin.headers, 'x-keplive-upload': '1', 'content-type': contentType },
    Buffer.alloc(0),
    contentLength ?? body.length,
  )
  if (options.abortAfter !== undefined) options.abortAfter += head.length
  return { bytes: Buffer.concat([head, body]), options, clientHangsUp }
}

const knownCodes = ['VALIDATION_FAILED', 'BAD_REQUEST']

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

/** Uploads audited so far: one per stored form, none for a refusal. */
const uploadsAudited = async () =>
  (
    await database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'procedure.form.upload'))
  )[0]!.n

describe('form upload fuzz', () => {
  it('issue 13 item 5: cut and corrupted form uploads get a typed JSON answer, store nothing, and leave the server up', async () => {
    await fc.assert(
      fc.asyncProperty(validUpload, corruption, async (upload, c) => {
        tried++
        const prepared = prepare(upload, c)
        const before = await uploadsAudited()
        const answer = await rawHttp(server.url, prepared.bytes, prepared.options)
        expect(problemWith(answer, prepared.clientHangsUp)).toBeNull()
        const outcome =
          answer.kind === 'answer' ? `${answer.status} ${reasonOf(answer)}` : answer.kind
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
        const stored = answer.kind === 'answer' && answer.status === 201
        expect(await uploadsAudited()).toBe(before + (stored ? 1 : 0))
        // a stored form is always a PDF, whole
        if (stored) {
          const [form] = await database.db
            .select({ content: procedureForms.content })
            .from(procedureForms)
            .where(eq(procedureForms.procedureId, procedureId))
          expect(Buffer.from(form!.content).subarray(0, 5).toString()).toBe('%PDF-')
        }
      }),
      { numRuns: runs },
    )
  }, 120_000)
})
