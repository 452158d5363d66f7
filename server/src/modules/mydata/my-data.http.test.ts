import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { citizens } from '../identity/index.js'

// GET /my-data.json and /my-data.html over real HTTP, logged in through the stand-in.

let database: Database
let server: TestServer
let maria: TestLogin
let nikos: TestLogin

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock: fixedClock('2027-01-04T06:00:00Z') })
  maria = await loginAs(server, {
    gsisUserId: 'mydata-maria',
    firstName: 'Μαρία',
    lastName: 'Αλφα',
  })
  nikos = await loginAs(server, {
    gsisUserId: 'mydata-nikos',
    firstName: 'Νίκος',
    lastName: 'Βήτα',
  })
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

describe('my data downloads (issue 19 item 3)', () => {
  it('issue 19 item 3: the JSON is the caller’s own, an attachment never cached, and the download is audited', async () => {
    const res = await fetch(`${server.url}/my-data.json`, { headers: maria.headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="mykeplive-my-data-2027-01-04.json"',
    )
    const text = await res.text()
    const data = JSON.parse(text) as { citizen: { firstName: string }; sessions: unknown[] }
    expect(data.citizen.firstName).toBe('Μαρία')
    expect(data.sessions).toHaveLength(1)
    expect(text).not.toContain('Νίκος')
    const [person] = await database.db
      .select({ id: citizens.id })
      .from(citizens)
      .where(eq(citizens.gsisUserId, 'mydata-maria'))
    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'citizen.data_export'), eq(auditLog.actorId, person!.id)))
    expect(audited.map((a) => a.details)).toEqual([{ format: 'json' }])
  })

  it('issue 19 item 3: the readable copy is a standalone page in the citizen’s language', async () => {
    const res = await fetch(`${server.url}/my-data.html`, { headers: nikos.headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.html"$/)
    const html = await res.text()
    expect(html).toContain('<html lang="el">')
    expect(html).toContain('<title>Τα δεδομένα μου στο myKEPlive</title>')
    expect(html).toContain('Νίκος')
    expect(html).not.toContain('Μαρία')
    // it loads nothing: no script, no stylesheet link
    expect(html).not.toMatch(/<script|<link/)
  })

  it('issue 19 item 3: nobody logged in is told to log in', async () => {
    const res = await fetch(`${server.url}/my-data.json`)
    expect(res.status).toBe(401)
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED')
  })
})
