import 'reflect-metadata'
import { openConfiguredDatabase } from './app/bootstrap.js'
import { createServer } from './app/server.js'
import { systemClock } from './platform/clock.js'
import { ConfigError, loadConfig } from './platform/config.js'
import { runMigrations } from './platform/db/migrate.js'
import { createLogger } from './platform/logger.js'
import { seedIfEmpty } from './seed/seed.js'

// Wiring only: read the configuration, open and migrate the database, serve, stop on a signal.
async function main(): Promise<void> {
  const startedAt = performance.now()
  let config
  try {
    config = loadConfig()
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`keplive cannot start.\n${err.message}\n`)
      process.exit(78) // EX_CONFIG
    }
    throw err
  }
  const logger = createLogger(config.logLevel)

  const database = await openConfiguredDatabase(config)
  await runMigrations(database)
  if (config.seedOnStart) await seedIfEmpty(database.db, logger)

  const server = await createServer({ database, clock: systemClock, logger })
  const running = await server.start(config.port, config.host)
  logger.info(
    {
      url: running.url,
      database: database.kind,
      dataDir: database.kind === 'pglite' ? config.dataDir : undefined,
      startupMs: Math.round(performance.now() - startedAt),
    },
    `keplive is ready at ${running.url} (citizens /, staff /staff, administrators /admin, API /graphql)`,
  )

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: finishing requests in flight')
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting')
      process.exit(1)
    }, config.shutdownTimeoutMs)
    force.unref()
    try {
      await running.stop()
      await database.close()
      logger.info('stopped cleanly')
      process.exit(0)
    } catch (err) {
      logger.error({ err }, 'error while shutting down')
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((err: unknown) => {
  process.stderr.write(
    `keplive failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
  )
  process.exit(1)
})
