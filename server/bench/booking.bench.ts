import 'reflect-metadata'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import { createServer, type RunningServer } from '../src/app/server.js'
import { sealAuditChain, verifyAuditChain } from '../src/modules/audit/index.js'
import { systemClock } from '../src/platform/clock.js'
import { rowsOf } from '../src/platform/db/client.js'
import { createLogger } from '../src/platform/logger.js'
import { addDays, dayClock, localDateOf } from '../src/modules/scheduling/calendar.js'
import { loginAs } from '../src/test/identity.js'
import { testServerConfig } from '../src/test/server.js'
import { benchDatabase, workingDays } from './national-data.js'

// pnpm bench:booking — concurrent clients book distinct and contended slots over GraphQL HTTP
// for 10 s, then the same server answers a trivial query for 10 s. Then the same again with the
// server in a process of its own, and with two such instances on the one database (issue 12),
// the clients spread over both and the contended slots asked of both at once. On PGlite, which
// lives in this process, the "instances" are servers in this process on the one handle. One
// JSON line last: today's fields for the server in this process, one_instance and two_instances.

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 16)
const generous = { points: 1_000_000, windowSeconds: 600 }

const bench = await benchDatabase()
const { database } = bench
try {
  const today = localDateOf(Date.now())
  // Each run books days of its own: 10 working days for one run, 3 runs
  const allDays = workingDays(addDays(today, 1), 30)
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

  const rateLimits = {
    login: { perCaller: null, perIp: generous },
    booking: { perCaller: generous, perIp: generous },
    hold: { perCaller: generous, perIp: generous },
    upload: { perCaller: generous, perIp: generous },
    signal: { perCaller: generous, perIp: generous },
  }
  /** A server in this process on the bench's own database handle. */
  const inProcess = async (): Promise<Pick<RunningServer, 'url' | 'stop'>> => {
    const server = await createServer({
      database,
      clock: systemClock,
      logger: createLogger('silent'),
      config: testServerConfig(),
      rateLimits,
    })
    return server.start(0)
  }

  const mutation = `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`
  const post = (url: string, body: string, headers: Record<string, string>) =>
    fetch(`${url}/graphql`, {
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
  // Two held reservations of one employee or one desk that overlap, and two active bookings
  // of one employee whose calls overlap: each one a double booking (must stay 0)
  const doubleBookings = async () => {
    const [row] = rowsOf<{ n: number }>(
      await database.db.execute(sql`
        select
          (select count(*) from occupancy a join occupancy b
             on a.id < b.id and a.released_at is null and b.released_at is null
            and (a.employee_id = b.employee_id or a.workstation_id = b.workstation_id)
            and tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until))::int
          + (select count(*) from bookings a join bookings b
             on a.id < b.id and a.status in ('booked', 'in_progress')
            and b.status in ('booked', 'in_progress') and a.employee_id = b.employee_id
            and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at))::int
          as n`),
    )
    return row!.n
  }
  const p95 = (xs: number[]) => Number(xs[Math.floor(xs.length * 0.95)]!.toFixed(1))

  /**
   * Clients book for `seconds` on the working days `days`, then ask a no-op for `seconds`, on
   * the servers given: worker w talks to server (w >> 1) % n, so both the contended workers
   * (even) and the spread ones (odd) talk to every server.
   */
  const measure = async (urls: string[], days: string[]) => {
    const serverOf = (worker: number) => urls[(worker >> 1) % urls.length]!
    const citizens: Awaited<ReturnType<typeof loginAs>>[] = []
    // each worker's 4 citizens are logged in at the server it talks to
    for (let i = 0; i < concurrency * 4; i++) {
      citizens.push(await loginAs({ url: serverOf(Math.floor(i / 4)) }, 'citizen'))
    }
    // Slots: 10 working days × 30 grid times (07:30–14:45) × 20 KEPs × 5 employees = 30,000 bookable.
    const grid = days.flatMap((d) =>
      Array.from({ length: 30 }, (_, i) => dayClock(d).at(7 * 60 + 30 + i * 15)),
    )
    const hot = grid.slice(0, 4) // everybody wants the first morning slots: contended

    // Issue 12: the audit chain's sealing job runs as in production, every second, while clients book.
    let sealingRound: Promise<unknown> = Promise.resolve()
    const sealing = setInterval(() => {
      sealingRound = sealAuditChain(database.db).catch(() => {})
    }, 1000)
    let seq = 0
    const booking = await run(async (worker, i) => {
      const contended = worker % 2 === 0
      const startsAt = contended ? hot[i % hot.length]! : grid[(seq++ * 7919) % grid.length]!
      const citizen = citizens[(worker * 4 + (i % 4)) % citizens.length]!
      const res = await post(
        serverOf(worker),
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
    // a round still running holds the sealer's lock: the loop below would find 0 to seal at once
    await sealingRound
    while ((await sealAuditChain(database.db)) > 0);
    const auditChain = await verifyAuditChain(database.db)
    const noop = await run(async (worker) => {
      const res = await post(serverOf(worker), '{"query":"{ __typename }"}', {})
      return res.errors ? 'ERROR' : 'OK'
    })
    const booked = booking.outcomes.get('BOOKED') ?? 0
    const bookingsPerS = booking.latencies.length / seconds
    const noopPerS = noop.latencies.length / seconds
    process.stderr.write(
      `${urls.length} server(s), booking outcomes: ${JSON.stringify(Object.fromEntries(booking.outcomes))}\n`,
    )
    return {
      bookings_per_s: Number(bookingsPerS.toFixed(1)),
      successful_bookings_per_s: Number((booked / seconds).toFixed(1)),
      p95_ms: p95(booking.latencies),
      double_bookings: await doubleBookings(),
      noop_per_s: Number(noopPerS.toFixed(1)),
      noop_p95_ms: p95(noop.latencies),
      ratio: Number((bookingsPerS / noopPerS).toFixed(3)),
      audit_chain_ok: auditChain.ok && auditChain.unsealed === 0,
    }
  }

  /** `n` server instances on the database: processes of their own on PostgreSQL. */
  const instances = async (n: number) => {
    const servers: Pick<RunningServer, 'url' | 'stop'>[] = []
    for (let i = 0; i < n; i++) {
      servers.push(
        database.kind === 'postgres' ? await serverProcess(database.url!) : await inProcess(),
      )
    }
    return servers
  }
  const measureOn = async (servers: Pick<RunningServer, 'url' | 'stop'>[], days: string[]) => {
    try {
      return await measure(
        servers.map((s) => s.url),
        days,
      )
    } finally {
      await Promise.all(servers.map((s) => s.stop()))
    }
  }

  const here = await measureOn([await inProcess()], allDays.slice(0, 10))
  const mode = database.kind === 'postgres' ? 'processes of their own' : 'in this process'
  const one = await measureOn(await instances(1), allDays.slice(10, 20))
  const two = await measureOn(await instances(2), allDays.slice(20, 30))
  process.stdout.write(
    JSON.stringify({
      database: database.kind,
      concurrency,
      ...here,
      one_instance: { mode, ...one },
      two_instances: { mode, ...two },
    }) + '\n',
  )
} finally {
  await bench.dispose()
}

/** A server instance in a process of its own (bench/server-process.ts) on the database at `url`. */
function serverProcess(url: string): Promise<Pick<RunningServer, 'url' | 'stop'>> {
  const script = fileURLToPath(new URL('./server-process.ts', import.meta.url))
  const child = spawn(process.execPath, [...process.execArgv, script], {
    env: { ...process.env, BENCH_SERVER_DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  // 'error': the process could not be started (or signalled); it then may never say 'exit'
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.once('error', () => resolve())
  })
  return new Promise((resolve, reject) => {
    let out = ''
    child.once('error', reject)
    child.stdout.on('error', reject)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      out += chunk
      const line = out.split('\n').find((l) => l.startsWith('{'))
      if (!line) return
      child.stdout.removeAllListeners('data')
      child.stdout.resume()
      resolve({
        url: (JSON.parse(line) as { url: string }).url,
        stop: async () => {
          child.kill('SIGTERM')
          await exited
        },
      })
    })
    child.once('exit', (code) => reject(new Error(`server process exited with ${code}`)))
  })
}
