import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type Column } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { keps, municipalities } from '../catalog/index.js'
import {
  addDays,
  dateRangeProblems,
  dayClock,
  deleteKepSpecialHours,
  inSeason,
  kepClosures,
  maxWindowsPerDay,
  specialDateProblems,
  specialHoursProblems,
  timeWindowProblems,
  kepOpeningHours,
  localDateOf,
  writeKepSpecialHours,
  type LocalDate,
  type SetSpecialHoursInput,
  type SpecialHoursDay,
} from '../scheduling/index.js'
import { changeWithImpact } from './impact.service.js'
import { assertKepChanger, assertSomeKepChanger, isKepManager } from './kep-reach.policy.js'
import type { Impact, ImpactInput } from './impact.types.js'

// A KEP's weekly opening hours and closures, as the ministry's OPERATORs and ADMINISTRATORs set
// them (issue 13 item 2, R3.4, R3.5), and their extraordinary hours on a date through the same
// impact preview: those are scheduling's (special-hours.service.ts), written and checked by its
// own functions inside the preview's transaction; this file never duplicates them.
//
// Variants. A KEP's weekly hours are one or more variants, each a week of windows that holds
// on the dates of its validity: an optional date range (validFrom..validTo, either end open)
// and an optional yearly season (MM-DD..MM-DD, both ends, may wrap the new year). A variant is
// named by those four values; setting a variant replaces every window of the same four values
// (and of the variant it `replaces`, to move a variant's range or season in one change) and no
// other. The slot engine opens a KEP on a date in the union of the variants that hold
// that date, so two variants may never hold on one date: summer hours next to all-year hours
// are written as two seasons that share no day (e.g. 06-15..09-15 and 09-16..06-14).

export interface WeeklyWindow {
  /** HH:MM, Europe/Athens. */
  opensAt: string
  closesAt: string
}

export interface WeeklyDay {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number
  windows: WeeklyWindow[]
}

export interface Variant {
  validFrom: LocalDate | null
  validTo: LocalDate | null
  seasonFrom: string | null
  seasonTo: string | null
}

export interface VariantKey {
  validFrom?: string | null
  validTo?: string | null
  seasonFrom?: string | null
  seasonTo?: string | null
}

const keyOf = (k: VariantKey): Variant => ({
  validFrom: k.validFrom ?? null,
  validTo: k.validTo ?? null,
  seasonFrom: k.seasonFrom?.trim() || null,
  seasonTo: k.seasonTo?.trim() || null,
})

export interface WeeklyHoursVariant extends Variant {
  /** Weekdays with at least one window, in order; a missing weekday is closed. */
  days: WeeklyDay[]
}

export interface WeekInput {
  /** The variant these hours take the place of, when its range or season changes. */
  replaces?: VariantKey | null
  validFrom?: string | null
  validTo?: string | null
  seasonFrom?: string | null
  seasonTo?: string | null
  days: { weekday: number; windows: WeeklyWindow[] }[]
}

export interface SetWeeklyHoursInput extends WeekInput {
  kepId: string
}

export interface BulkSetWeeklyHoursInput extends WeekInput {
  kepIds?: string[] | null
  region?: string | null
  municipalityId?: string | null
}

export interface Closure {
  id: string
  kepId: string | null
  startsOn: LocalDate
  endsOn: LocalDate
  recurring: boolean
  kind: 'closure' | 'suspension' | 'permanent'
  reason: { el: string; en: string }
}

export interface AddClosureInput {
  kepId?: string | null
  startsOn: string
  endsOn: string
  recurring: boolean
  reasonEl: string
  reasonEn: string
}

export { maxWindowsPerDay }
/** How far ahead a closure may end, and how long a closure or a listing may be. */
export const maxClosureDays = 731
const maxReasonLength = 200
const monthDay = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })
const closureNotFound = () => notFound({ el: 'Το κλείσιμο', en: 'The closure' })
const hhmm = (t: string) => t.slice(0, 5)
const today = (clock: Clock) => localDateOf(clock.now().getTime())

/** What citizens are told in the one email of a moved or cancelled booking. */
const hoursChanged = {
  el: 'Άλλαξε το ωράριο λειτουργίας του ΚΕΠ.',
  en: 'The opening hours of the KEP have changed.',
}

// ---------------------------------------------------------------------------------------------
// Who may

