import 'reflect-metadata'
import { fileURLToPath } from 'node:url'
import { fixedClock } from '../src/platform/clock.js'
import { addDays } from '../src/modules/scheduling/calendar.js'
import { runChild, timeAvailability, type Timing } from './measure.js'
import { benchDatabase, generateNationalData } from './national-data.js'

// pnpm bench:scale (issue 12) — availability p95/p50 for one KEP and for "any KEP", 31 days, at
// 100, 1,000 and 3,000 KEPs (10 employees and 200 bookings per KEP), so the growth of the cost
// with the size of the country is a curve. Each size runs in a process of its own on a fresh
// database: nothing cached by one size (rules, an occupancy index) helps the next, and the
// memory of the big one is given back. One JSON line last.
// BENCH_SCALE_SIZES=100,1000 picks other sizes; BENCH_SCALE_RUNS=<one KEP>,<national> the runs.

const firstDay = '2027-01-11' // a Monday
const [oneKepRuns, nationalRuns] = (process.env.BENCH_SCALE_RUNS ?? '200,30').split(',').map(Number)

interface SizeFigures {
  keps: number
  employees: number
  bookings: number
  generation_s: number
  one_kep_31_days: Pick<Timing, 'p50_ms' | 'p95_ms'>
  national_any_kep_31_days: Pick<Timing, 'p50_ms' | 'p95_ms'>
  database: string
}

async function measureOneSize(keps: number): Promise<SizeFigures> {
  const clock = fixedClock('2027-01-11T04:00:00Z')
  const bench = await benchDatabase()
  try {
    const t0 = performance.now()
    const ids = await generateNationalData(bench.database, firstDay, { keps })
    const generation = (performance.now() - t0) / 1000
    const input = {
      category: 'information' as const,
      procedureId: ids.procedureId,
      from: firstDay,
      to: addDays(firstDay, 30),
    }
    let i = 0
    const oneKep = await timeAvailability(bench.database.db, clock, input, oneKepRuns!, () => {
      return ids.kepIds[(i++ * 7919) % ids.kepIds.length]!
    })
    const national = await timeAvailability(
      bench.database.db,
      clock,
      input,
      nationalRuns!,
      () => null,
    )
    process.stderr.write(
      `${keps} KEPs: one KEP ${JSON.stringify(oneKep)}, national ${JSON.stringify(national)}\n`,
    )
    return {
      keps,
      employees: keps * 10,
      bookings: keps * 200,
      generation_s: Number(generation.toFixed(1)),
      one_kep_31_days: { p50_ms: oneKep.p50_ms, p95_ms: oneKep.p95_ms },
      national_any_kep_31_days: { p50_ms: national.p50_ms, p95_ms: national.p95_ms },
      database: bench.database.kind,
    }
  } finally {
    await bench.dispose()
  }
}

const childKeps = process.env.BENCH_SCALE_KEPS
if (childKeps) {
  process.stdout.write(JSON.stringify(await measureOneSize(Number(childKeps))) + '\n')
} else {
  const sizes = (process.env.BENCH_SCALE_SIZES ?? '100,1000,3000').split(',').map(Number)
  const figures: SizeFigures[] = []
  for (const keps of sizes) {
    figures.push(
      await runChild<SizeFigures>(fileURLToPath(import.meta.url), {
        BENCH_SCALE_KEPS: String(keps),
      }),
    )
  }
  process.stdout.write(
    JSON.stringify({
      database: figures[0]?.database ?? (process.env.DATABASE_URL ? 'postgres' : 'pglite'),
      runs: { one_kep: oneKepRuns, national: nationalRuns },
      sizes: figures.map(({ database: _, ...size }) => size),
    }) + '\n',
  )
}
