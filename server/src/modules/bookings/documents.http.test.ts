import { randomBytes, randomUUID } from 'node:crypto'
import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { documents } from './bookings.table.js'
import { aKep, aMunicipality, anEmployee } from '../../test/factories.js'
import {
  acknowledgeAcceptableUse,
  anAdministrator,
  loginAs,
  type TestLogin,
} from '../../test/identity.js'
import { httpPost, multipartBody, rawHttp, type RawAnswer } from '../../test/raw-http.js'
import { startTestServer, type TestServer } from '../../test/server.js'

// POST /uploads and GET /documents/:id over real HTTP, logged in through the stand-in (R2.2 e).

let database: Database
let server: TestServer
let owner: TestLogin
let stranger: TestLogin
let apiKey: string
let admin: TestLogin

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock: fixedClock('2027-01-04T06:00:00Z') })
  owner = await loginAs(server, 'citizen')
  stranger = await loginAs(server, 'citizen')
  admin = await loginAs(server, {
    gsisUserId: (await anAdministrator(database.db)).gsisUserId,
    role: 'admin',
  })
  const created = await server.graphql<{ createApiClient: { key: string } }>(
    'mutation { createApiClient(input: { name: "catalog only", scopes: [CATALOG_READ] }) { key } }',
    {},
    admin.headers,
  )
  apiKey = created.data!.createApiClient.key
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const upload = (
  bytes: Uint8Array,
  name: string,
  headers: Record<string, string>,
  type = 'application/pdf',
) => {
  const form = new FormData()
  form.append('file', new Blob([bytes], { type }), name)
  return fetch(`${server.url}/uploads`, { method: 'POST', body: form, headers })
}

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5000)])

describe('uploads over HTTP', () => {
  it('R2.2 e stores a PDF for the logged-in citizen and gives it back only to them', async () => {
    const res = await upload(pdf, 'ταυτότητα.pdf', { ...owner.headers, 'x-keplive-upload': '1' })
    expect(res.status).toBe(201)
    const stored = (await res.json()) as {
      id: string
      mimeType: string
      sizeBytes: number
      fileName: string
    }
    expect(stored).toMatchObject({
      mimeType: 'application/pdf',
      sizeBytes: pdf.length,
      fileName: 'ταυτότητα.pdf',
    })
    const back = await fetch(`${server.url}/documents/${stored.id}`, { headers: owner.headers })
    expect(back.status).toBe(200)
    expect(back.headers.get('cache-control')).toBe('no-store')
    expect(Buffer.from(await back.arrayBuffer()).equals(pdf)).toBe(true)
    const other = await fetch(`${server.url}/documents/${stored.id}`, { headers: stranger.headers })
    expect(other.status).toBe(404)
    const anonymous = await fetch(`${server.url}/documents/${stored.id}`)
    expect(anonymous.status).toBe(401)
  })

  it('issue 14 item 5: an employee reads no document before acknowledging the acceptable-use notice (403 ACCEPTABLE_USE_REQUIRED)', async () => {
    const res = await upload(pdf, 'έγγραφο.pdf', { ...owner.headers, 'x-keplive-upload': '1' })
    const { id } = (await res.json()) as { id: string }
    const kep = await aKep(database.db, (await aMunicipality(database.db)).id)
    const employee = await anEmployee(database.db, kep.id)
    const staff = await loginAs(
      server,
      { gsisUserId: employee.gsisUserId, role: 'staff' },
      { acknowledge: false },
    )
    const before = await fetch(`${server.url}/documents/${id}`, { headers: staff.headers })
    expect(before.status).toBe(403)
    expect(await before.json()).toMatchObject({
      errors: [{ extensions: { code: 'ACCEPTABLE_USE_REQUIRED' } }],
    })
    // acknowledged, the usual rule answers: not a document of their KEP's bookings
    await acknowledgeAcceptableUse(server, staff.headers)
    const after = await fetch(`${server.url}/documents/${id}`, { headers: staff.headers })
    expect(after.status).toBe(404)
  })

  it('judges the type by content: a renamed executable is refused with a typed error', async () => {
    const res = await upload(Buffer.from('MZ\x90\x00 not a pdf at all'), 'id.pdf', {
      ...owner.headers,
      'x-keplive-upload': '1',
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: {
        extensions: {
          code: string
          fields: { reason: string; message: { el: string; en: string } }[]
        }
      }[]
    }
    expect(body.errors[0]!.extensions.code).toBe('VALIDATION_FAILED')
    expect(body.errors[0]!.extensions.fields[0]).toMatchObject({ reason: 'wrong_type' })
  })

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024 + 10)])
    const res = await upload(big, 'big.pdf', { ...owner.headers, 'x-keplive-upload': '1' })
    expect(res.status).toBe(413)
  })

  it('refuses anonymous uploads (401) and uploads without the app header (403: no cross-site forms)', async () => {
    expect((await upload(pdf, 'a.pdf', {})).status).toBe(401)
    expect((await upload(pdf, 'a.pdf', owner.headers)).status).toBe(403)
  })
})

