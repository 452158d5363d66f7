import 'reflect-metadata'
import { createServer } from '../src/app/server.js'
import { systemClock } from '../src/platform/clock.js'
import { openDatabase } from '../src/platform/db/client.js'
import { createLogger } from '../src/platform/logger.js'
import { roomyRateLimits, testServerConfig } from '../src/test/server.js'

// One server instance in a process of its own, for bench:booking's instances on one database
// (issue 12): its own pool, its own caches and whatever else a process keeps in memory, as
// two instances behind a load balancer would have. Env BENCH_SERVER_DATABASE_URL. Prints
// {"url"} once listening; stops on SIGTERM.

const url = process.env.BENCH_SERVER_DATABASE_URL
if (!url) throw new Error('BENCH_SERVER_DATABASE_URL is not set')
const database = await openDatabase({ url, maxConnections: 20 })
const server = await createServer({
  database,
  clock: systemClock,
  logger: createLogger('silent'),
  config: testServerConfig(),
  rateLimits: roomyRateLimits(1_000_000, 600),
})
const running = await server.start(0)
process.once('SIGTERM', () => {
  void running
    .stop()
    .then(() => database.close())
    .finally(() => process.exit(0))
})
process.stdout.write(JSON.stringify({ url: running.url }) + '\n')
