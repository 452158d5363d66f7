import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import postgres from 'postgres'
import type { TestProject } from 'vitest/node'
import { openDatabase } from '../platform/db/client.js'
import { runMigrations } from '../platform/db/migrate.js'
import { withDatabaseName } from './pg-url.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a dump of a freshly migrated database, loaded by every test file. */
    pgliteTemplateFile: string | null
    /** PostgreSQL: a freshly migrated database every test file copies. */
    postgresTemplate: string | null
  }
}

/**
 * Migrates once per run; each test file then starts from a copy (PGlite: a loaded dump;
 * PostgreSQL: CREATE DATABASE … TEMPLATE), so no test sees another's rows.
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL
  if (url) {
    const name = `keplive_tpl_${randomBytes(4).toString('hex')}`
    const admin = postgres(url, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${name}`)
    const template = await openDatabase({ url: withDatabaseName(url, name), maxConnections: 1 })
    await runMigrations(template)
    await template.close()
    project.provide('postgresTemplate', name)
    project.provide('pgliteTemplateFile', null)
    return async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
  }

  const dir = await mkdtemp(path.join(tmpdir(), 'keplive-test-'))
  const file = path.join(dir, 'template.tar.gz')
  const template = await openDatabase({ dataDir: 'memory://' })
  await runMigrations(template)
  const dump = await template.pglite!.dumpDataDir('gzip')
  await writeFile(file, Buffer.from(await dump.arrayBuffer()))
  await template.close()
  project.provide('pgliteTemplateFile', file)
  project.provide('postgresTemplate', null)
  return () => rm(dir, { recursive: true, force: true })
}
