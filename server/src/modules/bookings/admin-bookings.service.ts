import { and, asc, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import { DateTime } from 'luxon'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { foldForSearch } from '../../platform/text.js'
import { isUuid } from '../../platform/uuid.js'
import { auditHmac, recordAudit } from '../audit/index.js'
import { keps, municipalities, procedures, serviceCategories } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import { bookings, nameSearchWords } from './bookings.table.js'

// Issue 17 item 1 (R3.5): every booking of the network for the ministry's administrators, a page
// at a time (keyset: appointment time then id), filtered and searched; the CSV export (item 3)
// reads the same pages. The citizens' names and emails are personal data: each page read is
// audited with its filter, the searched text only as a keyed hash (R7.2).

export type AdminBookingStatus = 'booked' | 'in_progress' | 'completed' | 'cancelled' | 'no_show'
export type SpecialRequirementKind = 'any' | 'sign_language' | 'lip_reading' | 'other'
export type AdminBookingsSort = 'starts_at_asc' | 'starts_at_desc'

export interface AdminBookingsFilter {
  /** Appointment dates in Athens, both included (YYYY-MM-DD). */
  from?: string | null
  to?: string | null
  /** A region's name, in Greek or English. */
  region?: string | null
  municipalityId?: string | null
  kepId?: string | null
  categoryId?: string | null
  procedureId?: string | null
  statuses?: readonly AdminBookingStatus[] | null
  specialRequirement?: SpecialRequirementKind | null
  employeeId?: string | null
  /** A reference (exact), an email (exact, any case) or words of the citizen's name. */
  search?: string | null
}

export const maxPageSize = 100
export const maxSearchLength = 200
/** The longest appointment date range a list or an export may ask for. */
export const maxRangeDays = 731

const statusValues: readonly AdminBookingStatus[] = [
  'booked',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
]
const requirementValues: readonly SpecialRequirementKind[] = [
  'any',
  'sign_language',
  'lip_reading',
  'other',
]
const athens = 'Europe/Athens'

/** One row of the list: the booking, where, what, with whom. */
export interface AdminBookingRow {
  id: string
  reference: string
  status: AdminBookingStatus
  startsAt: Date
  endsAt: Date
  createdAt: Date
  fullName: string
  email: string
  needsSignLanguage: boolean
  needsLipReading: boolean
  otherRequirements: string | null
  kepId: string
  kepNameEl: string
  kepNameEn: string
  municipalityId: string
  municipalityNameEl: string
  municipalityNameEn: string
  regionEl: string
  regionEn: string
  categoryId: string
  categoryNameEl: string
  categoryNameEn: string
  procedureId: string
  procedureTitleEl: string
  procedureTitleEn: string
  employeeId: string
  employeeName: string
}

export interface AdminBookingsPage {
  nodes: AdminBookingRow[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/** The filter checked and made ready for SQL (the export parses to this too). */
export interface ParsedBookingsFilter {
  filter: AdminBookingsFilter
  sort: AdminBookingsSort
  conditions: SQL[]
  /** What the audit keeps of the search: its kind and a keyed hash, never the text. */
  search: { kind: 'reference' | 'email' | 'name'; text: string } | null
}

const nameWords = nameSearchWords(bookings.fullName)

const referencePattern = /^KEP-\d{4}-\d{1,12}$/i

const cursorPrefix = 'bookings:'

function encodeCursor(sort: AdminBookingsSort, row: { startsAt: Date; id: string }): string {
  return Buffer.from(
    `${cursorPrefix}${JSON.stringify([sort, row.startsAt.toISOString(), row.id])}`,
  ).toString('base64url')
}

function decodeCursor(sort: AdminBookingsSort, cursor: string): [Date, string] | undefined {
  if (cursor.length > 300) return undefined
  const text = Buffer.from(cursor, 'base64url').toString()
  if (!text.startsWith(cursorPrefix)) return undefined
  try {
    const value: unknown = JSON.parse(text.slice(cursorPrefix.length))
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === sort &&
      typeof value[1] === 'string' &&
      typeof value[2] === 'string' &&
      isUuid(value[2])
    ) {
      const at = new Date(value[1])
      if (!Number.isNaN(at.getTime())) return [at, value[2]]
    }
  } catch {
    // not ours: refused by the caller
  }
  return undefined
}

const isLocalDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: athens }).isValid

