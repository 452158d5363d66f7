import { openDatabase, type Database } from '../src/platform/db/client.js'
import { createNotifyPubSub } from '../src/platform/notify-pubsub.js'
import { benchDatabase } from './national-data.js'

// pnpm bench:pubsub — the pub/sub several server instances share (LISTEN/NOTIFY): how long a
// message takes from a publish on one instance to a subscriber on the other, for a signal-sized
// message (600 bytes) sent at a steady rate and for a 16 kB one (sent in parts), and how many a
// burst carries per second. On PostgreSQL with DATABASE_URL, else on the embedded PGlite. Prints
// one JSON line last.

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return Number(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(2),
  )
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Probe {
  n: number
  sentAt: number
  pad: string
}

const bench = await benchDatabase()
let second: Database | undefined
try {
  const database = bench.database
  second = database.url ? await openDatabase({ url: database.url, maxConnections: 4 }) : database
  const a = await createNotifyPubSub(database.notifications)
  const b = await createNotifyPubSub(second.notifications)
  const received = b.subscribe<Probe>('bench')
  const latencies = new Map<number, number>()
  const reader = (async () => {
    for await (const probe of received) latencies.set(probe.n, performance.now() - probe.sentAt)
  })()
  const waitFor = async (count: number) => {
    const until = Date.now() + 60_000
    while (latencies.size < count && Date.now() < until) await sleep(2)
    if (latencies.size < count) throw new Error(`only ${latencies.size} of ${count} arrived`)
  }

  // steady: 500 signal-sized messages, 5 ms apart (200 a second, a busy KEP's worth of calls)
  const small = 'x'.repeat(600)
  for (let n = 0; n < 500; n++) {
    a.publish('bench', { n, sentAt: performance.now(), pad: small })
    await sleep(5)
  }
  await waitFor(500)
  const steady = [...latencies.values()]
  latencies.clear()

  // large: 100 offers of 16 kB with every ICE candidate, 20 ms apart
  const large = 'a=candidate:1 1 udp 2122260223 192.0.2.1 54400 typ host\n'.repeat(290)
  for (let n = 0; n < 100; n++) {
    a.publish('bench', { n, sentAt: performance.now(), pad: large })
    await sleep(20)
  }
  await waitFor(100)
  const big = [...latencies.values()]
  latencies.clear()

  // burst: 2,000 signal-sized messages at once
  const t0 = performance.now()
  for (let n = 0; n < 2000; n++) a.publish('bench', { n, sentAt: performance.now(), pad: small })
  await waitFor(2000)
  const burstSeconds = (performance.now() - t0) / 1000

  await received.return?.()
  await reader
  await a.close()
  await b.close()
  process.stdout.write(
    `${JSON.stringify({
      database: database.kind,
      signal_600B_p50_ms: percentile(steady, 50),
      signal_600B_p95_ms: percentile(steady, 95),
      offer_16kB_p50_ms: percentile(big, 50),
      offer_16kB_p95_ms: percentile(big, 95),
      burst_msgs_per_s: Math.round(2000 / burstSeconds),
    })}\n`,
  )
} finally {
  if (second && second !== bench.database) await second.close()
  await bench.dispose()
}
