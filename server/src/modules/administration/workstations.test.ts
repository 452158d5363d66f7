import { and, count, eq, inArray } from 'drizzle-orm'
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
  aWorkstation,
  openingHours,
} from '../../test/factories.js'
import { auditLog } from '../audit/index.js'
import { bookAppointment, bookings } from '../bookings/index.js'
import { outbox } from '../notifications/index.js'
import { employeeAvailability, workstations } from '../scheduling/index.js'
import { UncoveredChoice, type ImpactInput } from './impact.types.js'
import {
  changeKepWorkstations,
  kepWorkstations,
  type ChangeWorkstationsInput,
} from './workstations.service.js'

// Issue 14 item 8: a KEP's workstations added, renamed and retired through the impact preview,
// by a KEP's manager (own KEP) and the ministry's OPERATORs and ADMINISTRATORs.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
const ids = {} as Record<'procedure' | 'athens' | 'otherKep', string>
const operator: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000002',
  role: 'operator',
  sessionId: 's2',
}
const auditor: Actor = { ...operator, role: 'auditor', sessionId: 's3' }

const preview: ImpactInput = { apply: false, uncovered: UncoveredChoice.KEEP }
const applying = (token: string, uncovered = UncoveredChoice.KEEP): ImpactInput => ({
  apply: true,
  token,
  uncovered,
})
/** Sunday evenings, when the KEP is closed: an employee never free for a booking. */
const offHours = [{ weekdays: [7], from: '20:00', to: '21:00' }]

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
  const otherKep = await aKep(db, athens.id)
  Object.assign(ids, {
    procedure: (await aProcedure(db, info.id)).id,
    athens: athens.id,
    otherKep: otherKep.id,
  })
})
afterAll(() => database?.close())

const as = (e: { id: string; kepId: string }, role: 'staff' | 'manager'): Actor => ({
  kind: 'employee',
  employeeId: e.id,
  kepId: e.kepId,
  role,
  sessionId: e.id,
})

/** A KEP of its own, open 08:00–15:00 on weekdays, with its manager (never free for calls). */
async function aKepWithManager() {
  const db = database.db
  const kep = await aKep(db, ids.athens)
  await openingHours(db, kep.id, '08:00', '15:00')
  const manager = as(
    await anEmployee(db, kep.id, { role: 'manager', windows: offHours }),
    'manager',
  )
  return { kepId: kep.id, manager }
}

