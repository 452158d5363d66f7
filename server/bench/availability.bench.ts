import 'reflect-metadata'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { Actor } from '../src/platform/actor.js'
import { fixedClock } from '../src/platform/clock.js'
import { rowsOf } from '../src/platform/db/client.js'
import { DomainError } from '../src/platform/errors.js'
import { bookAppointment, type BookInput } from '../src/modules/bookings/bookings.service.js'
import { availability } from '../src/modules/scheduling/scheduling.service.js'
import { addDays, dayClock } from '../src/modules/scheduling/calendar.js'
import { runChild, slotsOf, timeAvailability } from './measure.js'
import { benchDatabase, generateNationalData, workingDays } from './national-data.js'

// pnpm bench:availability — 31 days of availability for one KEP and for "any KEP" nationally,
// on 1,000 KEPs / 10,000 employees / 200,000 bookings: first on a quiet database, then again
// while workers book appointments through the real booking service without pause (issue 12:
// "the index stays exact and fast under writes"). After the burst, exactness: for a sample of
// KEPs (the ones the burst hit hardest) and nationally, the answer equals a fresh process's (no
// cache, no index of ours), every offered slot is really bookable and every grid time not
// offered is refused (each tried in a transaction rolled back), and no two held reservations
// overlap. Prints one JSON line last.
// Env: BENCH_BURST_WORKERS (default 4), BENCH_EXACT_KEPS (default 4).

const firstDay = '2027-01-11' // a Monday
const clockAt = '2027-01-11T04:00:00Z' // 06:00 in Athens, before the first slot's notice
const clock = fixedClock(clockAt)
const burstWorkers = Number(process.env.BENCH_BURST_WORKERS ?? 4)
const sampleSize = Number(process.env.BENCH_EXACT_KEPS ?? 4)
const citizensPerWorker = 40

/** Thrown to roll back a transaction that only tried whether a booking goes through. */
class RollBack extends Error {}

