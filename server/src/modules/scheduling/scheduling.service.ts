import { and, eq, gt, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import {
  keps,
  municipalities,
  procedures,
  serviceCategories,
  type CategoryCode,
  type Procedure,
  type ServiceCategory,
} from '../catalog/index.js'
import {
  addDays,
  dayClock,
  datesBetween,
  holidayOn,
  localDateOf,
  type Holiday,
  type LocalDate,
} from './calendar.js'
import {
  closedOn,
  countFreeSlots,
  kepDateKey,
  kepOpenSpans,
  prepareRules,
  type AvailabilityRule,
  type ClosureRule,
  type HoursRule,
  type PreparedRules,
  type SchedulingData,
  type SchedulingParams,
  type Span,
  type SpecialHoursRule,
} from './slot-engine.js'
import {
  employeeAbsences,
  employeeAvailability,
  kepClosures,
  kepOpeningHours,
  kepSpecialHours,
  workstations,
} from './scheduling.table.js'
import { employees } from '../identity/index.js'
import { occupancy } from './occupancy.table.js'

export const maxRangeDays = 62

/** Where a citizen may be served: one KEP, any KEP of a municipality, or any KEP at all. */
export interface Scope {
  kepId?: string
  municipalityId?: string
}

export interface ScopeInput {
  category: CategoryCode
  procedureId: string
  municipalityId?: string | null
  kepId?: string | null
}

export interface ResolvedScope {
  category: ServiceCategory
  procedure: Procedure
  scope: Scope
}

/** One field's problem, in both languages. */
export const fieldError = (field: string, reason: string, el: string, en: string): FieldError => ({
  field,
  reason,
  message: { el, en },
})

/**
 * Checks that the procedure belongs to the field and the KEP to the municipality, and that the
 * municipal field names a KEP of the procedure's municipality (R4.4).
 * @throws DomainError VALIDATION_FAILED naming each bad field.
 */
export async function resolveScope(db: Db, input: ScopeInput): Promise<ResolvedScope> {
  const errors: FieldError[] = []
  const municipalityInput = input.municipalityId ?? undefined
  const kepInput = input.kepId ?? undefined
  // Independent look-ups, so in parallel: one round trip's wait instead of four.
  const [[category], [procedure], [municipality], [kep]] = await Promise.all([
    db.select().from(serviceCategories).where(eq(serviceCategories.code, input.category)),
    isUuid(input.procedureId)
      ? db
          .select()
          .from(procedures)
          .where(and(eq(procedures.id, input.procedureId), eq(procedures.active, true)))
      : [],
    municipalityInput !== undefined && isUuid(municipalityInput)
      ? db
          .select({ id: municipalities.id, participation: municipalities.participation })
          .from(municipalities)
          .where(eq(municipalities.id, municipalityInput))
      : [],
    kepInput !== undefined && isUuid(kepInput)
      ? db
          .select({
            municipalityId: keps.municipalityId,
            active: keps.active,
            participation: municipalities.participation,
          })
          .from(keps)
          .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
          .where(eq(keps.id, kepInput))
      : [],
  ])
  if (!category) {
    errors.push(
      fieldError('category', 'unknown', 'Άγνωστο θεματικό πεδίο.', 'Unknown thematic field.'),
    )
  }
  if (!procedure) {
    errors.push(fieldError('procedureId', 'unknown', 'Άγνωστη διαδικασία.', 'Unknown procedure.'))
  } else if (category && procedure.categoryId !== category.id) {
    errors.push(
      fieldError(
        'procedureId',
        'not_of_category',
        'Η διαδικασία δεν ανήκει στο θεματικό πεδίο που επιλέξατε.',
        'The procedure does not belong to the chosen thematic field.',
      ),
    )
  }

  let municipalityId = municipalityInput
  if (municipalityId !== undefined) {
    const m = municipality
    if (!m || m.participation !== 'participating') {
      errors.push(
        fieldError(
          'municipalityId',
          m ? 'not_participating' : 'unknown',
          'Ο δήμος δεν συμμετέχει στο myKEPlive.',
          'The municipality does not take part in myKEPlive.',
        ),
      )
    }
  }
  if (procedure?.municipalityId) {
    if (municipalityId !== undefined && municipalityId !== procedure.municipalityId) {
      errors.push(
        fieldError(
          'procedureId',
          'not_of_municipality',
          'Η διαδικασία δεν είναι υπηρεσία του δήμου που επιλέξατε.',
          'The procedure is not a service of the chosen municipality.',
        ),
      )
    }
    municipalityId = procedure.municipalityId
  }

  const kepId = kepInput
  if (kepId !== undefined) {
    const k = kep
    if (!k || !k.active || k.participation !== 'participating') {
      errors.push(
        fieldError(
          'kepId',
          'unknown',
          'Το ΚΕΠ δεν εξυπηρετεί με βιντεοκλήση.',
          'This KEP does not serve by video call.',
        ),
      )
    } else if (municipalityId !== undefined && k.municipalityId !== municipalityId) {
      errors.push(
        fieldError(
          'kepId',
          'not_of_municipality',
          'Το ΚΕΠ δεν ανήκει στον δήμο της υπηρεσίας· επιλέξτε ΚΕΠ του δήμου.',
          "The KEP is not in the service's municipality; choose a KEP of that municipality.",
        ),
      )
    }
  } else if (category?.municipal) {
    errors.push(
      fieldError(
        'kepId',
        'required',
        'Για τις υπηρεσίες του δήμου σας επιλέξτε ένα ΚΕΠ του δήμου.',
        'For municipal services, choose a KEP of the municipality.',
      ),
    )
  }

  if (errors.length > 0) throw validationFailed(errors)
  return {
    category: category!,
    procedure: procedure!,
    scope: kepId !== undefined ? { kepId } : { municipalityId },
  }
}

/** The SQL condition selecting the KEPs of a scope that serve by video. */
function eligibleKeps(scope: Scope) {
  const conditions: SQL[] = [
    eq(keps.active, true),
    eq(municipalities.participation, 'participating'),
  ]
  if (scope.kepId) conditions.push(eq(keps.id, scope.kepId))
  if (scope.municipalityId) conditions.push(eq(keps.municipalityId, scope.municipalityId))
  return and(...conditions)!
}

function eligibleKepIds(db: Db, scope: Scope) {
  return db
    .select({ id: keps.id })
    .from(keps)
    .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
    .where(eligibleKeps(scope))
}

interface CachedRules {
  version: string
  hoursByKep: Map<string, HoursRule[]>
  specialHours: Map<string, SpecialHoursRule[]>
  /** The reasons of extraordinary hours by kepDateKey, for the citizen's calendar. */
  specialReasons: Map<string, { el: string; en: string }>
  rules: PreparedRules
}

interface NationalRules extends CachedRules {
  /** Every rule with its KEP's municipality, to cut a scope's subset without a query. */
  rows: (AvailabilityRule & { municipalityId: string })[]
}

/**
 * Opening hours and availability change rarely but are large at national scale (50,000 rows):
 * each process keeps the whole country's, per database, and cuts a scope's subset from it in
 * memory. They are reloaded whenever the database's rules version (bumped by triggers on every
 * change, migration 0003) has moved, so no request ever sees rules older than its own read.
 */
const nationalCache = new Map<string, NationalRules>()
const scopeCache = new Map<string, { version: string; rules: PreparedRules }>()
const maxCachedScopes = 2000

async function loadNationalRules(db: Db, version: string): Promise<NationalRules> {
  const kepIds = eligibleKepIds(db, {})
  const [hours, special, rows] = await Promise.all([
    db
      .select({
        kepId: kepOpeningHours.kepId,
        weekday: kepOpeningHours.weekday,
        opensAt: kepOpeningHours.opensAt,
        closesAt: kepOpeningHours.closesAt,
        validFrom: kepOpeningHours.validFrom,
        validTo: kepOpeningHours.validTo,
        seasonFrom: kepOpeningHours.seasonFrom,
        seasonTo: kepOpeningHours.seasonTo,
      })
      .from(kepOpeningHours)
      .where(inArray(kepOpeningHours.kepId, kepIds)),
    // A few dates a year per KEP: small enough to keep whole with the weekly hours.
    db
      .select({
        kepId: kepSpecialHours.kepId,
        date: kepSpecialHours.onDate,
        opensAt: kepSpecialHours.opensAt,
        closesAt: kepSpecialHours.closesAt,
        reasonEl: kepSpecialHours.reasonEl,
        reasonEn: kepSpecialHours.reasonEn,
      })
      .from(kepSpecialHours)
      .where(inArray(kepSpecialHours.kepId, kepIds))
      .orderBy(kepSpecialHours.opensAt),
    db
      .select({
        employeeId: employeeAvailability.employeeId,
        kepId: employees.kepId,
        municipalityId: keps.municipalityId,
        workstationId: employeeAvailability.workstationId,
        weekday: employeeAvailability.weekday,
        startsAt: employeeAvailability.startsAt,
        endsAt: employeeAvailability.endsAt,
        validFrom: employeeAvailability.validFrom,
        validTo: employeeAvailability.validTo,
      })
      .from(employeeAvailability)
      .innerJoin(employees, eq(employees.id, employeeAvailability.employeeId))
      .innerJoin(keps, eq(keps.id, employees.kepId))
      .innerJoin(workstations, eq(workstations.id, employeeAvailability.workstationId))
      .where(
        and(
          inArray(employees.kepId, kepIds),
          eq(employees.active, true),
          eq(workstations.active, true),
        ),
      ),
  ])
  const hoursByKep = new Map<string, HoursRule[]>()
  for (const h of hours) push(hoursByKep, h.kepId, h)
  const specialHours = new Map<string, SpecialHoursRule[]>()
  const specialReasons = new Map<string, { el: string; en: string }>()
  for (const { reasonEl, reasonEn, ...window } of special) {
    const key = kepDateKey(window.kepId, window.date)
    push(specialHours, key, window)
    specialReasons.set(key, { el: reasonEl, en: reasonEn })
  }
  return {
    version,
    hoursByKep,
    specialHours,
    specialReasons,
    rows,
    rules: prepareRules(rows),
  }
}

async function rulesFor(db: Db, scope: Scope): Promise<CachedRules> {
  const [current] = rowsOf<{ id: string; version: string }>(
    await db.execute(
      sql`select database_id::text as id, version::text as version from scheduling_rules_version`,
    ),
  )
  const { id, version } = current!
  let national = nationalCache.get(id)
  if (!national || national.version !== version) {
    national = await loadNationalRules(db, version)
    nationalCache.set(id, national)
  }
  if (scope.kepId === undefined && scope.municipalityId === undefined) return national

  const key = `${id}|${scope.kepId ?? ''}|${scope.municipalityId ?? ''}`
  let scoped = scopeCache.get(key)
  if (!scoped || scoped.version !== version) {
    const subset = national.rows.filter((r) =>
      scope.kepId !== undefined
        ? r.kepId === scope.kepId
        : r.municipalityId === scope.municipalityId,
    )
    scoped = { version, rules: prepareRules(subset) }
    if (scopeCache.size >= maxCachedScopes) scopeCache.delete(scopeCache.keys().next().value!)
    scopeCache.set(key, scoped)
  }
  return { ...national, rules: scoped.rules }
}

/**
 * Everything availability needs for a scope and the local dates [from, to], in a fixed number
 * of queries whatever the number of KEPs, employees or days: the cached rules, then closures,
 * absences and the busy spans of active bookings.
 */
export async function loadSchedulingData(
  db: Db,
  scope: Scope,
  from: LocalDate,
  to: LocalDate,
  /** A reservation being moved: its own span does not block its new time. */
  ignoreReservationId?: string,
): Promise<SchedulingData & Pick<CachedRules, 'specialReasons'>> {
  const rangeStart = dayClock(from).at(0)
  const rangeEnd = dayClock(addDays(to, 1)).at(0)
  const kepIds = eligibleKepIds(db, scope)

  const [rules, closures, absences, busy] = await Promise.all([
    rulesFor(db, scope),
    db
      .select({
        kepId: kepClosures.kepId,
        startsOn: kepClosures.startsOn,
        endsOn: kepClosures.endsOn,
        recurring: kepClosures.recurring,
      })
      .from(kepClosures)
      .where(
        and(
          or(isNull(kepClosures.kepId), inArray(kepClosures.kepId, kepIds)),
          or(
            eq(kepClosures.recurring, true),
            and(lte(kepClosures.startsOn, to), sql`${kepClosures.endsOn} >= ${from}`),
          ),
        ),
      ),
    db
      .select({
        employeeId: employeeAbsences.employeeId,
        startsAt: employeeAbsences.startsAt,
        endsAt: employeeAbsences.endsAt,
      })
      .from(employeeAbsences)
      .innerJoin(employees, eq(employees.id, employeeAbsences.employeeId))
      .where(
        and(
          inArray(employees.kepId, kepIds),
          lt(employeeAbsences.startsAt, new Date(rangeEnd)),
          gt(employeeAbsences.endsAt, new Date(rangeStart)),
        ),
      ),
    // One row per employee and workstation, the spans packed as text: parsing 10,000 short
    // strings is far cheaper than 200,000 rows.
    db.execute(sql`
      select employee_id as "e", workstation_id as "w",
             string_agg(
               date_part('epoch', starts_at)::bigint || ':' ||
               date_part('epoch', blocked_until)::bigint, ',') as "spans"
      from (${busyOf(kepIds, scope, rangeStart, rangeEnd, ignoreReservationId)}) as busy
      group by employee_id, workstation_id`),
  ])

  const absencesByEmployee = new Map<string, Span[]>()
  for (const a of absences) {
    push(absencesByEmployee, a.employeeId, [a.startsAt.getTime(), a.endsAt.getTime()] as Span)
  }
  const busyByEmployee = new Map<string, Span[]>()
  const busyByWorkstation = new Map<string, Span[]>()
  for (const row of rowsOf<{ e: string; w: string; spans: string }>(busy)) {
    for (const pair of row.spans.split(',')) {
      const colon = pair.indexOf(':')
      // epoch seconds (date_part is far cheaper than extract's numeric arithmetic)
      const span: Span = [Number(pair.slice(0, colon)) * 1000, Number(pair.slice(colon + 1)) * 1000]
      push(busyByEmployee, row.e, span)
      push(busyByWorkstation, row.w, span)
    }
  }
  for (const spans of busyByEmployee.values()) spans.sort((x, y) => x[0] - y[0])
  for (const spans of busyByWorkstation.values()) spans.sort((x, y) => x[0] - y[0])
  return {
    hoursByKep: rules.hoursByKep,
    specialHours: rules.specialHours,
    specialReasons: rules.specialReasons,
    rules: rules.rules,
    closures: closures as ClosureRule[],
    absences: absencesByEmployee,
    busyByEmployee,
    busyByWorkstation,
  }
}

/**
 * The held reservations in a range that keep the scope's employees or workstations busy: busy
 * time belongs to the employee and the desk, wherever the booking was made (an employee moved
 * to another KEP is still busy with the bookings left at the old one; issue 12 defect 3).
 * Nationally that is every reservation; for a scope, those of its employees, and those at the
 * workstations its employees' availability names, each arm by its own index.
 */
function busyOf(
  kepIds: ReturnType<typeof eligibleKepIds>,
  scope: Scope,
  rangeStart: number,
  rangeEnd: number,
  ignoreReservationId: string | undefined,
): SQL {
  const active = sql`${occupancy.releasedAt} is null
        and ${occupancy.startsAt} < ${new Date(rangeEnd).toISOString()}::timestamptz
        and ${occupancy.blockedUntil} > ${new Date(rangeStart).toISOString()}::timestamptz
        ${ignoreReservationId ? sql`and ${occupancy.id} <> ${ignoreReservationId}` : sql``}`
  const columns = sql`select ${occupancy.employeeId}, ${occupancy.workstationId}, ${occupancy.startsAt}, ${occupancy.blockedUntil} from ${occupancy}`
  if (scope.kepId === undefined && scope.municipalityId === undefined) {
    return sql`${columns} where ${active}`
  }
  // UNION drops a booking both arms find (the database keeps one employee's spans disjoint)
  return sql`
      ${columns} where ${active}
        and ${occupancy.employeeId} in (select id from employees where kep_id in (${kepIds}))
      union
      ${columns} where ${active}
        and ${occupancy.workstationId} in (
          select a.workstation_id from employee_availability a
          join employees e on e.id = a.employee_id
          where e.kep_id in (${kepIds}))`
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The scheduling parameters of a field at an instant: notice and horizon from "now". */
export function paramsAt(category: ServiceCategory, now: Date): SchedulingParams {
  const today = localDateOf(now.getTime())
  return {
    callMinutes: category.callMinutes,
    bufferMinutes: category.bufferMinutes,
    slotStepMinutes: category.slotStepMinutes,
    earliest: now.getTime() + category.minNoticeMinutes * 60_000,
    latest: dayClock(addDays(today, category.horizonDays + 1)).at(0),
  }
}

export interface AvailabilityInput extends ScopeInput {
  from: LocalDate
  to: LocalDate
}

export interface AvailableSlot {
  startsAt: Date
  endsAt: Date
  /** Wall-clock start in Europe/Athens, HH:MM. */
  localTime: string
  /** How many employees could take it — never who. */
  freeEmployees: number
}

export interface AvailabilityDay {
  date: LocalDate
  holiday: Holiday | null
  /** The chosen KEP is closed that day (patron saint, local holiday, a public holiday, …). */
  closed: boolean
  /** Why the chosen KEP keeps extraordinary hours that day, if it does. */
  specialHours: { el: string; en: string } | null
  slots: AvailableSlot[]
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * What is wrong with a range of local dates asked for (fields `from` and `to`): a date that is
 * not one, an end before the start, more than `maxDays` days. Counted, not enumerated, so a
 * range of centuries costs nothing to refuse.
 */
export function dateRangeProblems(from: string, to: string, maxDays: number): FieldError[] {
  const problems: FieldError[] = []
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isoDate.test(value) || Number.isNaN(Date.parse(value))) {
      problems.push(fieldError(field, 'invalid_format', 'Μη έγκυρη ημερομηνία.', 'Invalid date.'))
    }
  }
  if (problems.length > 0) return problems
  if (to < from) {
    problems.push(
      fieldError(
        'to',
        'before_from',
        'Η τελική ημερομηνία είναι πριν από την αρχική.',
        'The end date is before the start date.',
      ),
    )
  } else if ((Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 > maxDays) {
    problems.push(
      fieldError(
        'to',
        'range_too_long',
        `Ζητήστε έως ${maxDays} ημέρες τη φορά.`,
        `Ask for at most ${maxDays} days at a time.`,
      ),
    )
  }
  return problems
}

/**
 * Bookable slots per local day for a field and procedure in a scope (public, R1.2), each with
 * the number of employees free for it.
 * @throws DomainError VALIDATION_FAILED for a bad range or scope.
 */
export async function availability(
  db: Db,
  clock: Clock,
  input: AvailabilityInput,
): Promise<{ callMinutes: number; lastBookableDate: LocalDate; days: AvailabilityDay[] }> {
  const range = dateRangeProblems(input.from, input.to, maxRangeDays)
  if (range.length > 0) throw validationFailed(range)

  const { category, scope } = await resolveScope(db, input)
  const dates = datesBetween(input.from, input.to)
  const data = await loadSchedulingData(db, scope, input.from, input.to)
  const now = clock.now()
  const params = paramsAt(category, now)

  const counts = countFreeSlots(dates, data, params)
  const callMs = category.callMinutes * 60_000
  return {
    callMinutes: category.callMinutes,
    // paramsAt's horizon: no slot starts on or after the day after this one
    lastBookableDate: addDays(localDateOf(now.getTime()), category.horizonDays),
    days: dates.map((date) => ({
      date,
      holiday: holidayOn(date) ?? null,
      closed:
        scope.kepId !== undefined &&
        kepOpenSpans(dayClock(date), scope.kepId, data, holidayOn(date) !== undefined).length === 0,
      specialHours:
        scope.kepId !== undefined && !closedOn(date, scope.kepId, data.closures)
          ? (data.specialReasons.get(kepDateKey(scope.kepId, date)) ?? null)
          : null,
      slots: (counts.get(date) ?? []).map(({ start, free }) => {
        const minutes = dayClock(date).minuteOfDay(start)
        return {
          startsAt: new Date(start),
          endsAt: new Date(start + callMs),
          localTime: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
          freeEmployees: free,
        }
      }),
    })),
  }
}