let bookingNumber = 0
async function bookAt(kepId: string, at: string) {
  const citizen = await aCitizen(database.db)
  bookingNumber++
  return bookAppointment(
    database.db,
    clock,
    { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
    {
      category: 'information',
      procedureId: ids.procedure,
      kepId,
      startsAt: new Date(`${at}:00+02:00`),
      fullName: 'Μαρία Ιωάννου',
      email: `maria${bookingNumber}@example.gr`,
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    },
  )
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('expected a DomainError')
}

const fields = (err: DomainError) => (err.details.fields ?? []).map((f) => `${f.field}:${f.reason}`)

const counts = async () => {
  const [desks] = await database.db.select({ n: count() }).from(workstations)
  const [windows] = await database.db.select({ n: count() }).from(employeeAvailability)
  const [audit] = await database.db.select({ n: count() }).from(auditLog)
  const [mail] = await database.db.select({ n: count() }).from(outbox)
  return { desks: desks!.n, windows: windows!.n, audit: audit!.n, mail: mail!.n }
}

const bookingOf = async (id: string) => {
  const [row] = await database.db.select().from(bookings).where(eq(bookings.id, id))
  return row!
}

const mails = async (bookingIds: string[]) =>
  (
    await database.db
      .select({ bookingId: outbox.bookingId, kind: outbox.kind })
      .from(outbox)
      .where(inArray(outbox.bookingId, bookingIds))
  ).filter((m) => m.kind !== 'booked' && !m.kind.startsWith('reminder'))

const change = (actor: Actor, input: ChangeWorkstationsInput, impact: ImpactInput = preview) =>
  changeKepWorkstations(database.db, clock, actor, input, impact)

/** Preview, then apply with the preview's token; both outcomes returned. */
async function previewThenApply(
  actor: Actor,
  input: ChangeWorkstationsInput,
  uncovered = UncoveredChoice.KEEP,
) {
  const previewed = await change(actor, input, { ...preview, uncovered })
  const applied = await change(actor, input, applying(previewed.impact.token, uncovered))
  return { previewed, applied }
}

const outcomeOf = ({ token: _t, applied: _a, ...rest }: { token: string; applied: boolean }) => rest

describe('issue 14 item 8: workstations', () => {
  it('issue 14.8: a manager adds and renames desks (labels trimmed), audited; the list shows them', async () => {
    const { kepId, manager } = await aKepWithManager()
    const { applied } = await previewThenApply(manager, {
      kepId,
      changes: [{ kind: 'add', label: '  Θέση Α  ' }],
    })
    expect(applied.impact).toMatchObject({ applied: true, bookings: [] })
    const added = applied.workstations.find((w) => w.label === 'Θέση Α')!
    expect(added).toMatchObject({ active: true, futureBookings: 0 })

    await previewThenApply(manager, {
      kepId,
      changes: [{ kind: 'rename', id: added.id, label: 'Γκισέ 1' }],
    })
    const listed = await kepWorkstations(database.db, clock, manager, kepId)
    expect(listed.map((w) => w.label)).toContain('Γκισέ 1')
    expect(listed.map((w) => w.label)).not.toContain('Θέση Α')
    const trail = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, kepId), eq(auditLog.action, 'kep.workstations.change')))
    expect(trail).toHaveLength(2)
    expect(trail[1]).toMatchObject({
      actorKind: 'employee',
      details: {
        before: [{ id: added.id, label: 'Θέση Α' }],
        after: [{ id: added.id, label: 'Γκισέ 1' }],
      },
    })
    // two desks may swap their labels in one change
    const other = listed.find((w) => w.label !== 'Γκισέ 1')!
    await previewThenApply(manager, {
      kepId,
      changes: [
        { kind: 'rename', id: added.id, label: other.label },
        { kind: 'rename', id: other.id, label: 'Γκισέ 1' },
      ],
    })
    const swapped = await kepWorkstations(database.db, clock, manager, kepId)
    expect(swapped.find((w) => w.id === added.id)!.label).toBe(other.label)
  })

  it('issue 14.8: retiring a desk: a booking there goes to a free colleague (REASSIGNED, no email), one whose employee works at another free desk is KEPT there, the windows at the desk end; preview == apply', async () => {
    const { kepId, manager } = await aKepWithManager()
    const db = database.db
    const retiring = await aWorkstation(db, kepId)
    const spare = await aWorkstation(db, kepId)
    // Anna works at the desk to retire on Thursdays and Fridays: both bookings are hers there
    const anna = await anEmployee(db, kepId, {
      workstationId: retiring.id,
      windows: [{ weekdays: [4, 5], from: '08:00', to: '15:00' }],
    })
    const thursday = await bookAt(kepId, '2027-01-07T09:00')
    const friday = await bookAt(kepId, '2027-01-08T09:00')
    const onRetiring = await db
      .select({ id: bookings.id })
      .from(bookings)
      .where(eq(bookings.workstationId, retiring.id))
    expect(onRetiring.map((b) => b.id).sort()).toEqual([thursday.id, friday.id].sort())
    // then: Anna also works at the spare desk on Fridays; Babis, at a desk of his own, on
    // Thursdays
    await db.insert(employeeAvailability).values({
      employeeId: anna.id,
      workstationId: spare.id,
      weekday: 5,
      startsAt: '08:00',
      endsAt: '15:00',
      validFrom: '2020-01-01',
    })
    const babis = await anEmployee(db, kepId, {
      windows: [{ weekdays: [4], from: '08:00', to: '15:00' }],
    })
    const input = { kepId, changes: [{ kind: 'retire' as const, id: retiring.id }] }
    const { previewed, applied } = await previewThenApply(manager, input)
    expect(outcomeOf(applied.impact)).toEqual(outcomeOf(previewed.impact))
    const fates = Object.fromEntries(previewed.impact.bookings.map((b) => [b.bookingId, b]))
    expect(previewed.impact).toMatchObject({ kept: 1, reassigned: 1, outsideRules: 0 })
    // Friday's: Anna keeps it at the spare desk
    expect(fates[friday.id]).toMatchObject({
      fate: 'kept',
      outsideRules: false,
      toEmployeeId: anna.id,
    })
    expect(await bookingOf(friday.id)).toMatchObject({
      status: 'booked',
      employeeId: anna.id,
      workstationId: spare.id,
    })
    // Thursday's: Babis takes it at his desk
    expect(fates[thursday.id]).toMatchObject({ fate: 'reassigned', toEmployeeId: babis.id })
    expect(await bookingOf(thursday.id)).toMatchObject({
      status: 'booked',
      employeeId: babis.id,
      workstationId: babis.workstationId,
    })
    expect(await mails([thursday.id, friday.id])).toEqual([])
    const [desk] = await db.select().from(workstations).where(eq(workstations.id, retiring.id))
    expect(desk!.active).toBe(false)
    const windows = await db
      .select()
      .from(employeeAvailability)
      .where(eq(employeeAvailability.workstationId, retiring.id))
    expect(windows.every((w) => w.validTo === '2027-01-03')).toBe(true)
    expect(applied.workstations.find((w) => w.id === retiring.id)).toMatchObject({
      active: false,
      futureBookings: 0,
    })
  })

  it('issue 14.8: retiring a desk with nobody free: KEEP lists the booking outside the rules; CANCEL cancels it with one email', async () => {
    const { kepId, manager } = await aKepWithManager()
    const db = database.db
    const desk = await aWorkstation(db, kepId)
    await aWorkstation(db, kepId) // another active desk, so this one is not the last
    await anEmployee(db, kepId, { workstationId: desk.id })
    const booked = await bookAt(kepId, '2027-01-07T10:00')
    const input = { kepId, changes: [{ kind: 'retire' as const, id: desk.id }] }
    const kept = await change(manager, input)
    expect(kept.impact).toMatchObject({ applied: false, outsideRules: 1, kept: 1 })
    expect(kept.impact.bookings).toMatchObject([
      { bookingId: booked.id, fate: 'kept', outsideRules: true },
    ])
    const { previewed, applied } = await previewThenApply(manager, input, UncoveredChoice.CANCEL)
    expect(previewed.impact.bookings).toMatchObject([{ bookingId: booked.id, fate: 'cancelled' }])
    expect(outcomeOf(applied.impact)).toEqual(outcomeOf(previewed.impact))
    expect((await bookingOf(booked.id)).status).not.toBe('booked')
    expect(await mails([booked.id])).toHaveLength(1)
  })

  it('issue 14.8: a stale preview is refused: a booking made at the desk after it; nothing written', async () => {
    const { kepId, manager } = await aKepWithManager()
    const db = database.db
    const desk = await aWorkstation(db, kepId)
    await aWorkstation(db, kepId)
    await anEmployee(db, kepId, { workstationId: desk.id })
    const input = { kepId, changes: [{ kind: 'retire' as const, id: desk.id }] }
    const previewed = await change(manager, input)
    expect(previewed.impact.bookings).toEqual([])
    await bookAt(kepId, '2027-01-08T10:00')
    const before = await counts()
    const err = await failure(change(manager, input, applying(previewed.impact.token)))
    expect(err.code).toBe('STALE_PREVIEW')
    expect(await counts()).toEqual(before)
  })

  it('issue 14.8: two retire the same desk at once: one applies, the other is refused naming the desk', async () => {
    const { kepId, manager } = await aKepWithManager()
    const db = database.db
    const desk = await aWorkstation(db, kepId)
    await aWorkstation(db, kepId)
    const input = { kepId, changes: [{ kind: 'retire' as const, id: desk.id }] }
    const first = await change(manager, input)
    const second = await change(operator, input)
    const results = await Promise.allSettled([
      change(manager, input, applying(first.impact.token)),
      change(operator, input, applying(second.impact.token)),
    ])
    const done = results.filter((r) => r.status === 'fulfilled')
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []))
    expect(done).toHaveLength(1)
    expect(refused).toHaveLength(1)
    expect(refused[0]).toBeInstanceOf(DomainError)
    expect(fields(refused[0] as DomainError)).toEqual(['input.changes[0].id:retired'])
    const trail = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, kepId), eq(auditLog.action, 'kep.workstations.change')))
    expect(trail).toHaveLength(1)
  })

  it('issue 14.8 bad input: duplicate labels (any case), blank or long labels, an unknown or retired desk, the last active desk, no change — VALIDATION_FAILED naming the field, nothing written', async () => {
    const { kepId, manager } = await aKepWithManager()
    const desks = await kepWorkstations(database.db, clock, manager, kepId)
    expect(desks).toHaveLength(1) // the manager's own
    const only = desks[0]!
    const before = await counts()
    const refuse = async (input: ChangeWorkstationsInput, expected: string[]) => {
      const err = await failure(change(manager, input))
      expect(err.code).toBe('VALIDATION_FAILED')
      expect(fields(err)).toEqual(expected)
      for (const f of err.details.fields ?? []) {
        expect(f.message.el).toMatch(/[α-ωΑ-Ω]/)
        expect(f.message.en).toMatch(/[a-zA-Z]/)
      }
    }
    await refuse({ kepId, changes: [] }, ['input.changes:required'])
    await refuse({ kepId, changes: [{ kind: 'add', label: only.label.toUpperCase() }] }, [
      'input.changes[0].label:duplicate',
    ])
    await refuse(
      {
        kepId,
        changes: [
          { kind: 'add', label: 'Νέα' },
          { kind: 'add', label: ' νέα ' },
        ],
      },
      ['input.changes[1].label:duplicate'],
    )
    await refuse({ kepId, changes: [{ kind: 'add', label: '   ' }] }, [
      'input.changes[0].label:required',
    ])
    await refuse({ kepId, changes: [{ kind: 'add', label: 'x'.repeat(41) }] }, [
      'input.changes[0].label:too_long',
    ])
    await refuse({ kepId, changes: [{ kind: 'rename', id: only.id }] }, [
      'input.changes[0].label:required',
    ])
    await refuse({ kepId, changes: [{ kind: 'retire' }] }, ['input.changes[0].id:required'])
    await refuse(
      { kepId, changes: [{ kind: 'retire', id: '00000000-0000-4000-8000-00000000dead' }] },
      ['input.changes[0].id:unknown'],
    )
    await refuse({ kepId, changes: [{ kind: 'retire', id: 'not-an-id' }] }, [
      'input.changes[0].id:unknown',
    ])
    await refuse({ kepId, changes: [{ kind: 'retire', id: only.id }] }, [
      'input.changes[0].id:last_active',
    ])
    await refuse(
      {
        kepId,
        changes: [
          { kind: 'rename', id: only.id, label: 'Α' },
          { kind: 'retire', id: only.id },
        ],
      },
      ['input.changes[1].id:duplicate'],
    )
    // another KEP's desk is unknown here
    const [foreign] = await database.db
      .select()
      .from(workstations)
      .where(eq(workstations.kepId, ids.otherKep))
    const elsewhere = foreign ?? (await aWorkstation(database.db, ids.otherKep))
    await refuse({ kepId, changes: [{ kind: 'retire', id: elsewhere.id }] }, [
      'input.changes[0].id:unknown',
    ])
    expect(await counts()).toEqual({ ...before, desks: foreign ? before.desks : before.desks + 1 })
  })

  it("issue 14.8: another KEP's manager gets NOT_FOUND, staff and AUDITORs FORBIDDEN; an OPERATOR changes any KEP; AUDITORs read", async () => {
    const { kepId, manager } = await aKepWithManager()
    const staff = as(await anEmployee(database.db, kepId), 'staff')
    const other = await aKepWithManager()
    const input = { kepId, changes: [{ kind: 'add' as const, label: 'Θέση Β' }] }
    const before = await counts()
    expect((await failure(change(other.manager, input))).code).toBe('NOT_FOUND')
    expect((await failure(kepWorkstations(database.db, clock, other.manager, kepId))).code).toBe(
      'NOT_FOUND',
    )
    expect((await failure(change(staff, input))).code).toBe('FORBIDDEN')
    expect((await failure(kepWorkstations(database.db, clock, staff, kepId))).code).toBe(
      'FORBIDDEN',
    )
    expect((await failure(change(auditor, input))).code).toBe('FORBIDDEN')
    expect((await failure(change(operator, { ...input, kepId: 'nope' }))).code).toBe('NOT_FOUND')
    expect(await counts()).toEqual(before)
    expect(await kepWorkstations(database.db, clock, auditor, kepId)).toHaveLength(2)
    const { applied } = await previewThenApply(operator, input)
    expect(applied.workstations.map((w) => w.label)).toContain('Θέση Β')
    expect((await kepWorkstations(database.db, clock, manager, kepId)).length).toBe(3)
  })
})
