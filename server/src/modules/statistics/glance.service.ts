import { and, eq, inArray, or, sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { bookings } from '../bookings/index.js'
import { calls } from '../calls/index.js'
import { keps, procedures, serviceCategories } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import {
  addDays,
  dateRangeProblems,
  kepFreePlaces,
  localDateOf,
  parametersInForce,
  versionsOf,
  versionsSql,
  zone,
  type LocalDate,
  type ScheduledCategory,
} from '../scheduling/index.js'
import { glanceReadable } from './statistics.policy.js'

// Issue 14 item 9: the KEP at a glance — a day and its week (Monday to Sunday, Athens): the
// appointments by state, the free places left and the citizens' average wait, for the KEP and
// per employee. For the KEP's manager (their own KEP) and the ministry's administrators.

/** How far back a glance may look: a year, as the statistics keep. */
export const glanceDaysBack = 366

/** Appointments of a period by where they stand (the agenda's states, agenda.service.ts). */
export interface GlanceCounts {
  /** Every appointment not cancelled: to come, under way, done or missed. */
  booked: number
  done: number
  noShows: number
  cancelled: number
  /** Seconds from the citizen's joining (waiting) to being let in, on average; null: none. */
  averageWaitSeconds: number | null
}

export interface GlanceEmployee extends GlanceCounts {
  employeeId: string
  fullName: string
}

export interface GlanceFreePlaces {
  categoryId: string
  code: string
  nameEl: string
  nameEn: string
  /** Free places a citizen could book now, from now to the period's end. */
  places: number
}

export interface GlancePeriod extends GlanceCounts {
  from: LocalDate
  to: LocalDate
  freePlaces: GlanceFreePlaces[]
  employees: GlanceEmployee[]
}

export interface KepAtAGlance {
  kepId: string
  date: LocalDate
  /** When it was read: the free places are counted from this instant on. */
  at: Date
  day: GlancePeriod
  week: GlancePeriod
}

const kepNotFound = () => notFound({ el: 'Το ΚΕΠ', en: 'The KEP' })

/** One row of the aggregate: an employee's appointments, of the day or of the rest of the week. */
interface AggregateRow {
  employee_id: string
  in_day: boolean
  booked: number
  done: number
  no_shows: number
  cancelled: number
  waited: number
  wait_seconds: number | string | null
}

const zero = (): Omit<GlanceCounts, 'averageWaitSeconds'> & { waited: number; wait: number } => ({
  booked: 0,
  done: 0,
  noShows: 0,
  cancelled: 0,
  waited: 0,
  wait: 0,
})
type Sum = ReturnType<typeof zero>

function add(sum: Sum, row: AggregateRow): void {
  sum.booked += row.booked
  sum.done += row.done
  sum.noShows += row.no_shows
  sum.cancelled += row.cancelled
  sum.waited += row.waited
  sum.wait += Number(row.wait_seconds ?? 0)
}

const countsOf = ({ waited, wait, ...counts }: Sum): GlanceCounts => ({
  ...counts,
  averageWaitSeconds: waited === 0 ? null : Math.round(wait / waited),
})

/**
 * The KEP at a glance on `date` and in its week. Four reads whatever the KEP's size: the KEP
 * with the fields and their parameters, one aggregate of the week's appointments and calls by
 * employee and day, the employees named, and the free places from the scheduling engine's
 * cached counts. Names employees: the read is audited (R7.2).
 * @throws DomainError FORBIDDEN (not a manager or an administrator), NOT_FOUND (no such KEP, or
 * another KEP's manager), VALIDATION_FAILED (`date`: not a date, over a year ago, beyond the
 * booking horizon).
 */
export async function kepAtAGlance(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { kepId: string; date: string },
  meta: { ip?: string | null } = {},
): Promise<KepAtAGlance> {
  glanceReadable(actor, input.kepId)
  if (!isUuid(input.kepId)) throw kepNotFound()
  const now = clock.now()
  const [[kep], categoryRows] = await Promise.all([
    db.select({ id: keps.id }).from(keps).where(eq(keps.id, input.kepId)),
    // the fields with their parameters, and whether a citizen can book them at this KEP: a
    // national procedure, or a municipal one of the KEP's municipality (R4.4)
    db
      .select({
        category: serviceCategories,
        versions: versionsSql(),
        offered: sql<boolean>`exists (
          select 1 from ${procedures} p join ${keps} k on k.id = ${input.kepId}
          where p.category_id = ${serviceCategories}.id and p.active
            and (p.municipality_id is null or p.municipality_id = k.municipality_id))`,
      })
      .from(serviceCategories)
      .orderBy(serviceCategories.sortOrder, serviceCategories.code),
  ])
  if (!kep) throw kepNotFound()
  const categories: (ScheduledCategory & { offered: boolean })[] = categoryRows.map((r) => ({
    ...r.category,
    versions: versionsOf(r.versions),
    offered: Boolean(r.offered),
  }))

  const date = input.date
  const problems = dateRangeProblems(date, date, 1).map((p) => ({ ...p, field: 'date' }))
  if (problems.length === 0) {
    const today = localDateOf(now.getTime())
    const horizon = Math.max(0, ...categories.map((c) => parametersInForce(c, now).horizonDays))
    const last = addDays(today, horizon)
    const first = addDays(today, -glanceDaysBack)
    if (date > last) {
      problems.push(
        fieldError(
          'date',
          'beyond_horizon',
          `Τα ραντεβού κλείνονται έως ${last}: επιλέξτε ημερομηνία έως τότε.`,
          `Appointments are booked up to ${last}: choose a date up to then.`,
        ),
      )
    } else if (date < first) {
      problems.push(
        fieldError(
          'date',
          'too_far_back',
          `Επιλέξτε ημερομηνία από ${first} και μετά.`,
          `Choose a date from ${first} on.`,
        ),
      )
    }
  }
  if (problems.length > 0) throw validationFailed(problems)

  const day = DateTime.fromISO(date, { zone }).startOf('day')
  const monday = day.startOf('week')
  const weekFrom = monday.toISODate()!
  const weekTo = addDays(weekFrom, 6)
  const dayStart = day.toJSDate()
  const dayEnd = day.plus({ days: 1 }).toJSDate()
  const weekStart = monday.toJSDate()
  const weekEnd = monday.plus({ weeks: 1 }).toJSDate()

  // The agenda's states (appointmentStateOf): cancelled first, then a missed appointment, then
  // a done one. The wait: the citizen's first joining to their first admission, calls of
  // appointments that were not cancelled.
  const aggregate = rowsOf<AggregateRow>(
    await db.execute(sql`
      select b.employee_id, (b.starts_at >= ${dayStart.toISOString()}::timestamptz
          and b.starts_at < ${dayEnd.toISOString()}::timestamptz) as in_day,
        count(*) filter (where b.status <> 'cancelled')::int as booked,
        count(*) filter (where b.status <> 'cancelled' and b.status <> 'no_show'
          and c.status is distinct from 'no_show'
          and (b.status = 'completed' or c.status = 'ended'))::int as done,
        count(*) filter (where b.status = 'no_show'
          or (b.status <> 'cancelled' and c.status = 'no_show'))::int as no_shows,
        count(*) filter (where b.status = 'cancelled')::int as cancelled,
        count(*) filter (where b.status <> 'cancelled' and c.admitted_at is not null
          and c.citizen_joined_at is not null)::int as waited,
        sum(extract(epoch from c.admitted_at - c.citizen_joined_at)) filter (
          where b.status <> 'cancelled' and c.admitted_at is not null
            and c.citizen_joined_at is not null)::float8 as wait_seconds
      from ${bookings} b left join ${calls} c on c.booking_id = b.id
      where b.kep_id = ${input.kepId}
        and b.starts_at >= ${weekStart.toISOString()}::timestamptz
        and b.starts_at < ${weekEnd.toISOString()}::timestamptz
      group by 1, 2`),
  )
  const withBookings = [...new Set(aggregate.map((r) => r.employee_id))]
  const offered = categories.filter((c) => c.offered)
  const [people, dayPlaces, weekPlaces] = await Promise.all([
    // the KEP's employees at work, and whoever held an appointment of the week (moved since)
    db
      .select({ id: employees.id, fullName: employees.fullName })
      .from(employees)
      .where(
        or(
          and(eq(employees.kepId, input.kepId), eq(employees.active, true)),
          withBookings.length > 0 ? inArray(employees.id, withBookings) : undefined,
        ),
      ),
    kepFreePlaces(db, input.kepId, offered, date, date, now),
    kepFreePlaces(db, input.kepId, offered, weekFrom, weekTo, now),
  ])

  const period = (
    from: LocalDate,
    to: LocalDate,
    dayOnly: boolean,
    places: Map<string, number>,
  ) => {
    const total = zero()
    const byEmployee = new Map(people.map((p) => [p.id, zero()]))
    for (const row of aggregate) {
      if (dayOnly && !row.in_day) continue
      add(total, row)
      add(byEmployee.get(row.employee_id)!, row)
    }
    return {
      from,
      to,
      ...countsOf(total),
      freePlaces: offered.map((c) => ({
        categoryId: c.id,
        code: c.code,
        nameEl: c.nameEl,
        nameEn: c.nameEn,
        places: places.get(c.id) ?? 0,
      })),
      employees: people
        .map((p) => ({
          employeeId: p.id,
          fullName: p.fullName,
          ...countsOf(byEmployee.get(p.id)!),
        }))
        .sort(
          (x, y) =>
            x.fullName.localeCompare(y.fullName, 'el') || (x.employeeId < y.employeeId ? -1 : 1),
        ),
    }
  }
  const glance: KepAtAGlance = {
    kepId: input.kepId,
    date,
    at: now,
    day: period(date, date, true, dayPlaces),
    week: period(weekFrom, weekTo, false, weekPlaces),
  }
  // R7.2: the employees' figures are read by name; the entry says which KEP and day, not them
  await recordAudit(db, {
    actor,
    action: 'kep.glance.read',
    entity: 'kep',
    entityId: input.kepId,
    ip: meta.ip,
    at: now,
    details: { date, employees: people.length },
  })
  return glance
}
