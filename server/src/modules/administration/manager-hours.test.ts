import { count, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
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
import { kepClosures, kepSpecialHours } from '../scheduling/index.js'
import {
  addKepClosure,
  removeKepClosure,
  removeKepSpecialHoursWithImpact,
  setKepSpecialHoursWithImpact,
  setKepWeeklyHours,
} from './hours.service.js'
import { UncoveredChoice, type ImpactInput } from './impact.types.js'
import { suspendKep } from './keps.service.js'

// Issue 14 item 7: a KEP's manager closes their own KEP and sets its extraordinary hours
// through the same impact preview as the ministry's administrators; another KEP's anything is
// NOT_FOUND, and suspensions, network-wide closures and weekly hours stay the ministry's.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
const ids = {} as Record<'procedure' | 'kep' | 'otherKep' | 'athens', string>
let manager: Actor
let otherManager: Actor
let staff: Actor

/** Sunday evenings, when the KEP is closed: those employees are never free for a booking. */
const offHours = [{ weekdays: [7], from: '20:00', to: '21:00' }]

const preview: ImpactInput = { apply: false, uncovered: UncoveredChoice.KEEP }

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 30,
    minNoticeMinutes: 60,
    horizonDays: 60,
  })
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  const otherKep = await aKep(db, athens.id)
  for (const k of [kep, otherKep]) {
    await openingHours(db, k.id, '08:00', '15:00')
    await anEmployee(db, k.id, {
      windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '07:00', to: '21:00' }],
    })
  }
  const as = (e: { id: string; kepId: string }, role: 'staff' | 'manager'): Actor => ({
    kind: 'employee',
    employeeId: e.id,
    kepId: e.kepId,
    role,
    sessionId: e.id,
  })
  manager = as(await anEmployee(db, kep.id, { role: 'manager', windows: offHours }), 'manager')
  otherManager = as(
    await anEmployee(db, otherKep.id, { role: 'manager', windows: offHours }),
    'manager',
  )
  staff = as(await anEmployee(db, kep.id, { windows: offHours }), 'staff')
  Object.assign(ids, {
    procedure: (await aProcedure(db, info.id)).id,
    kep: kep.id,
    otherKep: otherKep.id,
    athens: athens.id,
  })
})
afterAll(() => database?.close())

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('expected a DomainError')
}

const counts = async () => {
  const [closures] = await database.db.select({ n: count() }).from(kepClosures)
  const [special] = await database.db.select({ n: count() }).from(kepSpecialHours)
  const [audit] = await database.db.select({ n: count() }).from(auditLog)
  const [mail] = await database.db.select({ n: count() }).from(outbox)
  return { closures: closures!.n, special: special!.n, audit: audit!.n, mail: mail!.n }
}

