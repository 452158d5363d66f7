import { and, count, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withAfmCheckDigit } from '../../platform/afm.js'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import { aKep, aMunicipality, anEmployee } from '../../test/factories.js'
import { auditLog } from '../audit/index.js'
import { employees } from '../identity/index.js'
import { importEmployeesCsv, maxCsvRows } from './employees.csv.js'
import { addEmployee, adminEmployee, adminEmployees, setEmployeeRole } from './employees.service.js'

// Monday 4 January 2027, 08:00 in Athens.
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
const kep = {} as { id: string; code: string }
const otherKep = {} as { id: string; code: string }
const actor = (role: 'administrator' | 'operator' | 'auditor'): Actor => ({
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000001',
  role,
  sessionId: '00000000-0000-4000-8000-000000000002',
})
const operator = actor('operator')
const auditor = actor('auditor')

let serial = 10_000_000
/** A valid ΑΦΜ never used before in this file. */
const afm = () => withAfmCheckDigit(String(serial++))
/** The same first eight digits with a wrong check digit. */
const badAfm = () => {
  const good = afm()
  return `${good.slice(0, 8)}${(Number(good[8]) + 1) % 10}`
}

beforeAll(async () => {
  database = await createTestDatabase()
  const m = await aMunicipality(database.db)
  Object.assign(kep, await aKep(database.db, m.id))
  Object.assign(otherKep, await aKep(database.db, m.id))
})
afterAll(() => database?.close())

/** The DomainError a promise rejects with. */
async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(DomainError)
  return err as DomainError
}

const employeeCount = async () => (await database.db.select({ n: count() }).from(employees))[0]!.n

const newEmployee = (over: Partial<Parameters<typeof addEmployee>[3]> = {}) => ({
  kepId: kep.id,
  taxId: afm(),
  fullName: 'Ελένη Νικολάου',
  email: 'eleni@kep.example.gr',
  role: 'staff' as const,
  ...over,
})

