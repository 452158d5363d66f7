import { asc, count, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { anEmployee } from '../../test/factories.js'
import { loginAs } from '../../test/identity.js'
import { startTestServer } from '../../test/server.js'
import { bookings } from '../bookings/index.js'
import { employees } from '../identity/index.js'
import { outbox } from '../notifications/index.js'
import { employeeAbsences, employeeAvailability, heldReservations } from '../scheduling/index.js'
import {
  addEmployeeAbsence,
  deactivateEmployee,
  removeEmployeeAbsence,
  setEmployeeAvailability,
} from './employees.changes.js'
import { kepBookingsNeedingAttention, kepStaff } from './employees.kep.js'
import { moveEmployee } from './employees.moves.js'
import { adminEmployee, setEmployeeRole } from './employees.service.js'
import { BookingFate, UncoveredChoice } from './impact.types.js'
import {
  apply,
  auditor,
  employeesTestKit,
  operator,
  preview,
  refusal,
} from './employees.test-kit.js'

// Issue 14 item 6: a KEP's manager runs their own KEP's staff — availability and absences —
// through the same impact engine as the ministry's administrators; another KEP's employees do
// not exist for them, and adding, moving, deactivating or promoting stays with administrators.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')

const kit = employeesTestKit(clock)
const { openKep, book } = kit

/** The KEP's manager, who takes no calls here (no availability): colleagues are the tests'. */
const managerOf = async (kepId: string): Promise<Actor & { kind: 'employee' }> => {
  const m = await anEmployee(kit.database.db, kepId, { role: 'manager' })
  await kit.database.db
    .delete(employeeAvailability)
    .where(eq(employeeAvailability.employeeId, m.id))
  return { kind: 'employee', employeeId: m.id, kepId, role: 'manager', sessionId: m.id }
}

/** Tuesday 5 January, the whole day in Athens. */
const tuesday = {
  startsAt: new Date('2027-01-04T22:00:00Z'),
  endsAt: new Date('2027-01-05T22:00:00Z'),
}

/**
 * A KEP whose employee `absent` holds three bookings on Tuesday (10:00, 11:00, 12:00); then a
 * colleague is added who works Tuesdays 10:00–11:00 only: free for the first, not the others.
 */
async function threeBookingsOneFreeColleague() {
  const kep = await openKep()
  const absent = await anEmployee(kit.database.db, kep.id)
  const held = [
    await book(kep.id, '2027-01-05T10:00'),
    await book(kep.id, '2027-01-05T11:00'),
    await book(kep.id, '2027-01-05T12:00'),
  ]
  const colleague = await anEmployee(kit.database.db, kep.id, {
    windows: [{ weekdays: [2], from: '10:00', to: '11:00' }],
  })
  const manager = await managerOf(kep.id)
  return { kep, absent, colleague, manager, held }
}

const bookingRows = (ids: string[]) =>
  kit.database.db
    .select({
      id: bookings.id,
      status: bookings.status,
      employeeId: bookings.employeeId,
      reservationId: bookings.reservationId,
    })
    .from(bookings)
    .where(inArray(bookings.id, ids))
    .orderBy(asc(bookings.startsAt))

const emailsOf = async (ids: string[]) =>
  (
    await kit.database.db.select({ n: count() }).from(outbox).where(inArray(outbox.bookingId, ids))
  )[0]!.n

describe('a manager’s absences and availability (issue 14 item 6)', () => {
  it('issue 14.6: an absence covering 3 bookings with 1 free colleague → 1 reassigned, 2 listed; nothing lost', async () => {
    const { kep, absent, colleague, manager, held } = await threeBookingsOneFreeColleague()
    const ids = held.map((b) => b.id)
    const emailsBefore = await emailsOf(ids)
    const input = { employeeId: absent.id, ...tuesday, reason: 'Άδεια' }
    const previewed = await addEmployeeAbsence(kit.database.db, clock, manager, input, preview())
    expect(previewed.impact).toMatchObject({
      applied: false,
      reassigned: 1,
      kept: 2,
      outsideRules: 2,
      moved: 0,
      cancelled: 0,
    })
    expect(previewed.impact.bookings.map((b) => [b.bookingId, b.fate, b.toEmployeeId])).toEqual([
      [ids[0], BookingFate.REASSIGNED, colleague.id],
      [ids[1], BookingFate.KEPT, null],
      [ids[2], BookingFate.KEPT, null],
    ])
    // the preview wrote nothing
    expect((await bookingRows(ids)).map((b) => b.employeeId)).toEqual([
      absent.id,
      absent.id,
      absent.id,
    ])
    expect(
      await kit.database.db
        .select()
        .from(employeeAbsences)
        .where(eq(employeeAbsences.employeeId, absent.id)),
    ).toEqual([])

    const applied = await addEmployeeAbsence(
      kit.database.db,
      clock,
      manager,
      input,
      apply(previewed.impact.token),
    )
    // the same numbers as the preview's
    expect({ ...applied.impact, applied: false, token: '' }).toEqual({
      ...previewed.impact,
      token: '',
    })
    expect(applied.employee.absences).toHaveLength(1)

    // nothing lost: every booking still booked, with an employee, its reservation held by them
    const after = await bookingRows(ids)
    expect(after.map((b) => [b.status, b.employeeId])).toEqual([
      ['booked', colleague.id],
      ['booked', absent.id],
      ['booked', absent.id],
    ])
    const reservations = await heldReservations(
      kit.database.db,
      after.map((b) => b.reservationId!),
    )
    expect(new Map(reservations.map((r) => [r.id, r.employeeId]))).toEqual(
      new Map(after.map((b) => [b.reservationId, b.employeeId])),
    )
    // a colleague taking over changes nothing for the citizen, and keeping tells them nothing
    expect(await emailsOf(ids)).toBe(emailsBefore)

    // the two listed are the KEP's bookings needing attention, after the summary is gone
    const attention = await kepBookingsNeedingAttention(kit.database.db, clock, manager, kep.id)
    expect(attention.map((b) => [b.bookingId, b.employeeId, b.colleagueFree])).toEqual([
      [ids[1], absent.id, false],
      [ids[2], absent.id, false],
    ])
    expect(attention[0]).toMatchObject({
      reference: held[1]!.reference,
      employeeName: absent.fullName,
    })
  })

  it('issue 14.6: a colleague available but already booked then does not get the booking: it is listed', async () => {
    const kep = await openKep()
    const absent = await anEmployee(kit.database.db, kep.id)
    const theirs = await book(kep.id, '2027-01-05T10:00')
    const colleague = await anEmployee(kit.database.db, kep.id)
    // the same time again: only the colleague is free for it
    const colleagues = await book(kep.id, '2027-01-05T10:00')
    expect((await bookingRows([theirs.id, colleagues.id])).map((b) => b.employeeId).sort()).toEqual(
      [absent.id, colleague.id].sort(),
    )
    const manager = await managerOf(kep.id)
    const previewed = await addEmployeeAbsence(
      kit.database.db,
      clock,
      manager,
      { employeeId: absent.id, ...tuesday, reason: '' },
      preview(),
    )
    expect(previewed.impact).toMatchObject({ reassigned: 0, kept: 1, outsideRules: 1 })
    expect(previewed.impact.bookings.map((b) => b.bookingId)).toEqual([theirs.id])
  })

  it('issue 14.6: a removed window reassigns its booking to a free colleague in the same transaction', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const held = await book(kep.id, '2027-01-05T10:00')
    const colleague = await anEmployee(kit.database.db, kep.id)
    const manager = await managerOf(kep.id)
    // Tuesdays no longer: Monday, Wednesday to Friday only
    const input = {
      employeeId: e.id,
      rows: [1, 3, 4, 5].map((weekday) => ({
        workstationId: e.workstationId,
        weekday,
        startsAt: '08:00',
        endsAt: '15:00',
        validFrom: '2027-01-04',
      })),
    }
    const previewed = await setEmployeeAvailability(
      kit.database.db,
      clock,
      manager,
      input,
      preview(),
    )
    expect(previewed.impact).toMatchObject({ reassigned: 1, kept: 0 })
    const applied = await setEmployeeAvailability(
      kit.database.db,
      clock,
      manager,
      input,
      apply(previewed.impact.token),
    )
    expect(applied.impact.bookings[0]).toMatchObject({
      bookingId: held.id,
      fate: BookingFate.REASSIGNED,
      toEmployeeId: colleague.id,
    })
    expect((await bookingRows([held.id]))[0]?.employeeId).toBe(colleague.id)
    expect(applied.employee.availability.map((a) => a.weekday)).toEqual([1, 3, 4, 5])
    expect(await kepBookingsNeedingAttention(kit.database.db, clock, manager, kep.id)).toEqual([])
  })

  it('issue 14.6: listed bookings cancelled with notice by the manager’s choice: one email each', async () => {
    const { absent, manager, held } = await threeBookingsOneFreeColleague()
    const ids = held.map((b) => b.id)
    const emailsBefore = await emailsOf(ids)
    const input = { employeeId: absent.id, ...tuesday, reason: '' }
    const previewed = await addEmployeeAbsence(
      kit.database.db,
      clock,
      manager,
      input,
      preview(UncoveredChoice.CANCEL),
    )
    expect(previewed.impact).toMatchObject({ reassigned: 1, cancelled: 2 })
    await addEmployeeAbsence(
      kit.database.db,
      clock,
      manager,
      input,
      apply(previewed.impact.token, UncoveredChoice.CANCEL),
    )
    expect((await bookingRows(ids)).map((b) => b.status)).toEqual([
      'booked',
      'cancelled',
      'cancelled',
    ])
    expect(await emailsOf(ids)).toBe(emailsBefore + 2)
  })

  it('issue 14.6: reads their KEP’s staff (no tax numbers) and removes an absence', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    await kit.database.db
      .update(employees)
      .set({ taxId: '090000045' })
      .where(eq(employees.id, e.id))
    const manager = await managerOf(kep.id)
    const staff = await kepStaff(kit.database.db, clock, manager, kep.id)
    expect(staff.map((s) => s.id).sort()).toEqual([e.id, manager.employeeId].sort())
    expect(staff.every((s) => s.taxId === null)).toBe(true)
    expect(
      (await kepStaff(kit.database.db, clock, operator, kep.id)).find((s) => s.id === e.id),
    ).toMatchObject({ taxId: '090000045' })
    expect(await adminEmployee(kit.database.db, clock, manager, e.id)).toMatchObject({
      id: e.id,
      taxId: null,
    })
    const added = await addEmployeeAbsence(
      kit.database.db,
      clock,
      manager,
      { employeeId: e.id, ...tuesday, reason: 'Εκπαίδευση' },
      preview(),
    )
    const applied = await addEmployeeAbsence(
      kit.database.db,
      clock,
      manager,
      { employeeId: e.id, ...tuesday, reason: 'Εκπαίδευση' },
      apply(added.impact.token),
    )
    const removed = await removeEmployeeAbsence(kit.database.db, clock, manager, {
      absenceId: applied.employee.absences[0]!.id,
    })
    expect(removed.absences).toEqual([])
  })
})

