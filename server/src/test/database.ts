import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import { inject } from 'vitest'
import { openDatabase, pgliteExtensions, type Database } from '../platform/db/client.js'
import { withDatabaseName } from './pg-url.js'

export interface TestDatabaseOptions {
  onQuery?: (sql: string) => void
}

/**
 * A fresh, migrated, empty database of its own for a test file: a PGlite loaded from the
 * run's template, or — when DATABASE_URL is set — a PostgreSQL database copied from the
 * template and dropped again on close().
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const url = process.env.DATABASE_URL
  const template = inject('postgresTemplate')
  if (url && template) {
    const name = `keplive_t_${randomBytes(6).toString('hex')}`
    const admin = postgres(url, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${name} template ${template}`)
    const database = await openDatabase({
      url: withDatabaseName(url, name),
      onQuery: options.onQuery,
    })
    await database.exec(newIdentity)
    return {
      ...database,
      close: async () => {
        await database.close()
        await admin.unsafe(`drop database if exists ${name} with (force)`)
        await admin.end()
      },
    }
  }
  const file = inject('pgliteTemplateFile')
  if (!file) throw new Error('the test run has no database template: see src/test/global-setup.ts')
  const pglite = await PGlite.create({
    loadDataDir: new Blob([await readFile(file)]),
    extensions: pgliteExtensions,
  })
  await pglite.exec(newIdentity)
  return openDatabase({ pglite, onQuery: options.onQuery })
}

/** A copy of the template is a database of its own: give it its own id for the rules cache. */
const newIdentity = 'update scheduling_rules_version set database_id = gen_random_uuid()'
