import { and, asc, eq, gt, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import { isValidAfm } from '../../platform/afm.js'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { pgErrorOf, type Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { keps } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import {
  addDays,
  employeeAbsences,
  employeeAvailability,
  localDateOf,
  workstations,
} from '../scheduling/index.js'

// The administration of KEP employees (issue 13 item 4; R3.3, R3.5, Art. 3.5): the ministry's
// ADMINISTRATORs and OPERATORs add them by tax number, make them managers, move and deactivate
// them, and set their availability and absences; AUDITORs read. Changes that can leave future
// bookings without an employee go through the impact engine (employee-impact.service.ts).

export type EmployeeRole = 'staff' | 'manager'

export interface EmployeeKepView {
  id: string
  code: string
  nameEl: string
  nameEn: string
}

export interface AdminEmployeeView {
  id: string
  fullName: string
  email: string
  taxId: string | null
  role: EmployeeRole
  kep: EmployeeKepView
  active: boolean
  leavesOn: string | null
  /** A move to another KEP from a later date, not yet made (issue 13 item 4). */
  pendingMove: { kep: EmployeeKepView; from: string } | null
  hasLoggedIn: boolean
  createdAt: Date
}

export interface AdminEmployeeDetailView extends AdminEmployeeView {
  availability: {
    id: string
    workstationId: string
    workstationLabel: string
    weekday: number
    startsAt: string
    endsAt: string
    validFrom: string
    validTo: string | null
  }[]
  absences: { id: string; startsAt: Date; endsAt: Date; reason: string }[]
  /** Their KEP's, then (a move pending) the new KEP's, where rows from the move's date go. */
  workstations: { id: string; kepId: string; label: string; active: boolean }[]
}

export const maxPageSize = 100
export const maxNameLength = 200
const maxEmailLength = 254

export const employeeNotFound = () => notFound({ el: 'Ο υπάλληλος', en: 'The employee' })
export const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })

export function isValidEmail(value: string): boolean {
  return (
    value.length <= maxEmailLength && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/.test(value)
  )
}

/** @throws DomainError FORBIDDEN unless the actor is an ADMINISTRATOR or OPERATOR. */
export function assertOperator(actor: Actor): void {
  if (!isAdministrator(actor, 'operator')) throw forbidden()
}

/** @throws DomainError FORBIDDEN unless the actor is one of the ministry's administrators. */
export function assertReader(actor: Actor): void {
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
}

/** A KEP's manager (issue 14 item 6): their own KEP's staff, availability and absences. */
export const isKepManager = (
  actor: Actor,
): actor is Extract<Actor, { kind: 'employee' }> & { role: 'manager' } =>
  actor.kind === 'employee' && actor.role === 'manager'

/**
 * The employee for whoever may read (`read`: any of the ministry's administrators) or change
 * (`change`: ADMINISTRATORs and OPERATORs) their availability and absences — or a KEP's manager,
 * for their own KEP's employees (issue 14 item 6). Another KEP's employee is NOT_FOUND to a
 * manager, as one that does not exist; anyone else is FORBIDDEN first.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
export async function employeeFor(
  db: Db,
  actor: Actor,
  employeeId: string,
  access: 'read' | 'change',
): Promise<EmployeeRow> {
  const manager = isKepManager(actor)
  if (!manager && !isAdministrator(actor, access === 'read' ? 'auditor' : 'operator')) {
    throw forbidden()
  }
  const row = await employeeRow(db, employeeId)
  if (!row || (manager && row.kepId !== actor.kepId)) throw employeeNotFound()
  return row
}

/** Today's date in Athens. */
export const todayOf = (clock: Clock) => localDateOf(clock.now().getTime())

const hhmm = (t: string) => t.slice(0, 5)

/** The KEP of an employee's pending move. */
const destination = alias(keps, 'destination')

const employeeColumns = {
  id: employees.id,
  fullName: employees.fullName,
  email: employees.email,
  taxId: employees.taxId,
  role: employees.role,
  active: employees.active,
  leavesOn: employees.leavesOn,
  gsisUserId: employees.gsisUserId,
  createdAt: employees.createdAt,
  kepId: keps.id,
  kepCode: keps.code,
  kepNameEl: keps.nameEl,
  kepNameEn: keps.nameEn,
  movesOn: employees.movesOn,
  movesToKepId: destination.id,
  movesToKepCode: destination.code,
  movesToKepNameEl: destination.nameEl,
  movesToKepNameEn: destination.nameEn,
}

