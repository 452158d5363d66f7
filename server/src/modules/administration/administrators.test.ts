import { eq, inArray, not } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs, randomAfm, type TestLogin } from '../../test/identity.js'
import { startTestServer, type GraphQLResponse, type TestServer } from '../../test/server.js'
import { administrators } from '../identity/index.js'
import { deactivateAdministrator, setAdministratorRole } from './administrators.service.js'

// Art. 3.5: the ministry's administrators and their roles — read by any of them, changed by an
// ADMINISTRATOR only, never one's own, and never leaving the service without an ADMINISTRATOR.

let database: Database
let server: TestServer
let admin: TestLogin
let adminId: string

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startTestServer(database)
  const a = await anAdministrator(database.db)
  adminId = a.id
  admin = await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' })
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

interface AdministratorData {
  id: string
  fullName: string
  email: string
  taxId: string | null
  role: string
  active: boolean
  awaitingFirstLogin: boolean
  you: boolean
}
const fields = 'id fullName email taxId role active awaitingFirstLogin you'

const add = (input: Record<string, unknown>, headers = admin.headers) =>
  server.graphql<{ addAdministrator: { administrator: AdministratorData } }>(
    `mutation ($input: AddAdministratorInput!) { addAdministrator(input: $input) { administrator { ${fields} } } }`,
    { input },
    headers,
  )
const setRole = (administratorId: string, role: string, headers = admin.headers) =>
  server.graphql<{ setAdministratorRole: { administrator: AdministratorData } }>(
    `mutation ($input: SetAdministratorRoleInput!) { setAdministratorRole(input: $input) { administrator { ${fields} } } }`,
    { input: { administratorId, role } },
    headers,
  )
const deactivate = (administratorId: string, headers = admin.headers) =>
  server.graphql<{ deactivateAdministrator: { administrator: AdministratorData } }>(
    `mutation ($input: DeactivateAdministratorInput!) { deactivateAdministrator(input: $input) { administrator { ${fields} } } }`,
    { input: { administratorId } },
    headers,
  )
const list = (headers = admin.headers) =>
  server.graphql<{ administrators: AdministratorData[] }>(
    `{ administrators { ${fields} } }`,
    {},
    headers,
  )
const lastAudit = async (entityId: string) => {
  const res = await server.graphql<{
    auditLog: { entries: { action: string; actorId: string; details: Record<string, unknown> }[] }
  }>(
    `query ($filter: AuditLogFilter!) { auditLog(filter: $filter, first: 5) { entries { action actorId details } } }`,
    { filter: { entity: 'administrator', entityId } },
    admin.headers,
  )
  return res.data!.auditLog.entries
}
const fieldsOf = (res: GraphQLResponse) =>
  (res.errors?.[0]?.extensions?.fields as { field: string; reason: string }[] | undefined) ?? []
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code

async function loginWithRole(role: 'administrator' | 'operator' | 'auditor') {
  const a = await anAdministrator(database.db, { role })
  return { row: a, login: await loginAs(server, { gsisUserId: a.gsisUserId, role: 'admin' }) }
}

