import type { Config } from '../platform/config.js'
import { openDatabase, type Database } from '../platform/db/client.js'

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl })
    : openDatabase({ dataDir: config.dataDir })
}
