import { and, asc, between, eq, sql } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import {
  addDays,
  availableMinutes,
  dateRangeProblems,
  datesBetween,
  loadSchedulingData,
  localDateOf,
  rulesVersion,
  type LocalDate,
} from '../scheduling/index.js'
import { capacityState, dailyCounters, kepDailyCapacity } from './statistics.table.js'

/** A field's counts at one KEP on one day (see dailyCounters in statistics.table.ts). */
export interface FieldCounts {
  categoryId: string
  booked: number
  cancelled: number
  completed: number
  noShow: number
  bookedMinutes: number
}

/** One KEP's day: its capacity, and the counts of each field booked there. */
export interface KepDay {
  date: LocalDate
  kepId: string
  /** Employee-minutes available; null when the capacity job has not computed that day. */
  availableMinutes: number | null
  fields: FieldCounts[]
}

export interface DailyCountersInput {
  from: LocalDate
  to: LocalDate
  kepId?: string | null
  categoryId?: string | null
}

/** The longest range one read may ask for: a year and a day (a leap year, both ends). */
export const maxStatisticsDays = 367

function inputProblems(input: DailyCountersInput): FieldError[] {
  const problems = dateRangeProblems(input.from, input.to, maxStatisticsDays)
  for (const field of ['kepId', 'categoryId'] as const) {
    const value = input[field]
    if (value != null && !isUuid(value)) {
      problems.push({
        field,
        reason: 'invalid_format',
        message: { el: 'Μη έγκυρο αναγνωριστικό.', en: 'Invalid id.' },
      })
    }
  }
  return problems
}

/**
 * The statistics of local dates [from, to], per KEP and day, optionally for one KEP and one
 * field (issue 17 reads these): two indexed range reads of aggregates, never the bookings.
 * A KEP's day appears when it has counts or a computed capacity; with a field asked for, only
 * the days that field has counts on.
 * @throws DomainError VALIDATION_FAILED for a malformed date or id, or a range over a year.
 */
export async function readDailyCounters(db: Db, input: DailyCountersInput): Promise<KepDay[]> {
  const problems = inputProblems(input)
  if (problems.length > 0) throw validationFailed(problems)
  const kepId = input.kepId ?? undefined
  const categoryId = input.categoryId ?? undefined
  const [counts, capacity] = await Promise.all([
    db
      .select()
      .from(dailyCounters)
      .where(
        and(
          between(dailyCounters.onDate, input.from, input.to),
          kepId ? eq(dailyCounters.kepId, kepId) : undefined,
          categoryId ? eq(dailyCounters.categoryId, categoryId) : undefined,
        ),
      )
      .orderBy(asc(dailyCounters.onDate), asc(dailyCounters.kepId), asc(dailyCounters.categoryId)),
    db
      .select()
      .from(kepDailyCapacity)
      .where(
        and(
          between(kepDailyCapacity.onDate, input.from, input.to),
          kepId ? eq(kepDailyCapacity.kepId, kepId) : undefined,
        ),
      ),
  ])
  const days = new Map<string, KepDay>()
  const dayOf = (date: LocalDate, kep: string) => {
    const key = `${date} ${kep}`
    let day = days.get(key)
    if (!day) days.set(key, (day = { date, kepId: kep, availableMinutes: null, fields: [] }))
    return day
  }
  for (const c of counts) {
    dayOf(c.onDate, c.kepId).fields.push({
      categoryId: c.categoryId,
      booked: c.booked,
      cancelled: c.cancelled,
      completed: c.completed,
      noShow: c.noShow,
      bookedMinutes: c.bookedMinutes,
    })
  }
  for (const c of capacity) {
    // a field's statistics: its days only, each with the KEP's capacity beside it
    const day = categoryId ? days.get(`${c.onDate} ${c.kepId}`) : dayOf(c.onDate, c.kepId)
    if (day) day.availableMinutes = c.availableMinutes
  }
  return [...days.values()].sort((x, y) =>
    x.date === y.date ? (x.kepId < y.kepId ? -1 : 1) : x.date < y.date ? -1 : 1,
  )
}

