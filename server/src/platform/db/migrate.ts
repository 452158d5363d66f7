import path from 'node:path'
import { readFile } from 'node:fs/promises'
import { sql } from 'drizzle-orm'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import { serverRoot } from '../config.js'
import { rowsOf, type Database } from './client.js'

export const migrationsFolder = path.join(serverRoot, 'drizzle')

/** Applies every pending migration; the same SQL files on PGlite and PostgreSQL. */
export async function runMigrations(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder })
  } else {
    // Several instances may start at once: one migrates while the others wait on a session
    // lock, held on a connection of its own so the pool cannot hand the lock to someone else.
    const connection = postgres(database.url as string, { max: 1, onnotice: () => {} })
    try {
      await connection`select pg_advisory_lock(4242001)`
      await migratePostgres(drizzlePostgres(connection), { migrationsFolder })
    } finally {
      await connection.end({ timeout: 5 })
    }
  }
}

interface Journal {
  entries: { tag: string }[]
}

/** How many migrations the code ships, from drizzle's journal. */
export async function expectedMigrationCount(): Promise<number> {
  const journal = JSON.parse(
    await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as Journal
  return journal.entries.length
}

/** True when the database answers and holds every migration the code ships. */
export async function isMigrated(database: Database): Promise<boolean> {
  const rows = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  )
  const applied = Number(rowsOf<{ n: number }>(rows)[0]?.n ?? 0)
  return applied >= (await expectedMigrationCount())
}