/** Reads: any of the ministry's administrators, or a KEP's manager for their own KEP. */
async function kepReadable(db: Db, actor: Actor, kepId: string): Promise<void> {
  const manager = actor.kind === 'employee' && actor.role === 'manager'
  if (!isAdministrator(actor, 'auditor') && !manager) throw forbidden()
  if (!isUuid(kepId) || (manager && actor.kepId !== kepId)) throw kepNotFound()
  await kepExists(db, kepId)
}

async function kepExists(db: Db, kepId: string): Promise<void> {
  if (!isUuid(kepId)) throw kepNotFound()
  const [kep] = await db.select({ id: keps.id }).from(keps).where(eq(keps.id, kepId))
  if (!kep) throw kepNotFound()
}

function assertOperator(actor: Actor): void {
  if (!isAdministrator(actor, 'operator')) throw forbidden()
}

// ---------------------------------------------------------------------------------------------
// Variants

const sameVariant = (a: Variant, b: Variant) =>
  a.validFrom === b.validFrom &&
  a.validTo === b.validTo &&
  a.seasonFrom === b.seasonFrom &&
  a.seasonTo === b.seasonTo

const holds = (v: Variant, date: LocalDate) =>
  (v.validFrom === null || v.validFrom <= date) &&
  (v.validTo === null || date <= v.validTo) &&
  (v.seasonFrom === null ||
    v.seasonTo === null ||
    inSeason(date.slice(5), v.seasonFrom, v.seasonTo))

/**
 * The first date on which both variants hold, if any. Seasons repeat every year (29 February
 * every four), so four years of the common date range decide.
 */
export function firstCommonDate(a: Variant, b: Variant): LocalDate | undefined {
  const from = [a.validFrom, b.validFrom].filter((d) => d !== null).sort()
  const to = [a.validTo, b.validTo].filter((d) => d !== null).sort()
  const start = from.at(-1) ?? (to[0] ? addDays(to[0], -1461) : '2000-01-01')
  const end = to[0] ?? addDays(start, 1461)
  if (end < start) return undefined
  if (a.seasonFrom === null && b.seasonFrom === null) return start
  const last = end < addDays(start, 1461) ? end : addDays(start, 1461)
  for (let d = start; d <= last; d = addDays(d, 1)) if (holds(a, d) && holds(b, d)) return d
  return undefined
}

const describeVariant = (v: Variant): { el: string; en: string } => {
  const parts = { el: [] as string[], en: [] as string[] }
  if (v.validFrom !== null || v.validTo !== null) {
    parts.el.push(`από ${v.validFrom ?? '—'} έως ${v.validTo ?? '—'}`)
    parts.en.push(`from ${v.validFrom ?? '—'} to ${v.validTo ?? '—'}`)
  }
  if (v.seasonFrom !== null) {
    parts.el.push(`κάθε χρόνο ${v.seasonFrom} έως ${v.seasonTo}`)
    parts.en.push(`every year ${v.seasonFrom} to ${v.seasonTo}`)
  }
  return parts.el.length === 0
    ? { el: 'όλο τον χρόνο', en: 'all year' }
    : { el: parts.el.join(', '), en: parts.en.join(', ') }
}

const validMonthDay = (md: string) =>
  monthDay.test(md) && Number(md.slice(3)) <= daysInMonth[Number(md.slice(0, 2)) - 1]!

