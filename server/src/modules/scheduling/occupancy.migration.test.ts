import { asc, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { pgErrorOf, type Database } from '../../platform/db/client.js'
import { runMigrations } from '../../platform/db/migrate.js'
import {
  databaseMigratedUpTo,
  legacyCitizen,
  legacyEmployee,
  legacyProcedure,
} from '../../test/migrated-up-to.js'
import { aCategory, aKep, aMunicipality, openingHours } from '../../test/factories.js'
import { bookings, cancelBooking } from '../bookings/index.js'
import { occupancy } from './occupancy.table.js'
import { availability } from './scheduling.service.js'

// Issue 12, migration 0010: bookings made before it keep their occupancy — each gets a
// reservation with its span, held while active, released otherwise — and the constraints
// guard them from the new table. On PGlite, and on PostgreSQL in its run.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
let dispose = async () => {}

beforeAll(async () => {
  ;({ database, dispose } = await databaseMigratedUpTo('0009_audit_sealing'))
}, 120_000)
afterAll(async () => {
  await dispose()
})

describe('issue 12: migration 0010 and the bookings made before it', () => {
  it('issue 12: bookings made before the migration keep their occupancy, guarded by the new constraints', async () => {
    const db = database.db
    const category = await aCategory(db, 'information', {
      callMinutes: 20,
      bufferMinutes: 10,
      slotStepMinutes: 10,
      minNoticeMinutes: 60,
      horizonDays: 366,
    })
    const procedure = await legacyProcedure(db, category.id)
    const kep = await aKep(db, (await aMunicipality(db)).id)
    await openingHours(db, kep.id, '08:00', '15:00')
    const employee = await legacyEmployee(db, kep.id)
    const citizen = await legacyCitizen(db)
    // As issue 11 wrote them: the span on the booking, blocked_until included.
    const old = async (reference: string, startsAt: string, status: string) =>
      db.execute(sql`
        insert into bookings (reference, citizen_id, category_id, procedure_id, kep_id, employee_id,
          workstation_id, starts_at, ends_at, blocked_until, status, full_name, email, phone,
          postal_address, delivery_method, created_at, updated_at)
        values (${reference}, ${citizen.id}, ${category.id}, ${procedure.id}, ${kep.id},
          ${employee.id}, ${employee.workstationId}, ${startsAt}::timestamptz,
          ${startsAt}::timestamptz + interval '20 minutes',
          ${startsAt}::timestamptz + interval '30 minutes', ${status}::booking_status,
          'Μαρία Ιωάννου', 'maria@example.gr', '6941234567', 'Ερμού 10', 'email',
          '2027-01-02T10:00:00Z', '2027-01-03T10:00:00Z')`)
    await old('KEP-OLD-1', '2027-01-12T08:00:00Z', 'booked') // 10:00 Athens
    await old('KEP-OLD-2', '2027-01-12T10:00:00Z', 'cancelled') // 12:00 Athens

    await runMigrations(database)

    const rows = await db.select().from(bookings).orderBy(asc(bookings.reference))
    expect(rows.map((b) => b.reservationId)).toEqual(rows.map((b) => b.id))
    const held = await db.select().from(occupancy).orderBy(asc(occupancy.startsAt))
    expect(held).toMatchObject([
      {
        id: rows[0]!.id,
        kepId: kep.id,
        employeeId: employee.id,
        workstationId: employee.workstationId,
        startsAt: new Date('2027-01-12T08:00:00Z'),
        endsAt: new Date('2027-01-12T08:20:00Z'),
        blockedUntil: new Date('2027-01-12T08:30:00Z'),
        createdAt: new Date('2027-01-02T10:00:00Z'),
        releasedAt: null,
      },
      { id: rows[1]!.id, releasedAt: new Date('2027-01-03T10:00:00Z') },
    ])

    // availability reads the migrated occupancy: the booked call and its buffer are busy
    const { days } = await availability(db, clock, {
      category: 'information',
      procedureId: procedure.id,
      kepId: kep.id,
      from: '2027-01-12',
      to: '2027-01-12',
    })
    const times = days[0]!.slots.map((s) => s.localTime)
    expect(times.filter((t) => t >= '09:50' && t < '10:30')).toEqual([])
    expect(times).toContain('10:30')
    expect(times).toContain('12:00') // the cancelled one's time is free
    // the constraints moved with it: the employee's old span is refused to anyone else
    const code = await db
      .insert(occupancy)
      .values({
        kepId: kep.id,
        employeeId: employee.id,
        workstationId: employee.workstationId,
        startsAt: new Date('2027-01-12T08:25:00Z'),
        endsAt: new Date('2027-01-12T08:45:00Z'),
        blockedUntil: new Date('2027-01-12T08:55:00Z'),
      })
      .then(
        () => 'no error',
        (err: unknown) => pgErrorOf(err).code,
      )
    expect(code).toBe('23P01')
    // and a booking made before is changed through the service like any other
    const actor: Actor = { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id }
    await cancelBooking(db, clock, actor, { bookingId: rows[0]!.id })
    const [released] = await db.select().from(occupancy).where(eq(occupancy.id, rows[0]!.id))
    expect(released!.releasedAt).not.toBeNull()
  })
})