/** Days kept current behind today (an absence entered late still counts) and ahead of it. */
export const capacityDaysBack = 7
export const capacityDaysAhead = 92
/** Days computed and written per statement: bounds the memory and the size of one write. */
const capacityChunkDays = 31
/** One refresher at a time, whatever the number of instances. */
const capacityLockKey = 72_012_005

/**
 * Writes the KEPs' available minutes for local dates [from, to]: the slot engine's own reading
 * of the rules (availableMinutes), computed a month at a time. A month's rows go in one
 * statement that changes only what differs (the window is mostly unchanged from one
 * round to the next) and drops the KEPs no longer served. Inside the caller's transaction.
 * Returns how many (KEP, day) rows it computed.
 */
export async function recomputeCapacity(
  tx: Db,
  from: LocalDate,
  to: LocalDate,
  now: Date,
): Promise<number> {
  let computed = 0
  // the rules nationally, absences and closures included, cached per process under the rules
  // version; the bookings play no part
  const data = await loadSchedulingData(tx, {})
  for (let start = from; start <= to; start = addDays(start, capacityChunkDays)) {
    const last = addDays(start, capacityChunkDays - 1)
    const end = last < to ? last : to
    const rows: { d: LocalDate; k: string; m: number }[] = []
    for (const [date, byKep] of availableMinutes(datesBetween(start, end), data)) {
      for (const [kepId, minutes] of byKep) rows.push({ d: date, k: kepId, m: minutes })
    }
    computed += rows.length
    await tx.execute(sql`
      with fresh as (
        select * from json_to_recordset(${JSON.stringify(rows)}::json) as x(d date, k uuid, m int)
      ), gone as (
        delete from ${kepDailyCapacity} c
        where c.on_date between ${start} and ${end}
          and not exists (select 1 from fresh f where f.d = c.on_date and f.k = c.kep_id)
      )
      insert into ${kepDailyCapacity} (on_date, kep_id, available_minutes, computed_at)
      select d, k, m, ${now.toISOString()}::timestamptz from fresh
      on conflict (on_date, kep_id) do update
        set available_minutes = excluded.available_minutes, computed_at = excluded.computed_at
        where ${kepDailyCapacity}.available_minutes <> excluded.available_minutes`)
  }
  return computed
}

/**
 * The job "refresh the KEPs' capacity": recomputes the window (a week back to 92 days ahead)
 * when the rules version (bumped by every change to hours, availability, absences, closures,
 * employees, KEPs) moved since it was computed, or a new day began; otherwise one read. One instance at a time (a transaction advisory lock,
 * the others skip the round). The version is read before the rules, so a change committed while
 * computing is seen on the next round. Returns how many (KEP, day) rows it wrote.
 */
export async function refreshCapacity(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const today = localDateOf(now.getTime())
  const from = addDays(today, -capacityDaysBack)
  const to = addDays(today, capacityDaysAhead)
  return db.transaction(async (tx) => {
    const [lock] = rowsOf<{ locked: boolean }>(
      await tx.execute(sql`select pg_try_advisory_xact_lock(${capacityLockKey}) as locked`),
    )
    if (!lock?.locked) return 0
    const [[state], rules] = await Promise.all([
      tx.select().from(capacityState).where(eq(capacityState.id, 1)),
      rulesVersion(tx),
    ])
    if (!state) return 0
    if (
      state.computedRulesVersion === rules &&
      state.computedFrom === from &&
      state.computedTo === to
    ) {
      return 0
    }
    const written = await recomputeCapacity(tx, from, to, now)
    await tx
      .update(capacityState)
      .set({
        computedRulesVersion: rules,
        computedFrom: from,
        computedTo: to,
        computedAt: now,
      })
      .where(eq(capacityState.id, 1))
    return written
  })
}
