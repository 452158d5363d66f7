import 'reflect-metadata'
import { fixedClock } from '../src/platform/clock.js'
import { openDatabase } from '../src/platform/db/client.js'
import { availability } from '../src/modules/scheduling/scheduling.service.js'
import { slotsOf } from './measure.js'

// A second opinion for bench:availability's exactness check (issue 12): a process of its own,
// so nothing the benchmark's process cached or indexed in memory can be in it, opens the same
// PostgreSQL database and answers availability for the scopes asked (env BENCH_FRESH: JSON of
// { url, clock, category, procedureId, from, to, kepIds: (string | null)[] }). Prints one JSON
// line: for each scope, its slots as "startsAt free" strings.

interface FreshRequest {
  url: string
  clock: string
  category: 'information'
  procedureId: string
  from: string
  to: string
  kepIds: (string | null)[]
}

const request = JSON.parse(process.env.BENCH_FRESH ?? '') as FreshRequest
const database = await openDatabase({ url: request.url, maxConnections: 4 })
try {
  const clock = fixedClock(request.clock)
  const answers: string[][] = []
  for (const kepId of request.kepIds) {
    const { days } = await availability(database.db, clock, { ...request, kepId })
    answers.push(slotsOf(days))
  }
  process.stdout.write(JSON.stringify(answers) + '\n')
} finally {
  await database.close()
}