describe('administrators (Art. 3.5)', () => {
  it('Art. 3.5 lists the administrators to an AUDITOR, active first, with their roles', async () => {
    const operator = await anAdministrator(database.db, { role: 'operator' })
    const gone = await anAdministrator(database.db, { role: 'auditor', active: false })
    const { row: auditor, login } = await loginWithRole('auditor')
    const res = await list(login.headers)
    expect(res.errors).toBeUndefined()
    const rows = res.data!.administrators
    expect(rows.filter((r) => r.you).map((r) => r.id)).toEqual([auditor.id])
    expect(rows.find((r) => r.id === operator.id)).toMatchObject({ role: 'OPERATOR', active: true })
    expect(rows.find((r) => r.id === gone.id)).toMatchObject({ role: 'AUDITOR', active: false })
    const firstInactive = rows.findIndex((r) => !r.active)
    expect(rows.slice(firstInactive).every((r) => !r.active)).toBe(true)
  })

  it('Art. 3.5 adds an OPERATOR by tax number, audited, who then logs in through GSIS with that role', async () => {
    const taxId = randomAfm()
    const res = await add({
      taxId: ` ${taxId} `,
      fullName: ' Ελένη Μαυρίδου ',
      email: 'e.mavridou@mindigital.example.gr',
      role: 'OPERATOR',
    })
    expect(res.errors).toBeUndefined()
    const added = res.data!.addAdministrator.administrator
    expect(added).toMatchObject({
      taxId,
      fullName: 'Ελένη Μαυρίδου',
      role: 'OPERATOR',
      active: true,
      awaitingFirstLogin: true,
    })
    const [entry] = await lastAudit(added.id)
    expect(entry).toMatchObject({ action: 'administrator.add', actorId: adminId })
    expect(JSON.stringify(entry!.details)).not.toContain(taxId)

    const login = await loginAs(server, { gsisUserId: `gsis-${taxId}`, taxId, role: 'admin' })
    const me = await server.graphql<{ me: { role: string } }>('{ me { role } }', {}, login.headers)
    expect(me.data!.me.role).toBe('OPERATOR')
  })

  it('Art. 3.5 refuses a bad tax number, an empty name and a bad email together, writing nothing', async () => {
    const before = (await database.db.select().from(administrators)).length
    const res = await add({
      taxId: '123456789',
      fullName: '  ',
      email: 'not-an-email',
      role: 'AUDITOR',
    })
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(fieldsOf(res).map((f) => `${f.field}:${f.reason}`)).toEqual([
      'input.taxId:invalid_format',
      'input.fullName:required',
      'input.email:invalid_format',
    ])
    expect((await database.db.select().from(administrators)).length).toBe(before)
  })

  it('Art. 3.5 refuses a tax number already registered, on the taxId field', async () => {
    const taxId = randomAfm()
    await anAdministrator(database.db, { taxId })
    const res = await add({
      taxId,
      fullName: 'Δεύτερη Φορά',
      email: 'deuteri@mindigital.example.gr',
      role: 'OPERATOR',
    })
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(fieldsOf(res)).toMatchObject([{ field: 'input.taxId', reason: 'duplicate' }])
  })

  it('Art. 3.5 changes a role, audited with before and after, and the next request has the new role', async () => {
    const { row, login } = await loginWithRole('administrator')
    const res = await setRole(row.id, 'AUDITOR')
    expect(res.errors).toBeUndefined()
    expect(res.data!.setAdministratorRole.administrator.role).toBe('AUDITOR')
    const [entry] = await lastAudit(row.id)
    expect(entry).toMatchObject({
      action: 'administrator.role.set',
      details: { before: { role: 'administrator' }, after: { role: 'auditor' } },
    })
    const refused = await add(
      { taxId: randomAfm(), fullName: 'Χ', email: 'x@mindigital.example.gr', role: 'AUDITOR' },
      login.headers,
    )
    expect(codeOf(refused)).toBe('FORBIDDEN')
  })

  it('Art. 3.5 never changes or deactivates oneself, and says why', async () => {
    const role = await setRole(adminId, 'OPERATOR')
    expect(codeOf(role)).toBe('VALIDATION_FAILED')
    expect(fieldsOf(role)).toMatchObject([{ field: 'input.administratorId', reason: 'self' }])
    const off = await deactivate(adminId)
    expect(fieldsOf(off)).toMatchObject([{ field: 'input.administratorId', reason: 'self' }])
    const [me] = await database.db
      .select()
      .from(administrators)
      .where(eq(administrators.id, adminId))
    expect(me).toMatchObject({ role: 'administrator', active: true })
  })

  it('Art. 3.5 deactivates an administrator: audited, and their open session ends at once', async () => {
    const { row, login } = await loginWithRole('operator')
    const before = await server.graphql<{ me: { role: string } | null }>(
      '{ me { role } }',
      {},
      login.headers,
    )
    expect(before.data!.me?.role).toBe('OPERATOR')
    const res = await deactivate(row.id)
    expect(res.errors).toBeUndefined()
    expect(res.data!.deactivateAdministrator.administrator.active).toBe(false)
    const [entry] = await lastAudit(row.id)
    expect(entry).toMatchObject({
      action: 'administrator.deactivate',
      details: { sessionsEnded: 1 },
    })
    const after = await server.graphql<{ administrators: unknown }>(
      '{ administrators { id } }',
      {},
      login.headers,
    )
    expect(codeOf(after)).toBe('UNAUTHENTICATED')
    // deactivating again changes nothing and records nothing
    await deactivate(row.id)
    expect(await lastAudit(row.id)).toHaveLength(1)
  })

  it('Art. 3.5 refuses a new role for a deactivated administrator, and too long a name', async () => {
    const gone = await anAdministrator(database.db, { role: 'operator', active: false })
    const res = await setRole(gone.id, 'ADMINISTRATOR')
    expect(codeOf(res)).toBe('VALIDATION_FAILED')
    expect(fieldsOf(res)).toMatchObject([{ field: 'input.administratorId', reason: 'inactive' }])
    const [row] = await database.db
      .select()
      .from(administrators)
      .where(eq(administrators.id, gone.id))
    expect(row).toMatchObject({ role: 'operator', active: false })

    const long = await add({
      taxId: randomAfm(),
      fullName: 'Α'.repeat(201),
      email: 'long@mindigital.example.gr',
      role: 'AUDITOR',
    })
    expect(fieldsOf(long)).toMatchObject([{ field: 'input.fullName', reason: 'too_long' }])
  })

  it('Art. 3.5 says NOT_FOUND for an unknown or malformed administrator id', async () => {
    expect(codeOf(await setRole('00000000-0000-4000-8000-000000000000', 'AUDITOR'))).toBe(
      'NOT_FOUND',
    )
    expect(codeOf(await deactivate('not-an-id'))).toBe('NOT_FOUND')
  })

  it('Art. 3.5 maps the database’s last-ADMINISTRATOR refusal of a demotion or deactivation to a field error, changing nothing', async () => {
    // An ADMINISTRATOR demoted a moment ago, still acting on the request they began before:
    // the only path to the last ADMINISTRATOR, since nobody may demote themselves.
    const stale = await anAdministrator(database.db)
    const other = await anAdministrator(database.db)
    await database.db
      .transaction(async (tx) => {
        await tx
          .update(administrators)
          .set({ role: 'operator' })
          .where(not(inArray(administrators.id, [stale.id, other.id])))
        await tx
          .update(administrators)
          .set({ role: 'operator' })
          .where(eq(administrators.id, stale.id))
        const error = await setAdministratorRole(
          tx,
          fixedClock('2027-01-12T08:00:00Z'),
          {
            kind: 'administrator',
            administratorId: stale.id,
            role: 'administrator',
            sessionId: 's',
          },
          { administratorId: other.id, role: 'operator' },
        ).catch((e: unknown) => e)
        expect(error).toBeInstanceOf(DomainError)
        expect((error as DomainError).code).toBe('VALIDATION_FAILED')
        expect((error as DomainError).details.fields).toMatchObject([
          { field: 'input.role', reason: 'last_administrator' },
        ])
        const off = await deactivateAdministrator(
          tx,
          fixedClock('2027-01-12T08:00:00Z'),
          {
            kind: 'administrator',
            administratorId: stale.id,
            role: 'administrator',
            sessionId: 's',
          },
          { administratorId: other.id },
        ).catch((e: unknown) => e)
        expect((off as DomainError).details.fields).toMatchObject([
          { field: 'input.administratorId', reason: 'last_administrator' },
        ])
        tx.rollback()
      })
      .catch((e: unknown) => {
        if (!String(e).includes('Rollback')) throw e
      })
    const [kept] = await database.db
      .select()
      .from(administrators)
      .where(eq(administrators.id, other.id))
    expect(kept!.role).toBe('administrator')
  })
})