describe('who may (issue 14 item 6)', () => {
  it('issue 14.6: another KEP’s manager is told the employee, the absence and the KEP do not exist; nothing written', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const [absence] = await kit.database.db
      .insert(employeeAbsences)
      .values({ employeeId: e.id, ...tuesday })
      .returning()
    const other = await managerOf((await openKep()).id)
    const refusals = await Promise.all([
      refusal(adminEmployee(kit.database.db, clock, other, e.id)),
      refusal(kepStaff(kit.database.db, clock, other, kep.id)),
      refusal(kepBookingsNeedingAttention(kit.database.db, clock, other, kep.id)),
      refusal(
        addEmployeeAbsence(
          kit.database.db,
          clock,
          other,
          { employeeId: e.id, ...tuesday, reason: '' },
          preview(),
        ),
      ),
      refusal(
        setEmployeeAvailability(
          kit.database.db,
          clock,
          other,
          { employeeId: e.id, rows: [] },
          preview(),
        ),
      ),
      refusal(removeEmployeeAbsence(kit.database.db, clock, other, { absenceId: absence!.id })),
    ])
    expect(refusals.map((r) => r.code)).toEqual(Array(6).fill('NOT_FOUND'))
    expect(
      await kit.database.db
        .select({ id: employeeAbsences.id })
        .from(employeeAbsences)
        .where(eq(employeeAbsences.employeeId, e.id)),
    ).toEqual([{ id: absence!.id }])
    expect(
      await kit.database.db
        .select({ n: count() })
        .from(employeeAvailability)
        .where(eq(employeeAvailability.employeeId, e.id)),
    ).toEqual([{ n: 5 }])
  })

  it('issue 14.6: adding, moving, deactivating and promoting stay with administrators: FORBIDDEN to a manager; a plain employee and an AUDITOR change nothing', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const manager = await managerOf(kep.id)
    const staff: Actor = { ...manager, employeeId: e.id, role: 'staff' }
    const codes = await Promise.all([
      refusal(
        deactivateEmployee(
          kit.database.db,
          clock,
          manager,
          { employeeId: e.id, from: '2027-02-01' },
          preview(),
        ),
      ),
      refusal(
        moveEmployee(
          kit.database.db,
          clock,
          manager,
          { employeeId: e.id, toKepId: (await openKep()).id, from: '2027-02-01' },
          preview(),
        ),
      ),
      refusal(
        setEmployeeRole(kit.database.db, clock, manager, { employeeId: e.id, role: 'manager' }),
      ),
      refusal(adminEmployee(kit.database.db, clock, staff, e.id)),
      refusal(kepStaff(kit.database.db, clock, staff, kep.id)),
      refusal(
        addEmployeeAbsence(
          kit.database.db,
          clock,
          staff,
          { employeeId: e.id, ...tuesday, reason: '' },
          preview(),
        ),
      ),
      refusal(
        addEmployeeAbsence(
          kit.database.db,
          clock,
          auditor,
          { employeeId: e.id, ...tuesday, reason: '' },
          preview(),
        ),
      ),
    ])
    expect(codes.map((r) => r.code)).toEqual(Array(7).fill('FORBIDDEN'))
  })
})

