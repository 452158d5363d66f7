import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Database } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import { aCategory, aKep, aMunicipality } from '../../test/factories.js'
import {
  databaseMigratedUpTo,
  legacyCitizen,
  legacyEmployee,
  legacyProcedure,
} from '../../test/migrated-up-to.js'
import { outbox } from '../notifications/index.js'
import { employees } from './identity.table.js'

// Issue 14 items 4 and 5, migration 0017: employees from before it have not acknowledged the
// acceptable-use notice (they see it at their next login), have the morning summary off and
// Greek emails; the outbox's emails from before it are all a booking's and stay valid under the
// new rule "a booking or a dedupe key". On PGlite, and on PostgreSQL in its run.

let database: Database
let dispose = async () => {}

beforeAll(async () => {
  ;({ database, dispose } = await databaseMigratedUpTo('0016_pending_moves'))
}, 120_000)
afterAll(async () => {
  await dispose()
})

describe('issue 14: migration 0017 (the acceptable-use notice, the morning summary)', () => {
  it('issue 14.4 / 14.5: employees and emails from before the migration keep working with the new columns and rules', async () => {
    const db = database.db
    const category = await aCategory(db, 'information')
    const procedure = await legacyProcedure(db, category.id)
    const kep = await aKep(db, (await aMunicipality(db)).id)
    const employee = await legacyEmployee(db, kep.id)
    const citizen = await legacyCitizen(db)
    const [booking] = rowsOf<{ id: string }>(
      await db.execute(sql`
        insert into bookings (reference, citizen_id, category_id, procedure_id, kep_id,
          employee_id, workstation_id, starts_at, ends_at, full_name, email, phone,
          postal_address, delivery_method)
        values ('KEP-OLD-17', ${citizen.id}, ${category.id}, ${procedure.id}, ${kep.id},
          ${employee.id}, ${employee.workstationId}, '2027-01-12T08:00:00Z',
          '2027-01-12T08:20:00Z', 'Μαρία Ιωάννου', 'maria@example.gr', '6941234567',
          'Ερμού 10', 'email')
        returning id`),
    )
    await db.execute(sql`
      insert into outbox (booking_id, kind, version, recipient, payload, due_at, next_attempt_at)
      values (${booking!.id}, 'booked', 0, 'maria@example.gr', '{}'::jsonb,
        '2027-01-04T06:00:00Z', '2027-01-04T06:00:00Z')`)

    await runMigrations(database)

    const [row] = await db
      .select({
        acknowledgedAt: employees.acceptableUseAcknowledgedAt,
        morningSummary: employees.morningSummary,
        locale: employees.locale,
      })
      .from(employees)
      .where(eq(employees.id, employee.id))
    expect(row).toEqual({ acknowledgedAt: null, morningSummary: false, locale: 'el' })
    const [email] = await db
      .select({ dedupeKey: outbox.dedupeKey, kind: outbox.kind })
      .from(outbox)
      .where(eq(outbox.bookingId, booking!.id))
    expect(email).toEqual({ dedupeKey: null, kind: 'booked' })

    // the new rules hold: a language the emails do not have, an email of nothing
    await expect(
      db.update(employees).set({ locale: 'fr' }).where(eq(employees.id, employee.id)),
    ).rejects.toThrow()
    await expect(
      db.execute(sql`
        insert into outbox (kind, recipient, payload, due_at, next_attempt_at)
        values ('morning_summary', 'x@example.gr', '{}'::jsonb, now(), now())`),
    ).rejects.toThrow()
    // … and both a booking and a key is one too many
    await expect(
      db.execute(sql`
        insert into outbox (booking_id, kind, recipient, payload, due_at, next_attempt_at,
          dedupe_key)
        values (${booking!.id}, 'morning_summary', 'x@example.gr', '{}'::jsonb, now(), now(),
          'k')`),
    ).rejects.toThrow()
  })
})