describe('the last ADMINISTRATOR (Art. 3.5)', () => {
  it('Art. 3.5 lets exactly one of two concurrent demotions of the two last ADMINISTRATORs through: the database refuses the other', async () => {
    // Both actors are ADMINISTRATORs when their changes begin (no gate between them): only the
    // trigger's lock and check can tell them apart.
    const a = await anAdministrator(database.db)
    const b = await anAdministrator(database.db)
    await database.db
      .update(administrators)
      .set({ role: 'operator' })
      .where(not(inArray(administrators.id, [a.id, b.id])))
    const clock = fixedClock('2027-01-12T08:00:00Z')
    const as = (id: string) =>
      ({
        kind: 'administrator',
        administratorId: id,
        role: 'administrator',
        sessionId: 's',
      }) as const
    const results = await Promise.allSettled([
      setAdministratorRole(database.db, clock, as(a.id), {
        administratorId: b.id,
        role: 'operator',
      }),
      setAdministratorRole(database.db, clock, as(b.id), {
        administratorId: a.id,
        role: 'operator',
      }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected')!.reason as DomainError
    expect(refused.code).toBe('VALIDATION_FAILED')
    expect(refused.details.fields).toMatchObject([
      { field: 'input.role', reason: 'last_administrator' },
    ])
    const left = await database.db
      .select({ id: administrators.id })
      .from(administrators)
      .where(eq(administrators.role, 'administrator'))
    expect(left.map((r) => r.id)).toHaveLength(1)
    // make a and b's successor the next test's starting point: restore two ADMINISTRATORs
    await database.db
      .update(administrators)
      .set({ role: 'administrator' })
      .where(inArray(administrators.id, [a.id, b.id]))
  })

  it('Art. 3.5 lets exactly one of two parallel requests demote the two last ADMINISTRATORs', async () => {
    const a = await loginWithRole('administrator')
    const b = await loginWithRole('administrator')
    // everyone else stops being an active ADMINISTRATOR: a and b are the last two
    await database.db
      .update(administrators)
      .set({ role: 'operator' })
      .where(not(inArray(administrators.id, [a.row.id, b.row.id])))

    const results = await Promise.all([
      setRole(b.row.id, 'OPERATOR', a.login.headers),
      setRole(a.row.id, 'OPERATOR', b.login.headers),
    ])
    const succeeded = results.filter((r) => r.errors === undefined)
    expect(succeeded).toHaveLength(1)
    const refused = results.find((r) => r.errors !== undefined)!
    // refused by the database's check, or — had the winner committed before the loser's request
    // began — because the loser is no longer an ADMINISTRATOR
    expect(['VALIDATION_FAILED', 'FORBIDDEN']).toContain(codeOf(refused))
    if (codeOf(refused) === 'VALIDATION_FAILED') {
      expect(fieldsOf(refused)).toMatchObject([
        { field: 'input.role', reason: 'last_administrator' },
      ])
    }
    const left = await database.db
      .select({ id: administrators.id })
      .from(administrators)
      .where(eq(administrators.role, 'administrator'))
    expect(left).toHaveLength(1)
  })
})
