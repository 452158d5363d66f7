import { openConfiguredDatabase } from '../src/app/bootstrap.js'
import { loadConfig } from '../src/platform/config.js'
import { runMigrations } from '../src/platform/db/migrate.js'

// Applies pending migrations to the configured database (DATABASE_URL, else PGlite in DATA_DIR).
const database = await openConfiguredDatabase(loadConfig())
try {
  await runMigrations(database)
  process.stdout.write(`migrations applied (${database.kind})\n`)
} finally {
  await database.close()
}
