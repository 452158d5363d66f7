import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Actor } from '../src/platform/actor.js'
import { rowsOf, type Db } from '../src/platform/db/client.js'
import { addDays } from '../src/modules/scheduling/calendar.js'
import { usageStatistics } from '../src/modules/statistics/index.js'

// Issue 17 item 2, for pnpm bench:admin: a year of usage statistics for the whole country, read
// as the resolver reads it (usageStatistics), on a database already loaded by
// generateNationalData (its bookings counted by the triggers of migration 0024). The year ends
// on the last day with appointments. 5 warm-up reads, then 20 timed ones.

const administrator: Actor = {
  kind: 'administrator',
  administratorId: randomUUID(),
  role: 'auditor',
  sessionId: randomUUID(),
}

export async function statisticsYearFigures(db: Db): Promise<{ statistics_year_p95_ms: number }> {
  const [last] = rowsOf<{ day: string | null }>(
    await db.execute(sql`select max(on_date)::text as day from usage_counters`),
  )
  const to = last?.day ?? '2027-12-31'
  const from = addDays(to, -364)
  const ms: number[] = []
  for (let i = 0; i < 25; i++) {
    const start = performance.now()
    const s = await usageStatistics(db, administrator, { from, to })
    if (i >= 5) ms.push(performance.now() - start)
    if (s.totals.booked === 0) throw new Error('no bookings counted: is the national data loaded?')
  }
  ms.sort((a, b) => a - b)
  const p95 = ms[Math.min(ms.length - 1, Math.floor(0.95 * ms.length))]!
  return { statistics_year_p95_ms: Number(p95.toFixed(1)) }
}