export type EmployeeRow = {
  [K in keyof typeof employeeColumns]: (typeof employeeColumns)[K]['_']['data'] | null
} & { id: string; fullName: string; email: string; role: EmployeeRole; active: boolean }

function toAdminEmployee(r: EmployeeRow, today: string): AdminEmployeeView {
  return {
    id: r.id,
    fullName: r.fullName,
    email: r.email,
    taxId: r.taxId,
    role: r.role,
    kep: { id: r.kepId!, code: r.kepCode!, nameEl: r.kepNameEl!, nameEn: r.kepNameEn! },
    active: r.active && (r.leavesOn === null || r.leavesOn > today),
    leavesOn: r.leavesOn,
    pendingMove:
      r.movesOn === null
        ? null
        : {
            kep: {
              id: r.movesToKepId!,
              code: r.movesToKepCode!,
              nameEl: r.movesToKepNameEl!,
              nameEn: r.movesToKepNameEn!,
            },
            from: r.movesOn,
          },
    hasLoggedIn: r.gsisUserId !== null,
    createdAt: r.createdAt!,
  }
}

/** Whether an employee works on `today`: the SQL of AdminEmployee.active. */
const workingOn = (today: string) =>
  and(eq(employees.active, true), or(isNull(employees.leavesOn), gt(employees.leavesOn, today)))

/** The employee's row with their KEP, or undefined (an id that is not a UUID included). */
export async function employeeRow(db: Db, id: string): Promise<EmployeeRow | undefined> {
  if (!isUuid(id)) return undefined
  const [row] = await db
    .select(employeeColumns)
    .from(employees)
    .innerJoin(keps, eq(keps.id, employees.kepId))
    .leftJoin(destination, eq(destination.id, employees.movesToKepId))
    .where(eq(employees.id, id))
  return row as EmployeeRow | undefined
}

/** The employee's KEP and, a move pending, the KEP they move to. */
export const kepsOf = (row: Pick<EmployeeRow, 'kepId' | 'movesToKepId'>): string[] =>
  row.movesToKepId === null ? [row.kepId!] : [row.kepId!, row.movesToKepId]

/**
 * The employee with their availability in force or to come, absences not yet over and their
 * KEP's workstations, as of the clock.
 */
export async function employeeDetail(
  db: Db,
  clock: Clock,
  id: string,
): Promise<AdminEmployeeDetailView | undefined> {
  const row = await employeeRow(db, id)
  if (!row) return undefined
  const today = todayOf(clock)
  const [availability, absences, stations] = await Promise.all([
    db
      .select({
        id: employeeAvailability.id,
        workstationId: employeeAvailability.workstationId,
        workstationLabel: workstations.label,
        weekday: employeeAvailability.weekday,
        startsAt: employeeAvailability.startsAt,
        endsAt: employeeAvailability.endsAt,
        validFrom: employeeAvailability.validFrom,
        validTo: employeeAvailability.validTo,
      })
      .from(employeeAvailability)
      .innerJoin(workstations, eq(workstations.id, employeeAvailability.workstationId))
      .where(
        and(
          eq(employeeAvailability.employeeId, id),
          or(isNull(employeeAvailability.validTo), gte(employeeAvailability.validTo, today)),
        ),
      )
      .orderBy(
        asc(employeeAvailability.weekday),
        asc(employeeAvailability.startsAt),
        asc(employeeAvailability.validFrom),
      ),
    db
      .select({
        id: employeeAbsences.id,
        startsAt: employeeAbsences.startsAt,
        endsAt: employeeAbsences.endsAt,
        reason: employeeAbsences.reason,
      })
      .from(employeeAbsences)
      .where(and(eq(employeeAbsences.employeeId, id), gt(employeeAbsences.endsAt, clock.now())))
      .orderBy(asc(employeeAbsences.startsAt)),
    db
      .select({
        id: workstations.id,
        kepId: workstations.kepId,
        label: workstations.label,
        active: workstations.active,
      })
      .from(workstations)
      .where(inArray(workstations.kepId, kepsOf(row)))
      .orderBy(sql`${workstations.kepId} = ${row.kepId} desc`, asc(workstations.label)),
  ])
  return {
    ...toAdminEmployee(row, today),
    availability: availability.map((a) => ({
      ...a,
      startsAt: hhmm(a.startsAt),
      endsAt: hhmm(a.endsAt),
    })),
    absences,
    workstations: stations,
  }
}

