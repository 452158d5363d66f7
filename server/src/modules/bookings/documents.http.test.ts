import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'

// POST /uploads and GET /documents/:id over real HTTP, logged in through the stand-in (R2.2 e).

let database: Database
let server: TestServer
let owner: TestLogin
let stranger: TestLogin

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock: fixedClock('2027-01-04T06:00:00Z') })
  owner = await loginAs(server, 'citizen')
  stranger = await loginAs(server, 'citizen')
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