const bench = await benchDatabase()
const { database } = bench
const db = database.db
try {
  const { procedureId, kepIds } = await generateNationalData(database, firstDay)
  await database.exec(`
    insert into settings (key, value) values ('booking.maxFutureBookingsPerCitizen', '100000');
    insert into citizens (gsis_user_id, first_name, last_name)
      select 'burst-' || g, 'Α', 'Β'
      from generate_series(1, ${(burstWorkers + sampleSize) * citizensPerWorker}) g;
  `)
  const citizens = rowsOf<{ id: string }>(
    await db.execute(sql`select id from citizens where gsis_user_id like 'burst-%' order by id`),
  ).map((c) => c.id)
  const actorOf = (citizenId: string): Actor => ({
    kind: 'citizen',
    citizenId,
    sessionId: 'bench',
  })
  const input = {
    category: 'information' as const,
    procedureId,
    from: firstDay,
    to: addDays(firstDay, 30),
  }
  const bookingOf = (kepId: string, startsAt: number): BookInput => ({
    category: 'information',
    procedureId,
    kepId,
    startsAt: new Date(startsAt),
    fullName: 'Βασιλική Κ.',
    email: 'v@example.gr',
    phone: '6900000000',
    postalAddress: 'Οδός 1, Αθήνα',
    deliveryMethod: 'email',
  })
  // The grid of the bench's hours (07:30–15:00, 15-minute steps) on the working days asked for
  const dates = workingDays(firstDay, 31).filter((d) => d <= input.to)
  const gridOf = (date: string) =>
    Array.from({ length: 30 }, (_, i) => dayClock(date).at(7 * 60 + 30 + i * 15))
  const grid = dates.flatMap(gridOf)
  const hot = gridOf(dates[0]!).slice(0, 4) // an hour that fills up at the sample KEPs
  // The KEPs the burst hits hardest, and whose answers are checked after it
  const sample = Array.from(
    { length: sampleSize },
    (_, j) => kepIds[Math.floor((j * kepIds.length) / sampleSize)]!,
  )

  // 1. Quiet
  let i = 0
  const oneKep = await timeAvailability(db, clock, input, 100, () => {
    return kepIds[(i++ * 7919) % kepIds.length]!
  })
  const national = await timeAvailability(db, clock, input, 30, () => null)

  // 2. The same while workers book without pause: half of their bookings at the sample KEPs, in
  // the first morning hour, which fills up (answers have to follow the writes down to "none free"),
  // half anywhere in the country at any time.
  let stop = false
  const outcomes = new Map<string, number>()
  const unexpected: string[] = []
  const burstStart = performance.now()
  const workers = Array.from({ length: burstWorkers }, async (_, w) => {
    for (let n = 0; !stop; n++) {
      const atSample = n % 2 === 0
      const kepId = atSample
        ? sample[(w + n) % sample.length]!
        : kepIds[Math.floor(Math.random() * kepIds.length)]!
      const times = atSample ? hot : grid
      const startsAt = times[Math.floor(Math.random() * times.length)]!
      const citizenId = citizens[w * citizensPerWorker + (n % citizensPerWorker)]!
      let outcome = 'BOOKED'
      try {
        await bookAppointment(db, clock, actorOf(citizenId), bookingOf(kepId, startsAt))
      } catch (err) {
        if (!(err instanceof DomainError)) {
          outcome = 'ERROR'
          if (unexpected.length < 3) unexpected.push(String(err))
        } else outcome = err.code
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
    }
  })
  let j = 0
  const oneKepBurst = await timeAvailability(db, clock, input, 100, () => {
    // alternately a KEP being written to and one anywhere
    return j++ % 2 === 0 ? sample[j % sample.length]! : kepIds[(j * 7919) % kepIds.length]!
  })
  // 20 runs, not 30: the burst lasts as long as the measuring, and the whole bench stays < 5 min
  const nationalBurst = await timeAvailability(db, clock, input, 20, () => null)
  stop = true
  await Promise.all(workers)
  const burstSeconds = (performance.now() - burstStart) / 1000
  const booked = outcomes.get('BOOKED') ?? 0
  const [recorded] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from bookings b join citizens c
      on c.id = b.citizen_id where c.gsis_user_id like 'burst-%'`),
  )
  process.stderr.write(
    `burst: ${JSON.stringify(Object.fromEntries(outcomes))} in ${burstSeconds.toFixed(1)} s; ${recorded!.n} in the database${unexpected.length ? `; unexpected: ${unexpected.join(' | ')}` : ''}\n`,
  )

  // 3. Exactness, the writes over: this process's answers...
  const checkStart = performance.now()
  const scopes: (string | null)[] = [...sample, null]
  const served: string[][] = []
  for (const kepId of scopes) {
    served.push(slotsOf((await availability(db, clock, { ...input, kepId })).days))
  }
  // ...against a process that never saw the burst (PostgreSQL: PGlite lives in this process)
  let freshMismatches: number | null = null
  if (database.kind === 'postgres') {
    const fresh = await runChild<string[][]>(
      fileURLToPath(new URL('./fresh-availability.ts', import.meta.url)),
      {
        BENCH_FRESH: JSON.stringify({
          ...input,
          url: database.url,
          clock: clockAt,
          kepIds: scopes,
        }),
      },
    )
    freshMismatches = 0
    scopes.forEach((kepId, s) => {
      const ours = new Set(served[s])
      const theirs = new Set(fresh[s])
      const differ = [
        ...served[s]!.filter((x) => !theirs.has(x)),
        ...fresh[s]!.filter((x) => !ours.has(x)),
      ]
      if (differ.length > 0) {
        process.stderr.write(
          `scope ${kepId ?? 'any KEP'}: ${differ.length} slots differ, e.g. ${differ.slice(0, 3).join('; ')}\n`,
        )
      }
      freshMismatches! += differ.length
    })
  }
  // ...and against booking itself: each grid time of a sample KEP, in a transaction rolled back
  let offeredNotBookable = 0
  let notOfferedBookable = 0
  let offeredTried = 0
  let notOfferedTried = 0
  await Promise.all(
    sample.map(async (kepId, s) => {
      const offered = new Set(served[s]!.map((x) => x.split(' ')[0]))
      const citizenId = citizens[(burstWorkers + s) * citizensPerWorker]!
      for (const startsAt of grid) {
        const isOffered = offered.has(new Date(startsAt).toISOString())
        let refusal: string | null = null
        try {
          await db.transaction(async (tx) => {
            await bookAppointment(tx, clock, actorOf(citizenId), bookingOf(kepId, startsAt))
            throw new RollBack()
          })
        } catch (err) {
          if (!(err instanceof RollBack))
            refusal = err instanceof DomainError ? err.code : String(err)
        }
        if (isOffered) offeredTried++
        else notOfferedTried++
        if (isOffered && refusal !== null) {
          offeredNotBookable++
          process.stderr.write(
            `offered but refused (${refusal}): ${kepId} ${new Date(startsAt).toISOString()}\n`,
          )
        }
        if (!isOffered && refusal === null) {
          notOfferedBookable++
          process.stderr.write(
            `not offered but booked: ${kepId} ${new Date(startsAt).toISOString()}\n`,
          )
        }
      }
    }),
  )
  const [overlaps] = rowsOf<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from occupancy a join occupancy b
        on a.id < b.id and a.released_at is null and b.released_at is null
       and (a.employee_id = b.employee_id or a.workstation_id = b.workstation_id)
       and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)`),
  )

  process.stdout.write(
    JSON.stringify({
      database: database.kind,
      keps: kepIds.length,
      one_kep_31_days: oneKep,
      national_any_kep_31_days: national,
      under_booking_burst: {
        workers: burstWorkers,
        seconds: Number(burstSeconds.toFixed(1)),
        bookings_done: booked,
        bookings_in_database: recorded!.n,
        bookings_per_s: Number((booked / burstSeconds).toFixed(1)),
        refused: Object.fromEntries([...outcomes].filter(([k]) => k !== 'BOOKED')),
        one_kep_31_days: oneKepBurst,
        national_any_kep_31_days: nationalBurst,
      },
      exactness: {
        keps_sampled: sample.length,
        fresh_process_mismatched_slots: freshMismatches,
        sample_slots_offered: sample.reduce((n, _, s) => n + served[s]!.length, 0),
        offered_tried: offeredTried,
        offered_not_bookable: offeredNotBookable,
        not_offered_tried: notOfferedTried,
        not_offered_bookable: notOfferedBookable,
        double_bookings: overlaps!.n,
        seconds: Number(((performance.now() - checkStart) / 1000).toFixed(1)),
        exact:
          (freshMismatches ?? 0) === 0 &&
          offeredNotBookable === 0 &&
          notOfferedBookable === 0 &&
          overlaps!.n === 0 &&
          recorded!.n === booked,
      },
    }) + '\n',
  )
} finally {
  await bench.dispose()
}