/**
 * One employee for the administration (any administrator reads, R3.5), or for their KEP's
 * manager (issue 14 item 6), who is not shown their tax number (ΑΦΜ): they have no use for it.
 * @throws DomainError FORBIDDEN, NOT_FOUND (another KEP's employee, to a manager).
 */
export async function adminEmployee(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
): Promise<AdminEmployeeDetailView> {
  await employeeFor(db, actor, id, 'read')
  const detail = await employeeDetail(db, clock, id)
  if (!detail) throw employeeNotFound()
  return isKepManager(actor) ? { ...detail, taxId: null } : detail
}

const cursorPrefix = 'employee:'

function encodeCursor(r: { fullName: string; id: string }): string {
  return Buffer.from(`${cursorPrefix}${JSON.stringify([r.fullName, r.id])}`).toString('base64url')
}

function decodeCursor(cursor: string): [string, string] | undefined {
  const text = Buffer.from(cursor, 'base64url').toString()
  if (!text.startsWith(cursorPrefix)) return undefined
  try {
    const value: unknown = JSON.parse(text.slice(cursorPrefix.length))
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      isUuid(value[1])
    ) {
      return [value[0], value[1]]
    }
  } catch {
    // not ours: refused below
  }
  return undefined
}

export interface EmployeesFilter {
  kepId?: string | null
  search?: string | null
  active?: boolean | null
}

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

/**
 * A page of employees by name (then id), `after` the cursor of the last one seen.
 * @throws DomainError FORBIDDEN; VALIDATION_FAILED for a bad `first` or cursor.
 */
