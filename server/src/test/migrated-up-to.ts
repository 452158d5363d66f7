import { randomBytes } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { openDatabase, type Database } from '../platform/db/client.js'
import { migrationsFolder } from '../platform/db/migrate.js'
import { withDatabaseName } from './pg-url.js'

/** The migrations up to and including `lastTag`, in a folder of their own. */
async function migrationsUpTo(lastTag: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'keplive-migrations-'))
  await cp(migrationsFolder, dir, { recursive: true })
  const journalFile = path.join(dir, 'meta', '_journal.json')
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as {
    entries: { tag: string }[]
  }
  const last = journal.entries.findIndex((e) => e.tag === lastTag)
  if (last < 0) throw new Error(`no migration ${lastTag}`)
  journal.entries = journal.entries.slice(0, last + 1)
  await writeFile(journalFile, JSON.stringify(journal))
  return dir
}

/**
 * A database of its own migrated only up to and including `lastTag`, for a test of the next
 * migration over data written the old way (then `runMigrations` brings it up to date): an
 * in-memory PGlite, or — when DATABASE_URL is set — a new PostgreSQL database. `dispose()`
 * closes it and drops what it made.
 */
export async function databaseMigratedUpTo(
  lastTag: string,
): Promise<{ database: Database; dispose(): Promise<void> }> {
  const folder = await migrationsUpTo(lastTag)
  const url = process.env.DATABASE_URL
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' })
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder })
    return {
      database,
      async dispose() {
        await database.close()
        await rm(folder, { recursive: true, force: true })
      },
    }
  }
  const name = `keplive_mig_${randomBytes(5).toString('hex')}`
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const connection = postgres(withDatabaseName(url, name), { max: 1, onnotice: () => {} })
  await migratePostgres(drizzlePostgres(connection), { migrationsFolder: folder })
  await connection.end()
  const database = await openDatabase({ url: withDatabaseName(url, name), maxConnections: 2 })
  return {
    database,
    async dispose() {
      await database.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
