import 'reflect-metadata'
import { sql } from 'drizzle-orm'
import { fixedClock } from '../src/platform/clock.js'
import { availability } from '../src/modules/scheduling/scheduling.service.js'
import { addDays } from '../src/modules/scheduling/calendar.js'
import { benchDatabase, generateNationalData } from './national-data.js'

// pnpm bench:availability — 31 days of availability for one KEP and for "any KEP" nationally,
// on 1,000 KEPs / 10,000 employees / 200,000 bookings. Prints one JSON line last.

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
  const t0 = performance.now()
  const { procedureId, kepIds } = await generateNationalData(bench.database, firstDay)
  const counts = await bench.database.db.execute(
    sql`select (select count(*) from bookings)::int as bookings, (select count(*) from employees)::int as employees`,
  )
  process.stderr.write(
    `data set ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(Array.isArray(counts) ? counts[0] : (counts as { rows: unknown[] }).rows[0])}\n`,
  )
  const input = {
    category: 'information' as const,
    procedureId,
    from: firstDay,
    to: addDays(firstDay, 30),
  }

  const time = async (runs: number, kepId: () => string | null) => {
    const ms: number[] = []
    let slots = 0
    for (let i = 0; i < runs + 3; i++) {
      const start = performance.now()
      const { days } = await availability(bench.database.db, clock, { ...input, kepId: kepId() })
      if (i >= 3) ms.push(performance.now() - start) // the first runs warm up the JIT
      slots = days.reduce((n, d) => n + d.slots.length, 0)
    }
    return { p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95), runs, slots }
  }
  let i = 0
  const oneKep = await time(100, () => kepIds[(i++ * 7919) % kepIds.length]!)
  const national = await time(30, () => null)
  process.stdout.write(
    JSON.stringify({
      database: bench.database.kind,
      one_kep_31_days: oneKep,
      national_any_kep_31_days: national,
    }) + '\n',
  )
} finally {
  await bench.dispose()
}
