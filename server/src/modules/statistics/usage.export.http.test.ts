import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aBooking,
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
} from '../../test/factories.js'
import { anAdministrator, loginAs, type TestLogin } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'

// Issue 17 item 3 (the statistics' part): a statistics table as CSV over HTTP equals what the
// statistics say, in the reader's language; bad tables, ranges and ids are refused field by
// field before the first byte; the export is audited with its filter.

let database: Database
let server: TestServer
let auditor: TestLogin
let kepId = ''
const clock = fixedClock('2027-01-20T08:00:00Z')

const get = (path: string, login?: TestLogin) =>
  fetch(`${server.url}${path}`, { headers: { ...login?.headers } })
const rowsOf = (text: string, separator = ',') =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(separator))

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database, { clock })
  const db = database.db
  const m = await aMunicipality(db)
  const kep = await aKep(db, m.id)
  kepId = kep.id
  const category = await aCategory(db, 'information')
  const procedure = await aProcedure(db, category.id)
  const employee = await anEmployee(db, kep.id)
  // Mon 11 Jan 09:00 and 10:00 Athens, Tue 12 Jan 09:00 (cancelled)
  for (const [startsAt, status] of [
    ['2027-01-11T07:00:00Z', 'completed'],
    ['2027-01-11T08:00:00Z', 'no_show'],
    ['2027-01-12T07:00:00Z', 'cancelled'],
  ] as const) {
    await aBooking(db, {
      citizenId: (await aCitizen(db)).id,
      categoryId: category.id,
      procedureId: procedure.id,
      kepId: kep.id,
      employee,
      startsAt: new Date(startsAt),
      createdAt: new Date('2027-01-05T08:00:00Z'),
      status,
    })
  }
  const a = await anAdministrator(db, { role: 'auditor' })
  auditor = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
}, 120_000)
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

describe('statistics as CSV (issue 17 item 3)', () => {
  it('R3.5 R7.2: the days table of a scope and range, Greek headers, semicolons; audited with its filter', async () => {
    const res = await get(
      `/admin/exports/statistics.csv?table=days&from=2027-01-10&to=2027-01-12&kepId=${kepId}&separator=semicolon&lang=el`,
      auditor,
    )
    expect(res.status).toBe(200)
    const rows = rowsOf(await res.text(), ';')
    expect(rows).toEqual([
      [
        'Ημερομηνία',
        'Δημιουργήθηκαν',
        'Ραντεβού',
        'Ακυρώθηκαν',
        'Ολοκληρώθηκαν',
        'Δεν προσήλθαν',
        'Πραγματοποιούνται',
      ],
      ['2027-01-10', '0', '0', '0', '0', '0', '0'],
      ['2027-01-11', '0', '2', '0', '1', '1', '2'],
      ['2027-01-12', '0', '1', '1', '0', '0', '0'],
    ])
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'export'))
    expect(entry).toMatchObject({ entity: 'statistics' })
    expect(entry!.details).toMatchObject({ filter: { table: 'days', kepId } })
  })

  it('R3.5: the heat map and the summary, in English', async () => {
    const heat = rowsOf(
      await (
        await get(
          '/admin/exports/statistics.csv?table=heat-map&from=2027-01-10&to=2027-01-12&lang=en',
          auditor,
        )
      ).text(),
    )
    expect(heat).toEqual([
      ['Weekday (1 Monday)', 'Hour', 'Appointments'],
      ['1', '9', '1'],
      ['1', '10', '1'],
    ])
    const summary = rowsOf(
      await (
        await get(
          '/admin/exports/statistics.csv?table=summary&from=2027-01-10&to=2027-01-12&lang=en',
          auditor,
        )
      ).text(),
    )
    expect(summary[0]).toEqual(['Figure', 'Value'])
    expect(summary).toContainEqual(['Appointments', '3'])
    expect(summary).toContainEqual(['No-show rate', '0.5'])
  })

  it('R3.5: a missing table, a range over two years, an unknown KEP are refused field by field', async () => {
    const res = await get(
      `/admin/exports/statistics.csv?table=everything&from=2025-01-01&to=2027-12-31&kepId=00000000-0000-4000-8000-000000000000`,
      auditor,
    )
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { extensions: { code: string; fields: { field: string; reason: string }[] } }[]
    }
    expect(body.errors[0]!.extensions.code).toBe('VALIDATION_FAILED')
    expect(body.errors[0]!.extensions.fields.map((f) => [f.field, f.reason])).toEqual([
      ['table', 'invalid_value'],
      ['to', 'range_too_long'],
    ])
    const unknown = await get(
      `/admin/exports/statistics.csv?table=days&from=2027-01-01&to=2027-01-31&kepId=00000000-0000-4000-8000-000000000000`,
      auditor,
    )
    expect(
      ((await unknown.json()) as typeof body).errors[0]!.extensions.fields.map((f) => f.field),
    ).toEqual(['kepId'])
    expect(
      (await get('/admin/exports/statistics.csv?table=days&from=2027-01-01&to=2027-01-31')).status,
    ).toBe(401)
  })
})