const startOfDay = (date: string) => DateTime.fromISO(date, { zone: athens }).toJSDate()

const idProblem = (field: string) =>
  fieldError(field, 'invalid_format', 'Μη έγκυρο αναγνωριστικό.', 'Invalid id.')

/**
 * Checks a filter and turns it into SQL conditions.
 * @throws DomainError VALIDATION_FAILED, field by field (dates, a range over two years, ids,
 *   states, the search's length).
 */
export function parseBookingsFilter(
  input: AdminBookingsFilter,
  sort: AdminBookingsSort = 'starts_at_asc',
): ParsedBookingsFilter {
  const problems: FieldError[] = []
  const conditions: SQL[] = []
  const from = input.from ?? null
  const to = input.to ?? null
  if (from !== null && !isLocalDate(from)) {
    problems.push(
      fieldError(
        'filter.from',
        'invalid_format',
        'Δώστε ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ.',
        'Give a date YYYY-MM-DD.',
      ),
    )
  }
  if (to !== null && !isLocalDate(to)) {
    problems.push(
      fieldError(
        'filter.to',
        'invalid_format',
        'Δώστε ημερομηνία ΕΕΕΕ-ΜΜ-ΗΗ.',
        'Give a date YYYY-MM-DD.',
      ),
    )
  }
  if (from && to && isLocalDate(from) && isLocalDate(to)) {
    const days = DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days
    if (days < 0) {
      problems.push(
        fieldError(
          'filter.to',
          'before_start',
          'Η τελευταία ημερομηνία είναι πριν από την πρώτη.',
          'The last date is before the first.',
        ),
      )
    } else if (days + 1 > maxRangeDays) {
      problems.push(
        fieldError(
          'filter.to',
          'range_too_long',
          'Το διάστημα ημερομηνιών είναι έως δύο χρόνια.',
          'The date range is at most two years.',
        ),
      )
    }
  }
  for (const field of [
    'municipalityId',
    'kepId',
    'categoryId',
    'procedureId',
    'employeeId',
  ] as const) {
    const value = input[field]
    if (value && !isUuid(value)) problems.push(idProblem(`filter.${field}`))
  }
  const statuses = input.statuses ?? []
  if (statuses.some((s) => !statusValues.includes(s))) {
    problems.push(
      fieldError('filter.statuses', 'unknown_value', 'Άγνωστη κατάσταση.', 'Unknown state.'),
    )
  }
  const requirement = input.specialRequirement ?? null
  if (requirement !== null && !requirementValues.includes(requirement)) {
    problems.push(
      fieldError(
        'filter.specialRequirement',
        'unknown_value',
        'Άγνωστη ειδική απαίτηση.',
        'Unknown special requirement.',
      ),
    )
  }
  const region = input.region?.trim() ?? ''
  if (region.length > maxSearchLength) {
    problems.push(
      fieldError(
        'filter.region',
        'too_long',
        `Έως ${maxSearchLength} χαρακτήρες.`,
        `At most ${maxSearchLength} characters.`,
      ),
    )
  }
  const rawSearch = input.search?.trim() ?? ''
  if (rawSearch.length > maxSearchLength) {
    problems.push(
      fieldError(
        'filter.search',
        'too_long',
        `Έως ${maxSearchLength} χαρακτήρες.`,
        `At most ${maxSearchLength} characters.`,
      ),
    )
  }
  if (sort !== 'starts_at_asc' && sort !== 'starts_at_desc') {
    problems.push(fieldError('sort', 'unknown_value', 'Άγνωστη ταξινόμηση.', 'Unknown sort.'))
  }
  if (problems.length > 0) throw validationFailed(problems)

  if (from) conditions.push(gte(bookings.startsAt, startOfDay(from)))
  if (to) {
    const next = DateTime.fromISO(to, { zone: athens }).plus({ days: 1 }).toJSDate()
    conditions.push(lt(bookings.startsAt, next))
  }
  // where-conditions on the bookings alone, so that a page is read from bookings' own indexes
  // before anything is joined to it
  if (region) {
    conditions.push(inArray(bookings.kepId, kepsOfRegion(region)))
  }
  if (input.municipalityId) {
    conditions.push(
      inArray(
        bookings.kepId,
        sql`(select ${keps.id} from ${keps} where ${keps.municipalityId} = ${input.municipalityId})`,
      ),
    )
  }
  if (input.kepId) conditions.push(eq(bookings.kepId, input.kepId))
  if (input.categoryId) conditions.push(eq(bookings.categoryId, input.categoryId))
  if (input.procedureId) conditions.push(eq(bookings.procedureId, input.procedureId))
  if (input.employeeId) conditions.push(eq(bookings.employeeId, input.employeeId))
  if (statuses.length > 0) conditions.push(inArray(bookings.status, [...new Set(statuses)]))
  switch (requirement) {
    case 'any':
      conditions.push(
        or(
          eq(bookings.needsSignLanguage, true),
          eq(bookings.needsLipReading, true),
          sql`coalesce(${bookings.otherRequirements}, '') <> ''`,
        )!,
      )
      break
    case 'sign_language':
      conditions.push(eq(bookings.needsSignLanguage, true))
      break
    case 'lip_reading':
      conditions.push(eq(bookings.needsLipReading, true))
      break
    case 'other':
      conditions.push(sql`coalesce(${bookings.otherRequirements}, '') <> ''`)
      break
    case null:
      break
  }
  let search: ParsedBookingsFilter['search'] = null
  if (rawSearch !== '') {
    if (referencePattern.test(rawSearch)) {
      search = { kind: 'reference', text: rawSearch.toUpperCase() }
      conditions.push(eq(bookings.reference, search.text))
    } else if (rawSearch.includes('@')) {
      search = { kind: 'email', text: rawSearch.toLowerCase() }
      conditions.push(sql`lower(${bookings.email}) = ${search.text}`)
    } else {
      const folded = foldForSearch(rawSearch)
      search = { kind: 'name', text: folded }
      // every word the start of a word of the name, accents and case ignored; only letters and
      // digits reach the query's syntax
      const words = folded
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map((word) => `${word}:*`)
      conditions.push(
        words.length > 0
          ? sql`${nameWords} @@ to_tsquery('simple'::regconfig, ${words.join(' & ')})`
          : sql`false`,
      )
    }
  }
  return {
    filter: { ...input, region: region || null, search: rawSearch || null },
    sort,
    conditions,
    search,
  }
}