describe('bad input (issue 14 item 6)', () => {
  it('Bad input: an absence ending before it starts, or beyond the horizon — the field named, nothing written', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const manager = await managerOf(kep.id)
    const backwards = await refusal(
      addEmployeeAbsence(
        kit.database.db,
        clock,
        manager,
        { employeeId: e.id, startsAt: tuesday.endsAt, endsAt: tuesday.startsAt, reason: '' },
        preview(),
      ),
    )
    expect(backwards.code).toBe('VALIDATION_FAILED')
    expect(backwards.details.fields).toEqual([
      expect.objectContaining({
        field: 'input.endsAt',
        reason: 'before_start',
        message: {
          el: 'Η λήξη πρέπει να είναι μετά την έναρξη.',
          en: 'The end must be after the start.',
        },
      }),
    ])
    const tooFar = await refusal(
      addEmployeeAbsence(
        kit.database.db,
        clock,
        manager,
        {
          employeeId: e.id,
          startsAt: new Date('2029-01-10T06:00:00Z'),
          endsAt: new Date('2029-01-11T06:00:00Z'),
          reason: '',
        },
        preview(),
      ),
    )
    expect(tooFar.details.fields).toEqual([
      expect.objectContaining({ field: 'input.endsAt', reason: 'too_far' }),
    ])
    const farRow = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        manager,
        {
          employeeId: e.id,
          rows: [
            {
              workstationId: e.workstationId,
              weekday: 1,
              startsAt: '09:00',
              endsAt: '13:00',
              validFrom: '2029-06-01',
            },
          ],
        },
        preview(),
      ),
    )
    expect(farRow.details.fields).toEqual([
      expect.objectContaining({ field: 'input.rows[0].validFrom', reason: 'too_far' }),
    ])
    expect(
      await kit.database.db
        .select()
        .from(employeeAbsences)
        .where(eq(employeeAbsences.employeeId, e.id)),
    ).toEqual([])
    expect(
      await kit.database.db
        .select({ n: count() })
        .from(employeeAvailability)
        .where(eq(employeeAvailability.employeeId, e.id)),
    ).toEqual([{ n: 5 }])
  })

  it('Bad input: a workstation of another KEP, and an employee moving away (the administrators’ to set) — named, nothing written', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const manager = await managerOf(kep.id)
    const elsewhere = await anEmployee(kit.database.db, (await openKep()).id)
    const row = {
      workstationId: elsewhere.workstationId,
      weekday: 1,
      startsAt: '09:00',
      endsAt: '13:00',
      validFrom: '2027-01-11',
    }
    const foreign = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        manager,
        { employeeId: e.id, rows: [row] },
        preview(),
      ),
    )
    expect(foreign.details.fields).toEqual([
      expect.objectContaining({ field: 'input.rows[0].workstationId', reason: 'not_of_kep' }),
    ])
    // an administrator plans a move: the rows replaced would include the new KEP's
    const target = await openKep()
    await moveEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, toKepId: target.id, from: '2027-02-01' },
      apply(
        (
          await moveEmployee(
            kit.database.db,
            clock,
            operator,
            { employeeId: e.id, toKepId: target.id, from: '2027-02-01' },
            preview(),
          )
        ).impact.token,
      ),
    )
    const moving = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        manager,
        { employeeId: e.id, rows: [{ ...row, workstationId: e.workstationId }] },
        preview(),
      ),
    )
    expect(moving.details.fields).toEqual([
      expect.objectContaining({ field: 'input.employeeId', reason: 'moving' }),
    ])
  })
})

