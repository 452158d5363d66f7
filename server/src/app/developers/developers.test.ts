import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import { serverRoot } from '../../platform/config.js'
import type { Database } from '../../platform/db/client.js'
import { escapeHtml } from '../../modules/identity/html.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { expectNoGraphQLErrors, startTestServer, type TestServer } from '../../test/server.js'
import {
  apiExamples,
  curlCommand,
  fetchSnippet,
  placeholders,
  type ExampleValues,
} from './developers.examples.js'

const run = promisify(execFile)

let database: Database
let server: TestServer
let key: string
let values: ExampleValues

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', { minNoticeMinutes: 0 })
  const municipality = await aMunicipality(db)
  const kep = await aKep(db, municipality.id)
  await openingHours(db, kep.id)
  await anEmployee(db, kep.id)
  const procedure = await aProcedure(db, info.id)
  server = await startTestServer(database, { clock: fixedClock('2027-01-12T06:00:00Z') })
  const a = await anAdministrator(db)
  const admin = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
  key = expectNoGraphQLErrors(
    await server.graphql<{ createApiClient: { key: string } }>(
      `mutation { createApiClient(input: { name: "developer page", scopes: [CATALOG_READ, AVAILABILITY_READ] }) { key } }`,
      {},
      admin.headers,
    ),
  ).createApiClient.key
  values = {
    municipalityId: municipality.id,
    procedureId: procedure.id,
    from: '2027-01-13',
    to: '2027-01-15',
  }
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

type Answer = {
  data?: Record<string, unknown[] | { days: { slots: unknown[] }[] }>
  errors?: unknown
}

/** The example's data is there and not empty: the fixtures have one of everything. */
function expectAnswered(example: (typeof apiExamples)[number], answer: Answer) {
  expect(answer.errors, example.id).toBeUndefined()
  const field = Object.values(answer.data ?? {})[0]
  if (example.id === 'availability') {
    const days = (field as { days: { slots: unknown[] }[] }).days
    expect(days.flatMap((d) => d.slots).length, example.id).toBeGreaterThan(0)
  } else {
    expect((field as unknown[]).length, example.id).toBeGreaterThan(0)
  }
}

describe('the developer page (issue 17 item 5)', () => {
  it.each(apiExamples.map((e) => [e.id, e] as const))(
    'R1.1 the %s example works as shown, with curl, against a real key',
    async (_id, example) => {
      const command = curlCommand(example, `${server.url}/graphql`, values)
      const { stdout } = await run('sh', ['-c', command], {
        env: { ...process.env, KEPLIVE_API_KEY: key },
      })
      expectAnswered(example, JSON.parse(stdout) as Answer)
    },
  )

  it.each(apiExamples.map((e) => [e.id, e] as const))(
    'R1.1 the %s example works as shown, with fetch',
    async (_id, example) => {
      const code = `${fetchSnippet(example, `${server.url}/graphql`, values)}
process.stdout.write(JSON.stringify({ data, errors }))`
      const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], {
        env: { ...process.env, KEPLIVE_API_KEY: key },
      })
      expectAnswered(example, JSON.parse(stdout) as Answer)
    },
  )

  it('shows every example, Greek first at /developers and English at /developers/en', async () => {
    for (const [pagePath, lang] of [
      ['/developers', 'el'],
      ['/developers/en', 'en'],
    ] as const) {
      const res = await fetch(`${server.url}${pagePath}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/html')
      const html = await res.text()
      expect(html).toContain(`<html lang="${lang}">`)
      for (const example of apiExamples) {
        expect(html).toContain(
          escapeHtml(curlCommand(example, `${server.url}/graphql`, placeholders)),
        )
        expect(html).toContain(escapeHtml(example.title[lang]))
      }
      for (const scope of ['catalog:read', 'availability:read']) expect(html).toContain(scope)
      for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'VALIDATION_FAILED']) {
        expect(html).toContain(code)
      }
      expect(html).not.toMatch(/<script/i)
    }
  })

  it('serves the schema the server runs, the same as the committed schema/schema.graphql', async () => {
    const res = await fetch(`${server.url}/developers/schema.graphql`)
    expect(res.status).toBe(200)
    const committed = await readFile(
      path.resolve(serverRoot, '..', 'schema', 'schema.graphql'),
      'utf8',
    )
    expect(committed.endsWith(await res.text())).toBe(true)
    expect(res.headers.get('content-disposition')).toContain('schema.graphql')
  })

  it('serves its stylesheets from the server itself', async () => {
    for (const css of ['/developers/assets/govgr.css', '/developers/assets/developers.css']) {
      const res = await fetch(`${server.url}${css}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/css')
    }
    const govgr = await (await fetch(`${server.url}/developers/assets/govgr.css`)).text()
    expect(govgr).toContain('.govgr-header')
  })
})
