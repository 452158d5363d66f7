import 'reflect-metadata'
import { sql } from 'drizzle-orm'
import { createServer } from '../src/app/server.js'
import { sealAuditChain, verifyAuditChain } from '../src/modules/audit/index.js'
import { systemClock } from '../src/platform/clock.js'
import { rowsOf } from '../src/platform/db/client.js'
import { createLogger } from '../src/platform/logger.js'
import { addDays, dayClock, localDateOf } from '../src/modules/scheduling/calendar.js'
import { loginAs } from '../src/test/identity.js'
import { testServerConfig } from '../src/test/server.js'
import { benchDatabase, workingDays } from './national-data.js'

// pnpm bench:booking — concurrent clients book distinct and contended slots over GraphQL HTTP
// for 10 s, then the same server answers a trivial query for 10 s. One JSON line last.

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16)
const generous = { points: 1_000_000, windowSeconds: 600 }

const bench = await benchDatabase()
const { database } = bench
try {
  const today = localDateOf(Date.now())
  const days = workingDays(addDays(today, 1), 10)
  await database.exec(`
    insert into service_categories (code, name_el, name_en, description_el, description_en,
      call_minutes, buffer_minutes, slot_step_minutes, min_notice_minutes, horizon_days)
    values ('information', 'Πληροφόρηση', 'Information', '', '', 15, 5, 15, 0, 60);
    insert into procedures (category_id, code, title_el, title_en, search_text)
      select id, 'INF-1', 'Πιστοποιητικό', 'Certificate', 'πιστοποιητικο' from service_categories;
    insert into municipalities (code, name_el, name_en, region_el, region_en, participation)
      values ('bench', 'Δήμος', 'Municipality', 'Περιφέρεια', 'Region', 'participating');
    insert into keps (municipality_id, code, name_el, name_en, address_el, address_en, postal_code,
      city_el, city_en, phone, email)
      select m.id, 'BK-' || g, 'ΚΕΠ', 'KEP', 'Οδός 1', '1 Street', '10000', 'Πόλη', 'Town',
        '2100000000', 'k@example.gr' from municipalities m cross join generate_series(1, 20) g;
    insert into kep_opening_hours (kep_id, weekday, opens_at, closes_at)
      select k.id, d, '07:30', '15:00' from keps k cross join generate_series(1, 5) d;
    insert into workstations (kep_id, label) select k.id, g::text from keps k cross join generate_series(1, 5) g;
    insert into employees (kep_id, gsis_user_id, full_name, email)
      select w.kep_id, 'be-' || w.id, 'Υπάλληλος', 'e@example.gr' from workstations w;
    insert into employee_availability (employee_id, workstation_id, weekday, starts_at, ends_at, valid_from)
      select e.id, w.id, d, '07:30', '15:00', '2020-01-01'
      from workstations w join employees e on e.gsis_user_id = 'be-' || w.id
      cross join generate_series(1, 5) d;
    insert into settings (key, value) values ('booking.maxFutureBookingsPerCitizen', '100000');
  `)
  const [ids] = rowsOf<{ procedure: string }>(
    await database.db.execute(sql`select id as procedure from procedures`),
  )
  const keps = rowsOf<{ id: string }>(
    await database.db.execute(sql`select id from keps order by code`),
  ).map((k) => k.id)

  const server = await createServer({
    database,
    clock: systemClock,
    logger: createLogger('silent'),
    config: testServerConfig(),
    rateLimits: {
      login: { perCaller: null, perIp: generous },
      booking: { perCaller: generous, perIp: generous },
      upload: { perCaller: generous, perIp: generous },
      signal: { perCaller: generous, perIp: generous },
    },
  })
  const running = await server.start(0)
  const citizens: Awaited<ReturnType<typeof loginAs>>[] = []
  for (let i = 0; i < concurrency * 4; i++) citizens.push(await loginAs(running, 'citizen'))

  // Slots: 10 working days × 30 grid times (07:30–14:45) × 20 KEPs × 5 employees = 30,000 bookable.
  const grid = days.flatMap((d) =>
    Array.from({ length: 30 }, (_, i) => dayClock(d).at(7 * 60 + 30 + i * 15)),
  )
  const hot = grid.slice(0, 4) // everybody wants the first morning slots: contended
  const mutation = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    }).then((r) => r.json() as Promise<{ errors?: { extensions?: { code?: string } }[] }>)

  const run = async (task: (worker: number, i: number) => Promise<string>) => {
    const latencies: number[] = []
    const outcomes = new Map<string, number>()
    const deadline = performance.now() + seconds * 1000
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        for (let i = 0; performance.now() < deadline; i++) {
          const start = performance.now()
          const outcome = await task(worker, i)
          latencies.push(performance.now() - start)
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
        }
      }),
    )
    latencies.sort((a, b) => a - b)
    return { latencies, outcomes }
  }

  // Issue 12: the audit chain's sealing job runs as in production, every second, while clients book.
  const sealing = setInterval(() => void sealAuditChain(database.db).catch(() => {}), 1000)
  let seq = 0
  const booking = await run(async (worker, i) => {
    const contended = worker % 2 === 0
    const startsAt = contended ? hot[i % hot.length]! : grid[(seq++ * 7919) % grid.length]!
    const citizen = citizens[(worker * 4 + (i % 4)) % citizens.length]!
    const res = await post(
      JSON.stringify({
        query: mutation,
        variables: {
          input: {
            category: 'INFORMATION',
            procedureId: ids!.procedure,
            kepId: keps[(worker + i) % keps.length],
            startsAt: new Date(startsAt).toISOString(),
            fullName: 'Βασιλική Κ.',
            email: 'v@example.gr',
            phone: '6900000000',
            postalAddress: 'Οδός 1, Αθήνα',
            deliveryMethod: 'EMAIL',
          },
        },
      }),
      citizen.headers,
    )
    return res.errors ? String(res.errors[0]!.extensions?.code) : 'BOOKED'
  })
  clearInterval(sealing)
  while ((await sealAuditChain(database.db)) > 0);
  const auditChain = await verifyAuditChain(database.db)
  const noop = await run(async () => {
    const res = await post('{"query":"{ __typename }"}', {})
    return res.errors ? 'ERROR' : 'OK'
  })
  const [overlaps] = rowsOf<{ n: number }>(
    await database.db.execute(sql`
      select count(*)::int as n from occupancy a join occupancy b
        on a.id < b.id and a.released_at is null and b.released_at is null
       and (a.employee_id = b.employee_id or a.workstation_id = b.workstation_id)
       and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)`),
  )
  await running.stop()
  const p95 = (xs: number[]) => Number(xs[Math.floor(xs.length * 0.95)]!.toFixed(1))
  const booked = booking.outcomes.get('BOOKED') ?? 0
  const bookingsPerS = booking.latencies.length / seconds
  const noopPerS = noop.latencies.length / seconds
  process.stderr.write(
    `booking outcomes: ${JSON.stringify(Object.fromEntries(booking.outcomes))}\n`,
  )
  process.stdout.write(
    JSON.stringify({
      database: database.kind,
      concurrency,
      bookings_per_s: Number(bookingsPerS.toFixed(1)),
      successful_bookings_per_s: Number((booked / seconds).toFixed(1)),
      p95_ms: p95(booking.latencies),
      double_bookings: overlaps!.n,
      noop_per_s: Number(noopPerS.toFixed(1)),
      noop_p95_ms: p95(noop.latencies),
      ratio: Number((bookingsPerS / noopPerS).toFixed(3)),
      audit_chain_ok: auditChain.ok && auditChain.unsealed === 0,
    }) + '\n',
  )
} finally {
  await bench.dispose()
}