describe('over GraphQL (issue 14 item 6)', () => {
  it('issue 14.6: a manager previews and applies an absence; another KEP’s manager gets NOT_FOUND; the listed bookings need attention', async () => {
    const { kep, absent, colleague, manager, held } = await threeBookingsOneFreeColleague()
    const server = await startTestServer(kit.database, { clock })
    try {
      const [boss] = await kit.database.db
        .select({ gsisUserId: employees.gsisUserId })
        .from(employees)
        .where(eq(employees.id, manager.employeeId))
      const { headers } = await loginAs(server, { gsisUserId: boss!.gsisUserId!, role: 'staff' })
      const otherBoss = await anEmployee(kit.database.db, (await openKep()).id, {
        role: 'manager',
      })
      const other = await loginAs(server, { gsisUserId: otherBoss.gsisUserId, role: 'staff' })
      type Payload = {
        addEmployeeAbsence: {
          impact: {
            token: string
            reassigned: number
            outsideRules: number
            bookings: { bookingId: string; fate: string; toEmployeeId: string | null }[]
          }
        }
      }
      const document = `mutation($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {
        addEmployeeAbsence(input: $input, impact: $impact) {
          impact { token reassigned outsideRules bookings { bookingId fate toEmployeeId } }
        }
      }`
      const input = {
        employeeId: absent.id,
        startsAt: tuesday.startsAt.toISOString(),
        endsAt: tuesday.endsAt.toISOString(),
        reason: '',
      }
      const refused = await server.graphql(document, { input }, other.headers)
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' })
      const previewed = await server.graphql<Payload>(document, { input }, headers)
      expect(previewed.errors).toBeUndefined()
      const { impact } = previewed.data!.addEmployeeAbsence
      expect(impact).toMatchObject({ reassigned: 1, outsideRules: 2 })
      const applied = await server.graphql<Payload>(
        document,
        { input, impact: { apply: true, token: impact.token, uncovered: 'KEEP' } },
        headers,
      )
      expect(applied.errors).toBeUndefined()
      expect(applied.data!.addEmployeeAbsence.impact.bookings[0]).toEqual({
        bookingId: held[0]!.id,
        fate: 'REASSIGNED',
        toEmployeeId: colleague.id,
      })
      const attention = await server.graphql<{
        kepBookingsNeedingAttention: { bookingId: string; employeeName: string }[]
      }>(
        'query($kepId: ID!) { kepBookingsNeedingAttention(kepId: $kepId) { bookingId employeeName } }',
        { kepId: kep.id },
        headers,
      )
      expect(attention.data?.kepBookingsNeedingAttention).toEqual([
        { bookingId: held[1]!.id, employeeName: absent.fullName },
        { bookingId: held[2]!.id, employeeName: absent.fullName },
      ])
      const hidden = await server.graphql(
        'query($kepId: ID!) { kepBookingsNeedingAttention(kepId: $kepId) { bookingId } }',
        { kepId: kep.id },
        other.headers,
      )
      expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' })
    } finally {
      await server.stop()
    }
  })
})
