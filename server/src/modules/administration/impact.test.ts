import { and, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database, Db } from '../../platform/db/client.js'
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
import { auditLog } from '../audit/index.js'
import { bookAppointment, bookings } from '../bookings/index.js'
import { outbox } from '../notifications/index.js'
import { availability, employeeAbsences } from '../scheduling/index.js'
import { changeWithImpact } from './impact.service.js'
import { BookingFate, UncoveredChoice, type Impact } from './impact.types.js'

// ARCHITECTURE "Impact preview, then apply" and "Reassignment rule" (issue 13, R3.1, R3.3,
// R2.3): the preview's numbers are what the change then does, one email per citizen moved or
// cancelled, and a preview the world has overtaken is refused.

const clock = fixedClock('2027-01-11T08:00:00Z') // a Monday
const day = '2027-01-12' // the Tuesday after
const at = (hhmm: string) => new Date(`${day}T${hhmm}:00+02:00`)
const admin: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000013',
  role: 'operator',
  sessionId: '00000000-0000-4000-8000-000000000013',
}
const reason = { el: 'Απουσία υπαλλήλου.', en: 'An employee is absent.' }

let database: Database
let world: Awaited<ReturnType<typeof aWorld>>

/**
 * KEP A with two employees (a1, a2) and KEP B of the same municipality with one (b1), all
 * available Tuesdays 08:00–12:00; at A two citizens booked 09:00 (one with each employee) and a
 * third later that morning with a1, when a2 is free. Every test gets a world of its own.
 */
async function aWorld(db: Db) {
  const procedure = await aProcedure(db, categoryId)
  const municipality = await aMunicipality(db)
  const kepA = await aKep(db, municipality.id)
  const kepB = await aKep(db, municipality.id)
  const tuesday = [{ weekdays: [2], from: '08:00', to: '12:00' }]
  for (const kep of [kepA, kepB]) await openingHours(db, kep.id, '08:00', '16:00', [2])
  const a1 = await anEmployee(db, kepA.id, { windows: tuesday })
  const a2 = await anEmployee(db, kepA.id, { windows: tuesday })
  const b1 = await anEmployee(db, kepB.id, { windows: tuesday })
  const book = async (hhmm: string) => {
    const citizen = await aCitizen(db)
    const actor: Actor = { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id }
    return bookAppointment(db, clock, actor, {
      category: 'information',
      procedureId: procedure.id,
      kepId: kepA.id,
      startsAt: at(hhmm),
      fullName: 'Μαρία Ιωάννου',
      email: `${citizen.id}@example.gr`,
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    })
  }
  const nine = [await book('09:00'), await book('09:00')]
  const nineOfA1 = nine.find((b) => b.employeeId === a1.id)!
  // the fair order gives one of these to each (fewer booked minutes that day first): a1's is at
  // a time a2 is free
  const later = [await book('10:00'), await book('10:40')].find((b) => b.employeeId === a1.id)!
  return { procedure, municipality, kepA, kepB, a1, a2, b1, nineOfA1, later }
}

/** The change of these tests: a1 absent all Tuesday. */
const a1Absent = (tx: Db) =>
  tx.insert(employeeAbsences).values({
    employeeId: world.a1.id,
    startsAt: at('00:00'),
    endsAt: at('23:59'),
    reason: 'άδεια',
  })

const absence = (uncovered: UncoveredChoice, apply = false, token?: string) =>
  changeWithImpact(
    database.db,
    clock,
    admin,
    {
      input: { apply, token, uncovered },
      watch: { employeeIds: [world.a1.id] },
      reason,
      subject: { absent: world.a1.id },
    },
    a1Absent,
  )

const bookingRow = async (id: string) =>
  (await database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!
const emailsOf = (ids: string[]) =>
  database.db.select().from(outbox).where(inArray(outbox.bookingId, ids))
const absencesOfA1 = () =>
  database.db.select().from(employeeAbsences).where(eq(employeeAbsences.employeeId, world.a1.id))

/** The impact as the preview and the apply should both say it (the flag apart). */
const sameOutcome = (impact: Impact) => ({ ...impact, applied: undefined })

let categoryId: string

beforeAll(async () => {
  database = await createTestDatabase()
  const category = await aCategory(database.db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 10,
    minNoticeMinutes: 0,
  })
  categoryId = category.id
})
afterAll(() => database?.close())
beforeEach(async () => {
  world = await aWorld(database.db)
})