/** The variant of a week, with every problem of its dates, days and windows. */
function weekProblems(
  input: WeekInput,
  now: LocalDate,
): { variant: Variant; errors: FieldError[] } {
  const errors: FieldError[] = []
  const variant = keyOf(input)
  for (const [field, value] of [
    ['input.validFrom', variant.validFrom],
    ['input.validTo', variant.validTo],
  ] as const) {
    if (value !== null && dateRangeProblems(value, value, 1).length > 0) {
      errors.push(fieldError(field, 'invalid_format', 'Μη έγκυρη ημερομηνία.', 'Invalid date.'))
    }
  }
  if (errors.length === 0 && variant.validFrom && variant.validTo) {
    if (variant.validTo < variant.validFrom) {
      errors.push(
        fieldError(
          'input.validTo',
          'before_start',
          'Η λήξη ισχύος πρέπει να είναι μετά την έναρξη.',
          'The end of validity must not be before its start.',
        ),
      )
    }
  }
  if (errors.length === 0 && variant.validTo !== null && variant.validTo < now) {
    errors.push(
      fieldError(
        'input.validTo',
        'in_past',
        'Το ωράριο αυτό έχει λήξει· δεν αλλάζει πια.',
        'These hours have ended; they can no longer be changed.',
      ),
    )
  }
  for (const [field, value, other] of [
    ['input.seasonFrom', variant.seasonFrom, variant.seasonTo],
    ['input.seasonTo', variant.seasonTo, variant.seasonFrom],
  ] as const) {
    if (value !== null && !validMonthDay(value)) {
      errors.push(
        fieldError(
          field,
          'invalid_format',
          'Ημέρα του έτους ΜΜ-ΗΗ, π.χ. 06-15.',
          'A day of the year MM-DD, e.g. 06-15.',
        ),
      )
    } else if (value === null && other !== null) {
      errors.push(
        fieldError(
          field,
          'season_never_ends',
          'Μια περίοδος χρειάζεται αρχή και τέλος (ΜΜ-ΗΗ).',
          'A season needs both a start and an end (MM-DD): one that never ends is the all-year hours.',
        ),
      )
    }
  }

  const seen = new Set<number>()
  input.days.forEach((day, i) => {
    const at = `input.days[${i}]`
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      errors.push(
        fieldError(
          `${at}.weekday`,
          'out_of_range',
          'Ημέρα της εβδομάδας από 1 (Δευτέρα) έως 7 (Κυριακή).',
          'A weekday from 1 (Monday) to 7 (Sunday).',
        ),
      )
    } else if (seen.has(day.weekday)) {
      errors.push(
        fieldError(
          `${at}.weekday`,
          'duplicate',
          'Η ημέρα δίνεται δύο φορές· βάλτε όλα τα διαστήματά της μαζί.',
          'The weekday is given twice; put all its windows together.',
        ),
      )
    }
    seen.add(day.weekday)
    errors.push(...timeWindowProblems(at, day.windows, { required: false }))
  })
  return { variant, errors }
}

/** The problem, if any, of a variant that would hold on a date another variant holds. */
function overlapProblem(
  field: string,
  variant: Variant,
  replaced: Variant,
  others: Variant[],
  kepLabel?: { el: string; en: string },
): FieldError | undefined {
  for (const other of others) {
    if (sameVariant(other, variant) || sameVariant(other, replaced)) continue
    const date = firstCommonDate(variant, other)
    if (date === undefined) continue
    const which = describeVariant(other)
    const where = kepLabel
      ? { el: ` (${kepLabel.el})`, en: ` (${kepLabel.en})` }
      : { el: '', en: '' }
    return fieldError(
      field,
      'overlaps_variant',
      `Άλλο ωράριο${where.el} (${which.el}) ισχύει ήδη σε κοινές ημερομηνίες, π.χ. ${date}: ορίστε διάστημα ή περίοδο που δεν επικαλύπτεται, ή αλλάξτε εκείνο πρώτα.`,
      `Other hours${where.en} (${which.en}) already hold on some of the same dates, e.g. ${date}: give a date range or season that does not overlap, or change those first.`,
    )
  }
  return undefined
}

const replacesUnknown = () =>
  fieldError(
    'input.replaces',
    'unknown',
    'Το ΚΕΠ δεν έχει ωράριο με αυτό το διάστημα και την περίοδο.',
    'The KEP has no hours of that date range and season.',
  )

/** The field an overlap is reported on: what makes the variant, its season first. */
const variantField = (v: Variant) =>
  v.seasonFrom !== null
    ? 'input.seasonFrom'
    : v.validFrom !== null
      ? 'input.validFrom'
      : 'input.validTo'

/**
 * The bookings a change of these date ranges can touch start in this window: from the first
 * range's first day to the end of the last one's last day; open where any range is open.
 */
function watchWindow(ranges: { from: LocalDate | null; to: LocalDate | null }[]): {
  from?: Date
  to?: Date
} {
  const froms = ranges.map((r) => r.from)
  const tos = ranges.map((r) => r.to)
  const startOf = (d: LocalDate) => new Date(dayClock(d).at(0))
  return {
    ...(froms.every((f) => f !== null) ? { from: startOf(froms.sort()[0]!) } : {}),
    ...(tos.every((t) => t !== null) ? { to: startOf(addDays(tos.sort().at(-1)!, 1)) } : {}),
  }
}

