import 'reflect-metadata'
import { sql } from 'drizzle-orm'
import type { Actor } from '../src/platform/actor.js'
import { fixedClock } from '../src/platform/clock.js'
import { rowsOf, type Db } from '../src/platform/db/client.js'
import { changeWithImpact } from '../src/modules/administration/impact.service.js'
import { UncoveredChoice, type ImpactInput } from '../src/modules/administration/impact.types.js'
import { dayClock } from '../src/modules/scheduling/calendar.js'
import { percentile } from './measure.js'
import { benchDatabase, generateNationalData, workingDays } from './national-data.js'

// pnpm bench:impact — how long the impact previews of issue 13 take at the national benchmark
// scale (1,000 KEPs, 10,000 employees, 200,000 bookings over 20 working days; KEPS=… to
// change): an employee absent for a day, a KEP suspended for a week with its bookings moved to
// the other KEPs of its municipality, and one day's closure of every KEP with its ~10,000
// bookings kept for follow-up. Each preview runs the change and rolls it back (as the admin
// app's "preview" does); the suspension is then applied with its token and must do what its
// preview said. Prints one JSON line last.

const firstDay = '2027-01-11' // a Monday
const clock = fixedClock('2027-01-08T08:00:00Z')
const admin: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-0000000000be',
  role: 'administrator',
  sessionId: '00000000-0000-4000-8000-0000000000be',
}
const reason = { el: 'Δοκιμή επιδόσεων.', en: 'Benchmark.' }
const keps = Number(process.env.KEPS ?? 1000)

const bench = await benchDatabase()
try {
  const { kepIds } = await generateNationalData(bench.database, firstDay, { keps })
  const db = bench.database.db
  const days = workingDays(firstDay, 20)
  const dayStart = (d: string) => new Date(dayClock(d).at(0))

  const time = async (
    runs: number,
    preview: () => Promise<{ impact: { bookings: unknown[] } }>,
  ) => {
    const ms: number[] = []
    let touched = 0
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      touched = (await preview()).impact.bookings.length
      ms.push(performance.now() - t)
    }
    return { p50_ms: percentile(ms, 50), max_ms: Number(Math.max(...ms).toFixed(1)), runs, touched }
  }
  const input = (uncovered: UncoveredChoice, token?: string): ImpactInput => ({
    apply: token !== undefined,
    token,
    uncovered,
  })

  // 1. an employee absent on the second working day: their one booking goes to a colleague
  const [employee] = rowsOf<{ id: string }>(
    await db.execute(sql`select employee_id as id from bookings
      where starts_at >= ${dayStart(days[1]!).toISOString()}::timestamptz
      order by starts_at limit 1`),
  )
  const absence = (apply?: string) =>
    changeWithImpact(
      db,
      clock,
      admin,
      {
        input: input(UncoveredChoice.CANCEL, apply),
        watch: { employeeIds: [employee!.id] },
        reason,
        subject: 'absence',
      },
      (tx: Db) =>
        tx.execute(sql`insert into employee_absences (employee_id, starts_at, ends_at)
          values (${employee!.id}, ${dayStart(days[1]!).toISOString()}::timestamptz,
            ${dayStart(days[2]!).toISOString()}::timestamptz)`),
    )
  const employeeAbsent = await time(10, () => absence())

  // 2. a KEP suspended for the first five working days, its bookings moved within the municipality
  const kepId = kepIds[0]!
  const suspend = (token?: string) =>
    changeWithImpact(
      db,
      clock,
      admin,
      {
        input: input(UncoveredChoice.MOVE, token),
        watch: { kepIds: [kepId], from: dayStart(days[0]!), to: dayStart(days[5]!) },
        reason,
        subject: 'suspension',
      },
      (tx: Db) =>
        tx.execute(sql`insert into kep_closures (kep_id, starts_on, ends_on, kind, reason_el, reason_en)
          values (${kepId}, ${days[0]!}, ${days[4]!}, 'suspension', 'Αναστολή', 'Suspension')`),
    )
  const kepSuspended = await time(5, () => suspend())
  const preview = await suspend()
  const t = performance.now()
  const applied = await suspend(preview.impact.token)
  const applyMs = performance.now() - t
  const same =
    JSON.stringify({ ...applied.impact, applied: null }) ===
    JSON.stringify({ ...preview.impact, applied: null })

  // 3. every KEP closed on the last working day (a national strike), bookings kept for follow-up
  const last = days[days.length - 1]!
  const nationalClosure = await time(3, () =>
    changeWithImpact(
      db,
      clock,
      admin,
      {
        input: input(UncoveredChoice.KEEP),
        watch: { kepIds, from: dayStart(last), to: new Date(dayClock(last).at(24 * 60)) },
        reason,
        subject: 'strike',
      },
      (tx: Db) =>
        tx.execute(sql`insert into kep_closures (kep_id, starts_on, ends_on, reason_el, reason_en)
          values (null, ${last}, ${last}, 'Απεργία', 'Strike')`),
    ),
  )

  process.stdout.write(
    `${JSON.stringify({
      bench: 'impact',
      database: bench.database.kind,
      keps,
      employee_absent_preview: employeeAbsent,
      kep_suspended_week_move_preview: kepSuspended,
      kep_suspended_apply_ms: Number(applyMs.toFixed(1)),
      kep_suspended_moved: applied.impact.moved,
      kep_suspended_kept: applied.impact.kept,
      apply_equals_preview: same,
      national_closure_day_keep_preview: nationalClosure,
    })}\n`,
  )
  if (!same) process.exitCode = 1
} finally {
  await bench.dispose()
}
