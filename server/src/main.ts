import 'reflect-metadata'
import { documentsKeyFor, openConfiguredDatabase } from './app/bootstrap.js'
import { startJobs } from './app/jobs.js'
import { createServer, type RunningServer } from './app/server.js'
import { systemClock } from './platform/clock.js'
import { ConfigError, loadConfig, type Config } from './platform/config.js'
import type { Database } from './platform/db/client.js'
import { runMigrations } from './platform/db/migrate.js'
import { warmScheduling } from './modules/scheduling/index.js'
import {
  createMailTransport,
  startOutboxSender,
  startSmtpSink,
} from './modules/notifications/index.js'
import { createLogger } from './platform/logger.js'
import { seedIfEmpty } from './seed/seed.js'

// Wiring only: read the configuration, open and migrate the database, serve, stop on a signal.

function configOrExit(): Config {
  try {
    return loadConfig()
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    process.stderr.write(`keplive cannot start.\n${err.message}\n`)
    process.exit(78) // EX_CONFIG
  }
}

async function main(): Promise<void> {
  const startedAt = performance.now()
  const config = configOrExit()
  const logger = createLogger(config.logLevel)
  let database: Database | undefined
  let running: RunningServer | undefined
  let stopJobs: (() => Promise<void>) | undefined
  let stopRequested = false

  // A signal during start-up waits for the step under way, then stops: never a half-run migration.
  const shutdown = async (signal: string) => {
    if (stopRequested) return
    stopRequested = true
    logger.info({ signal }, 'shutting down: finishing requests in flight')
    setTimeout(() => {
      logger.error('shutdown timed out; exiting')
      process.exit(1)
    }, config.shutdownTimeoutMs).unref()
    if (!running) return // start-up sees the flag after the step under way
    try {
      await running.stop()
      await stopJobs?.()
      await database?.close()
      logger.info('stopped cleanly')
      process.exit(0)
    } catch (err) {
      logger.error({ err }, 'error while shutting down')
      process.exit(1)
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))

  const stopIfAsked = async (db: Database) => {
    if (!stopRequested) return
    await db.close()
    logger.info('stopped during start-up')
    process.exit(0)
  }
  database = await openConfiguredDatabase(config)
  await stopIfAsked(database)
  await runMigrations(database)
  await stopIfAsked(database)
  if (config.seedOnStart) await seedIfEmpty(database.db, logger)
  await stopIfAsked(database)
  const warming = performance.now()
  const { reservations } = await warmScheduling(database.db)
  logger.info(
    { reservations, ms: Math.round(performance.now() - warming) },
    'busy-time index built',
  )
  await stopIfAsked(database)

  // Without SMTP_URL outside production, mail goes to a built-in sink shown at /dev/mail.
  const devMail = !config.smtpUrl && config.env !== 'production' ? await startSmtpSink() : undefined
  const smtpUrl = config.smtpUrl ?? devMail?.url
  const server = await createServer({
    devMail,
    database,
    clock: systemClock,
    logger,
    documentsKey: await documentsKeyFor(config),
    // PORT=0 picks a free port: the public address is then the one the server gets.
    config: { ...config, publicUrl: config.port === 0 ? undefined : config.publicUrl },
    // An interpreter's invitation (R2.8) goes out at once, not through the outbox.
    mail: smtpUrl ? { transport: createMailTransport(smtpUrl), from: config.mailFrom } : undefined,
  })
  running = await server.start(config.port, config.host)
  const stopHousekeeping = startJobs({ db: database.db, clock: systemClock, logger })
  const stopSender = smtpUrl
    ? startOutboxSender({
        db: database.db,
        clock: systemClock,
        logger,
        transport: createMailTransport(smtpUrl),
        from: config.mailFrom,
        publicUrl: config.port === 0 ? running.url : config.publicUrl,
      })
    : undefined
  if (!smtpUrl) logger.warn('SMTP_URL is not set: emails wait in the outbox until it is')
  stopJobs = async () => {
    await Promise.all([stopHousekeeping(), stopSender?.()])
    await devMail?.close()
  }
  logger.info(
    {
      url: running.url,
      database: database.kind,
      dataDir: database.kind === 'pglite' ? config.dataDir : undefined,
      startupMs: Math.round(performance.now() - startedAt),
    },
    `keplive is ready at ${running.url} (citizens /, staff /staff, administrators /admin, API /graphql)`,
  )
}

main().catch((err: unknown) => {
  process.stderr.write(
    `keplive failed to start: ${err instanceof Error ? err.stack : String(err)}\n`,
  )
  process.exit(1)
})
