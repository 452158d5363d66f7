import { and, asc, count, desc, eq, gte, inArray, ne, or, sql, type SQL } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { pgErrorOf, type Db } from '../../platform/db/client.js'
import { notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { foldForSearch } from '../../platform/text.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { bookings, isValidEmail, normalisePhone } from '../bookings/index.js'
import { keps, municipalities } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import {
  addDays,
  closedForGoodSql,
  dayClock,
  kepClosures,
  localDateOf,
  workstations,
  type LocalDate,
} from '../scheduling/index.js'
import { changeWithImpact } from './impact.service.js'
import type { Impact, ImpactInput } from './impact.types.js'

// KEPs as the ministry runs them (issue 13 item 1, R3.5): the network's list, one KEP's
// detail, creating and editing one. A KEP's status is not stored: it is derived from its
// kep_closures rows of kind 'suspension' and 'permanent' (which scheduling already honours as
// closures) and today's date in Athens, so it changes on its own at midnight.

export type KepStatus = 'active' | 'suspended' | 'closed'

/** The last day of a closure with no end: a suspension until further notice, a closing for good. */
export const openEnd: LocalDate = '9999-12-31'

export interface AdminKepRow {
  id: string
  code: string
  name: { el: string; en: string }
  municipalityId: string
  municipalityName: { el: string; en: string }
  region: { el: string; en: string }
  address: { el: string; en: string }
  postalCode: string
  city: { el: string; en: string }
  phone: string
  email: string
  status: KepStatus
  statusFrom: LocalDate | null
  statusUntil: LocalDate | null
  workstationCount: number
  employeeCount: number
}

export interface StatusPeriod {
  id: string
  kind: 'suspension' | 'permanent'
  from: LocalDate
  until: LocalDate | null
  reason: { el: string; en: string }
}

export interface AdminKepDetailRow extends AdminKepRow {
  workstations: { id: string; label: string; active: boolean; futureBookings: number }[]
  statusHistory: StatusPeriod[]
  futureBookings: number
  createdAt: Date
}

export interface KepFilter {
  search?: string | null
  municipalityId?: string | null
  region?: string | null
  status?: KepStatus | null
}

export interface KepFields {
  code: string
  nameEl: string
  nameEn: string
  municipalityId: string
  addressEl: string
  addressEn: string
  postalCode: string
  cityEl: string
  cityEn: string
  phone: string
  email: string
}

export interface CreateKepInput extends KepFields {
  workstations: string[]
}

export interface UpdateKepInput extends Partial<Record<keyof KepFields, string | null>> {
  kepId: string
}

export const maxPageSize = 100

const fieldError = (field: string, reason: string, el: string, en: string): FieldError => ({
  field,
  reason,
  message: { el, en },
})

const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })

// ---------------------------------------------------------------------------------------------
// Status

/** The status of a KEP today from its suspension and permanent-closing periods. */
export function statusOf(
  periods: readonly StatusPeriod[],
  active: boolean,
  today: LocalDate,
): Pick<AdminKepRow, 'status' | 'statusFrom' | 'statusUntil'> {
  const closing = periods
    .filter((p) => p.kind === 'permanent' && p.from <= today)
    .sort((a, b) => (a.from < b.from ? -1 : 1))[0]
  if (closing) return { status: 'closed', statusFrom: closing.from, statusUntil: null }
  if (!active) return { status: 'closed', statusFrom: null, statusUntil: null }
  const suspension = periods.find(
    (p) => p.kind === 'suspension' && p.from <= today && (p.until === null || today <= p.until),
  )
  if (suspension) {
    return { status: 'suspended', statusFrom: suspension.from, statusUntil: suspension.until }
  }
  return { status: 'active', statusFrom: null, statusUntil: null }
}

const closedSql = (today: LocalDate): SQL =>
  sql`(not ${keps.active} or ${closedForGoodSql(keps.id, today)})`
const suspendedSql = (today: LocalDate): SQL =>
  sql`exists (select 1 from ${kepClosures} c where c.kep_id = ${keps.id} and c.kind = 'suspension' and c.starts_on <= ${today} and c.ends_on >= ${today})`

function statusCondition(status: KepStatus, today: LocalDate): SQL {
  switch (status) {
    case 'closed':
      return closedSql(today)
    case 'suspended':
      return sql`(not ${closedSql(today)} and ${suspendedSql(today)})`
    case 'active':
      return sql`(not ${closedSql(today)} and not ${suspendedSql(today)})`
  }
}