const rangeOf = (v: Variant) => ({ from: v.validFrom, to: v.validTo })

// ---------------------------------------------------------------------------------------------
// Reading

type HoursRow = typeof kepOpeningHours.$inferSelect

function variantsOf(rows: HoursRow[]): WeeklyHoursVariant[] {
  const variants: WeeklyHoursVariant[] = []
  for (const r of rows) {
    let v = variants.find((x) => sameVariant(x, r))
    if (!v) {
      v = {
        validFrom: r.validFrom,
        validTo: r.validTo,
        seasonFrom: r.seasonFrom,
        seasonTo: r.seasonTo,
        days: [],
      }
      variants.push(v)
    }
    let day = v.days.find((d) => d.weekday === r.weekday)
    if (!day) v.days.push((day = { weekday: r.weekday, windows: [] }))
    day.windows.push({ opensAt: hhmm(r.opensAt), closesAt: hhmm(r.closesAt) })
  }
  for (const v of variants) {
    v.days.sort((a, b) => a.weekday - b.weekday)
    for (const d of v.days) d.windows.sort((a, b) => (a.opensAt < b.opensAt ? -1 : 1))
  }
  // all-year first, then by start
  const key = (v: Variant) => `${v.validFrom ?? ''} ${v.seasonFrom ?? ''}`
  return variants.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

async function hoursRowsOf(db: Db, kepIds: string[]): Promise<HoursRow[]> {
  if (kepIds.length === 0) return []
  return db
    .select()
    .from(kepOpeningHours)
    .where(inArray(kepOpeningHours.kepId, kepIds))
    .orderBy(asc(kepOpeningHours.weekday), asc(kepOpeningHours.opensAt))
}

/**
 * A KEP's weekly hours, every variant (R3.4).
 * @throws DomainError FORBIDDEN (not an administrator or a manager), NOT_FOUND (a manager's
 * other KEP, an unknown one).
 */
export async function kepWeeklyHours(
  db: Db,
  actor: Actor,
  kepId: string,
): Promise<{ kepId: string; variants: WeeklyHoursVariant[] }> {
  await kepReadable(db, actor, kepId)
  return { kepId, variants: variantsOf(await hoursRowsOf(db, [kepId])) }
}

// ---------------------------------------------------------------------------------------------
// Changing

/** Replaces one variant of one KEP's week (rows of the other variants untouched). */
async function replaceVariant(
  tx: Db,
  clock: Clock,
  actor: Actor,
  kepId: string,
  variant: Variant,
  replaced: Variant,
  days: WeeklyDay[],
  current: WeeklyHoursVariant[],
  ip: string | null | undefined,
  bulk?: { kepCount: number },
): Promise<void> {
  const same = (column: Column, v: string | null) => (v === null ? isNull(column) : eq(column, v))
  const rowsOfVariant = (v: Variant) =>
    and(
      same(kepOpeningHours.validFrom, v.validFrom),
      same(kepOpeningHours.validTo, v.validTo),
      same(kepOpeningHours.seasonFrom, v.seasonFrom),
      same(kepOpeningHours.seasonTo, v.seasonTo),
    )
  await tx
    .delete(kepOpeningHours)
    .where(
      and(eq(kepOpeningHours.kepId, kepId), or(rowsOfVariant(variant), rowsOfVariant(replaced))),
    )
  const before = current.filter((v) => sameVariant(v, variant) || sameVariant(v, replaced))
  const rows = days.flatMap((d) =>
    d.windows.map((w) => ({ kepId, weekday: d.weekday, ...variant, ...w })),
  )
  if (rows.length > 0) await tx.insert(kepOpeningHours).values(rows)
  await recordAudit(tx, {
    actor,
    action: rows.length > 0 ? 'kep.weekly_hours.set' : 'kep.weekly_hours.remove',
    entity: 'kep',
    entityId: kepId,
    ip,
    at: clock.now(),
    details: {
      variant,
      ...(sameVariant(replaced, variant) ? {} : { replaced }),
      before: before.length > 0 ? before : null,
      after: rows.length > 0 ? { ...variant, days } : null,
      ...(bulk ? { bulk } : {}),
    },
  })
}

/** The week's days in order, each window sorted, closed days left out. */
const normalDays = (days: WeekInput['days']): WeeklyDay[] =>
  days
    .filter((d) => d.windows.length > 0)
    .map((d) => ({
      weekday: d.weekday,
      windows: [...d.windows]
        .map((w) => ({ opensAt: w.opensAt, closesAt: w.closesAt }))
        .sort((a, b) => (a.opensAt < b.opensAt ? -1 : 1)),
    }))
    .sort((a, b) => a.weekday - b.weekday)

/**
 * Sets one variant of a KEP's weekly hours (R3.4, R3.5): the windows of the same date range and
 * season are replaced by these; a week without windows removes the variant. Previewed first;
 * future bookings outside the new hours are listed (kept, moved or cancelled per
 * `impact.uncovered`).
 * @throws DomainError FORBIDDEN (not an OPERATOR or ADMINISTRATOR), NOT_FOUND (the KEP),
 * VALIDATION_FAILED per field, STALE_PREVIEW (apply after the world changed).
 */
export async function setKepWeeklyHours(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SetWeeklyHoursInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; weeklyHours: { kepId: string; variants: WeeklyHoursVariant[] } }> {
  assertOperator(actor)
  await kepExists(db, input.kepId)
  const { variant, errors } = weekProblems(input, today(clock))
  if (errors.length > 0) throw validationFailed(errors)
  const days = normalDays(input.days)
  const current = variantsOf(await hoursRowsOf(db, [input.kepId]))
  const replaced = input.replaces ? keyOf(input.replaces) : variant
  if (!current.some((v) => sameVariant(v, replaced)) && !sameVariant(replaced, variant)) {
    throw validationFailed([replacesUnknown()])
  }
  if (days.length > 0) {
    const overlap = overlapProblem(variantField(variant), variant, replaced, current)
    if (overlap) throw validationFailed([overlap])
  }
  const { impact: outcome, result } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: { kepIds: [input.kepId], ...watchWindow([rangeOf(variant), rangeOf(replaced)]) },
      reason: hoursChanged,
      subject: input,
    },
    async (tx) => {
      await replaceVariant(tx, clock, actor, input.kepId, variant, replaced, days, current, ip)
      return variantsOf(await hoursRowsOf(tx, [input.kepId]))
    },
  )
  return { impact: outcome, weeklyHours: { kepId: input.kepId, variants: result } }
}

