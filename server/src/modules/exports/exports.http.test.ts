import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { auditLog, recordAudit } from '../audit/index.js'
import { runningExports } from './exports.table.js'
import { claimExportSlot, releaseExportSlot, staleExportMinutes } from './exports.service.js'

// Issue 17 item 3, on the first export (the audit trail): the file's form, the filters, who may,
// bad parameters, one export at a time per administrator, and the export itself audited.

let database: Database
let server: TestServer
let auditor: TestLogin
let auditorId: string
let administrator: TestLogin
const clock = fixedClock('2027-01-12T08:00:00Z')

const get = (path: string, login?: TestLogin, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { ...login?.headers, ...headers } })

/** The rows of a CSV with no quoted line ends (the audit trail's rows have none). */
const rowsOf = (text: string, separator = ',') =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(separator))

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock })
  const a = await anAdministrator(database.db, { role: 'auditor' })
  auditorId = a.id
  auditor = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
  const b = await anAdministrator(database.db, { role: 'administrator' })
  administrator = await loginAs(server, { gsisUserId: b.gsisUserId, role: 'admin' })
  for (let i = 0; i < 2_500; i++) {
    await recordAudit(database.db, {
      actor: { kind: 'system', job: 'test' },
      action: i % 2 === 0 ? 'test.even' : 'test.odd',
      entity: 'thing',
      entityId: String(i),
      at: new Date(Date.parse('2027-01-01T00:00:00Z') + i * 60_000),
    })
  }
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await database?.close()
})

describe('CSV exports (issue 17 item 3)', () => {
  it('R3.5 R7.2 streams the audit trail of a filter over pages, with a BOM, Greek headers, and audits the export', async () => {
    const res = await get(
      '/admin/exports/audit-log.csv?action=test.even&separator=semicolon',
      auditor,
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename\*=UTF-8''audit-log-/,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = rowsOf(new TextDecoder().decode(bytes), ';')
    expect(rows[0]![1]).toBe('Χρόνος')
    const body = rows.slice(1)
    // 1,250 rows: more than one page of the trail, newest first, the filter's only
    expect(body).toHaveLength(1_250)
    expect(body.every((r) => r[4] === 'test.even')).toBe(true)
    expect(body[0]![6]).toBe('2498')
    expect(body.at(-1)![6]).toBe('0')
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'export'))
    expect(entry).toMatchObject({ actorId: auditorId, entity: 'audit-log' })
    expect(entry!.details).toMatchObject({ filter: { action: 'test.even' }, separator: ';' })
    expect(await database.db.select().from(runningExports)).toEqual([])
  })

  it('writes English headers for lang=en, a comma by default', async () => {
    const res = await get('/admin/exports/audit-log.csv?entity=thing&entityId=7&lang=en', auditor)
    const rows = rowsOf(await res.text())
    expect(rows[0]![0]).toBe('Chain sequence')
    expect(rows.slice(1).map((r) => r[6])).toEqual(['7'])
  })

  it('R7.2 refuses the anonymous (401), citizens (403) and unknown exports (404), as typed JSON', async () => {
    const anonymous = await get('/admin/exports/audit-log.csv')
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    })
    const citizen = await loginAs(server, 'citizen')
    const refused = await get('/admin/exports/audit-log.csv', citizen)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] })
    const unknown = await get('/admin/exports/nothing.csv', administrator)
    expect(unknown.status).toBe(404)
  })

  it('refuses unknown filters, repeated and malformed parameters field by field, and audits nothing', async () => {
    const before = (await database.db.select().from(auditLog).where(eq(auditLog.action, 'export')))
      .length
    const res = await get(
      '/admin/exports/audit-log.csv?colour=red&action=a&action=b&separator=tab&from=yesterday',
      administrator,
    )
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { extensions: { code: string; fields: { field: string; reason: string }[] } }[]
    }
    expect(body.errors[0]!.extensions.code).toBe('VALIDATION_FAILED')
    expect(body.errors[0]!.extensions.fields.map((f) => f.field).sort()).toEqual([
      'action',
      'colour',
    ])
    const second = await get(
      '/admin/exports/audit-log.csv?separator=tab&from=yesterday',
      administrator,
    )
    const fields = ((await second.json()) as typeof body).errors[0]!.extensions.fields
    expect(fields.map((f) => f.field).sort()).toEqual(['from', 'separator'])
    const after = (await database.db.select().from(auditLog).where(eq(auditLog.action, 'export')))
      .length
    expect(after).toBe(before)
  })

  it('refuses a second export while one of the same administrator runs (CONFLICT), lets another administrator export', async () => {
    const token = await claimExportSlot(database.db, clock, auditorId, 'bookings')
    try {
      const res = await get('/admin/exports/audit-log.csv?entityId=1', auditor)
      expect(res.status).toBe(409)
      expect(await res.json()).toMatchObject({
        errors: [{ extensions: { code: 'CONFLICT', reason: 'export_running' } }],
      })
      expect((await get('/admin/exports/audit-log.csv?entityId=1', administrator)).status).toBe(200)
    } finally {
      await releaseExportSlot(database.db, auditorId, token)
    }
    expect((await get('/admin/exports/audit-log.csv?entityId=1', auditor)).status).toBe(200)
  })

  it('takes over the slot of an export that crashed long ago, and two claims at once give one winner', async () => {
    const old = fixedClock(new Date(clock.now().getTime() - (staleExportMinutes + 1) * 60_000))
    await claimExportSlot(database.db, old, auditorId, 'bookings') // never released
    const claims = await Promise.allSettled([
      claimExportSlot(database.db, clock, auditorId, 'audit-log'),
      claimExportSlot(database.db, clock, auditorId, 'audit-log'),
    ])
    expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1)
    const won = claims.find((c) => c.status === 'fulfilled') as PromiseFulfilledResult<string>
    await releaseExportSlot(database.db, auditorId, won.value)
  })

  it('a reader who goes away mid-export frees the slot', async () => {
    const controller = new AbortController()
    const res = await fetch(`${server.url}/admin/exports/audit-log.csv`, {
      headers: auditor.headers,
      signal: controller.signal,
    })
    expect(res.status).toBe(200)
    const reader = res.body!.getReader()
    await reader.read()
    controller.abort()
    await expect.poll(async () => database.db.select().from(runningExports)).toEqual([])
    expect((await get('/admin/exports/audit-log.csv?entityId=3', auditor)).status).toBe(200)
  })
})