async function statusPeriodsOf(db: Db, kepIds: string[]): Promise<Map<string, StatusPeriod[]>> {
  const byKep = new Map<string, StatusPeriod[]>()
  if (kepIds.length === 0) return byKep
  const rows = await db
    .select()
    .from(kepClosures)
    .where(and(inArray(kepClosures.kepId, kepIds), ne(kepClosures.kind, 'closure')))
    .orderBy(desc(kepClosures.startsOn), desc(kepClosures.endsOn))
  for (const r of rows) {
    const list = byKep.get(r.kepId!) ?? []
    list.push({
      id: r.id,
      kind: r.kind as StatusPeriod['kind'],
      from: r.startsOn,
      until: r.endsOn === openEnd ? null : r.endsOn,
      reason: { el: r.reasonEl, en: r.reasonEn },
    })
    byKep.set(r.kepId!, list)
  }
  return byKep
}

/** A KEP's status today (null: no such KEP), read in `db` (a transaction's, under its locks). */
export async function kepStatusToday(
  db: Db,
  kepId: string,
  today: LocalDate,
): Promise<KepStatus | null> {
  const [kep] = await db.select({ active: keps.active }).from(keps).where(eq(keps.id, kepId))
  if (!kep) return null
  return statusOf((await statusPeriodsOf(db, [kepId])).get(kepId) ?? [], kep.active, today).status
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A page cursor: the last row's name and id (the order), opaque to clients. */
export const encodeCursor = (nameEl: string, id: string): string =>
  Buffer.from(JSON.stringify(['kep', nameEl, id])).toString('base64url')

function decodeCursor(cursor: string): { nameEl: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString())
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === 'kep' &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      return { nameEl: value[1], id: value[2] }
    }
  } catch {
    // not ours: answered below
  }
  return undefined
}

/**
 * The ids of the KEPs whose name, code or city holds every word of `search`, accents and case
 * ignored. The network has about a thousand KEPs: folding them in memory keeps the search the
 * catalog's (platform/text.ts) without a column of its own.
 */
async function kepIdsMatching(db: Db, search: string): Promise<string[] | undefined> {
  const terms = foldForSearch(search).split(' ').filter(Boolean)
  if (terms.length === 0) return undefined
  const all = await db
    .select({
      id: keps.id,
      code: keps.code,
      nameEl: keps.nameEl,
      nameEn: keps.nameEn,
      cityEl: keps.cityEl,
      cityEn: keps.cityEn,
    })
    .from(keps)
  return all
    .filter((k) => {
      const haystack = foldForSearch(`${k.code} ${k.nameEl} ${k.nameEn} ${k.cityEl} ${k.cityEn}`)
      return terms.every((t) => haystack.includes(t))
    })
    .map((k) => k.id)
}

const kepColumns = {
  id: keps.id,
  code: keps.code,
  nameEl: keps.nameEl,
  nameEn: keps.nameEn,
  municipalityId: keps.municipalityId,
  municipalityNameEl: municipalities.nameEl,
  municipalityNameEn: municipalities.nameEn,
  regionEl: municipalities.regionEl,
  regionEn: municipalities.regionEn,
  addressEl: keps.addressEl,
  addressEn: keps.addressEn,
  postalCode: keps.postalCode,
  cityEl: keps.cityEl,
  cityEn: keps.cityEn,
  phone: keps.phone,
  email: keps.email,
  active: keps.active,
  createdAt: keps.createdAt,
}
type KepRecord = {
  [K in keyof typeof kepColumns]: (typeof kepColumns)[K]['_']['data']
}

/** Active workstations and employees (not past their leaving day) per KEP. */
async function countsOf(
  db: Db,
  kepIds: string[],
  today: LocalDate,
): Promise<{ workstations: Map<string, number>; employees: Map<string, number> }> {
  if (kepIds.length === 0) return { workstations: new Map(), employees: new Map() }
  const [desks, staff] = await Promise.all([
    db
      .select({ kepId: workstations.kepId, n: count() })
      .from(workstations)
      .where(and(inArray(workstations.kepId, kepIds), eq(workstations.active, true)))
      .groupBy(workstations.kepId),
    db
      .select({ kepId: employees.kepId, n: count() })
      .from(employees)
      .where(
        and(
          inArray(employees.kepId, kepIds),
          eq(employees.active, true),
          sql`(${employees.leavesOn} is null or ${employees.leavesOn} > ${today})`,
        ),
      )
      .groupBy(employees.kepId),
  ])
  return {
    workstations: new Map(desks.map((r) => [r.kepId, Number(r.n)])),
    employees: new Map(staff.map((r) => [r.kepId, Number(r.n)])),
  }
}

