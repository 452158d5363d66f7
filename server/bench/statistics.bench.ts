import 'reflect-metadata'
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { fixedClock } from '../src/platform/clock.js'
import { rowsOf } from '../src/platform/db/client.js'
import { addDays, datesBetween } from '../src/modules/scheduling/calendar.js'
import { loadSchedulingData } from '../src/modules/scheduling/scheduling.service.js'
import { availableMinutes } from '../src/modules/scheduling/slot-engine.js'
import {
  kepAtAGlance,
  readDailyCounters,
  refreshCapacity,
} from '../src/modules/statistics/index.js'
import type { Actor } from '../src/platform/actor.js'
import { benchDatabase, generateNationalData } from './national-data.js'

// pnpm bench:statistics — on 1,000 KEPs / 10,000 employees / 200,000 bookings (issue 12): the
// time the capacity job takes to recompute its window nationally, and reads of 31 days of
// statistics for one KEP and for the whole country; checks the counters against a recount; and
// the KEP at a glance (issue 14 item 9) of a KEP whose week's calls all had a citizen waiting.
// Prints one JSON line last.

const firstDay = '2027-01-11' // a Monday
const clock = fixedClock('2027-01-11T04:00:00Z')
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return Number(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1),
  )
}

const bench = await benchDatabase()
try {
  const { kepIds } = await generateNationalData(bench.database, firstDay)
  const db = bench.database.db
  const t0 = performance.now()
  const capacityRows = await refreshCapacity(db, clock)
  const refreshMs = performance.now() - t0
  const t1 = performance.now()
  await refreshCapacity(db, clock) // nothing changed: one read
  const unchangedMs = performance.now() - t1
  // one absence entered: the whole window is recomputed, only the rows that differ written
  await db.execute(sql`
    insert into employee_absences (employee_id, starts_at, ends_at)
    select id, '2027-01-12T08:00:00Z', '2027-01-12T10:00:00Z' from employees limit 1`)
  const t4 = performance.now()
  await refreshCapacity(db, clock)
  const afterAbsenceMs = performance.now() - t4

  const read = async (runs: number, kepId: () => string | undefined) => {
    const ms: number[] = []
    let rows = 0
    for (let i = 0; i < runs + 3; i++) {
      const start = performance.now()
      const days = await readDailyCounters(db, {
        from: firstDay,
        to: addDays(firstDay, 30),
        kepId: kepId(),
      })
      if (i >= 3) ms.push(performance.now() - start)
      rows = days.length
    }
    return { p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95), runs, kep_days: rows }
  }
  // where the refresh's time goes: the national rules (cached: a second load), a month computed
  const t2 = performance.now()
  const month = await loadSchedulingData(db, {})
  const loadMs = performance.now() - t2
  const t3 = performance.now()
  availableMinutes(datesBetween(firstDay, addDays(firstDay, 30)), month)
  const computeMs = performance.now() - t3

  let i = 0
  const oneKep = await read(100, () => kepIds[(i++ * 7919) % kepIds.length]!)
  const national = await read(20, () => undefined)

  // the KEP at a glance: a KEP's week of calls, each citizen let in after a wait
  const busyKep = kepIds[0]!
  await db.execute(sql`
    insert into calls (booking_id, status, citizen_joined_at, admitted_at, ended_at)
    select id, 'ended', starts_at - interval '2 minutes', starts_at + interval '1 minute',
      starts_at + interval '15 minutes'
    from bookings where kep_id = ${busyKep}
      and starts_at >= '2027-01-10T22:00:00Z' and starts_at < '2027-01-17T22:00:00Z'`)
  const auditor: Actor = {
    kind: 'administrator',
    administratorId: randomUUID(),
    role: 'auditor',
    sessionId: randomUUID(),
  }
  const glanceMs: number[] = []
  let glanceFirstMs = 0
  let weekAppointments = 0
  for (let i = 0; i < 53; i++) {
    const start = performance.now()
    const read = await kepAtAGlance(db, clock, auditor, { kepId: busyKep, date: '2027-01-13' })
    const ms = performance.now() - start
    if (i === 0) glanceFirstMs = ms
    if (i >= 3) glanceMs.push(ms)
    weekAppointments = read.week.booked
  }

  // the counters against a recount of the 200,000 bookings, in SQL here (the tests do it in TS)
  const [check] = rowsOf<{ differences: number }>(
    await db.execute(sql`
      with recount as (
        select (starts_at at time zone 'Europe/Athens')::date as on_date, kep_id, category_id,
          count(*)::int as booked,
          count(*) filter (where status = 'cancelled')::int as cancelled,
          count(*) filter (where status = 'completed')::int as completed,
          count(*) filter (where status = 'no_show')::int as no_show,
          coalesce(sum(extract(epoch from ends_at - starts_at) / 60)
            filter (where status <> 'cancelled'), 0)::int as booked_minutes
        from bookings group by 1, 2, 3)
      select count(*)::int as differences from (
        (select * from recount except select * from daily_counters
          where booked + cancelled + completed + no_show + booked_minutes > 0)
        union all
        (select * from daily_counters
          where booked + cancelled + completed + no_show + booked_minutes > 0
          except select * from recount)) d`),
  )
  process.stdout.write(
    JSON.stringify({
      database: bench.database.kind,
      capacity_refresh_ms: Math.round(refreshMs),
      capacity_rows: capacityRows,
      capacity_unchanged_ms: Number(unchangedMs.toFixed(1)),
      capacity_after_one_absence_ms: Math.round(afterAbsenceMs),
      capacity_rules_load_ms: Math.round(loadMs),
      capacity_31_days_compute_ms: Math.round(computeMs),
      one_kep_31_days: oneKep,
      national_31_days: national,
      counter_differences: check!.differences,
      kep_at_a_glance: {
        first_ms: Math.round(glanceFirstMs),
        p50_ms: percentile(glanceMs, 50),
        p95_ms: percentile(glanceMs, 95),
        runs: glanceMs.length,
        week_appointments: weekAppointments,
      },
    }) + '\n',
  )
} finally {
  await bench.dispose()
}