describe('adding an employee by tax number (R3.5, issue 13 item 4)', () => {
  it('R3.5 adds an employee to a KEP by ΑΦΜ and name, audited without the ΑΦΜ', async () => {
    const input = newEmployee()
    const added = await addEmployee(database.db, clock, operator, input)
    expect(added).toMatchObject({
      fullName: 'Ελένη Νικολάου',
      taxId: input.taxId,
      role: 'staff',
      kep: { id: kep.id },
      active: true,
      hasLoggedIn: false,
      availability: [],
      absences: [],
    })
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee.add'), eq(auditLog.entityId, added.id)))
    expect(audit?.details).toMatchObject({ before: null, after: { kepId: kep.id, role: 'staff' } })
    expect(JSON.stringify(audit)).not.toContain(input.taxId)
    expect(JSON.stringify(audit)).not.toContain('Νικολάου')
  })

  it('Bad input: an ΑΦΜ with a wrong check digit is VALIDATION_FAILED on input.taxId, nothing written', async () => {
    const before = await employeeCount()
    const err = await refusal(
      addEmployee(database.db, clock, operator, newEmployee({ taxId: badAfm() })),
    )
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.details.fields).toEqual([
      expect.objectContaining({ field: 'input.taxId', reason: 'invalid_afm' }),
    ])
    expect(await employeeCount()).toBe(before)
  })

  it('Bad input: an ΑΦΜ already employed is VALIDATION_FAILED on input.taxId, nothing written', async () => {
    const input = newEmployee()
    await addEmployee(database.db, clock, operator, input)
    const before = await employeeCount()
    const err = await refusal(
      addEmployee(database.db, clock, operator, { ...input, kepId: otherKep.id }),
    )
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.details.fields).toEqual([
      expect.objectContaining({ field: 'input.taxId', reason: 'already_employed' }),
    ])
    expect(err.details.fields![0]!.message.en).toMatch(/already exists/)
    expect(await employeeCount()).toBe(before)
  })

  it('two administrators adding the same ΑΦΜ at once: one is added, the other told it is employed', async () => {
    const input = newEmployee()
    const results = await Promise.allSettled([
      addEmployee(database.db, clock, operator, input),
      addEmployee(database.db, clock, operator, { ...input, kepId: otherKep.id }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.find((r) => r.status === 'rejected')!
    expect((refused.reason as DomainError).details.fields).toEqual([
      expect.objectContaining({ field: 'input.taxId', reason: 'already_employed' }),
    ])
  })

  it('Bad input: every other field is named, in Greek and English, and nothing is written', async () => {
    const before = await employeeCount()
    const err = await refusal(
      addEmployee(database.db, clock, operator, {
        kepId: 'not-a-kep',
        taxId: '12345',
        fullName: '  ',
        email: 'not an email',
        role: 'staff',
      }),
    )
    expect(err.details.fields!.map((f) => [f.field, f.reason])).toEqual([
      ['input.taxId', 'invalid_afm'],
      ['input.fullName', 'required'],
      ['input.email', 'invalid_format'],
      ['input.kepId', 'not_found'],
    ])
    for (const f of err.details.fields!) {
      expect(f.message.el).toMatch(/[Α-Ωα-ω]/)
      expect(f.message.en).toMatch(/[A-Za-z]/)
    }
    expect(await employeeCount()).toBe(before)
  })

  it('Art. 3.5 an AUDITOR cannot add an employee: FORBIDDEN', async () => {
    const err = await refusal(addEmployee(database.db, clock, auditor, newEmployee()))
    expect(err.code).toBe('FORBIDDEN')
  })
})

describe('roles and reading (R3.5)', () => {
  it('R3.5 makes an employee manager and staff again, each change audited with before and after', async () => {
    const e = await anEmployee(database.db, kep.id)
    const made = await setEmployeeRole(database.db, clock, operator, {
      employeeId: e.id,
      role: 'manager',
    })
    expect(made.role).toBe('manager')
    const back = await setEmployeeRole(database.db, clock, operator, {
      employeeId: e.id,
      role: 'staff',
    })
    expect(back.role).toBe('staff')
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'employee.role.set'), eq(auditLog.entityId, e.id)))
    expect(audits.map((a) => a.details)).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ role: 'staff' }),
        after: expect.objectContaining({ role: 'manager' }),
      }),
      expect.objectContaining({
        before: expect.objectContaining({ role: 'manager' }),
        after: expect.objectContaining({ role: 'staff' }),
      }),
    ])
  })

  it('NOT_FOUND for an employee that does not exist or an id that is not one', async () => {
    for (const id of ['00000000-0000-4000-8000-00000000dead', 'nope']) {
      expect((await refusal(adminEmployee(database.db, clock, auditor, id))).code).toBe('NOT_FOUND')
      expect(
        (
          await refusal(
            setEmployeeRole(database.db, clock, operator, { employeeId: id, role: 'manager' }),
          )
        ).code,
      ).toBe('NOT_FOUND')
    }
  })

  it('R3.5 an AUDITOR reads an employee with their availability and KEP', async () => {
    const e = await anEmployee(database.db, kep.id)
    const detail = await adminEmployee(database.db, clock, auditor, e.id)
    expect(detail.kep.id).toBe(kep.id)
    expect(detail.availability).toHaveLength(5)
    expect(detail.availability[0]).toMatchObject({ weekday: 1, startsAt: '08:00', endsAt: '15:00' })
    expect(detail.workstations.map((w) => w.id)).toContain(e.workstationId)
  })

  it('pages through a KEP’s employees by name with a cursor, filters by name and by working today', async () => {
    const m = await aMunicipality(database.db)
    const small = await aKep(database.db, m.id)
    const names = ['Άλφα', 'Βήτα', 'Γάμμα', 'Δέλτα', 'Έψιλον']
    for (const fullName of names) {
      await addEmployee(database.db, clock, operator, newEmployee({ kepId: small.id, fullName }))
    }
    const seen: string[] = []
    let after: string | null = null
    for (let pages = 0; pages < 5; pages++) {
      const page: Awaited<ReturnType<typeof adminEmployees>> = await adminEmployees(
        database.db,
        clock,
        auditor,
        { first: 2, after, filter: { kepId: small.id } },
      )
      seen.push(...page.employees.map((e) => e.fullName))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
    expect(seen).toHaveLength(5)
    expect(new Set(seen).size).toBe(5)
    const found = await adminEmployees(database.db, clock, auditor, {
      first: 10,
      filter: { kepId: small.id, search: 'γάμ' },
    })
    expect(found.employees.map((e) => e.fullName)).toEqual(['Γάμμα'])
    const gone = await adminEmployees(database.db, clock, auditor, {
      first: 10,
      filter: { kepId: small.id, active: false },
    })
    expect(gone.employees).toEqual([])
  })

  it('Bad input: a page size out of range or a forged cursor is VALIDATION_FAILED naming it', async () => {
    const err = await refusal(
      adminEmployees(database.db, clock, auditor, { first: 1000, after: 'forged' }),
    )
    expect(err.details.fields!.map((f) => f.field)).toEqual(['first', 'after'])
  })
})

