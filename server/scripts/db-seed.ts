import 'reflect-metadata'
import { openConfiguredDatabase } from '../src/app/bootstrap.js'
import { loadConfig } from '../src/platform/config.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { createLogger } from '../src/platform/logger.js'
import { seedIfEmpty } from '../src/seed/seed.js'

// Migrates, then loads the seed data into the configured database if it is empty.
const config = loadConfig()
const database = await openConfiguredDatabase(config)
try {
  await runMigrations(database)
  const seeded = await seedIfEmpty(database.db, createLogger('warn'))
  process.stdout.write(
    seeded
      ? `seed data loaded (${database.kind})\n`
      : 'the database already holds data: nothing loaded\n',
  )
} finally {
  await database.close()
}
