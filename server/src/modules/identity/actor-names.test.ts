import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import { aCitizen, aKep, aMunicipality, anEmployee } from '../../test/factories.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer, type TestServer } from '../../test/server.js'
import { recordAudit } from '../audit/index.js'

// Issue 13, the admin app's audit trail line "changed by … on …": the trail names the
// administrator or the KEP employee who made a change, never a citizen, and only to the
// ministry's administrators.

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

type Trail = { auditLog: { entries: { actorKind: string; actorName: string | null }[] } }
const trailOf = `query ($filter: AuditLogFilter) {
  auditLog(filter: $filter, first: 10) { entries { actorKind actorName } } }`

describe('AuditEntry.actorName', () => {
  it('issue 13: names the administrator and the employee who made a change; a citizen, the system and an API client stay unnamed', async () => {
    const db = database.db
    const admin = await anAdministrator(db, { fullName: 'Ευτυχία Παπαγεωργίου' })
    const kep = await aKep(db, (await aMunicipality(db)).id)
    const employee = await anEmployee(db, kep.id)
    const citizen = await aCitizen(db, { firstName: 'Ιφιγένεια', lastName: 'Ραπτοπούλου' })
    const entityId = randomUUID()
    const actors = [
      { kind: 'system', job: 'reminders' },
      { kind: 'api_client', clientId: randomUUID(), scopes: [] },
      { kind: 'citizen', citizenId: citizen.id, sessionId: 's' },
      { kind: 'employee', employeeId: employee.id, kepId: kep.id, role: 'staff', sessionId: 's' },
      { kind: 'administrator', administratorId: admin.id, role: 'operator', sessionId: 's' },
      // an id that names nobody (e.g. a row from another database) is no name either
      { kind: 'administrator', administratorId: randomUUID(), role: 'operator', sessionId: 's' },
    ] as const
    for (const actor of actors) {
      await recordAudit(db, { actor, action: 'test.change', entity: 'kep', entityId })
    }

    const auditor = await anAdministrator(db, { role: 'auditor' })
    const login = await loginAs(server, { gsisUserId: auditor.gsisUserId, role: 'admin' })
    const res = await server.graphql<Trail>(trailOf, { filter: { entityId } }, login.headers)
    expect(res.errors).toBeUndefined()
    // newest first
    expect(res.data!.auditLog.entries).toEqual([
      { actorKind: 'administrator', actorName: null },
      { actorKind: 'administrator', actorName: 'Ευτυχία Παπαγεωργίου' },
      { actorKind: 'employee', actorName: employee.fullName },
      { actorKind: 'citizen', actorName: null },
      { actorKind: 'api_client', actorName: null },
      { actorKind: 'system', actorName: null },
    ])
    expect(JSON.stringify(res.data)).not.toContain('Ραπτοπούλου')
  })

  it('issue 13: only the ministry’s administrators read the names: a KEP employee and a citizen are refused', async () => {
    const db = database.db
    const admin = await anAdministrator(db, { fullName: 'Θεόδωρος Κυριακίδης' })
    const entityId = randomUUID()
    await recordAudit(db, {
      actor: {
        kind: 'administrator',
        administratorId: admin.id,
        role: 'administrator',
        sessionId: 's',
      },
      action: 'test.change',
      entity: 'kep',
      entityId,
    })
    const kep = await aKep(db, (await aMunicipality(db)).id)
    const manager = await anEmployee(db, kep.id, { role: 'manager' })
    const asManager = await loginAs(server, { gsisUserId: manager.gsisUserId, role: 'staff' })
    const asCitizen = await loginAs(server, 'citizen')
    for (const headers of [asManager.headers, asCitizen.headers]) {
      const refused = await server.graphql<Trail>(trailOf, { filter: { entityId } }, headers)
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      expect(JSON.stringify(refused)).not.toContain('Κυριακίδης')
    }
    const anonymous = await server.graphql<Trail>(trailOf, { filter: { entityId } })
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')

    const asAdmin = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
    const read = await server.graphql<Trail>(trailOf, { filter: { entityId } }, asAdmin.headers)
    expect(read.data!.auditLog.entries).toEqual([
      { actorKind: 'administrator', actorName: 'Θεόδωρος Κυριακίδης' },
    ])
  })
})
