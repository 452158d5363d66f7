import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import { devSecrets, loadConfig } from '../../platform/config.js'
import { rowsOf, type Database } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import { databaseMigratedUpTo } from '../../test/migrated-up-to.js'
import { auditHmac } from '../audit/index.js'
import { resolveIdentitySettings } from './identity.settings.js'
import { completeLogin } from './login.service.js'
import { citizens } from './identity.table.js'

// Issue 19 item 2, migration 0026: a citizen from before it loses the tax number in clear and
// GSIS's parents' names and birth year; their keyed hash comes at their next login. On PGlite,
// and on PostgreSQL in its run.

let database: Database
let dispose = async () => {}

beforeAll(async () => {
  ;({ database, dispose } = await databaseMigratedUpTo('0025_admin_audit_mail'))
}, 120_000)
afterAll(async () => {
  await dispose()
})

describe('issue 19: migration 0026 (data minimisation)', () => {
  it('issue 19 item 2: drops the clear tax number and the parents’ names and birth year; the next login writes the HMAC', async () => {
    const db = database.db
    await db.execute(sql`
      insert into citizens (gsis_user_id, tax_id, first_name, last_name, father_name,
        mother_name, birth_year, email)
      values ('old-citizen', '090000045', 'Μαρία', 'Ιωάννου', 'Γεώργιος', 'Ελένη', 1958,
        'maria@example.gr')`)

    await runMigrations(database)

    const columns = rowsOf<{ name: string }>(
      await db.execute(sql`
        select column_name as name from information_schema.columns
        where table_name = 'citizens' and table_schema = current_schema()`),
    ).map((c) => c.name)
    expect(columns).toContain('tax_id_hmac')
    for (const gone of ['tax_id', 'father_name', 'mother_name', 'birth_year']) {
      expect(columns).not.toContain(gone)
    }
    const [before] = await db.select().from(citizens).where(eq(citizens.gsisUserId, 'old-citizen'))
    expect(before).toMatchObject({ firstName: 'Μαρία', email: 'maria@example.gr', taxIdHmac: null })

    await completeLogin(
      db,
      fixedClock('2027-01-12T08:00:00Z'),
      resolveIdentitySettings(loadConfig({ NODE_ENV: 'test' }), local, local),
      'citizen',
      { userId: 'old-citizen', taxId: '090000045', firstName: 'Μαρία', lastName: 'Ιωάννου' },
      {},
    )
    const [after] = await db.select().from(citizens).where(eq(citizens.id, before!.id))
    expect(after!.taxIdHmac).toBe(auditHmac(devSecrets.auditKey, '090000045'))
  })
})

const local = 'http://127.0.0.1'
