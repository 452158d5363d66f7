import { and, eq, inArray, sql, type SQL } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Clock } from '../../platform/clock.js'
import { executePrepared, rowsOf, type Db } from '../../platform/db/client.js'
import { fieldError, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import {
  keps,
  municipalities,
  procedures,
  serviceCategories,
  serviceCategoryParameters,
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
  slotGrid,
  type Holiday,
  type LocalDate,
} from './calendar.js'
import {
  buildOccupancyIndex,
  changeColumns,
  parseChanges,
  type OccupancyChange,
  type OccupancyIndex,
} from './occupancy-index.js'
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
  type SlotCount,
  type Span,
  type SpanLookup,
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

const kepMunicipality = alias(municipalities, 'kep_municipality')

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

/** A field's scheduling parameters (R3.3, R4.3): one version's, or the field row's own. */
export interface FieldParameters {
  callMinutes: number
  bufferMinutes: number
  slotStepMinutes: number
  minNoticeMinutes: number
  horizonDays: number
}

/** A field's parameters from an instant on (ARCHITECTURE "Versions with an effective date"). */
export interface ParameterVersion extends FieldParameters {
  id: string
  effectiveFrom: Date
}

/** A field with every version of its parameters, oldest first (read with it by resolveScope). */
export type ScheduledCategory = ServiceCategory & { versions: ParameterVersion[] }

/**
 * The parameters in force at an instant: the newest version that has taken effect, else the
 * field row's own. A booking made at `at` is made with these; it keeps them (its span is
 * stored), whatever version comes later.
 */
export function parametersInForce(category: ScheduledCategory, at: Date): FieldParameters {
  let inForce: FieldParameters = category
  for (const version of category.versions) {
    if (version.effectiveFrom.getTime() <= at.getTime()) inForce = version
  }
  const { callMinutes, bufferMinutes, slotStepMinutes, minNoticeMinutes, horizonDays } = inForce
  return { callMinutes, bufferMinutes, slotStepMinutes, minNoticeMinutes, horizonDays }
}

/**
 * A field's versions as one JSON array, oldest first: a scalar subquery for a statement that
 * reads service_categories (so the versions cost no statement of their own); parse with
 * versionsOf. The field's id is named with its table: drizzle leaves a one-table select's
 * columns unqualified, and a bare "id" would be the versions' own.
 */
export const versionsSql = () => sql<unknown>`(
  select coalesce(json_agg(json_build_object(
    'id', p.id,
    'effectiveFrom', (extract(epoch from p.effective_from) * 1000)::float8,
    'callMinutes', p.call_minutes,
    'bufferMinutes', p.buffer_minutes,
    'slotStepMinutes', p.slot_step_minutes,
    'minNoticeMinutes', p.min_notice_minutes,
    'horizonDays', p.horizon_days) order by p.effective_from), '[]'::json)
  from ${serviceCategoryParameters} p where p.category_id = ${serviceCategories}.id)`

/** The versions read by versionsSql (a JSON text on some drivers, parsed on others). */
export function versionsOf(value: unknown): ParameterVersion[] {
  const rows = (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as (Omit<
    ParameterVersion,
    'effectiveFrom'
  > & { effectiveFrom: number })[]
  return rows.map((r) => ({ ...r, effectiveFrom: new Date(Number(r.effectiveFrom)) }))
}

export interface ResolvedScope {
  category: ScheduledCategory
  procedure: Procedure
  scope: Scope
}

export { fieldError }

/**
 * Checks that the procedure belongs to the field and the KEP to the municipality, and that the
 * municipal field names a KEP of the procedure's municipality (R4.4).
 * @throws DomainError VALIDATION_FAILED naming each bad field.
 */
export async function resolveScope(db: Db, input: ScopeInput): Promise<ResolvedScope> {
  const errors: FieldError[] = []
  const municipalityInput = input.municipalityId ?? undefined
  const kepInput = input.kepId ?? undefined
  // One statement (issue 12): the four look-ups are left joins on one row, so each is null
  // when not found, and the statement's text is the same whatever was asked (prepared once
  // per connection). A value that is not a uuid finds nothing, as before, without a cast error.
  const uuidOrNull = (value: string | undefined) =>
    value !== undefined && isUuid(value) ? value : null
  const [found] = await db
    .select({
      category: serviceCategories,
      // the field's parameter versions ride along: no statement of their own (issue 12)
      versions: versionsSql(),
      procedure: procedures,
      municipality: { id: municipalities.id, participation: municipalities.participation },
      kep: {
        municipalityId: keps.municipalityId,
        active: keps.active,
        participation: kepMunicipality.participation,
      },
    })
    .from(sql`(select 1) as asked`)
    .leftJoin(serviceCategories, eq(serviceCategories.code, input.category))
    .leftJoin(
      procedures,
      and(
        sql`${procedures.id} = ${uuidOrNull(input.procedureId)}::uuid`,
        eq(procedures.active, true),
      ),
    )
    .leftJoin(municipalities, sql`${municipalities.id} = ${uuidOrNull(municipalityInput)}::uuid`)
    .leftJoin(keps, sql`${keps.id} = ${uuidOrNull(kepInput)}::uuid`)
    .leftJoin(kepMunicipality, eq(kepMunicipality.id, keps.municipalityId))
    .prepare('resolve_scope')
    .execute()
  const { category: row, versions, procedure, municipality, kep } = found!
  const category = row ? { ...row, versions: versionsOf(versions) } : null
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

/**
 * KEPs that share no employee and no workstation are counted apart: a slot's free employees
 * nationally are the sum of each group's. A group is almost always one KEP; an employee with
 * availability at two KEPs, or a desk named by two KEPs' staff, joins them into one.
 */
interface KepGroup {
  id: string
  kepIds: Set<string>
  rows: AvailabilityRule[]
  prepared?: PreparedRules
  closures: ClosureRule[]
}

interface NationalRules extends CachedRules {
  /** Every rule with its KEP's municipality, to cut a scope's subset without a query. */
  rows: (AvailabilityRule & { municipalityId: string })[]
  /** All closures (few per KEP a year) and all absences, sorted, per employee. */
  closures: ClosureRule[]
  absences: Map<string, Span[]>
  /** The groups (see KepGroup), by KEP, by employee and by workstation. */
  groupOfKep: Map<string, KepGroup>
  groupOfEmployee: Map<string, KepGroup>
  groupOfWorkstation: Map<string, KepGroup>
  municipalityOfKep: Map<string, string>
  /** The rules of each KEP, and the KEPs of each municipality: a scope's subset at once. */
  rowsOfKep: Map<string, (AvailabilityRule & { municipalityId: string })[]>
  kepsOfMunicipality: Map<string, string[]>
}

/**
 * What a process keeps of one database: its rules (reloaded whenever the database's rules
 * version, bumped by triggers on every change, has moved, so no request sees rules older than
 * its own read), its occupancy index, and the free counts per KEP group, day and field
 * parameters that national availability sums (dropped where a reservation changes them).
 */
interface DatabaseState {
  id: string
  rules?: NationalRules
  index?: OccupancyIndex
  /** params key → group id → local date → free employees per slot of slotGrid(date, step). */
  counts: Map<string, Map<string, Map<LocalDate, Int32Array>>>
}
const databases = new Map<string, DatabaseState>()
/** The database this process last read: its changes come with the version read. */
let lastDatabase: DatabaseState | undefined
const scopeCache = new Map<string, { version: string; rules: PreparedRules }>()
const maxCachedScopes = 2000

async function loadNationalRules(db: Db, version: string): Promise<NationalRules> {
  const kepIds = eligibleKepIds(db, {})
  const [hours, special, rows, closures, absences] = await Promise.all([
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
    // A row serves where its desk is: an employee moving on a later date works at the new
    // KEP's desks from that date while still belonging to the old KEP (issue 13 item 4).
    db
      .select({
        employeeId: employeeAvailability.employeeId,
        kepId: workstations.kepId,
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
      .innerJoin(workstations, eq(workstations.id, employeeAvailability.workstationId))
      .innerJoin(keps, eq(keps.id, workstations.kepId))
      .where(
        and(
          inArray(workstations.kepId, kepIds),
          eq(employees.active, true),
          eq(workstations.active, true),
        ),
      ),
    db
      .select({
        kepId: kepClosures.kepId,
        startsOn: kepClosures.startsOn,
        endsOn: kepClosures.endsOn,
        recurring: kepClosures.recurring,
      })
      .from(kepClosures),
    db
      .select({
        employeeId: employeeAbsences.employeeId,
        startsAt: employeeAbsences.startsAt,
        endsAt: employeeAbsences.endsAt,
      })
      .from(employeeAbsences)
      .orderBy(employeeAbsences.startsAt),
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
  const absencesByEmployee = new Map<string, Span[]>()
  for (const a of absences) {
    push(absencesByEmployee, a.employeeId, [a.startsAt.getTime(), a.endsAt.getTime()] as Span)
  }
  return {
    version,
    hoursByKep,
    specialHours,
    specialReasons,
    rows,
    rules: prepareRules(rows),
    closures: closures as ClosureRule[],
    absences: absencesByEmployee,
    ...groupsOf(rows, closures as ClosureRule[]),
  }
}

/** Joins the KEPs that share an employee or a workstation (KepGroup), by union-find. */
function groupsOf(
  rows: (AvailabilityRule & { municipalityId: string })[],
  closures: ClosureRule[],
): Pick<
  NationalRules,
  | 'groupOfKep'
  | 'groupOfEmployee'
  | 'groupOfWorkstation'
  | 'municipalityOfKep'
  | 'rowsOfKep'
  | 'kepsOfMunicipality'
> {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root)!
    for (let y = x; y !== root;) {
      const next = parent.get(y)!
      parent.set(y, root)
      y = next
    }
    return root
  }
  const union = (a: string, b: string) => {
    for (const x of [a, b]) if (!parent.has(x)) parent.set(x, x)
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb, ra)
  }
  const municipalityOfKep = new Map<string, string>()
  const rowsOfKep = new Map<string, (AvailabilityRule & { municipalityId: string })[]>()
  const kepsOfMunicipality = new Map<string, string[]>()
  for (const r of rows) {
    if (!municipalityOfKep.has(r.kepId)) push(kepsOfMunicipality, r.municipalityId, r.kepId)
    municipalityOfKep.set(r.kepId, r.municipalityId)
    push(rowsOfKep, r.kepId, r)
    union(`k${r.kepId}`, `e${r.employeeId}`)
    union(`k${r.kepId}`, `w${r.workstationId}`)
  }
  const byRoot = new Map<string, KepGroup>()
  const groupOfKep = new Map<string, KepGroup>()
  for (const kepId of municipalityOfKep.keys()) {
    const root = find(`k${kepId}`)
    let group = byRoot.get(root)
    if (!group) {
      group = { id: kepId, kepIds: new Set(), rows: [], closures: [] }
      byRoot.set(root, group)
    }
    group.kepIds.add(kepId)
    groupOfKep.set(kepId, group)
  }
  const groupOfEmployee = new Map<string, KepGroup>()
  const groupOfWorkstation = new Map<string, KepGroup>()
  for (const r of rows) {
    const group = groupOfKep.get(r.kepId)!
    group.rows.push(r)
    groupOfEmployee.set(r.employeeId, group)
    groupOfWorkstation.set(r.workstationId, group)
  }
  for (const c of closures) {
    if (c.kepId === null) for (const group of byRoot.values()) group.closures.push(c)
    else groupOfKep.get(c.kepId)?.closures.push(c)
  }
  return {
    groupOfKep,
    groupOfEmployee,
    groupOfWorkstation,
    municipalityOfKep,
    rowsOfKep,
    kepsOfMunicipality,
  }
}

/** The changes of the occupancy feed a request applies, and the state they belong to. */
interface Current {
  state: DatabaseState
  rules: NationalRules
  index: OccupancyIndex
  /** This transaction's own, uncommitted changes: seen by this request only. */
  own: OccupancyChange[]
}

/**
 * The one statement every scheduling read starts with: the rules version and, for the index
 * of the database last read, the occupancy rows changed since its watermark (those of the
 * calling transaction apart: they are not committed). Rules and index are loaded at the first
 * read of a database, and the rules again when their version has moved.
 */
async function current(db: Db, now?: Date): Promise<Current> {
  const read = await caughtUp(db)
  // held slots expired by the reader's clock are free (issue 16 item 1)
  if (now !== undefined) read.index.settle(now.getTime())
  return read
}

async function caughtUp(db: Db): Promise<Current> {
  const guess = lastDatabase?.index ? lastDatabase : undefined
  const reading = guess?.index?.beginRead()
  try {
    const [row] = rowsOf<{
      id: string
      version: string
      xmin: string
      changes: unknown
      own: unknown
    }>(
      // prepared on PostgreSQL: the text is the same for every request, only its values change
      await executePrepared(
        db,
        'scheduling_current',
        sql`
        select v.database_id::text as "id", v.version::text as "version",
          pg_snapshot_xmin(pg_current_snapshot())::text as "xmin",
          case when v.database_id::text = ${guess?.id ?? ''} then (
            select coalesce(json_agg(${changeColumns}), '[]') from occupancy o
            where o.changed_xid >= ${String(guess?.index?.watermark ?? 0n)}::xid8
              and o.changed_xid is distinct from pg_current_xact_id_if_assigned())
          end as "changes",
          (select json_agg(${changeColumns}) from occupancy o
            where o.changed_xid = pg_current_xact_id_if_assigned()) as "own"
        from scheduling_rules_version v`,
      ),
    )
    const { id, version } = row!
    let state = databases.get(id)
    if (!state) databases.set(id, (state = { id, counts: new Map() }))
    lastDatabase = state
    if (!state.rules || state.rules.version !== version) {
      state.rules = await loadNationalRules(db, version)
      state.counts.clear()
    }
    const own = parseChanges(row!.own)
    if (state === guess) {
      state.index!.apply(parseChanges(row!.changes), BigInt(row!.xmin))
    } else if (state.index) {
      // another database's index was guessed (tests, or a process serving two): read again,
      // this time with this database's watermark
      return await caughtUp(db)
    } else {
      const index = await buildOccupancyIndex(db, id)
      // Built inside a transaction that changed occupancy, it could not tell what those rows
      // were before: then it serves this request only and the next one builds again.
      if (own.length > 0) return { state, rules: state.rules, index, own }
      state.index = index
      index.onChange((employeeId, workstationId, span) =>
        dropCounts(state, employeeId, workstationId, span),
      )
    }
    return { state, rules: state.rules, index: state.index!, own }
  } finally {
    reading?.()
  }
}

/**
 * Loads the rules and builds the occupancy index before the first request needs them (at
 * start: building it for 200,000 bookings takes seconds, which no citizen should wait for).
 */
export async function warmScheduling(db: Db): Promise<{ reservations: number }> {
  const { index } = await current(db)
  return { reservations: index.size }
}

/** Forgets the free counts a held span's change alters: its groups' days around it. */
function dropCounts(state: DatabaseState, employeeId: string, workstationId: string, span: Span) {
  const rules = state.rules
  if (!rules || state.counts.size === 0) return
  const groups = new Set([
    rules.groupOfEmployee.get(employeeId),
    rules.groupOfWorkstation.get(workstationId),
  ])
  // a slot starting the evening before could still reach into the span
  const dates = datesBetween(localDateOf(span[0] - 86_400_000), localDateOf(span[1]))
  for (const byGroup of state.counts.values()) {
    for (const group of groups) {
      if (!group) continue
      const byDate = byGroup.get(group.id)
      if (byDate) for (const date of dates) byDate.delete(date)
    }
  }
}

/** The rules of a scope: the national ones, or the scope's subset (cached per version). */
function scopedRules(state: DatabaseState, rules: NationalRules, scope: Scope): PreparedRules {
  if (isNational(scope)) return rules.rules
  const key = `${state.id}|${scope.kepId ?? ''}|${scope.municipalityId ?? ''}`
  let scoped = scopeCache.get(key)
  if (!scoped || scoped.version !== rules.version) {
    const subset =
      scope.kepId !== undefined
        ? (rules.rowsOfKep.get(scope.kepId) ?? [])
        : (rules.kepsOfMunicipality.get(scope.municipalityId!) ?? []).flatMap((kepId) =>
            rules.rowsOfKep.get(kepId)!,
          )
    scoped = { version: rules.version, rules: prepareRules(subset) }
    if (scopeCache.size >= maxCachedScopes) scopeCache.delete(scopeCache.keys().next().value!)
    scopeCache.set(key, scoped)
  }
  return scoped.rules
}

/** Any KEP at all: no KEP and no municipality chosen. */
const isNational = (scope: Scope) => scope.kepId === undefined && scope.municipalityId === undefined

/** Whether a KEP belongs to a scope (one KEP, a municipality's, or every one). */
const kepInScope = (rules: NationalRules, scope: Scope, kepId: string) =>
  scope.kepId !== undefined
    ? kepId === scope.kepId
    : scope.municipalityId === undefined ||
      rules.municipalityOfKep.get(kepId) === scope.municipalityId

/**
 * The index's spans seen through a request's own changes: uncommitted rows of its transaction,
 * and a reservation being moved (its own span does not block its new time).
 */
function overlaid(
  index: OccupancyIndex,
  own: OccupancyChange[],
  ignoreReservationId: string | undefined,
): { busyByEmployee: SpanLookup; busyByWorkstation: SpanLookup } {
  if (own.length === 0 && ignoreReservationId === undefined) {
    return { busyByEmployee: index.busyByEmployee, busyByWorkstation: index.busyByWorkstation }
  }
  const employees = new Map<string, Span[]>()
  const desks = new Map<string, Span[]>()
  const copy = (mine: Map<string, Span[]>, base: Map<string, Span[]>, key: string) => {
    let spans = mine.get(key)
    if (!spans) mine.set(key, (spans = [...(base.get(key) ?? [])]))
    return spans
  }
  const drop = (id: string) => {
    const entry = index.entry(id)
    if (!entry?.held) return
    for (const [mine, base, key] of [
      [employees, index.busyByEmployee, entry.employeeId],
      [desks, index.busyByWorkstation, entry.workstationId],
    ] as const) {
      const spans = copy(mine, base, key)
      const at = spans.indexOf(entry.span)
      if (at >= 0) spans.splice(at, 1)
    }
  }
  for (const change of own) {
    drop(change.id)
    if (!change.held || change.id === ignoreReservationId) continue
    const span: Span = [change.start, change.blockedUntil]
    copy(employees, index.busyByEmployee, change.employeeId).push(span)
    copy(desks, index.busyByWorkstation, change.workstationId).push(span)
  }
  if (ignoreReservationId !== undefined) drop(ignoreReservationId)
  for (const spans of [...employees.values(), ...desks.values()]) spans.sort((x, y) => x[0] - y[0])
  const through = (mine: Map<string, Span[]>, base: Map<string, Span[]>): SpanLookup => ({
    get: (key) => mine.get(key) ?? base.get(key),
  })
  return {
    busyByEmployee: through(employees, index.busyByEmployee),
    busyByWorkstation: through(desks, index.busyByWorkstation),
  }
}

export interface LoadedSchedulingData extends SchedulingData {
  specialReasons: CachedRules['specialReasons']
  /** When each employee was last given a reservation (epoch ms), for the fair spread. */
  lastAssigned: ReadonlyMap<string, number>
}

/**
 * Everything availability and reserving need for a scope, any dates, in one statement whatever
 * the number of KEPs, employees or days: the cached rules, closures and absences, and busy
 * time from the occupancy index, caught up in that statement.
 */
export async function loadSchedulingData(
  db: Db,
  scope: Scope,
  /** A reservation being moved: its own span does not block its new time. */
  ignoreReservationId?: string,
  /** The reader's clock: holds expired by then are free (issue 16 item 1). */
  now?: Date,
): Promise<LoadedSchedulingData> {
  return dataOf(await current(db, now), scope, ignoreReservationId)
}

/**
 * loadSchedulingData of one KEP at a time, for many KEPs, from one read: a change of every
 * KEP (a national closure) re-checks reservations all over the network with one statement,
 * not one per KEP. Each KEP's data is cut from that read when first asked for.
 */
export async function schedulingDataByKep(
  db: Db,
): Promise<(kepId: string) => LoadedSchedulingData> {
  const read = await current(db)
  return (kepId) => dataOf(read, { kepId })
}

function dataOf(
  { state, rules, index, own }: Current,
  scope: Scope,
  ignoreReservationId?: string,
): LoadedSchedulingData {
  const national = isNational(scope)
  return {
    hoursByKep: rules.hoursByKep,
    specialHours: rules.specialHours,
    specialReasons: rules.specialReasons,
    rules: scopedRules(state, rules, scope),
    closures: national
      ? rules.closures
      : rules.closures.filter((c) => c.kepId === null || kepInScope(rules, scope, c.kepId)),
    absences: rules.absences,
    ...overlaid(index, own, ignoreReservationId),
    lastAssigned: index.lastAssigned,
  }
}

/** How many days' counts a KEP group keeps per field parameters (a horizon is at most ~90). */
const maxCachedDays = 400

/** No notice, no horizon: the counts cached are cut to a request's own bounds when summed. */
const unbounded = { earliest: -Infinity, latest: Infinity }

/**
 * Free employees per slot for a scope and dates (R1.2): the sum of the scope's KEP groups'
 * counts, each computed once per day and field parameters and kept until a reservation, or
 * the rules, change it. Exactly countFreeSlots over the whole scope (the groups share no
 * employee or desk), cut to the request's notice and horizon.
 */
function freeCounts(
  current: Current,
  scope: Scope,
  dates: LocalDate[],
  params: SchedulingParams,
): Map<LocalDate, SlotCount[]> {
  const { state, rules, index, own } = current
  if (own.length > 0) {
    // this transaction's own changes are not in the shared counts: count from scratch
    return countFreeSlots(dates, dataOf(current, scope), params)
  }
  const paramsKey = `${params.callMinutes}/${params.bufferMinutes}/${params.slotStepMinutes}`
  let byGroup = state.counts.get(paramsKey)
  if (!byGroup) state.counts.set(paramsKey, (byGroup = new Map()))
  const whole = { ...params, ...unbounded }
  const sums = new Map<LocalDate, Int32Array>()
  const grids = new Map(dates.map((d) => [d, slotGrid(d, params.slotStepMinutes)]))
  for (const d of dates) sums.set(d, new Int32Array(grids.get(d)!.starts.length))

  const groups = new Set<KepGroup>()
  if (scope.kepId !== undefined) {
    const group = rules.groupOfKep.get(scope.kepId)
    if (group) groups.add(group)
  } else {
    const kepIds =
      scope.municipalityId === undefined
        ? rules.groupOfKep.keys()
        : (rules.kepsOfMunicipality.get(scope.municipalityId) ?? [])
    for (const kepId of kepIds) groups.add(rules.groupOfKep.get(kepId)!)
  }
  const engineData = (group: KepGroup, prepared: PreparedRules): SchedulingData => ({
    hoursByKep: rules.hoursByKep,
    specialHours: rules.specialHours,
    closures: group.closures,
    rules: prepared,
    absences: rules.absences,
    busyByEmployee: index.busyByEmployee,
    busyByWorkstation: index.busyByWorkstation,
  })
  const add = (counted: Map<LocalDate, SlotCount[]>) => {
    for (const [date, found] of counted) {
      const sum = sums.get(date)
      const grid = grids.get(date)
      if (!sum || !grid) continue
      for (const { start, free } of found) sum[grid.indexAtOrAfter(start)]! += free
    }
  }
  for (const group of groups) {
    // nationally every group is; a KEP's or a municipality's group almost always is
    if (!isNational(scope) && ![...group.kepIds].every((k) => kepInScope(rules, scope, k))) {
      // a group reaching out of the scope: only its rules inside the scope, not cached
      const prepared = prepareRules(group.rows.filter((r) => kepInScope(rules, scope, r.kepId)))
      add(countFreeSlots(dates, engineData(group, prepared), params))
      continue
    }
    let byDate = byGroup.get(group.id)
    // days gone by are never asked again: forget them all now and then, rather than grow
    if (!byDate || byDate.size > maxCachedDays) byGroup.set(group.id, (byDate = new Map()))
    const missing = dates.filter((d) => !byDate.has(d))
    if (missing.length > 0) {
      group.prepared ??= prepareRules(group.rows)
      const counted = countFreeSlots(missing, engineData(group, group.prepared), whole)
      for (const date of missing) {
        const grid = slotGrid(date, params.slotStepMinutes)
        const counts = new Int32Array(grid.starts.length)
        for (const { start, free } of counted.get(date) ?? [])
          counts[grid.indexAtOrAfter(start)] = free
        byDate.set(date, counts)
      }
    }
    for (const date of dates) {
      const counts = byDate.get(date)!
      const sum = sums.get(date)!
      for (let i = 0; i < counts.length; i++) sum[i]! += counts[i]!
    }
  }
  const out = new Map<LocalDate, SlotCount[]>()
  for (const date of dates) {
    const starts = grids.get(date)!.starts
    const sum = sums.get(date)!
    const found: SlotCount[] = []
    for (let i = 0; i < sum.length; i++) {
      const start = starts[i]!
      if (sum[i]! > 0 && start >= params.earliest && start < params.latest) {
        found.push({ start, free: sum[i]! })
      }
    }
    if (found.length > 0) out.set(date, found)
  }
  return out
}

/**
 * Free places per local date across the whole network under given parameters: every free
 * employee at every slot start, as availability counts them (freeCounts), summed per day. What
 * the impact preview of a field's parameters compares (R3.3: before and after a change).
 */
export async function nationalFreeSlots(
  db: Db,
  dates: LocalDate[],
  params: SchedulingParams,
): Promise<Map<LocalDate, number>> {
  const counted = freeCounts(await current(db), {}, dates, params)
  return new Map(
    dates.map((date) => [date, (counted.get(date) ?? []).reduce((sum, c) => sum + c.free, 0)]),
  )
}

/**
 * Free places at one KEP per field on local dates [from, to] (issue 14 item 9): every free
 * employee at every slot start a citizen could book now, under the field's parameters in force
 * at `now` (notice and horizon included) — availability's freeEmployees summed over the KEP's
 * slots of those dates (freeCounts, the same counts). Dates gone by have none. By field id.
 */
export async function kepFreePlaces(
  db: Db,
  kepId: string,
  categories: readonly ScheduledCategory[],
  from: LocalDate,
  to: LocalDate,
  now: Date,
): Promise<Map<string, number>> {
  const state = await current(db, now)
  const dates = datesBetween(from, to)
  const out = new Map<string, number>()
  for (const category of categories) {
    const counted = freeCounts(state, { kepId }, dates, paramsAt(category, now))
    let places = 0
    for (const found of counted.values()) for (const { free } of found) places += free
    out.set(category.id, places)
  }
  return out
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * The slot engine's parameters of a field for a booking made at `now`: the version in force
 * then (parametersInForce), notice and horizon counted from `now`.
 */
export function paramsAt(category: ScheduledCategory, now: Date): SchedulingParams {
  return engineParams(parametersInForce(category, now), now)
}

/** Field parameters as the slot engine takes them, notice and horizon from `now`. */
export function engineParams(p: FieldParameters, now: Date): SchedulingParams {
  const today = localDateOf(now.getTime())
  return {
    callMinutes: p.callMinutes,
    bufferMinutes: p.bufferMinutes,
    slotStepMinutes: p.slotStepMinutes,
    earliest: now.getTime() + p.minNoticeMinutes * 60_000,
    latest: dayClock(addDays(today, p.horizonDays + 1)).at(0),
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
 * YYYY-MM-DD of a day that exists (and PostgreSQL stores: from year 1): Date.parse alone takes
 * 30 February, as 2 March.
 */
const isCalendarDate = (value: string) =>
  isoDate.test(value) &&
  value >= '0001-01-01' &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

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
    if (!isCalendarDate(value)) {
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
  const now = clock.now()
  const state = await current(db, now)
  const data = dataOf(state, scope)
  const inForce = parametersInForce(category, now)
  const params = engineParams(inForce, now)

  const counts = freeCounts(state, scope, dates, params)
  const callMs = inForce.callMinutes * 60_000
  return {
    callMinutes: inForce.callMinutes,
    // paramsAt's horizon: no slot starts on or after the day after this one
    lastBookableDate: addDays(localDateOf(now.getTime()), inForce.horizonDays),
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