/** The active KEPs a bulk change names, by exactly one of its selectors. */
async function selectedKeps(
  db: Db,
  input: BulkSetWeeklyHoursInput,
): Promise<{ id: string; code: string; nameEl: string; nameEn: string }[]> {
  const given = [
    input.kepIds != null,
    (input.region ?? '').trim() !== '',
    input.municipalityId != null,
  ].filter(Boolean).length
  if (given !== 1) {
    throw validationFailed([
      fieldError(
        'input.kepIds',
        'one_selector',
        'Επιλέξτε ΚΕΠ με έναν τρόπο: κατάλογο, περιφέρεια ή δήμο.',
        'Choose the KEPs one way: a list, a region or a municipality.',
      ),
    ])
  }
  const columns = { id: keps.id, code: keps.code, nameEl: keps.nameEl, nameEn: keps.nameEn }
  if (input.kepIds != null) {
    const ids = [...new Set(input.kepIds)]
    const bad = input.kepIds.findIndex((id) => !isUuid(id))
    const found =
      bad === -1 && ids.length > 0
        ? await db.select(columns).from(keps).where(inArray(keps.id, ids))
        : []
    const missing =
      bad !== -1 ? bad : input.kepIds.findIndex((id) => !found.some((k) => k.id === id))
    if (ids.length === 0 || missing !== -1) {
      throw validationFailed([
        ids.length === 0
          ? fieldError(
              'input.kepIds',
              'required',
              'Επιλέξτε τουλάχιστον ένα ΚΕΠ.',
              'Choose at least one KEP.',
            )
          : fieldError(`input.kepIds[${missing}]`, 'unknown', 'Άγνωστο ΚΕΠ.', 'Unknown KEP.'),
      ])
    }
    return found
  }
  const where =
    input.municipalityId != null
      ? isUuid(input.municipalityId)
        ? eq(keps.municipalityId, input.municipalityId)
        : undefined
      : or(
          sql`lower(${municipalities.regionEl}) = lower(${input.region!.trim()})`,
          sql`lower(${municipalities.regionEn}) = lower(${input.region!.trim()})`,
        )
  const found = where
    ? await db
        .select(columns)
        .from(keps)
        .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
        .where(and(where, eq(keps.active, true)))
        .orderBy(asc(keps.code))
    : []
  if (found.length === 0) {
    const field = input.municipalityId != null ? 'input.municipalityId' : 'input.region'
    throw validationFailed([
      fieldError(field, 'no_keps', 'Δεν βρέθηκαν ενεργά ΚΕΠ εκεί.', 'No active KEPs found there.'),
    ])
  }
  return found
}

