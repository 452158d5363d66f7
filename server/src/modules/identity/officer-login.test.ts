import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { aMunicipality } from '../../test/factories.js'
import { loginAs, loginFlow } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { municipalityOfficers } from './index.js'

// Issue 18 item 1: municipalities' officers log in through the public-administration login of
// the admin app; someone of the public administration with no role gets a session there too
// (they may apply to join), never in the staff app.

let database: Database
let server: TestServer
beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const me = (headers: Record<string, string>) =>
  server.graphql<{ me: { role: string; municipality: { id: string } | null } | null }>(
    '{ me { role municipality { id } } }',
    {},
    headers,
  )

describe('issue 18: the officers’ login', () => {
  it('in the admin app someone with no role is an OFFICIAL; the staff app refuses them', async () => {
    const official = await loginAs(server, {
      gsisUserId: 'official-no-role',
      taxId: '305070904',
      role: 'admin',
    })
    expect((await me(official.headers)).data?.me).toEqual({ role: 'OFFICIAL', municipality: null })
    const { response } = await loginFlow(server, {
      role: 'staff',
      user: { gsisUserId: 'official-no-role', taxId: '305070904' },
    })
    expect(response.status).toBe(403)
  })

  it('an officer granted by ΑΦΜ is found by it at their first login: their municipality’s OFFICER, their GSIS id kept', async () => {
    const municipality = await aMunicipality(database.db)
    await database.db.insert(municipalityOfficers).values({
      taxId: '204060805',
      fullName: 'Θεοδώρα Αλεξίου',
      municipalityId: municipality.id,
      grantedAt: new Date(),
    })
    const officer = await loginAs(server, {
      gsisUserId: 'officer-by-afm',
      taxId: '204060805',
      role: 'admin',
    })
    expect((await me(officer.headers)).data?.me).toEqual({
      role: 'OFFICER',
      municipality: { id: municipality.id },
    })
    const [row] = await database.db
      .select()
      .from(municipalityOfficers)
      .where(eq(municipalityOfficers.taxId, '204060805'))
    expect(row!.gsisUserId).toBe('officer-by-afm')
  })
})