export async function adminEmployees(
  db: Db,
  clock: Clock,
  actor: Actor,
  args: { first: number; after?: string | null; filter?: EmployeesFilter | null },
): Promise<{
  employees: AdminEmployeeView[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}> {
  assertReader(actor)
  const errors: FieldError[] = []
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > maxPageSize) {
    errors.push(
      fieldError(
        'first',
        'out_of_range',
        `Από 1 έως ${maxPageSize} ανά σελίδα.`,
        `From 1 to ${maxPageSize} a page.`,
      ),
    )
  }
  const after = args.after ? decodeCursor(args.after) : undefined
  if (args.after && !after) {
    errors.push(
      fieldError(
        'after',
        'invalid_cursor',
        'Μη έγκυρη σελίδα· ξεκινήστε από την πρώτη.',
        'The page cursor is not valid; start again from the first page.',
      ),
    )
  }
  const search = args.filter?.search?.trim() ?? ''
  if (search.length > maxNameLength) {
    errors.push(
      fieldError(
        'filter.search',
        'too_long',
        `Έως ${maxNameLength} χαρακτήρες.`,
        `At most ${maxNameLength} characters.`,
      ),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)
  const kepId = args.filter?.kepId
  if (kepId && !isUuid(kepId)) {
    return { employees: [], pageInfo: { hasNextPage: false, endCursor: null } }
  }
  const today = todayOf(clock)
  const conditions: (SQL | undefined)[] = []
  if (kepId) conditions.push(eq(employees.kepId, kepId))
  if (search !== '') {
    const pattern = `%${likeEscaped(search)}%`
    conditions.push(
      or(
        ilike(employees.fullName, pattern),
        ilike(employees.email, pattern),
        eq(employees.taxId, search),
      ),
    )
  }
  if (args.filter?.active === true) conditions.push(workingOn(today))
  if (args.filter?.active === false) conditions.push(sql`not (${workingOn(today)})`)
  if (after) {
    conditions.push(sql`(${employees.fullName}, ${employees.id}) > (${after[0]}, ${after[1]})`)
  }
  const rows = (await db
    .select(employeeColumns)
    .from(employees)
    .innerJoin(keps, eq(keps.id, employees.kepId))
    .leftJoin(destination, eq(destination.id, employees.movesToKepId))
    .where(and(...conditions))
    .orderBy(asc(employees.fullName), asc(employees.id))
    .limit(args.first + 1)) as EmployeeRow[]
  const page = rows.slice(0, args.first)
  const last = page.at(-1)
  return {
    employees: page.map((r) => toAdminEmployee(r, today)),
    pageInfo: {
      hasNextPage: rows.length > args.first,
      endCursor: last ? encodeCursor(last) : null,
    },
  }
}

export interface AddEmployeeInput {
  kepId: string
  taxId: string
  fullName: string
  email: string
  role: EmployeeRole
}

const alreadyEmployed = (field: string) =>
  fieldError(
    field,
    'already_employed',
    'Υπάρχει ήδη υπάλληλος με αυτόν τον ΑΦΜ: μετακινήστε τον αντί να τον προσθέσετε ξανά.',
    'An employee with this tax number (ΑΦΜ) already exists: move them instead of adding them again.',
  )

/** The problems of one new employee's fields (the KEP is checked by the caller). */
export function newEmployeeProblems(
  input: { taxId: string; fullName: string; email: string },
  fieldOf: (name: 'taxId' | 'fullName' | 'email') => string,
): FieldError[] {
  const errors: FieldError[] = []
  const taxId = input.taxId.trim()
  if (taxId === '') {
    errors.push(
      fieldError(fieldOf('taxId'), 'required', 'Δώστε τον ΑΦΜ.', 'Give the tax number (ΑΦΜ).'),
    )
  } else if (!isValidAfm(taxId)) {
    errors.push(
      fieldError(
        fieldOf('taxId'),
        'invalid_afm',
        'Ο ΑΦΜ δεν είναι έγκυρος: 9 ψηφία, με σωστό ψηφίο ελέγχου.',
        'The tax number (ΑΦΜ) is not valid: 9 digits with a correct check digit.',
      ),
    )
  }
  const fullName = input.fullName.trim()
  if (fullName === '') {
    errors.push(
      fieldError(fieldOf('fullName'), 'required', 'Δώστε το ονοματεπώνυμο.', 'Give the full name.'),
    )
  } else if (fullName.length > maxNameLength) {
    errors.push(
      fieldError(
        fieldOf('fullName'),
        'too_long',
        `Έως ${maxNameLength} χαρακτήρες.`,
        `At most ${maxNameLength} characters.`,
      ),
    )
  }
  const email = input.email.trim()
  if (email === '') {
    errors.push(fieldError(fieldOf('email'), 'required', 'Δώστε το email.', 'Give the email.'))
  } else if (!isValidEmail(email)) {
    errors.push(
      fieldError(
        fieldOf('email'),
        'invalid_format',
        'Μη έγκυρο email, π.χ. onoma@kep.gov.gr.',
        'Not a valid email, e.g. name@kep.gov.gr.',
      ),
    )
  }
  return errors
}

/** The caught violation of the one-employment-per-ΑΦΜ constraint (a race past the check). */
export const isTaxIdTaken = (err: unknown) => {
  const { code, constraint } = pgErrorOf(err)
  return code === '23505' && constraint === 'employees_taxId_unique'
}

const auditView = (e: {
  kepId: string
  role: EmployeeRole
  active: boolean
  leavesOn: string | null
}) => ({ kepId: e.kepId, role: e.role, active: e.active, leavesOn: e.leavesOn })

/**
 * Adds an employee to a KEP by tax number (ΑΦΜ): their first login finds them by it (R3.5).
 * @throws DomainError FORBIDDEN; VALIDATION_FAILED per field (an ΑΦΜ with a wrong check
 * digit or already employed, an unknown KEP).
 */
export async function addEmployee(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: AddEmployeeInput,
  ip?: string | null,
): Promise<AdminEmployeeDetailView> {
  assertOperator(actor)
  const errors = newEmployeeProblems(input, (name) => `input.${name}`)
  const taxId = input.taxId.trim()
  const [kep] = isUuid(input.kepId)
    ? await db.select({ id: keps.id }).from(keps).where(eq(keps.id, input.kepId))
    : []
  if (!kep) {
    errors.push(fieldError('input.kepId', 'not_found', 'Δεν βρέθηκε το ΚΕΠ.', 'No such KEP.'))
  }
  if (!errors.some((e) => e.field === 'input.taxId')) {
    const [taken] = await db
      .select({ id: employees.id })
      .from(employees)
      .where(eq(employees.taxId, taxId))
    if (taken) errors.push(alreadyEmployed('input.taxId'))
  }
  if (errors.length > 0) throw validationFailed(errors)
  let id: string
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(employees)
        .values({
          kepId: input.kepId,
          taxId,
          fullName: input.fullName.trim(),
          email: input.email.trim(),
          role: input.role,
        })
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'employee.add',
        entity: 'employee',
        entityId: row!.id,
        ip,
        at: clock.now(),
        details: { before: null, after: auditView(row!) },
      })
      return row!.id
    })
  } catch (err) {
    if (isTaxIdTaken(err)) throw validationFailed([alreadyEmployed('input.taxId')])
    throw err
  }
  return (await employeeDetail(db, clock, id))!
}