function toAdminKep(
  k: KepRecord,
  periods: StatusPeriod[],
  counts: { workstations: Map<string, number>; employees: Map<string, number> },
  today: LocalDate,
): AdminKepRow {
  return {
    id: k.id,
    code: k.code,
    name: { el: k.nameEl, en: k.nameEn },
    municipalityId: k.municipalityId,
    municipalityName: { el: k.municipalityNameEl, en: k.municipalityNameEn },
    region: { el: k.regionEl, en: k.regionEn },
    address: { el: k.addressEl, en: k.addressEn },
    postalCode: k.postalCode,
    city: { el: k.cityEl, en: k.cityEn },
    phone: k.phone,
    email: k.email,
    ...statusOf(periods, k.active, today),
    workstationCount: counts.workstations.get(k.id) ?? 0,
    employeeCount: counts.employees.get(k.id) ?? 0,
  }
}

function assertReader(actor: Actor): void {
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
}

/**
 * A page of the network's KEPs by name then id, filtered (R3.5); any administrator reads it.
 * @throws DomainError FORBIDDEN, VALIDATION_FAILED for `first` out of 1–100 or a foreign cursor.
 */
export async function listKeps(
  db: Db,
  clock: Clock,
  actor: Actor,
  filter: KepFilter,
  first: number,
  after: string | null | undefined,
): Promise<{
  nodes: AdminKepRow[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  totalCount: number
}> {
  assertReader(actor)
  const errors: FieldError[] = []
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    errors.push(
      fieldError(
        'first',
        'out_of_range',
        `Από 1 έως ${maxPageSize} ΚΕΠ ανά σελίδα.`,
        `From 1 to ${maxPageSize} KEPs a page.`,
      ),
    )
  }
  const cursor = after ? decodeCursor(after) : undefined
  if (after && !cursor) {
    errors.push(
      fieldError(
        'after',
        'invalid_cursor',
        'Ο δείκτης σελίδας δεν είναι έγκυρος· ξεκινήστε από την πρώτη σελίδα.',
        'The page cursor is not valid; start again from the first page.',
      ),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)

  const empty = { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 }
  const today = localDateOf(clock.now().getTime())
  const conditions: SQL[] = []
  if (filter.municipalityId) {
    if (!isUuid(filter.municipalityId)) return empty
    conditions.push(eq(keps.municipalityId, filter.municipalityId))
  }
  const region = filter.region?.trim()
  if (region) {
    conditions.push(or(eq(municipalities.regionEl, region), eq(municipalities.regionEn, region))!)
  }
  if (filter.status) conditions.push(statusCondition(filter.status, today))
  if (filter.search) {
    const ids = await kepIdsMatching(db, filter.search)
    if (ids?.length === 0) return empty
    if (ids) conditions.push(inArray(keps.id, ids))
  }

  const from = () =>
    db
      .select(kepColumns)
      .from(keps)
      .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
  const [rows, [total]] = await Promise.all([
    from()
      .where(
        and(
          ...conditions,
          cursor
            ? sql`(${keps.nameEl}, ${keps.id}) > (${cursor.nameEl}, ${cursor.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(keps.nameEl), asc(keps.id))
      .limit(first + 1),
    db
      .select({ n: count() })
      .from(keps)
      .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
      .where(and(...conditions)),
  ])
  const page = rows.slice(0, first)
  const ids = page.map((k) => k.id)
  const [periods, counts] = await Promise.all([statusPeriodsOf(db, ids), countsOf(db, ids, today)])
  const last = page.at(-1)
  return {
    nodes: page.map((k) => toAdminKep(k, periods.get(k.id) ?? [], counts, today)),
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last.nameEl, last.id) : null,
    },
    totalCount: Number(total?.n ?? 0),
  }
}

/** Held appointments from now on, per workstation of the KEP and in all. */
export async function futureBookingsOf(
  db: Db,
  clock: Clock,
  kepId: string,
): Promise<{ total: number; byWorkstation: Map<string, number> }> {
  const rows = await db
    .select({ workstationId: bookings.workstationId, n: count() })
    .from(bookings)
    .where(
      and(
        eq(bookings.kepId, kepId),
        eq(bookings.status, 'booked'),
        gte(bookings.startsAt, clock.now()),
      ),
    )
    .groupBy(bookings.workstationId)
  const byWorkstation = new Map<string, number>()
  let total = 0
  for (const r of rows) {
    total += Number(r.n)
    if (r.workstationId) byWorkstation.set(r.workstationId, Number(r.n))
  }
  return { total, byWorkstation }
}

async function loadDetail(db: Db, clock: Clock, kepId: string): Promise<AdminKepDetailRow> {
  if (!isUuid(kepId)) throw kepNotFound()
  const [k] = await db
    .select(kepColumns)
    .from(keps)
    .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
    .where(eq(keps.id, kepId))
  if (!k) throw kepNotFound()
  const today = localDateOf(clock.now().getTime())
  const [periods, counts, desks, future] = await Promise.all([
    statusPeriodsOf(db, [kepId]),
    countsOf(db, [kepId], today),
    db
      .select()
      .from(workstations)
      .where(eq(workstations.kepId, kepId))
      .orderBy(asc(workstations.label)),
    futureBookingsOf(db, clock, kepId),
  ])
  const history = periods.get(kepId) ?? []
  return {
    ...toAdminKep(k, history, counts, today),
    workstations: desks.map((w) => ({
      id: w.id,
      label: w.label,
      active: w.active,
      futureBookings: future.byWorkstation.get(w.id) ?? 0,
    })),
    statusHistory: history,
    futureBookings: future.total,
    createdAt: k.createdAt,
  }
}

/**
 * One KEP with its workstations and status history; any administrator reads it.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
export async function getKep(
  db: Db,
  clock: Clock,
  actor: Actor,
  kepId: string,
): Promise<AdminKepDetailRow> {
  assertReader(actor)
  return loadDetail(db, clock, kepId)
}

// ---------------------------------------------------------------------------------------------
// Validation

const kepCode = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/
const postalCode = /^\d{5}$/

interface TextRule {
  max: number
  el: string
  en: string
}

const textRules: Record<
  'nameEl' | 'nameEn' | 'addressEl' | 'addressEn' | 'cityEl' | 'cityEn',
  TextRule
> = {
  nameEl: { max: 120, el: 'Συμπληρώστε την ονομασία στα ελληνικά.', en: 'Give the name in Greek.' },
  nameEn: {
    max: 120,
    el: 'Συμπληρώστε την ονομασία στα αγγλικά.',
    en: 'Give the name in English.',
  },
  addressEl: {
    max: 200,
    el: 'Συμπληρώστε τη διεύθυνση στα ελληνικά.',
    en: 'Give the address in Greek.',
  },
  addressEn: {
    max: 200,
    el: 'Συμπληρώστε τη διεύθυνση στα αγγλικά.',
    en: 'Give the address in English.',
  },
  cityEl: { max: 80, el: 'Συμπληρώστε την πόλη στα ελληνικά.', en: 'Give the city in Greek.' },
  cityEn: { max: 80, el: 'Συμπληρώστε την πόλη στα αγγλικά.', en: 'Give the city in English.' },
}

/**
 * Checks the given fields (all of them for a new KEP) and returns their stored form: trimmed,
 * the email in lower case, the postal code without spaces.
 */
async function checkFields(
  db: Db,
  given: Partial<Record<keyof KepFields, string | null>>,
  required: boolean,
  kepId?: string,
): Promise<{ errors: FieldError[]; values: Partial<KepFields> }> {
  const errors: FieldError[] = []
  const values: Partial<KepFields> = {}
  const has = (k: keyof KepFields) => required || (given[k] !== undefined && given[k] !== null)
  const text = (k: keyof KepFields) => (given[k] ?? '').trim()

  for (const [k, rule] of Object.entries(textRules) as [keyof typeof textRules, TextRule][]) {
    if (!has(k)) continue
    const v = text(k)
    if (v === '') errors.push(fieldError(`input.${k}`, 'required', rule.el, rule.en))
    else if (v.length > rule.max) {
      errors.push(
        fieldError(
          `input.${k}`,
          'too_long',
          `Έως ${rule.max} χαρακτήρες.`,
          `At most ${rule.max} characters.`,
        ),
      )
    } else values[k] = v
  }

  if (has('code')) {
    const v = text('code')
    if (v === '') {
      errors.push(fieldError('input.code', 'required', 'Συμπληρώστε τον κωδικό.', 'Give the code.'))
    } else if (!kepCode.test(v)) {
      errors.push(
        fieldError(
          'input.code',
          'invalid_format',
          'Κωδικός 2–40 χαρακτήρων: λατινικά γράμματα, αριθμοί, τελεία, παύλα, κάτω παύλα.',
          'A code of 2–40 characters: Latin letters, digits, dot, dash, underscore.',
        ),
      )
    } else {
      const [taken] = await db
        .select({ id: keps.id })
        .from(keps)
        .where(and(sql`lower(${keps.code}) = lower(${v})`, kepId ? ne(keps.id, kepId) : undefined))
      if (taken) errors.push(codeTaken())
      else values.code = v
    }
  }

  if (has('municipalityId')) {
    const v = text('municipalityId')
    if (v === '') {
      errors.push(
        fieldError(
          'input.municipalityId',
          'required',
          'Επιλέξτε τον δήμο του ΚΕΠ.',
          'Choose the KEP’s municipality.',
        ),
      )
    } else {
      const [m] = isUuid(v)
        ? await db
            .select({ id: municipalities.id })
            .from(municipalities)
            .where(eq(municipalities.id, v))
        : []
      if (!m) {
        errors.push(
          fieldError('input.municipalityId', 'unknown', 'Άγνωστος δήμος.', 'Unknown municipality.'),
        )
      } else values.municipalityId = v
    }
  }

  if (has('postalCode')) {
    const v = text('postalCode').replace(/\s/g, '')
    if (!postalCode.test(v)) {
      errors.push(
        fieldError(
          'input.postalCode',
          'invalid_format',
          'Ταχυδρομικός κώδικας πέντε ψηφίων, π.χ. 10563.',
          'A five-digit postal code, e.g. 10563.',
        ),
      )
    } else values.postalCode = v
  }

  if (has('phone')) {
    const v = text('phone')
    if (!normalisePhone(v)) {
      errors.push(
        fieldError(
          'input.phone',
          'invalid_format',
          'Ελληνικός αριθμός τηλεφώνου δέκα ψηφίων, π.χ. 2101234567.',
          'A ten-digit Greek phone number, e.g. 2101234567.',
        ),
      )
    } else values.phone = v
  }

  if (has('email')) {
    const v = text('email').toLowerCase()
    if (!isValidEmail(v)) {
      errors.push(
        fieldError(
          'input.email',
          'invalid_format',
          'Το email δεν είναι σωστό (π.χ. kep@dimos.gr).',
          'The email address is not valid (e.g. kep@municipality.gr).',
        ),
      )
    } else values.email = v
  }
  return { errors, values }
}

const codeTaken = () =>
  fieldError(
    'input.code',
    'taken',
    'Υπάρχει ήδη ΚΕΠ με αυτόν τον κωδικό.',
    'A KEP with this code already exists.',
  )

export const maxLabelLength = 40
const maxWorkstations = 100

export function labelProblem(field: string, label: string): FieldError | undefined {
  const v = label.trim()
  if (v === '') {
    return fieldError(
      field,
      'required',
      'Δώστε όνομα θέσης εργασίας.',
      'Give the workstation a label.',
    )
  }
  if (v.length > maxLabelLength) {
    return fieldError(
      field,
      'too_long',
      `Έως ${maxLabelLength} χαρακτήρες.`,
      `At most ${maxLabelLength} characters.`,
    )
  }
  return undefined
}

export const duplicateLabel = (field: string) =>
  fieldError(
    field,
    'duplicate',
    'Δύο θέσεις εργασίας δεν μπορούν να έχουν το ίδιο όνομα.',
    'Two workstations cannot have the same label.',
  )

/** Runs a write, answering the unique code's refusal (a KEP created meanwhile) field by field. */
async function refusingTakenCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (err) {
    const { code, constraint } = pgErrorOf(err)
    if (code === '23505' && constraint === 'keps_code_unique') throw validationFailed([codeTaken()])
    throw err
  }
}

const auditedFields = (k: typeof keps.$inferSelect) => ({
  code: k.code,
  nameEl: k.nameEl,
  nameEn: k.nameEn,
  municipalityId: k.municipalityId,
  addressEl: k.addressEl,
  addressEn: k.addressEn,
  postalCode: k.postalCode,
  cityEl: k.cityEl,
  cityEn: k.cityEn,
  phone: k.phone,
  email: k.email,
  active: k.active,
})

// ---------------------------------------------------------------------------------------------
// Changing

function assertAdministrator(actor: Actor): void {
  if (!isAdministrator(actor, 'administrator')) throw forbidden()
}

/**
 * Creates a KEP with its workstations (issue 13 item 1); ADMINISTRATORs only. It has no hours
 * and no employees yet, so it offers no appointment until those are set.
 * @throws DomainError FORBIDDEN, VALIDATION_FAILED field by field (nothing written).
 */
export async function createKep(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CreateKepInput,
  ip?: string | null,
): Promise<AdminKepDetailRow> {
  assertAdministrator(actor)
  const { errors, values } = await checkFields(db, input, true)
  const labels = input.workstations.map((l) => l.trim())
  if (labels.length === 0) {
    errors.push(
      fieldError(
        'input.workstations',
        'required',
        'Δώστε τουλάχιστον μία θέση εργασίας.',
        'Give at least one workstation.',
      ),
    )
  } else if (labels.length > maxWorkstations) {
    errors.push(
      fieldError(
        'input.workstations',
        'too_many',
        `Έως ${maxWorkstations} θέσεις εργασίας.`,
        `At most ${maxWorkstations} workstations.`,
      ),
    )
  } else {
    const seen = new Set<string>()
    labels.forEach((label, i) => {
      const problem = labelProblem(`input.workstations[${i}]`, label)
      if (problem) errors.push(problem)
      else if (seen.has(label.toLowerCase()))
        errors.push(duplicateLabel(`input.workstations[${i}]`))
      seen.add(label.toLowerCase())
    })
  }
  if (errors.length > 0) throw validationFailed(errors)

  const fields = values as KepFields
  const kepId = await refusingTakenCode(() =>
    db.transaction(async (tx) => {
      const [kep] = await tx.insert(keps).values(fields).returning()
      const desks = await tx
        .insert(workstations)
        .values(labels.map((label) => ({ kepId: kep!.id, label })))
        .returning({ id: workstations.id, label: workstations.label })
      await recordAudit(tx, {
        actor,
        action: 'kep.create',
        entity: 'kep',
        entityId: kep!.id,
        ip,
        at: clock.now(),
        details: { before: null, after: { ...auditedFields(kep!), workstations: desks } },
      })
      return kep!.id
    }),
  )
  return loadDetail(db, clock, kepId)
}

/**
 * Changes a KEP's details (issue 13 item 1); ADMINISTRATORs only. Its municipality changes only
 * while it holds no future appointments (a municipal procedure's appointment is bound to a KEP
 * of its municipality, R4.4). Its workstations change through the impact preview
 * (workstations.service.ts), the one way to change them.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED field by field (nothing written).
 */
export async function updateKep(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: UpdateKepInput,
  ip?: string | null,
): Promise<AdminKepDetailRow> {
  assertAdministrator(actor)
  if (!isUuid(input.kepId)) throw kepNotFound()
  const [before] = await db.select().from(keps).where(eq(keps.id, input.kepId))
  if (!before) throw kepNotFound()
  const { kepId: _kepId, ...given } = input
  const { errors, values } = await checkFields(db, given, false, input.kepId)

  const future = await futureBookingsOf(db, clock, input.kepId)
  if (
    values.municipalityId !== undefined &&
    values.municipalityId !== before.municipalityId &&
    future.total > 0
  ) {
    errors.push(
      fieldError(
        'input.municipalityId',
        'has_future_bookings',
        `Το ΚΕΠ έχει ${future.total} μελλοντικά ραντεβού: ο δήμος του δεν αλλάζει όσο υπάρχουν.`,
        `The KEP holds ${future.total} future appointments: its municipality cannot change while it does.`,
      ),
    )
  }

  if (errors.length > 0) throw validationFailed(errors)

  await refusingTakenCode(() =>
    db.transaction(async (tx) => {
      const [kep] = Object.keys(values).length
        ? await tx.update(keps).set(values).where(eq(keps.id, input.kepId)).returning()
        : [before]
      await recordAudit(tx, {
        actor,
        action: 'kep.update',
        entity: 'kep',
        entityId: input.kepId,
        ip,
        at: clock.now(),
        details: { before: auditedFields(before), after: auditedFields(kep!) },
      })
    }),
  )
  return loadDetail(db, clock, input.kepId)
}

// ---------------------------------------------------------------------------------------------
// Suspending, closing, resuming

export interface SuspendKepInput {
  kepId: string
  from: string
  until?: string | null
  reasonEl: string
  reasonEn: string
}

export interface CloseKepInput {
  kepId: string
  from: string
  reasonEl: string
  reasonEn: string
}

const athensMidnight = (date: LocalDate) => new Date(dayClock(date).at(0))

/** How far ahead a suspension or closing may be decided. */
export const maxDaysAhead = 730
const maxReasonLength = 300
const isoDate = /^\d{4}-\d{2}-\d{2}$/

function dateProblem(field: string, date: string, today: LocalDate): FieldError | undefined {
  if (
    !isoDate.test(date) ||
    Number.isNaN(Date.parse(date)) ||
    localDateOf(Date.parse(date)) !== date
  ) {
    return fieldError(field, 'invalid_format', 'Μη έγκυρη ημερομηνία.', 'Invalid date.')
  }
  if (date < today) {
    return fieldError(field, 'in_past', 'Η ημερομηνία έχει περάσει.', 'The date has passed.')
  }
  if (date > addDays(today, maxDaysAhead)) {
    return fieldError(
      field,
      'too_far',
      `Έως ${maxDaysAhead} ημέρες μπροστά.`,
      `At most ${maxDaysAhead} days ahead.`,
    )
  }
  return undefined
}

function reasonProblems(input: { reasonEl: string; reasonEn: string }): FieldError[] {
  const errors: FieldError[] = []
  for (const [field, value] of [
    ['input.reasonEl', input.reasonEl],
    ['input.reasonEn', input.reasonEn],
  ] as const) {
    const text = value.trim()
    if (text === '') {
      errors.push(
        fieldError(
          field,
          'required',
          'Γράψτε τον λόγο, όπως θα τον διαβάσουν οι πολίτες.',
          'Give the reason, as citizens will read it.',
        ),
      )
    } else if (text.length > maxReasonLength) {
      errors.push(
        fieldError(
          field,
          'too_long',
          `Έως ${maxReasonLength} χαρακτήρες.`,
          `At most ${maxReasonLength} characters.`,
        ),
      )
    }
  }
  return errors
}

/** The KEP and its suspension and closing periods, for a change of its status. */
async function kepForStatusChange(db: Db, actor: Actor, kepId: string) {
  assertAdministrator(actor)
  if (!isUuid(kepId)) throw kepNotFound()
  const [kep] = await db.select().from(keps).where(eq(keps.id, kepId))
  if (!kep) throw kepNotFound()
  return { kep, periods: (await statusPeriodsOf(db, [kepId])).get(kepId) ?? [] }
}

const alreadyClosed = (from: LocalDate) =>
  fieldError(
    'input.kepId',
    'closed',
    `Το ΚΕΠ κλείνει οριστικά από ${from}.`,
    `The KEP closes for good from ${from}.`,
  )

const statusDetails = (periods: StatusPeriod[], active: boolean, today: LocalDate) => ({
  ...statusOf(periods, active, today),
  periods: periods.map(({ id, kind, from, until }) => ({ id, kind, from, until })),
})

/**
 * Suspends a KEP from a date, until a date or further notice (issue 13 item 1); ADMINISTRATORs
 * only. A preview (impact.apply false) lists its future appointments from that date and what
 * becomes of each (kept, moved to another KEP of the municipality, cancelled with one email),
 * and writes nothing; applied with the preview's token, it does exactly that.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED field by field, STALE_PREVIEW.
 */
export async function suspendKep(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SuspendKepInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; kep: AdminKepDetailRow }> {
  const { kep, periods } = await kepForStatusChange(db, actor, input.kepId)
  const today = localDateOf(clock.now().getTime())
  const errors = [
    dateProblem('input.from', input.from, today),
    input.until ? dateProblem('input.until', input.until, today) : undefined,
  ].filter((e) => e !== undefined)
  if (errors.length === 0 && input.until && input.until < input.from) {
    errors.push(
      fieldError(
        'input.until',
        'before_from',
        'Η λήξη της αναστολής είναι πριν από την έναρξή της.',
        'The suspension ends before it starts.',
      ),
    )
  }
  const until = input.until ?? openEnd
  if (errors.length === 0) {
    const closing = periods.find((p) => p.kind === 'permanent')
    if (closing && closing.from <= until) errors.push(alreadyClosed(closing.from))
    const overlapping = periods.find(
      (p) => p.kind === 'suspension' && p.from <= until && input.from <= (p.until ?? openEnd),
    )
    if (overlapping) {
      errors.push(
        fieldError(
          'input.from',
          'overlaps',
          `Το ΚΕΠ είναι ήδη σε αναστολή από ${overlapping.from}${overlapping.until ? ` έως ${overlapping.until}` : ''}.`,
          `The KEP is already suspended from ${overlapping.from}${overlapping.until ? ` to ${overlapping.until}` : ''}.`,
        ),
      )
    }
  }
  errors.push(...reasonProblems(input))
  if (errors.length > 0) throw validationFailed(errors)

  const reason = { el: input.reasonEl.trim(), en: input.reasonEn.trim() }
  const { impact: outcome } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      // only the days suspended: the KEP's other appointments stay as they are
      watch: {
        kepIds: [kep.id],
        from: athensMidnight(input.from),
        to: until === openEnd ? undefined : athensMidnight(addDays(until, 1)),
      },
      reason,
      subject: { change: 'kep.suspend', kepId: kep.id, from: input.from, until, reason },
    },
    async (tx) => {
      const [row] = await tx
        .insert(kepClosures)
        .values({
          kepId: kep.id,
          startsOn: input.from,
          endsOn: until,
          kind: 'suspension',
          reasonEl: reason.el,
          reasonEn: reason.en,
        })
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'kep.suspend',
        entity: 'kep',
        entityId: kep.id,
        ip,
        at: clock.now(),
        details: {
          before: statusDetails(periods, kep.active, today),
          after: statusDetails(
            [
              {
                id: row!.id,
                kind: 'suspension',
                from: input.from,
                until: input.until ?? null,
                reason,
              },
              ...periods,
            ],
            kep.active,
            today,
          ),
        },
      })
    },
  )
  return { impact: outcome, kep: await loadDetail(db, clock, kep.id) }
}

/**
 * Closes a KEP for good from a date (issue 13 item 1); ADMINISTRATORs only; preview and apply
 * as suspendKep. Closed from today, it is also made inactive at once (out of the public
 * catalog); closed from a later date, it stays listed until then (citizens may see it and its
 * notice), and from that date its closing keeps every day closed, so nothing can be booked
 * there: its status reads CLOSED from that day on without anybody running anything.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED field by field, STALE_PREVIEW.
 */
export async function closeKep(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: CloseKepInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; kep: AdminKepDetailRow }> {
  const { kep, periods } = await kepForStatusChange(db, actor, input.kepId)
  const today = localDateOf(clock.now().getTime())
  const errors = [dateProblem('input.from', input.from, today)].filter((e) => e !== undefined)
  const closing = periods.find((p) => p.kind === 'permanent')
  if (closing) errors.push(alreadyClosed(closing.from))
  else if (!kep.active) {
    errors.push(
      fieldError(
        'input.kepId',
        'inactive',
        'Το ΚΕΠ είναι ήδη ανενεργό.',
        'The KEP is already inactive.',
      ),
    )
  }
  errors.push(...reasonProblems(input))
  if (errors.length > 0) throw validationFailed(errors)

  const reason = { el: input.reasonEl.trim(), en: input.reasonEn.trim() }
  const { impact: outcome } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: { kepIds: [kep.id], from: athensMidnight(input.from) },
      reason,
      subject: { change: 'kep.close', kepId: kep.id, from: input.from, reason },
    },
    async (tx) => {
      const [row] = await tx
        .insert(kepClosures)
        .values({
          kepId: kep.id,
          startsOn: input.from,
          endsOn: openEnd,
          kind: 'permanent',
          reasonEl: reason.el,
          reasonEn: reason.en,
        })
        .returning()
      const active = input.from > today
      if (!active) await tx.update(keps).set({ active }).where(eq(keps.id, kep.id))
      await recordAudit(tx, {
        actor,
        action: 'kep.close',
        entity: 'kep',
        entityId: kep.id,
        ip,
        at: clock.now(),
        details: {
          before: { active: kep.active, ...statusDetails(periods, kep.active, today) },
          after: {
            active,
            ...statusDetails(
              [
                { id: row!.id, kind: 'permanent', from: input.from, until: null, reason },
                ...periods,
              ],
              active,
              today,
            ),
          },
        },
      })
    },
  )
  return { impact: outcome, kep: await loadDetail(db, clock, kep.id) }
}

/**
 * Ends a KEP's suspension (issue 13 item 1); ADMINISTRATORs only. The suspension in force ends
 * yesterday (or goes, if it began today) and suspensions still to come are withdrawn: the KEP
 * opens by its hours again. More opening hurts no booking, so there is nothing to preview.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (input.kepId: not suspended).
 */
export async function resumeKep(
  db: Db,
  clock: Clock,
  actor: Actor,
  kepId: string,
  ip?: string | null,
): Promise<AdminKepDetailRow> {
  const { kep, periods } = await kepForStatusChange(db, actor, kepId)
  const today = localDateOf(clock.now().getTime())
  const pending = periods.filter((p) => p.kind === 'suspension' && (p.until ?? openEnd) >= today)
  if (pending.length === 0) {
    throw validationFailed([
      fieldError(
        'kepId',
        'not_suspended',
        'Το ΚΕΠ δεν είναι σε αναστολή ούτε έχει προγραμματισμένη.',
        'The KEP is neither suspended nor due to be.',
      ),
    ])
  }
  await db.transaction(async (tx) => {
    const started = pending.filter((p) => p.from < today).map((p) => p.id)
    const upcoming = pending.filter((p) => p.from >= today).map((p) => p.id)
    if (started.length > 0) {
      await tx
        .update(kepClosures)
        .set({ endsOn: addDays(today, -1) })
        .where(inArray(kepClosures.id, started))
    }
    if (upcoming.length > 0) await tx.delete(kepClosures).where(inArray(kepClosures.id, upcoming))
    const after = (await statusPeriodsOf(tx, [kepId])).get(kepId) ?? []
    await recordAudit(tx, {
      actor,
      action: 'kep.resume',
      entity: 'kep',
      entityId: kepId,
      ip,
      at: clock.now(),
      details: {
        before: statusDetails(periods, kep.active, today),
        after: statusDetails(after, kep.active, today),
      },
    })
  })
  return loadDetail(db, clock, kepId)
}
