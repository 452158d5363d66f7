import { sql, type SQL } from 'drizzle-orm'
import { DateTime } from 'luxon'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { fieldError, validationFailed, type FieldError } from '../../platform/errors.js'
import { forbidden, unauthenticated } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { dateRangeProblems, datesBetween, type LocalDate } from '../scheduling/index.js'

// Issue 17 item 2: usage statistics for a scope and a range of Athens dates, read from the
// usage counters (usage.table.ts, kept by triggers, migration 0024) and the KEPs' capacity —
// one statement that scans each counter table once, never a scan of bookings or calls.

/** The longest range one read may ask for: two years and a day (a leap year, both ends). */
export const maxUsageDays = 732
const maxRegionLength = 200

export interface UsageScope {
  /** A region, by its Greek name as the municipalities carry it. */
  region?: string | null
  municipalityId?: string | null
  kepId?: string | null
  categoryId?: string | null
  procedureId?: string | null
}

export interface UsageStatisticsInput extends UsageScope {
  from: LocalDate
  to: LocalDate
}

/** Outcomes of one day or week (by appointment date; made: by the date the booking was made). */
export interface UsagePeriod {
  made: number
  booked: number
  cancelled: number
  completed: number
  noShow: number
  /** Appointments not cancelled. */
  held: number
}

export interface UsageDay extends UsagePeriod {
  date: LocalDate
}

export interface UsageWeek extends UsagePeriod {
  /** The week's Monday. */
  weekStart: LocalDate
}

export interface UsageStatistics {
  from: LocalDate
  to: LocalDate
  totals: UsagePeriod
  /** cancelled / booked; null without bookings. */
  cancellationRate: number | null
  /** completed / (completed + no-shows): of the appointments whose outcome is known. */
  completionRate: number | null
  /** no-shows / (completed + no-shows). */
  noShowRate: number | null
  leadTime: {
    /** Minutes from the booking's making to its appointment, on average; null without bookings. */
    averageMinutes: number | null
    sameDay: number
    oneToTwoDays: number
    threeToSevenDays: number
    overSevenDays: number
  }
  utilisation: {
    /** Call minutes of the appointments not cancelled. */
    bookedMinutes: number
    /** Employee-minutes available at the KEPs in scope (the capacity job's figure). */
    availableMinutes: number
    /** bookedMinutes / availableMinutes; null when nothing was available. */
    ratio: number | null
  }
  /** From joining (waiting) to being let in, on average; null when nobody was let in. */
  averageWaitSeconds: number | null
  /** From being let in to the call's end, on average; null without ended calls. */
  averageCallSeconds: number | null
  identityPassed: number
  identityFailed: number
  /** Bookings asking for a sign-language interpreter. */
  interpreterRequests: number
  lipReadingRequests: number
  days: UsageDay[]
  weeks: UsageWeek[]
  /** Appointments not cancelled per ISO weekday (1 Monday … 7 Sunday) and Athens hour. */
  heatMap: { weekday: number; hour: number; appointments: number }[]
  /** The ten procedures with the most bookings, most first. */
  topProcedures: { procedureId: string; titleEl: string; titleEn: string; bookings: number }[]
}

/**
 * Who reads usage statistics: any of the ministry's administrators (AUDITORs included); never
 * staff, citizens or API clients. Aggregates only: no personal data, so no read audit.
 * @throws DomainError UNAUTHENTICATED or FORBIDDEN.
 */
export function usageReadable(actor: Actor): void {
  if (actor.kind === 'anonymous') throw unauthenticated()
  if (!isAdministrator(actor, 'auditor')) throw forbidden()
}

const notFound = (field: string) =>
  fieldError(field, 'not_found', 'Δεν υπάρχει.', 'It does not exist.')