export function assertBookingsReader(
  actor: Actor,
): asserts actor is Extract<Actor, { kind: 'administrator' }> {
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
}

/** The KEPs of a region (named in Greek or English), as a subquery. */
function kepsOfRegion(region: string): SQL {
  return sql`(select ${keps.id} from ${keps} join ${municipalities} on ${municipalities.id} = ${keps.municipalityId} where ${municipalities.regionEl} = ${region} or ${municipalities.regionEn} = ${region})`
}

/**
 * One page of a parsed filter, `after` a decoded cursor: no authorisation, no audit (the list
 * and the export do both). Ties on the appointment time are broken by id, so pages never
 * repeat or skip a booking.
 */
export async function bookingsPage(
  db: Db,
  parsed: ParsedBookingsFilter,
  first: number,
  after: string | null,
): Promise<AdminBookingsPage> {
  const conditions = [...parsed.conditions]
  if (after !== null) {
    const cursor = decodeCursor(parsed.sort, after)
    if (!cursor) throw invalidCursor()
    const [at, id] = cursor
    conditions.push(
      parsed.sort === 'starts_at_asc'
        ? sql`(${bookings.startsAt}, ${bookings.id}) > (${at.toISOString()}::timestamptz, ${id}::uuid)`
        : sql`(${bookings.startsAt}, ${bookings.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    )
  }
  const ascending = parsed.sort === 'starts_at_asc'
  const order = ascending
    ? [asc(bookings.startsAt), asc(bookings.id)]
    : [desc(bookings.startsAt), desc(bookings.id)]
  // the page from bookings alone (its indexes, its order, its limit), then what it names
  const picked = db
    .select()
    .from(bookings)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(first + 1)
    .as('picked')
  const rows = (await db
    .select({
      id: picked.id,
      reference: picked.reference,
      status: picked.status,
      startsAt: picked.startsAt,
      endsAt: picked.endsAt,
      createdAt: picked.createdAt,
      fullName: picked.fullName,
      email: picked.email,
      needsSignLanguage: picked.needsSignLanguage,
      needsLipReading: picked.needsLipReading,
      otherRequirements: picked.otherRequirements,
      kepId: picked.kepId,
      kepNameEl: keps.nameEl,
      kepNameEn: keps.nameEn,
      municipalityId: keps.municipalityId,
      municipalityNameEl: municipalities.nameEl,
      municipalityNameEn: municipalities.nameEn,
      regionEl: municipalities.regionEl,
      regionEn: municipalities.regionEn,
      categoryId: picked.categoryId,
      categoryNameEl: serviceCategories.nameEl,
      categoryNameEn: serviceCategories.nameEn,
      procedureId: picked.procedureId,
      procedureTitleEl: procedures.titleEl,
      procedureTitleEn: procedures.titleEn,
      employeeId: picked.employeeId,
      employeeName: employees.fullName,
    })
    .from(picked)
    .innerJoin(keps, eq(keps.id, picked.kepId))
    .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
    .innerJoin(serviceCategories, eq(serviceCategories.id, picked.categoryId))
    .innerJoin(procedures, eq(procedures.id, picked.procedureId))
    .innerJoin(employees, eq(employees.id, picked.employeeId))
    .orderBy(
      ...(ascending
        ? [asc(picked.startsAt), asc(picked.id)]
        : [desc(picked.startsAt), desc(picked.id)]),
    )) as AdminBookingRow[]
  const page = rows.slice(0, first)
  const last = page.at(-1)
  return {
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(parsed.sort, last) : null,
    },
  }
}

const invalidCursor = () =>
  validationFailed([
    fieldError(
      'after',
      'invalid_cursor',
      'Μη έγκυρη σελίδα· ξεκινήστε από την πρώτη.',
      'The page cursor is not valid; start again from the first page.',
    ),
  ])

/** What an audit entry keeps of a filter: ids, dates, states; the search as a keyed hash. */
export function auditedFilter(parsed: ParsedBookingsFilter, auditKey: string) {
  const f = parsed.filter
  return {
    from: f.from ?? null,
    to: f.to ?? null,
    region: f.region ?? null,
    municipalityId: f.municipalityId ?? null,
    kepId: f.kepId ?? null,
    categoryId: f.categoryId ?? null,
    procedureId: f.procedureId ?? null,
    statuses: f.statuses && f.statuses.length > 0 ? [...f.statuses] : null,
    specialRequirement: f.specialRequirement ?? null,
    employeeId: f.employeeId ?? null,
    sort: parsed.sort,
    searchKind: parsed.search?.kind ?? null,
    searchHmac: parsed.search ? auditHmac(auditKey, parsed.search.text) : null,
  }
}

/**
 * A page of the network's bookings for the ministry's administrators (R3.5); each page read is
 * audited (`booking.list`) with its filter, the search only as a keyed hash (R7.2).
 * @throws DomainError FORBIDDEN for anyone else; VALIDATION_FAILED for a bad filter, `first`,
 *   sort or cursor.
 */
export async function adminBookings(
  db: Db,
  actor: Actor,
  args: {
    filter?: AdminBookingsFilter | null
    sort?: AdminBookingsSort | null
    first: number
    after?: string | null
  },
  meta: { auditKey: string; ip?: string | null; at?: Date },
): Promise<AdminBookingsPage> {
  assertBookingsReader(actor)
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > maxPageSize) {
    throw validationFailed([
      fieldError(
        'first',
        'out_of_range',
        `Από 1 έως ${maxPageSize} ανά σελίδα.`,
        `From 1 to ${maxPageSize} a page.`,
      ),
    ])
  }
  const sort = args.sort ?? 'starts_at_asc'
  const parsed = parseBookingsFilter(args.filter ?? {}, sort)
  const after = args.after ?? null
  if (after !== null && !decodeCursor(sort, after)) throw invalidCursor()
  const page = await bookingsPage(db, parsed, args.first, after)
  await recordAudit(db, {
    actor,
    action: 'booking.list',
    entity: 'booking',
    ip: meta.ip ?? null,
    at: meta.at,
    details: {
      ...auditedFilter(parsed, meta.auditKey),
      after: after !== null,
      rows: page.nodes.length,
    },
  })
  return page
}
