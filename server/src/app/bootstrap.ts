import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../platform/config.js'
import { openDatabase, type Database } from '../platform/db/client.js'

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ url: config.databaseUrl })
    : openDatabase({ dataDir: config.dataDir })
}

/**
 * The documents' encryption key: DOCUMENTS_KEY, or — outside production — a key generated on
 * first start and kept in DATA_DIR, so uploads stay readable across restarts.
 */
export async function documentsKeyFor(config: Config): Promise<Buffer> {
  if (config.documentsKey) return config.documentsKey
  const file = path.join(config.dataDir, 'documents.key')
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64')
    if (key.length === 32) return key
  } catch {
    // not there yet: make one
  }
  const key = randomBytes(32)
  await mkdir(config.dataDir, { recursive: true })
  await writeFile(file, key.toString('base64'), { mode: 0o600 })
  return key
}
