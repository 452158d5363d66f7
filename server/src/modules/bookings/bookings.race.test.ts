import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { openDatabase, pgErrorOf, type Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { bookAppointment, type BookInput } from './bookings.service.js'
import { bookings } from './bookings.table.js'

// Real parallel requests: on PostgreSQL each runs on its own connection of the pool, so the
// transactions truly interleave and only the exclusion constraints keep the invariants.

const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
let parallel: Database // a second pool on PostgreSQL; the same PGlite otherwise
const ids = {} as Record<string, string>
let citizens: Actor[] = []

beforeAll(async () => {
  database = await createTestDatabase()
  parallel =
    database.kind === 'postgres'
      ? await openDatabase({ url: database.url!, maxConnections: 20 })
      : database
  const db = database.db
  const info = await aCategory(db, 'information', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const m = await aMunicipality(db)
  const oneEmployeeKep = await aKep(db, m.id)
  const twoEmployeeKep = await aKep(db, m.id)
  for (const k of [oneEmployeeKep, twoEmployeeKep]) await openingHours(db, k.id, '08:00', '15:00')
  await anEmployee(db, oneEmployeeKep.id)
  await anEmployee(db, twoEmployeeKep.id)
  await anEmployee(db, twoEmployeeKep.id)
  Object.assign(ids, {
    procedure: (await aProcedure(db, info.id)).id,
    one: oneEmployeeKep.id,
    two: twoEmployeeKep.id,
  })
  // The disability field: a 40-minute call and a 10-minute buffer on a 30-minute grid, so
  // neighbouring slots overlap and every booking competes with the ones on either side.
  const disability = await aCategory(db, 'disability', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const overlapKep = await aKep(db, m.id)
  await openingHours(db, overlapKep.id, '08:00', '15:00')
  for (let i = 0; i < 2; i++) await anEmployee(db, overlapKep.id)
  Object.assign(ids, {
    disabilityProcedure: (await aProcedure(db, disability.id)).id,
    overlap: overlapKep.id,
  })
  citizens = await Promise.all(
    Array.from({ length: 150 }, async () => {
      const c = await aCitizen(db)
      return { kind: 'citizen', citizenId: c.id, sessionId: c.id } as Actor
    }),
  )
})
afterAll(async () => {
  if (parallel !== database) await parallel?.close()
  await database?.close()
})

const request = (
  actor: Actor,
  kepId: string,
  startsAt: Date,
  field: { category: BookInput['category']; procedureId: string } = {
    category: 'information',
    procedureId: ids.procedure!,
  },
) =>
  bookAppointment(parallel.db, clock, actor, {
    ...field,
    kepId,
    startsAt,
    fullName: 'Νίκος Παπαδόπουλος',
    email: 'nikos@example.gr',
    phone: '2101234567',
    postalAddress: 'Σταδίου 5, 10562 Αθήνα',
    deliveryMethod: 'email',
  } satisfies BookInput).then(
    (b) => ({ ok: true as const, id: b.id }),
    (err: unknown) => {
      if (err instanceof DomainError) return { ok: false as const, code: err.code }
      throw err
    },
  )

describe('races', () => {
  it('R3.1 50 parallel requests for the last free slot: exactly one books it, 49 get SLOT_UNAVAILABLE', async () => {
    const slot = new Date('2027-01-12T10:00:00+02:00')
    const results = await Promise.all(citizens.slice(0, 50).map((c) => request(c, ids.one!, slot)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'SLOT_UNAVAILABLE')).toHaveLength(49)
    const rows = await database.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.kepId, ids.one!), eq(bookings.startsAt, slot)))
    expect(rows).toHaveLength(1)
  })

  it('R3.1 50 parallel requests for a slot two employees can take: exactly two book it, one each', async () => {
    const slot = new Date('2027-01-12T11:00:00+02:00')
    const results = await Promise.all(citizens.slice(0, 50).map((c) => request(c, ids.two!, slot)))
    const booked = results.filter((r) => r.ok).map((r) => r.id)
    expect(booked).toHaveLength(2)
    expect(results.filter((r) => !r.ok && r.code === 'SLOT_UNAVAILABLE')).toHaveLength(48)
    const rows = await database.db.select().from(bookings).where(inArray(bookings.id, booked))
    expect(new Set(rows.map((r) => r.employeeId)).size).toBe(2)
  })

  it('issue 12: one citizen’s 10 parallel requests for different times book exactly as many as the upcoming limit (3), the rest get CONFLICT', async () => {
    const c = await aCitizen(database.db)
    const actor: Actor = { kind: 'citizen', citizenId: c.id, sessionId: c.id }
    // 30 minutes apart: the citizen's own calls never overlap, only the limit can refuse
    const slots = Array.from(
      { length: 10 },
      (_, i) => new Date(Date.parse('2027-01-15T08:00:00+02:00') + i * 30 * 60_000),
    )
    const results = await Promise.all(slots.map((slot) => request(actor, ids.two!, slot)))
    expect(results.filter((r) => r.ok)).toHaveLength(3)
    expect(results.filter((r) => !r.ok && r.code === 'CONFLICT')).toHaveLength(7)
    const rows = await database.db.select().from(bookings).where(eq(bookings.citizenId, c.id))
    expect(rows).toHaveLength(3)
  })

  it('issue 11 defect 2: 100 citizens at once on the overlapping slots of one KEP’s day (disability field) get booked or SLOT_UNAVAILABLE, never an internal error, never a double booking', async () => {
    const field = { category: 'disability' as const, procedureId: ids.disabilityProcedure! }
    const booked: string[] = []
    // two days, one burst each: a deadlock showed in 3 bursts of 4 before the fix (7–23 %)
    for (const day of ['2027-01-13', '2027-01-14']) {
      // 08:00 to 14:00 every 30 minutes: the 13 starts a 50-minute block fits before 15:00
      const slots = Array.from(
        { length: 13 },
        (_, i) => new Date(Date.parse(`${day}T08:00:00+02:00`) + i * 30 * 60_000),
      )
      const results = await Promise.all(
        // 100 citizens the races above left without bookings (a citizen may have 3 upcoming)
        citizens.slice(50).map((c, i) =>
          request(c, ids.overlap!, slots[i % slots.length]!, field).catch((err: unknown) => ({
            ok: false as const,
            code: `unexpected ${pgErrorOf(err).code ?? String(err)}`,
          })),
        ),
      )
      const refused = results.filter((r) => !r.ok).map((r) => r.code)
      expect(refused.filter((code) => code !== 'SLOT_UNAVAILABLE')).toEqual([])
      const made = results.filter((r) => r.ok).map((r) => r.id)
      expect(made.length).toBeGreaterThan(0)
      booked.push(...made)
    }
    const rows = await database.db.select().from(bookings).where(eq(bookings.kepId, ids.overlap!))
    expect(rows.map((r) => r.id).sort()).toEqual([...booked].sort())
    // no two bookings of one employee (or one workstation) overlap, buffer included
    for (const key of ['employeeId', 'workstationId'] as const) {
      const byKey = new Map<string, typeof rows>()
      for (const row of rows) byKey.set(row[key], [...(byKey.get(row[key]) ?? []), row])
      for (const own of byKey.values()) {
        own.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        for (let i = 1; i < own.length; i++) {
          // the call, then the field's 10-minute buffer
          expect(own[i]!.startsAt.getTime()).toBeGreaterThanOrEqual(
            own[i - 1]!.endsAt.getTime() + 10 * 60_000,
          )
        }
      }
    }
  })
})