describe('issue 11 defect 1: uploads that are cut, broken or abandoned', () => {
  const uploadHeaders = (boundary: string) => ({
    ...owner.headers,
    'x-keplive-upload': '1',
    'content-type': `multipart/form-data; boundary=${boundary}`,
  })
  const codeOf = (answer: RawAnswer) => {
    if (answer.kind !== 'answer') return 'dropped'
    expect(answer.headers['content-type']).toMatch(/^application\/json/)
    const body = JSON.parse(answer.body) as {
      errors: { extensions: { code: string; fields?: { reason: string }[] } }[]
    }
    const ext = body.errors[0]!.extensions
    return `${answer.status} ${ext.code}${ext.fields ? ` ${ext.fields[0]!.reason}` : ''}`
  }
  const healthy = async () => (await fetch(`${server.url}/healthz`)).status

  it('issue 11 defect 1: a truncated upload (boundary never closed) answers a typed error and the server goes on', async () => {
    const { boundary, body } = multipartBody([
      { name: 'file', fileName: 'id.pdf', type: 'application/pdf', content: pdf },
    ])
    const cut = body.subarray(0, 3000)
    const answer = await rawHttp(
      server.url,
      httpPost(`${server.url}/uploads`, uploadHeaders(boundary), cut),
    )
    expect(codeOf(answer)).toBe('400 VALIDATION_FAILED incomplete')
    expect(await healthy()).toBe(200)
  })

  const send = (
    parts: Parameters<typeof multipartBody>[0],
    options: { cut?: number; contentType?: string; abortAfter?: number } = {},
  ) => {
    const { boundary, body } = multipartBody(parts)
    const bytes = options.cut === undefined ? body : body.subarray(0, options.cut)
    const headers = uploadHeaders(boundary)
    if (options.contentType !== undefined) headers['content-type'] = options.contentType
    return rawHttp(server.url, httpPost(`${server.url}/uploads`, headers, bytes), {
      abortAfter: options.abortAfter,
    })
  }
  const pdfPart = { name: 'file', fileName: 'id.pdf', type: 'application/pdf', content: pdf }
  const rows = async () => (await database.db.select({ n: count() }).from(documents))[0]!.n

  it('issue 11 defect 1: a client that disconnects mid-upload is dropped silently; nothing is stored, the server goes on', async () => {
    const before = await rows()
    const answer = await send([pdfPart], { abortAfter: 2500 })
    expect(answer.kind).toBe('dropped')
    expect(await healthy()).toBe(200)
    expect(await rows()).toBe(before)
  })

  it('issue 11 defect 1: a missing file part, two file parts, a field only: typed errors, nothing stored', async () => {
    const before = await rows()
    expect(codeOf(await send([]))).toBe('400 VALIDATION_FAILED required')
    expect(codeOf(await send([{ name: 'note', content: 'hello' }]))).toBe(
      '400 VALIDATION_FAILED required',
    )
    expect(codeOf(await send([pdfPart, { ...pdfPart, fileName: 'b.pdf' }]))).toBe(
      '400 VALIDATION_FAILED too_many_files',
    )
    expect(await rows()).toBe(before)
  })

  it('issue 11 defect 1: a malformed Content-Type, a wrong boundary, garbage: typed errors, never HTML', async () => {
    expect(codeOf(await send([pdfPart], { contentType: 'multipart/form-data' }))).toBe(
      '400 VALIDATION_FAILED malformed',
    )
    expect(codeOf(await send([pdfPart], { contentType: 'application/json' }))).toBe(
      '400 VALIDATION_FAILED malformed',
    )
    expect(
      codeOf(await send([pdfPart], { contentType: 'multipart/form-data; boundary=nope' })),
    ).toBe('400 VALIDATION_FAILED incomplete')
    const garbage = randomBytes(4000)
    const answer = await rawHttp(
      server.url,
      httpPost(`${server.url}/uploads`, uploadHeaders('xyz'), garbage),
    )
    expect(codeOf(answer)).toMatch(/^400 VALIDATION_FAILED (incomplete|required)$/)
    const badHeader = Buffer.from(
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n' +
        `${'X'.repeat(20_000)}\r\n\r\n%PDF-1.4\r\n--b--\r\n`,
    )
    expect(
      codeOf(
        await rawHttp(server.url, httpPost(`${server.url}/uploads`, uploadHeaders('b'), badHeader)),
      ),
    ).toMatch(/^400 VALIDATION_FAILED (incomplete|malformed)$/)
    expect(await healthy()).toBe(200)
  })

  it('issue 11 defect 1: a body announced or sent over the limit answers 413 with the typed error', async () => {
    const announced = httpPost(
      `${server.url}/uploads`,
      uploadHeaders('b'),
      Buffer.from('--b\r\n'),
      200 * 1024 * 1024,
    )
    expect(codeOf(await rawHttp(server.url, announced))).toBe('413 VALIDATION_FAILED too_large')
    // Chunked, no length announced: refused once the bytes pass the limit.
    const { boundary, body } = multipartBody([
      { ...pdfPart, content: Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]) },
    ])
    const chunked = Buffer.concat([
      httpPost(
        `${server.url}/uploads`,
        { ...uploadHeaders(boundary), 'transfer-encoding': 'chunked' },
        Buffer.alloc(0),
        null,
      ),
      Buffer.from(`${body.length.toString(16)}\r\n`),
      body,
      Buffer.from('\r\n0\r\n\r\n'),
    ])
    expect(codeOf(await rawHttp(server.url, chunked))).toBe('413 VALIDATION_FAILED too_large')
    expect(await healthy()).toBe(200)
  })

  it('issue 11 defect 1: an API key, even with catalog:read only, never reaches uploads or documents (403)', async () => {
    const bearer = { authorization: `Bearer ${apiKey}` }
    const before = await rows()
    const res = await upload(pdf, 'a.pdf', { ...bearer, 'x-keplive-upload': '1' })
    expect(res.status).toBe(403)
    expect(
      ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0],
    ).toMatchObject({ extensions: { code: 'FORBIDDEN' } })
    expect(await rows()).toBe(before)
    const read = await fetch(`${server.url}/documents/${randomUUID()}`, { headers: bearer })
    expect(read.status).toBe(403)
    expect(read.headers.get('content-type')).toMatch(/^application\/json/)
  })

  it('an administrator cannot upload: only the citizen, checked before the body is read (403)', async () => {
    const res = await upload(pdf, 'a.pdf', { ...admin.headers, 'x-keplive-upload': '1' })
    expect(res.status).toBe(403)
  })
})

describe('uploads while the database is unavailable', () => {
  it('issue 11: an upload or a document read answers 503 SERVICE_UNAVAILABLE in JSON with Retry-After, and the server goes on', async () => {
    const own = await createTestDatabase()
    const ownServer = await startTestServer(own)
    try {
      const citizen = await loginAs(ownServer, 'citizen')
      await own.close()
      const form = new FormData()
      form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'id.pdf')
      const answers = [
        await fetch(`${ownServer.url}/uploads`, {
          method: 'POST',
          body: form,
          headers: { ...citizen.headers, 'x-keplive-upload': '1' },
        }),
        await fetch(`${ownServer.url}/documents/${randomUUID()}`, { headers: citizen.headers }),
      ]
      for (const res of answers) {
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toBeTruthy()
        const body = (await res.json()) as { errors: { extensions: { code: string } }[] }
        expect(body.errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE')
      }
      expect((await fetch(`${ownServer.url}/healthz`)).status).toBe(200)
    } finally {
      await ownServer.stop()
    }
  })
})