/**
 * One week to many KEPs (e.g. every active KEP of a region) in one transaction, with one impact
 * preview for all: each KEP's variant of the same range and season is replaced, as
 * setKepWeeklyHours does for one. Refused as a whole when the week, or any KEP's other
 * variants, make it invalid.
 * @throws DomainError FORBIDDEN, VALIDATION_FAILED (the selector, the week, a KEP whose other
 * hours overlap), STALE_PREVIEW.
 */
export async function bulkSetWeeklyHours(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: BulkSetWeeklyHoursInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; kepIds: string[] }> {
  assertOperator(actor)
  const { variant, errors } = weekProblems(input, today(clock))
  if (errors.length > 0) throw validationFailed(errors)
  const targets = await selectedKeps(db, input)
  const days = normalDays(input.days)
  const rows = await hoursRowsOf(
    db,
    targets.map((k) => k.id),
  )
  const currentOf = new Map(
    targets.map((k) => [k.id, variantsOf(rows.filter((r) => r.kepId === k.id))]),
  )
  const replaced = input.replaces ? keyOf(input.replaces) : variant
  if (days.length > 0) {
    const problems = targets.flatMap((k) => {
      const p = overlapProblem(variantField(variant), variant, replaced, currentOf.get(k.id)!, {
        el: `${k.code} ${k.nameEl}`,
        en: `${k.code} ${k.nameEn}`,
      })
      return p ? [p] : []
    })
    if (problems.length > 0) throw validationFailed(problems)
  }
  const kepIds = targets.map((k) => k.id)
  const { impact: outcome } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: { kepIds, ...watchWindow([rangeOf(variant), rangeOf(replaced)]) },
      reason: hoursChanged,
      subject: { ...input, kepIds },
    },
    async (tx) => {
      for (const k of targets) {
        await replaceVariant(
          tx,
          clock,
          actor,
          k.id,
          variant,
          replaced,
          days,
          currentOf.get(k.id)!,
          ip,
          {
            kepCount: targets.length,
          },
        )
      }
    },
  )
  return { impact: outcome, kepIds }
}

// ---------------------------------------------------------------------------------------------
// Closures

type ClosureRow = typeof kepClosures.$inferSelect

const toClosure = (r: ClosureRow): Closure => ({
  id: r.id,
  kepId: r.kepId,
  startsOn: r.startsOn,
  endsOn: r.endsOn,
  recurring: r.recurring,
  kind: r.kind,
  reason: { el: r.reasonEl, en: r.reasonEn },
})

/** Whether a closure closes some date of [from, to]: a recurring one on its month-days. */
function closesWithin(c: ClosureRow, from: LocalDate, to: LocalDate): boolean {
  if (!c.recurring) return c.startsOn <= to && c.endsOn >= from
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (inSeason(d.slice(5), c.startsOn.slice(5), c.endsOn.slice(5))) return true
  }
  return false
}

/**
 * The closures, suspensions and permanent closings that close some date of [from, to]: of one
 * KEP (those of every KEP included), or of the whole network when no KEP is named. A manager
 * reads their own KEP's.
 * @throws DomainError FORBIDDEN, NOT_FOUND (the KEP), VALIDATION_FAILED (the range).
 */
export async function listKepClosures(
  db: Db,
  actor: Actor,
  args: { kepId?: string | null; from: string; to: string },
): Promise<Closure[]> {
  const own = actor.kind === 'employee' && actor.role === 'manager' ? actor.kepId : undefined
  const kepId = args.kepId ?? own ?? null
  if (kepId !== null) await kepReadable(db, actor, kepId)
  else if (!isAdministrator(actor, 'auditor')) throw forbidden()
  const errors = dateRangeProblems(args.from, args.to, maxClosureDays)
  if (errors.length > 0) throw validationFailed(errors)
  const rows = await db
    .select()
    .from(kepClosures)
    .where(
      and(
        kepId === null ? undefined : or(eq(kepClosures.kepId, kepId), isNull(kepClosures.kepId)),
        or(
          eq(kepClosures.recurring, true),
          and(lte(kepClosures.startsOn, args.to), gte(kepClosures.endsOn, args.from)),
        ),
      ),
    )
    .orderBy(asc(kepClosures.startsOn), asc(kepClosures.id))
  return rows.filter((r) => closesWithin(r, args.from, args.to)).map(toClosure)
}