/** Malformed input first; then, only if all is well formed, the ids and region that exist. */
export async function usageInputProblems(
  db: Db,
  input: UsageStatisticsInput,
): Promise<FieldError[]> {
  const problems = dateRangeProblems(input.from, input.to, maxUsageDays)
  for (const field of ['municipalityId', 'kepId', 'categoryId', 'procedureId'] as const) {
    const value = input[field]
    if (value != null && !isUuid(value)) {
      problems.push(fieldError(field, 'invalid_format', 'Μη έγκυρο αναγνωριστικό.', 'Invalid id.'))
    }
  }
  if (
    input.region != null &&
    (input.region.length === 0 || input.region.length > maxRegionLength)
  ) {
    problems.push(
      fieldError(
        'region',
        'invalid_format',
        `Δώστε μια περιφέρεια έως ${maxRegionLength} χαρακτήρες.`,
        `Give a region of at most ${maxRegionLength} characters.`,
      ),
    )
  }
  if (problems.length > 0) return problems
  const [found] = rowsOf<Record<string, boolean | null>>(
    await db.execute(sql`select
      ${input.municipalityId ?? null}::uuid is null
        or exists (select 1 from municipalities where id = ${input.municipalityId ?? null}::uuid) as "municipalityId",
      ${input.kepId ?? null}::uuid is null
        or exists (select 1 from keps where id = ${input.kepId ?? null}::uuid) as "kepId",
      ${input.categoryId ?? null}::uuid is null
        or exists (select 1 from service_categories where id = ${input.categoryId ?? null}::uuid) as "categoryId",
      ${input.procedureId ?? null}::uuid is null
        or exists (select 1 from procedures where id = ${input.procedureId ?? null}::uuid) as "procedureId",
      ${input.region ?? null}::text is null
        or exists (select 1 from municipalities where region_el = ${input.region ?? null}::text) as "region"`),
  )
  for (const field of ['region', 'municipalityId', 'kepId', 'categoryId', 'procedureId'] as const) {
    if (found?.[field] !== true) problems.push(notFound(field))
  }
  return problems
}