/**
 * Makes an employee their KEP's manager, or staff again.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
export async function setEmployeeRole(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { employeeId: string; role: EmployeeRole },
  ip?: string | null,
): Promise<AdminEmployeeDetailView> {
  assertOperator(actor)
  await db.transaction(async (tx) => {
    const before = await lockEmployee(tx, input.employeeId)
    if (before.role === input.role) return
    const [after] = await tx
      .update(employees)
      .set({ role: input.role })
      .where(eq(employees.id, input.employeeId))
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'employee.role.set',
      entity: 'employee',
      entityId: input.employeeId,
      ip,
      at: clock.now(),
      details: { before: auditView(before), after: auditView(after!) },
    })
  })
  return (await employeeDetail(db, clock, input.employeeId))!
}

/**
 * The employee's row, locked for the change (two administrators changing one employee queue).
 * @throws DomainError NOT_FOUND.
 */
export async function lockEmployee(tx: Db, id: string) {
  if (!isUuid(id)) throw employeeNotFound()
  const [row] = await tx.select().from(employees).where(eq(employees.id, id)).for('update')
  if (!row) throw employeeNotFound()
  return row
}

/**
 * Ends an employee's availability before `from`: rows starting on or after it are removed, rows
 * running into it end the day before. Returns the rows as they were, for the audit.
 */
export async function endAvailabilityBefore(tx: Db, employeeId: string, from: string) {
  const before = await tx
    .select()
    .from(employeeAvailability)
    .where(
      and(
        eq(employeeAvailability.employeeId, employeeId),
        or(isNull(employeeAvailability.validTo), gte(employeeAvailability.validTo, from)),
      ),
    )
  await tx
    .delete(employeeAvailability)
    .where(
      and(
        eq(employeeAvailability.employeeId, employeeId),
        gte(employeeAvailability.validFrom, from),
      ),
    )
  await tx
    .update(employeeAvailability)
    .set({ validTo: addDays(from, -1) })
    .where(
      and(
        eq(employeeAvailability.employeeId, employeeId),
        lte(employeeAvailability.validFrom, addDays(from, -1)),
        or(isNull(employeeAvailability.validTo), gte(employeeAvailability.validTo, from)),
      ),
    )
  return before.map(availabilityAudit)
}

export const availabilityAudit = (r: {
  workstationId: string
  weekday: number
  startsAt: string
  endsAt: string
  validFrom: string
  validTo: string | null
}) => ({
  workstationId: r.workstationId,
  weekday: r.weekday,
  startsAt: hhmm(r.startsAt),
  endsAt: hhmm(r.endsAt),
  validFrom: r.validFrom,
  validTo: r.validTo,
})

/** KEPs by code, for the CSV import. */
export async function kepsByCode(db: Db, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map()
  const rows = await db
    .select({ id: keps.id, code: keps.code })
    .from(keps)
    .where(inArray(keps.code, codes))
  return new Map(rows.map((r) => [r.code, r.id]))
}

/** Tax numbers among `taxIds` already employed. */
export async function employedTaxIds(db: Db, taxIds: string[]): Promise<Set<string>> {
  const found = new Set<string>()
  for (let i = 0; i < taxIds.length; i += 1000) {
    const rows = await db
      .select({ taxId: employees.taxId })
      .from(employees)
      .where(inArray(employees.taxId, taxIds.slice(i, i + 1000)))
    for (const r of rows) if (r.taxId) found.add(r.taxId)
  }
  return found
}