function closureProblems(input: AddClosureInput, now: LocalDate): FieldError[] {
  const errors = dateRangeProblems(input.startsOn, input.endsOn, maxClosureDays + 1).map((e) => ({
    ...e,
    field:
      e.field === 'from'
        ? 'input.startsOn'
        : e.field === 'to'
          ? 'input.endsOn'
          : `input.${e.field}`,
  }))
  if (errors.length === 0) {
    if (input.recurring && addDays(input.startsOn, 365) <= input.endsOn) {
      errors.push(
        fieldError(
          'input.endsOn',
          'too_long',
          'Ένα ετήσιο κλείσιμο διαρκεί λιγότερο από έναν χρόνο.',
          'A yearly closure lasts less than a year.',
        ),
      )
    }
    if (!input.recurring && input.startsOn < now) {
      errors.push(
        fieldError(
          'input.startsOn',
          'in_past',
          'Το κλείσιμο πρέπει να ξεκινά από σήμερα και μετά.',
          'The closure must start today or later.',
        ),
      )
    } else if (!input.recurring && input.endsOn > addDays(now, maxClosureDays)) {
      errors.push(
        fieldError(
          'input.endsOn',
          'too_far',
          `Κλείσιμο έως ${maxClosureDays} ημέρες μπροστά.`,
          `A closure up to ${maxClosureDays} days ahead.`,
        ),
      )
    }
  }
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
          'Γράψτε τον λόγο, όπως θα τον δουν οι πολίτες.',
          'Give the reason, as citizens will see it.',
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

/**
 * Closes a KEP (or, kepId null, every KEP: ADMINISTRATORs only) on a date range, once or every
 * year (R3.4); a KEP's manager closes their own KEP (issue 14 item 7). Previewed first: the future bookings on those days are listed (kept, moved or
 * cancelled per `impact.uncovered`, the citizens told the closure's reason).
 * @throws DomainError FORBIDDEN, NOT_FOUND (the KEP), VALIDATION_FAILED per field, STALE_PREVIEW.
 */
export async function addKepClosure(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: AddClosureInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; closure: Closure | null }> {
  assertSomeKepChanger(actor)
  const kepId = input.kepId ?? null
  // every KEP at once: an ADMINISTRATOR's; one KEP: an OPERATOR's, or its own manager's
  if (kepId === null && !isAdministrator(actor, 'administrator')) throw forbidden()
  if (kepId !== null) {
    assertKepChanger(actor, kepId)
    await kepExists(db, kepId)
  }
  const errors = closureProblems(input, today(clock))
  if (errors.length > 0) throw validationFailed(errors)
  const reason = { el: input.reasonEl.trim(), en: input.reasonEn.trim() }
  const watched =
    kepId !== null
      ? [kepId]
      : (await db.select({ id: keps.id }).from(keps).where(eq(keps.active, true))).map((k) => k.id)
  const { impact: outcome, result } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: {
        kepIds: watched,
        ...(input.recurring ? {} : watchWindow([{ from: input.startsOn, to: input.endsOn }])),
      },
      reason,
      subject: input,
    },
    async (tx) => {
      const [row] = await tx
        .insert(kepClosures)
        .values({
          kepId,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          recurring: input.recurring,
          kind: 'closure',
          reasonEl: reason.el,
          reasonEn: reason.en,
        })
        .returning()
      const closure = toClosure(row!)
      await recordAudit(tx, {
        actor,
        action: 'kep.closure.add',
        entity: kepId === null ? 'kep_network' : 'kep',
        entityId: kepId,
        ip,
        at: clock.now(),
        details: { before: null, after: closure },
      })
      return closure
    },
  )
  return { impact: outcome, closure: outcome.applied ? result : null }
}

/**
 * Removes a closure: the KEP opens on those days again (no booking can be affected). Suspensions
 * and permanent closings are the KEP's own operations, refused here; a closure of every KEP is
 * an ADMINISTRATOR's; a KEP's manager removes their own KEP's (another KEP's is NOT_FOUND).
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (not a closure).
 */