/** The scope's conditions on a counter table (its columns kep_id, category_id, procedure_id). */
function scopeOf(scope: UsageScope, fields = true): SQL {
  const parts: SQL[] = []
  if (scope.kepId) parts.push(sql`kep_id = ${scope.kepId}::uuid`)
  if (scope.municipalityId) {
    parts.push(
      sql`kep_id in (select id from keps where municipality_id = ${scope.municipalityId}::uuid)`,
    )
  }
  if (scope.region) {
    parts.push(sql`kep_id in (select k.id from keps k join municipalities m
      on m.id = k.municipality_id where m.region_el = ${scope.region})`)
  }
  if (fields && scope.categoryId) parts.push(sql`category_id = ${scope.categoryId}::uuid`)
  if (fields && scope.procedureId) parts.push(sql`procedure_id = ${scope.procedureId}::uuid`)
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `)
}

interface DayRow {
  date: string
  booked: number
  cancelled: number
  completed: number
  noShow: number
  bookedMinutes: number
  leadSameDay: number
  leadOneToTwo: number
  leadThreeToSeven: number
  leadOverSeven: number
  leadMinutes: number
  signLanguage: number
  lipReading: number
  waited: number
  waitSeconds: number
  callEnded: number
  callSeconds: number
  identityPassed: number
  identityFailed: number
}

/** usage_hour_counters' columns: appointments starting in each Athens hour. */
const hourColumns = Array.from({ length: 24 }, (_, h) => `h${String(h).padStart(2, '0')}`)

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)
const mondayOf = (date: LocalDate) =>
  DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toISODate()!

/**
 * Usage statistics of Athens dates [from, to] (at most two years) for the country or a scope
 * (region, municipality, KEP, field, procedure; they combine). Utilisation counts the capacity
 * of the KEPs in scope, whatever the field.
 * @throws DomainError UNAUTHENTICATED, FORBIDDEN; VALIDATION_FAILED for a malformed or too long
 * range, a malformed id, or an id or region that does not exist.
 */
export async function usageStatistics(
  db: Db,
  actor: Actor,
  input: UsageStatisticsInput,
): Promise<UsageStatistics> {
  usageReadable(actor)
  const problems = await usageInputProblems(db, input)
  if (problems.length > 0) throw validationFailed(problems)
  const { from, to } = input
  const scope = scopeOf(input)
  const range = sql`between ${from}::date and ${to}::date`
  // One round trip, one scan of each counter table: usage_counters grouped by day and by
  // procedure at once (GROUPING SETS), the days' sums giving the totals; each part as JSON.
  const [read] = rowsOf<{
    days: (DayRow & { byDay: boolean; procedureId: string | null })[] | null
    made: { date: string; made: number }[] | null
    heat: ({ weekday: number } & Record<string, number>)[] | null
    procedures: UsageStatistics['topProcedures'] | null
    minutes: number | string | null
  }>(
    await db.execute(sql`
      with g as (
        select grouping(procedure_id) = 1 as "byDay", on_date::text as date,
          procedure_id as "procedureId",
          sum(booked)::int as booked, sum(cancelled)::int as cancelled,
          sum(completed)::int as completed, sum(no_show)::int as "noShow",
          sum(booked_minutes)::float8 as "bookedMinutes", sum(lead_same_day)::int as "leadSameDay",
          sum(lead_one_to_two)::int as "leadOneToTwo",
          sum(lead_three_to_seven)::int as "leadThreeToSeven",
          sum(lead_over_seven)::int as "leadOverSeven", sum(lead_minutes)::float8 as "leadMinutes",
          sum(sign_language)::int as "signLanguage", sum(lip_reading)::int as "lipReading",
          sum(waited)::int as waited, sum(wait_seconds)::float8 as "waitSeconds",
          sum(call_ended)::int as "callEnded", sum(call_seconds)::float8 as "callSeconds",
          sum(identity_passed)::int as "identityPassed",
          sum(identity_failed)::int as "identityFailed"
        from usage_counters
        where on_date ${range} and ${scope}
        group by grouping sets ((on_date), (procedure_id))
      )
      select
        (select json_agg(g) from g where "byDay") as days,
        (select json_agg(m) from (
          select made_on::text as date, sum(made)::int as made from usage_made_counters
          where made_on ${range} and ${scope}
          group by made_on) m) as made,
        (select json_agg(h order by h.weekday) from (
          select extract(isodow from on_date)::int as weekday, ${sql.raw(
            hourColumns.map((h) => `sum(${h})::int as ${h}`).join(', '),
          )}
          from usage_hour_counters
          where on_date ${range} and ${scope}
          group by 1) h) as heat,
        (select json_agg(t order by t.bookings desc, t."procedureId") from (
          select g."procedureId", p.title_el as "titleEl", p.title_en as "titleEn",
            g.booked as bookings
          from g join procedures p on p.id = g."procedureId"
          where not g."byDay" and g.booked > 0
          order by g.booked desc, g."procedureId" limit 10) t) as procedures,
        (select coalesce(sum(available_minutes), 0)::float8 from kep_daily_capacity
          where on_date ${range} and ${scopeOf(input, false)}) as minutes`),
  )
  const byDate = new Map((read?.days ?? []).map((r) => [r.date, r]))
  const made = new Map((read?.made ?? []).map((r) => [r.date, r.made]))
  const sum = (key: keyof Omit<DayRow, 'date'>) => {
    let s = 0
    for (const r of byDate.values()) s += Number(r[key])
    return s
  }
  const days: UsageDay[] = datesBetween(from, to).map((date) => {
    const r = byDate.get(date)
    const booked = r?.booked ?? 0
    const cancelled = r?.cancelled ?? 0
    return {
      date,
      made: made.get(date) ?? 0,
      booked,
      cancelled,
      completed: r?.completed ?? 0,
      noShow: r?.noShow ?? 0,
      held: booked - cancelled,
    }
  })
  const weeks = new Map<string, UsageWeek>()
  for (const d of days) {
    const weekStart = mondayOf(d.date)
    const w = weeks.get(weekStart) ?? {
      weekStart,
      made: 0,
      booked: 0,
      cancelled: 0,
      completed: 0,
      noShow: 0,
      held: 0,
    }
    w.made += d.made
    w.booked += d.booked
    w.cancelled += d.cancelled
    w.completed += d.completed
    w.noShow += d.noShow
    w.held += d.held
    weeks.set(weekStart, w)
  }
  const totals: UsagePeriod = { made: 0, booked: 0, cancelled: 0, completed: 0, noShow: 0, held: 0 }
  for (const w of weeks.values()) {
    for (const k of Object.keys(totals) as (keyof UsagePeriod)[]) totals[k] += w[k]
  }
  const outcomes = totals.completed + totals.noShow
  const bookedMinutes = sum('bookedMinutes')
  const availableMinutes = Number(read?.minutes ?? 0)
  const waited = sum('waited')
  const callEnded = sum('callEnded')
  return {
    from,
    to,
    totals,
    cancellationRate: ratio(totals.cancelled, totals.booked),
    completionRate: ratio(totals.completed, outcomes),
    noShowRate: ratio(totals.noShow, outcomes),
    leadTime: {
      averageMinutes: ratio(sum('leadMinutes'), totals.booked),
      sameDay: sum('leadSameDay'),
      oneToTwoDays: sum('leadOneToTwo'),
      threeToSevenDays: sum('leadThreeToSeven'),
      overSevenDays: sum('leadOverSeven'),
    },
    utilisation: { bookedMinutes, availableMinutes, ratio: ratio(bookedMinutes, availableMinutes) },
    averageWaitSeconds: ratio(sum('waitSeconds'), waited),
    averageCallSeconds: ratio(sum('callSeconds'), callEnded),
    identityPassed: sum('identityPassed'),
    identityFailed: sum('identityFailed'),
    interpreterRequests: sum('signLanguage'),
    lipReadingRequests: sum('lipReading'),
    days,
    weeks: [...weeks.values()],
    heatMap: (read?.heat ?? []).flatMap((r) =>
      hourColumns.flatMap((h, hour) =>
        r[h] ? [{ weekday: r.weekday, hour, appointments: Number(r[h]) }] : [],
      ),
    ),
    topProcedures: read?.procedures ?? [],
  }
}