const header = 'afm,full_name,email,kep_code,role'
const csvRow = (taxId: string, code = kep.code, role = 'STAFF') =>
  `${taxId},Υπάλληλος ${taxId},u${taxId}@kep.example.gr,${code},${role}`

describe('importing employees from CSV (issue 13 item 4)', () => {
  it('previews every row, writes nothing, then applies all of them', async () => {
    const taxIds = [afm(), afm(), afm()]
    const csv = `\uFEFF${header}\r\n${taxIds.map((t) => csvRow(t)).join('\r\n')}\r\n`
    const before = await employeeCount()
    const preview = await importEmployeesCsv(database.db, clock, operator, { csv, apply: false })
    expect(preview).toMatchObject({ applied: false, valid: 3, invalid: 0 })
    expect(preview.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'would_add'],
      [3, 'would_add'],
      [4, 'would_add'],
    ])
    expect(await employeeCount()).toBe(before)
    const applied = await importEmployeesCsv(database.db, clock, operator, { csv, apply: true })
    expect(applied).toMatchObject({ applied: true, valid: 3 })
    expect(applied.rows.every((r) => r.outcome === 'added' && r.employeeId)).toBe(true)
    expect(await employeeCount()).toBe(before + 3)
  })

  it('reads semicolons, quotes and columns in any order', async () => {
    const t = afm()
    const csv = `role;kep_code;email;full_name;afm\nmanager;${kep.code};"q@kep.example.gr";"Παπάς; ""Γιώργος""";${t}\n`
    const preview = await importEmployeesCsv(database.db, clock, operator, { csv, apply: false })
    expect(preview.rows).toEqual([
      expect.objectContaining({
        afm: t,
        fullName: 'Παπάς; "Γιώργος"',
        role: 'MANAGER',
        outcome: 'would_add',
      }),
    ])
  })

  it('Bad input: per-row errors name the line and column — wrong check digit, duplicate in the file, already employed, unknown KEP, bad role — and apply writes nothing', async () => {
    const employed = afm()
    await addEmployee(database.db, clock, operator, newEmployee({ taxId: employed }))
    const twice = afm()
    const csv = [
      header,
      csvRow(afm()),
      csvRow(badAfm()),
      csvRow(twice),
      csvRow(twice),
      csvRow(employed),
      csvRow(afm(), 'NO-SUCH-KEP'),
      csvRow(afm(), kep.code, 'BOSS'),
    ].join('\n')
    const preview = await importEmployeesCsv(database.db, clock, operator, { csv, apply: false })
    expect(preview).toMatchObject({ valid: 2, invalid: 5 })
    expect(
      preview.rows.map((r) => [r.line, r.outcome, r.errors.map((e) => `${e.column}:${e.reason}`)]),
    ).toEqual([
      [2, 'would_add', []],
      [3, 'error', ['afm:invalid_afm']],
      [4, 'would_add', []],
      [5, 'error', ['afm:duplicate_in_file']],
      [6, 'error', ['afm:already_employed']],
      [7, 'error', ['kep_code:not_found']],
      [8, 'error', ['role:invalid_role']],
    ])
    const before = await employeeCount()
    const err = await refusal(
      importEmployeesCsv(database.db, clock, operator, { csv, apply: true }),
    )
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.details.fields!.map((f) => f.field)).toEqual([
      'input.csv[3].afm',
      'input.csv[5].afm',
      'input.csv[6].afm',
      'input.csv[7].kep_code',
      'input.csv[8].role',
    ])
    expect(err.details.fields![0]!.message.en).toMatch(/^Line 3: /)
    expect(await employeeCount()).toBe(before)
  })

  it('Bad input: wrong or missing columns are VALIDATION_FAILED naming the column', async () => {
    const err = await refusal(
      importEmployeesCsv(database.db, clock, operator, {
        csv: `afm,name,email,kep_code\n${csvRow(afm())}\n`,
        apply: false,
      }),
    )
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.details.fields!.map((f) => [f.field, f.reason])).toEqual([
      ['input.csv', 'unknown_column'],
      ['input.csv', 'missing_column'],
      ['input.csv', 'missing_column'],
    ])
    expect(err.details.fields![0]!.message.en).toContain('"name"')
    expect(err.details.fields![1]!.message.en).toContain('"full_name"')
    expect(err.details.fields![2]!.message.en).toContain('"role"')
  })

  it(`Bad input: a CSV of 10,000 rows is refused whole before parsing (at most ${maxCsvRows})`, async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => csvRow(`1${String(i).padStart(8, '0')}`))
    const before = await employeeCount()
    const err = await refusal(
      importEmployeesCsv(database.db, clock, operator, {
        csv: `${header}\n${rows.join('\n')}\n`,
        apply: true,
      }),
    )
    expect(err.code).toBe('VALIDATION_FAILED')
    expect(err.details.fields).toEqual([
      expect.objectContaining({ field: 'input.csv', reason: 'too_many_rows' }),
    ])
    expect(await employeeCount()).toBe(before)
  })

  it('Bad input: a file over 1 MB is refused before parsing', async () => {
    const err = await refusal(
      importEmployeesCsv(database.db, clock, operator, {
        csv: `${header}\n${'x'.repeat(1024 * 1024)}`,
        apply: false,
      }),
    )
    expect(err.details.fields).toEqual([
      expect.objectContaining({ field: 'input.csv', reason: 'too_large' }),
    ])
  })

  it('issue 13: accepts a 1,000-row file: preview and apply, every row added with its own audit entry', async () => {
    const m = await aMunicipality(database.db)
    const big = await aKep(database.db, m.id)
    const rows = Array.from({ length: 1000 }, () => csvRow(afm(), big.code))
    const csv = `${header}\n${rows.join('\n')}\n`
    const started = performance.now()
    const preview = await importEmployeesCsv(database.db, clock, operator, { csv, apply: false })
    const previewed = performance.now()
    const applied = await importEmployeesCsv(database.db, clock, operator, { csv, apply: true })
    const done = performance.now()
    // eslint-disable-next-line no-console -- the import's time, for the CI log
    console.info(
      `1,000-row CSV: preview ${Math.round(previewed - started)} ms, apply ${Math.round(done - previewed)} ms`,
    )
    expect(preview).toMatchObject({ valid: 1000, invalid: 0 })
    expect(applied).toMatchObject({ applied: true, valid: 1000 })
    const [added] = await database.db
      .select({ n: count() })
      .from(employees)
      .where(eq(employees.kepId, big.id))
    expect(added?.n).toBe(1000)
    const audited = await database.db
      .select({ entityId: auditLog.entityId, details: auditLog.details })
      .from(auditLog)
      .innerJoin(employees, sql`${employees.id}::text = ${auditLog.entityId}`)
      .where(and(eq(auditLog.action, 'employee.add'), eq(employees.kepId, big.id)))
    expect(audited).toHaveLength(1000)
    expect(new Set(audited.map((a) => a.entityId))).toEqual(
      new Set(applied.rows.map((r) => r.employeeId)),
    )
    expect(audited[0]!.details).toMatchObject({
      source: 'csv',
      before: null,
      after: { kepId: big.id, role: 'staff', active: true },
    })
  }, 120_000)

  it('Art. 3.5 an AUDITOR cannot import: FORBIDDEN', async () => {
    const err = await refusal(
      importEmployeesCsv(database.db, clock, auditor, { csv: `${header}\n`, apply: false }),
    )
    expect(err.code).toBe('FORBIDDEN')
  })
})