export async function removeKepClosure(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string | null,
): Promise<Closure> {
  assertSomeKepChanger(actor)
  if (!isUuid(id)) throw closureNotFound()
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(kepClosures).where(eq(kepClosures.id, id)).for('update')
    // another KEP's closure is not there for a manager
    if (!row || (isKepManager(actor) && row.kepId !== null && row.kepId !== actor.kepId)) {
      throw closureNotFound()
    }
    if (row.kepId === null && !isAdministrator(actor, 'administrator')) throw forbidden()
    if (row.kind !== 'closure') {
      throw validationFailed([
        fieldError(
          'id',
          'not_a_closure',
          'Η αναστολή ή η οριστική παύση ενός ΚΕΠ αλλάζει από τη σελίδα του ΚΕΠ.',
          "A KEP's suspension or permanent closing is changed from the KEP itself.",
        ),
      ])
    }
    await tx.delete(kepClosures).where(eq(kepClosures.id, id))
    const closure = toClosure(row)
    await recordAudit(tx, {
      actor,
      action: 'kep.closure.remove',
      entity: row.kepId === null ? 'kep_network' : 'kep',
      entityId: row.kepId,
      ip,
      at: clock.now(),
      details: { before: closure, after: null },
    })
    return closure
  })
}

// ---------------------------------------------------------------------------------------------
// Extraordinary hours

/** What citizens are told in the one email of a booking moved or cancelled by a day's hours. */
const dayHoursChanged = {
  el: 'Άλλαξε το ωράριο λειτουργίας του ΚΕΠ την ημέρα του ραντεβού σας.',
  en: 'The opening hours of the KEP on the day of your appointment have changed.',
}

/** The bookings a change of one day's hours can touch: that KEP's, that Athens day's. */
const dayWatch = (kepId: string, date: LocalDate) => ({
  kepIds: [kepId],
  ...watchWindow([{ from: date, to: date }]),
})

/**
 * Sets a KEP's extraordinary hours on a date (R3.4, R3.5), replacing that day's, through the
 * impact preview: the future bookings of that day outside the new hours are listed (kept,
 * moved or cancelled per `impact.uncovered`). Scheduling writes and audits them.
 * OPERATORs and ADMINISTRATORs for any KEP, a KEP's manager for their own (issue 14 item 7).
 * @throws DomainError FORBIDDEN (not an OPERATOR, ADMINISTRATOR or manager), NOT_FOUND (the KEP;
 * another KEP's, to a manager), VALIDATION_FAILED per field, STALE_PREVIEW.
 */
export async function setKepSpecialHoursWithImpact(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SetSpecialHoursInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; specialHours: SpecialHoursDay }> {
  assertKepChanger(actor, input.kepId)
  await kepExists(db, input.kepId)
  const errors = specialHoursProblems(input, clock.now())
  if (errors.length > 0) throw validationFailed(errors)
  const { impact: outcome, result } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: dayWatch(input.kepId, input.date),
      reason: dayHoursChanged,
      subject: { specialHours: input },
    },
    (tx) => writeKepSpecialHours(tx, clock, actor, input, ip),
  )
  return { impact: outcome, specialHours: result }
}

/**
 * Removes a KEP's extraordinary hours on a date (its weekly hours, or a holiday's closure,
 * apply again) through the impact preview, as setting them does. `removed` false: the KEP had
 * none that day (nothing written, no booking touched).
 * @throws DomainError FORBIDDEN, NOT_FOUND (the KEP), VALIDATION_FAILED (the date),
 * STALE_PREVIEW.
 */
export async function removeKepSpecialHoursWithImpact(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { kepId: string; date: string },
  impact: ImpactInput,
  ip?: string | null,
): Promise<{ impact: Impact; removed: boolean }> {
  assertKepChanger(actor, input.kepId)
  await kepExists(db, input.kepId)
  const errors = specialDateProblems(input.date, clock.now())
  if (errors.length > 0) throw validationFailed(errors)
  const { impact: outcome, result } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: dayWatch(input.kepId, input.date),
      reason: dayHoursChanged,
      subject: { removeSpecialHours: input },
    },
    (tx) => deleteKepSpecialHours(tx, clock, actor, input, ip),
  )
  return { impact: outcome, removed: result }
}