describe('issue 13: the impact of a change on future bookings, previewed then applied', () => {
  it('R3.1, R2.3 the preview writes nothing; the apply does exactly what it listed: a colleague takes one, another KEP of the municipality the other, whose citizen gets one email', async () => {
    const emailsBefore = await emailsOf([world.nineOfA1.id, world.later.id])
    const preview = await absence(UncoveredChoice.MOVE)
    expect(preview.impact).toMatchObject({ applied: false, reassigned: 1, moved: 1, kept: 0 })
    const fates = new Map(preview.impact.bookings.map((b) => [b.bookingId, b]))
    // 10:30: a2 is free then; 09:00: a2 is busy, so b1 at KEP B takes it
    expect(fates.get(world.later.id)).toMatchObject({
      fate: BookingFate.REASSIGNED,
      toKepId: world.kepA.id,
      toEmployeeId: world.a2.id,
    })
    expect(fates.get(world.nineOfA1.id)).toMatchObject({
      fate: BookingFate.MOVED,
      toKepId: world.kepB.id,
      toEmployeeId: world.b1.id,
    })
    // nothing was written by the preview
    expect(await absencesOfA1()).toEqual([])
    expect((await bookingRow(world.nineOfA1.id)).kepId).toBe(world.kepA.id)
    expect(await emailsOf([world.nineOfA1.id, world.later.id])).toEqual(emailsBefore)

    const applied = await absence(UncoveredChoice.MOVE, true, preview.impact.token)
    expect(applied.impact.applied).toBe(true)
    expect(sameOutcome(applied.impact)).toEqual(sameOutcome(preview.impact))
    expect(await absencesOfA1()).toHaveLength(1)
    const moved = await bookingRow(world.nineOfA1.id)
    expect(moved).toMatchObject({ kepId: world.kepB.id, employeeId: world.b1.id, status: 'booked' })
    expect(moved.startsAt).toEqual(at('09:00'))
    const reassigned = await bookingRow(world.later.id)
    expect(reassigned).toMatchObject({ kepId: world.kepA.id, employeeId: world.a2.id })
    expect(reassigned.version).toBe(world.later.version)
    // one email for the citizen moved, saying why; none for the one a colleague took over
    const notices = (await emailsOf([world.nineOfA1.id, world.later.id])).filter(
      (e) => e.kind === 'rescheduled',
    )
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({ bookingId: world.nineOfA1.id })
    expect(notices[0]!.payload).toMatchObject({ notice: reason })
    // audited, one entry per booking
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          inArray(auditLog.entityId, [world.nineOfA1.id, world.later.id]),
          inArray(auditLog.action, ['booking.move', 'booking.reassign']),
        ),
      )
    expect(entries.map((e) => e.action).sort()).toEqual(['booking.move', 'booking.reassign'])
    // availability follows: a1 is no longer offered that day, and b1's 09:00 is taken
    const { days } = await availability(database.db, clock, {
      category: 'information',
      procedureId: world.procedure.id,
      kepId: world.kepB.id,
      from: day,
      to: day,
    })
    const nineAtB = days[0]!.slots.filter((s) => s.startsAt.getTime() === at('09:00').getTime())
    expect(nineAtB).toEqual([])
  })

  it('KEEP lists what no colleague can take, for follow-up, and leaves it booked; CANCEL cancels exactly those, one email each', async () => {
    const kept = await absence(UncoveredChoice.KEEP)
    expect(kept.impact).toMatchObject({ reassigned: 1, kept: 1, outsideRules: 1, cancelled: 0 })
    expect(kept.impact.bookings.find((b) => b.outsideRules)?.bookingId).toBe(world.nineOfA1.id)

    const preview = await absence(UncoveredChoice.CANCEL)
    expect(preview.impact).toMatchObject({ reassigned: 1, cancelled: 1, outsideRules: 0 })
    const applied = await absence(UncoveredChoice.CANCEL, true, preview.impact.token)
    expect(sameOutcome(applied.impact)).toEqual(sameOutcome(preview.impact))
    expect((await bookingRow(world.nineOfA1.id)).status).toBe('cancelled')
    const cancellations = (await emailsOf([world.nineOfA1.id])).filter(
      (e) => e.kind === 'cancelled',
    )
    expect(cancellations).toHaveLength(1)
    // the token of one choice does not apply another
    await expect(absence(UncoveredChoice.KEEP, true, preview.impact.token)).rejects.toMatchObject({
      code: 'STALE_PREVIEW',
    })
  })

  it('STALE_PREVIEW when the bookings changed between the preview and the apply: nothing written', async () => {
    const preview = await absence(UncoveredChoice.MOVE)
    expect(preview.impact.moved).toBe(1)
    // meanwhile a citizen books b1's 09:00 at KEP B: the move promised is no longer possible
    const citizen = await aCitizen(database.db)
    await bookAppointment(
      database.db,
      clock,
      { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
      {
        category: 'information',
        procedureId: world.procedure.id,
        kepId: world.kepB.id,
        startsAt: at('09:00'),
        fullName: 'Γιώργος Παπάς',
        email: 'giorgos@example.gr',
        phone: '694 123 4568',
        postalAddress: 'Ερμού 12, 10563 Αθήνα',
        deliveryMethod: 'email',
      },
    )
    const refused = await absence(UncoveredChoice.MOVE, true, preview.impact.token).catch(
      (e: unknown) => e,
    )
    expect(refused).toBeInstanceOf(DomainError)
    expect(refused).toMatchObject({ code: 'STALE_PREVIEW' })
    expect(await absencesOfA1()).toEqual([])
    expect((await bookingRow(world.later.id)).employeeId).toBe(world.a1.id)
    // an apply without a token is refused the same way
    await expect(absence(UncoveredChoice.MOVE, true)).rejects.toMatchObject({
      code: 'STALE_PREVIEW',
    })
  })

  it('a change that leaves every booking covered lists none, and a change that throws writes nothing', async () => {
    const harmless = await changeWithImpact(
      database.db,
      clock,
      admin,
      {
        input: { apply: false, uncovered: UncoveredChoice.CANCEL },
        watch: { kepIds: [world.kepA.id] },
        reason,
      },
      async () => 'nothing changed',
    )
    expect(harmless.impact).toMatchObject({ bookings: [], reassigned: 0, cancelled: 0 })
    expect(harmless.result).toBe('nothing changed')
    const failing = changeWithImpact(
      database.db,
      clock,
      admin,
      {
        input: { apply: true, token: 'x', uncovered: UncoveredChoice.CANCEL },
        watch: { employeeIds: [world.a1.id] },
        reason,
      },
      async (tx) => {
        await a1Absent(tx)
        throw new DomainError('VALIDATION_FAILED', { el: 'όχι', en: 'no' })
      },
    )
    await expect(failing).rejects.toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(await absencesOfA1()).toEqual([])
  })
})