let bookingNumber = 0
/** A citizen's booking at the manager's KEP at a local time. */
async function bookAt(at: string) {
  const citizen = await aCitizen(database.db)
  bookingNumber++
  return bookAppointment(
    database.db,
    clock,
    { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
    {
      category: 'information',
      procedureId: ids.procedure,
      kepId: ids.kep,
      startsAt: new Date(`${at}:00+02:00`),
      fullName: 'Μαρία Ιωάννου',
      email: `maria${bookingNumber}@example.gr`,
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    },
  )
}

/** The emails of these bookings beyond the booking's own confirmation and reminders. */
const mails = async (bookingIds: string[]) =>
  (
    await database.db
      .select({ bookingId: outbox.bookingId, kind: outbox.kind })
      .from(outbox)
      .where(inArray(outbox.bookingId, bookingIds))
  ).filter((m) => m.kind !== 'booked' && !m.kind.startsWith('reminder'))

const closure = (over: Partial<Parameters<typeof addKepClosure>[3]> = {}) => ({
  kepId: ids.kep,
  startsOn: '2027-01-07',
  endsOn: '2027-01-07',
  recurring: false,
  reasonEl: 'Απεργία',
  reasonEn: 'Strike',
  ...over,
})

describe('issue 14 item 7: a manager closes their own KEP (R3.4)', () => {
  it('issue 14.7: a manager adds a closure on a day holding bookings: the preview writes nothing, the apply does exactly what it listed, one email per cancelled booking; then removes it', async () => {
    const first = await bookAt('2027-01-07T09:00')
    const second = await bookAt('2027-01-07T10:00')
    const before = await counts()
    const run = (impact: ImpactInput) =>
      addKepClosure(database.db, clock, manager, closure(), {
        ...impact,
        uncovered: UncoveredChoice.CANCEL,
      })
    const previewed = await run(preview)
    expect(previewed.closure).toBeNull()
    expect(previewed.impact).toMatchObject({ applied: false, cancelled: 2, kept: 0 })
    expect(previewed.impact.bookings.map((b) => [b.bookingId, b.fate])).toEqual([
      [first.id, 'cancelled'],
      [second.id, 'cancelled'],
    ])
    expect(await counts()).toEqual(before)

    const applied = await run({ ...preview, apply: true, token: previewed.impact.token })
    expect(applied.impact.applied).toBe(true)
    expect(applied.impact.bookings).toEqual(previewed.impact.bookings)
    expect(applied.closure).toMatchObject({ kepId: ids.kep, kind: 'closure' })
    const rows = await database.db
      .select({ id: bookings.id, status: bookings.status })
      .from(bookings)
      .where(inArray(bookings.id, [first.id, second.id]))
    expect(rows.every((r) => r.status !== 'booked')).toBe(true)
    const sent = await mails([first.id, second.id])
    expect(sent.map((m) => m.bookingId).sort()).toEqual([first.id, second.id].sort())
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'kep.closure.add'))
    expect(audit).toMatchObject({ actorKind: 'employee', entityId: ids.kep })

    const removed = await removeKepClosure(database.db, clock, manager, applied.closure!.id)
    expect(removed.id).toBe(applied.closure!.id)
    // the same email is never sent twice
    expect(await mails([first.id, second.id])).toHaveLength(2)
  })

  it("issue 14.7: another KEP's manager gets NOT_FOUND for the KEP and for its closure; staff are FORBIDDEN; nothing written", async () => {
    const [own] = await database.db
      .insert(kepClosures)
      .values({
        kepId: ids.kep,
        startsOn: '2027-02-01',
        endsOn: '2027-02-01',
        reasonEl: 'Απεργία',
        reasonEn: 'Strike',
      })
      .returning()
    const before = await counts()
    expect(
      (await failure(addKepClosure(database.db, clock, otherManager, closure(), preview))).code,
    ).toBe('NOT_FOUND')
    expect((await failure(removeKepClosure(database.db, clock, otherManager, own!.id))).code).toBe(
      'NOT_FOUND',
    )
    expect((await failure(addKepClosure(database.db, clock, staff, closure(), preview))).code).toBe(
      'FORBIDDEN',
    )
    expect((await failure(removeKepClosure(database.db, clock, staff, own!.id))).code).toBe(
      'FORBIDDEN',
    )
    const special = {
      kepId: ids.kep,
      date: '2027-01-09',
      windows: [{ opensAt: '09:00', closesAt: '12:00' }],
      reasonEl: 'Έκτακτο ωράριο',
      reasonEn: 'Extraordinary hours',
    }
    expect(
      (
        await failure(
          setKepSpecialHoursWithImpact(database.db, clock, otherManager, special, preview),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (
        await failure(
          removeKepSpecialHoursWithImpact(
            database.db,
            clock,
            otherManager,
            { kepId: ids.kep, date: '2027-01-09' },
            preview,
          ),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (await failure(setKepSpecialHoursWithImpact(database.db, clock, staff, special, preview)))
        .code,
    ).toBe('FORBIDDEN')
    expect(await counts()).toEqual(before)
  })

  it('issue 14.7: a manager may not suspend the KEP, remove its suspension, close every KEP or change its weekly hours', async () => {
    const before = await counts()
    expect(
      (
        await failure(
          suspendKep(
            database.db,
            clock,
            manager,
            { kepId: ids.kep, from: '2027-01-20', reasonEl: 'Λόγος', reasonEn: 'Reason' },
            preview,
          ),
        )
      ).code,
    ).toBe('FORBIDDEN')
    expect(
      (await failure(addKepClosure(database.db, clock, manager, closure({ kepId: null }), preview)))
        .code,
    ).toBe('FORBIDDEN')
    expect(
      (
        await failure(
          setKepWeeklyHours(
            database.db,
            clock,
            manager,
            {
              kepId: ids.kep,
              days: [{ weekday: 1, windows: [{ opensAt: '09:00', closesAt: '12:00' }] }],
            },
            preview,
          ),
        )
      ).code,
    ).toBe('FORBIDDEN')
    expect(await counts()).toEqual(before)

    // a suspension the ministry recorded is not the manager's to remove
    const [suspension] = await database.db
      .insert(kepClosures)
      .values({
        kepId: ids.kep,
        startsOn: '2027-03-01',
        endsOn: '2027-03-02',
        kind: 'suspension',
        reasonEl: 'Αναστολή',
        reasonEn: 'Suspension',
      })
      .returning()
    const refused = await failure(removeKepClosure(database.db, clock, manager, suspension!.id))
    expect(refused.code).toBe('VALIDATION_FAILED')
    expect(refused.details.fields).toMatchObject([{ field: 'id', reason: 'not_a_closure' }])
    await database.db.delete(kepClosures).where(eq(kepClosures.id, suspension!.id))
  })

  it('issue 14.7: a manager sets and removes extraordinary hours through the preview: the booking outside them is listed, kept, as previewed', async () => {
    const evening = await bookAt('2027-01-08T14:00')
    const input = {
      kepId: ids.kep,
      date: '2027-01-08',
      windows: [{ opensAt: '08:00', closesAt: '12:00' }],
      reasonEl: 'Έκτακτο ωράριο',
      reasonEn: 'Extraordinary hours',
    }
    const previewed = await setKepSpecialHoursWithImpact(
      database.db,
      clock,
      manager,
      input,
      preview,
    )
    expect(previewed.impact.bookings).toMatchObject([
      { bookingId: evening.id, fate: 'kept', outsideRules: true },
    ])
    const applied = await setKepSpecialHoursWithImpact(database.db, clock, manager, input, {
      ...preview,
      apply: true,
      token: previewed.impact.token,
    })
    expect(applied.impact.bookings).toEqual(previewed.impact.bookings)
    expect(applied.specialHours.windows).toEqual(input.windows)
    const day = { kepId: ids.kep, date: '2027-01-08' }
    const removePreview = await removeKepSpecialHoursWithImpact(
      database.db,
      clock,
      manager,
      day,
      preview,
    )
    const removed = await removeKepSpecialHoursWithImpact(database.db, clock, manager, day, {
      ...preview,
      apply: true,
      token: removePreview.impact.token,
    })
    expect(removed).toMatchObject({ removed: true, impact: { applied: true } })
    expect(await mails([evening.id])).toEqual([])
  })

  it('issue 14.7 bad input: a manager’s closure ending before it starts, or without a reason — VALIDATION_FAILED naming the fields, nothing written', async () => {
    const before = await counts()
    const err = await failure(
      addKepClosure(
        database.db,
        clock,
        manager,
        closure({ startsOn: '2027-01-10', endsOn: '2027-01-09', reasonEl: ' ' }),
        preview,
      ),
    )
    expect(err.code).toBe('VALIDATION_FAILED')
    const fields = (err.details.fields ?? []).map((f) => f.field)
    expect(fields).toContain('input.reasonEl')
    expect(fields.some((f) => f === 'input.endsOn' || f === 'input.startsOn')).toBe(true)
    expect(await counts()).toEqual(before)
  })
})
