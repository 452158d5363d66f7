import { randomBytes } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PgliteDatabase } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import { sql } from 'drizzle-orm'
import { openDatabase, rowsOf, type Database, type Db } from '../platform/db/client.js'
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

/**
 * A national procedure written with the columns the table had before issue 13 (the factory
 * writes every column of today's table), for a database migrated only part way.
 */
export async function legacyProcedure(db: Db, categoryId: string): Promise<{ id: string }> {
  const code = `P-${randomBytes(4).toString('hex')}`
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into procedures (category_id, code, title_el, title_en, search_text)
      values (${categoryId}, ${code}, ${`Διαδικασία ${code}`}, ${`Procedure ${code}`},
        ${code.toLowerCase()})
      returning id`),
  )
  return row!
}

/**
 * An employee as the tables stood before issue 13, taking calls at a desk of their own Monday
 * to Friday 08:00–15:00 from 2020 on (anEmployee's defaults).
 */
export async function legacyEmployee(
  db: Db,
  kepId: string,
): Promise<{ id: string; workstationId: string }> {
  const u = randomBytes(4).toString('hex')
  const [employee] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into employees (kep_id, gsis_user_id, full_name, email)
      values (${kepId}, ${`emp-${u}`}, ${`Υπάλληλος ${u}`}, ${`emp-${u}@example.gr`})
      returning id`),
  )
  const [desk] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into workstations (kep_id, label) values (${kepId}, ${`ws-${u}`}) returning id`),
  )
  await db.execute(sql`
    insert into employee_availability
      (employee_id, workstation_id, weekday, starts_at, ends_at, valid_from)
    select ${employee!.id}, ${desk!.id}, d, '08:00', '15:00', '2020-01-01'
    from generate_series(1, 5) as d`)
  return { id: employee!.id, workstationId: desk!.id }
}

/** A citizen as the table stood before migration 0026 (issue 19: the tax number in clear). */
export async function legacyCitizen(db: Db): Promise<{ id: string }> {
  const u = randomBytes(4).toString('hex')
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into citizens (gsis_user_id, tax_id, first_name, last_name)
      values (${`cit-${u}`}, '090000045', 'Μαρία', ${`Ιωάννου ${u}`})
      returning id`),
  )
  return row!
}

/**
 * A booking with the columns the table had before migration 0026 (aBooking's defaults: for
 * Μαρία Παπαδοπούλου, the result by email), for a database migrated only part way.
 */
export async function legacyBooking(
  db: Db,
  b: {
    citizenId: string
    categoryId: string
    procedureId: string
    kepId: string
    employee: { id: string; workstationId: string }
    startsAt: Date
    endsAt: Date
    status: string
  },
): Promise<{ id: string }> {
  const reference = `KEP-${b.startsAt.getUTCFullYear()}-${randomBytes(4).toString('hex')}`
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into bookings (reference, citizen_id, category_id, procedure_id, kep_id,
        employee_id, workstation_id, starts_at, ends_at, status, full_name, email, phone,
        postal_address, delivery_method)
      values (${reference}, ${b.citizenId}, ${b.categoryId}, ${b.procedureId}, ${b.kepId},
        ${b.employee.id}, ${b.employee.workstationId}, ${b.startsAt.toISOString()},
        ${b.endsAt.toISOString()}, ${b.status}::booking_status, 'Μαρία Παπαδοπούλου', 'maria@example.gr',
        '2101234567', 'Ερμού 1, 10563 Αθήνα', 'email')
      returning id`),
  )
  return row!
}
