import { and, asc, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import { DomainError } from '../../platform/errors.js'
import { anEmployee, aWorkstation } from '../../test/factories.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { bookings } from '../bookings/index.js'
import { employees } from '../identity/index.js'
import { availability, employeeAvailability } from '../scheduling/index.js'
import { deactivateEmployee, setEmployeeAvailability } from './employees.changes.js'
import { applyDueMoves, cancelEmployeeMove, moveEmployee } from './employees.moves.js'
import { adminEmployee } from './employees.service.js'
import { UncoveredChoice } from './impact.types.js'
import {
  apply,
  auditor,
  employeesTestKit,
  operator,
  preview,
  refusal,
} from './employees.test-kit.js'

// Issue 13 item 4: moving an employee to another KEP, today or from a later date.

// Monday 4 January 2027, 08:00 in Athens (UTC+2); the move from Thursday 7 January.
const clock = fixedClock('2027-01-04T06:00:00Z')
const today = '2027-01-04'
const moveDay = '2027-01-07'

const kit = employeesTestKit(clock)
const { ids, openKep, book } = kit

const bookingRows = (bookingIds: string[]) =>
  kit.database.db
    .select({ employeeId: bookings.employeeId, status: bookings.status, kepId: bookings.kepId })
    .from(bookings)
    .where(inArray(bookings.id, bookingIds))
    .orderBy(asc(bookings.startsAt))

const employeeNow = async (id: string) =>
  (await kit.database.db.select().from(employees).where(eq(employees.id, id)))[0]!

const auditOf = (id: string) =>
  kit.database.db
    .select({ action: auditLog.action, actorKind: auditLog.actorKind, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(asc(auditLog.at), asc(auditLog.id))

/** The Athens times offered at `kepId` on `date`. */
async function offeredAt(kepId: string, date: string) {
  const { days } = await availability(kit.database.db, clock, {
    category: 'information',
    procedureId: ids.procedure,
    kepId,
    from: date,
    to: date,
  })
  return (days[0]?.slots ?? []).map((s) =>
    s.startsAt.toLocaleTimeString('en-GB', {
      timeZone: 'Europe/Athens',
      hour: '2-digit',
      minute: '2-digit',
    }),
  )
}

/** Their weekday rows at `workstationId` from `validFrom`, 08:00–15:00. */
const weekdaysAt = (workstationId: string, validFrom: string, validTo: string | null = null) =>
  [1, 2, 3, 4, 5].map((weekday) => ({
    workstationId,
    weekday,
    startsAt: '08:00',
    endsAt: '15:00',
    validFrom,
    validTo,
  }))

/**
 * `moving` works alone at KEP `from` (bookings Tuesday 10:00, Thursday 10:00, Friday 10:00),
 * then a colleague who works Thursdays only joins; `to` is another KEP with no one yet.
 */
async function aMoveAhead() {
  const from = await openKep()
  const to = await openKep()
  const moving = await anEmployee(kit.database.db, from.id)
  const held = [
    await book(from.id, '2027-01-05T10:00'),
    await book(from.id, '2027-01-07T10:00'),
    await book(from.id, '2027-01-08T10:00'),
  ]
  const colleague = await anEmployee(kit.database.db, from.id, {
    windows: [{ weekdays: [4], from: '08:00', to: '15:00' }],
  })
  return { from, to, moving, colleague, held }
}

/** The move of aMoveAhead planned and applied (KEEP for what no colleague takes). */
async function plannedMove() {
  const setting = await aMoveAhead()
  const input = { employeeId: setting.moving.id, toKepId: setting.to.id, from: moveDay }
  const previewed = await moveEmployee(kit.database.db, clock, operator, input, preview())
  await moveEmployee(kit.database.db, clock, operator, input, apply(previewed.impact.token))
  return setting
}

describe('issue 13: moving an employee from a later date', () => {
  it('the preview says what the apply does: bookings before the day untouched, from it reassigned or cancelled; the move is pending, audited', async () => {
    const { from, to, moving, colleague, held } = await aMoveAhead()
    const input = { employeeId: moving.id, toKepId: to.id, from: moveDay }

    const previewed = await moveEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      preview(UncoveredChoice.CANCEL),
    )
    const fates = (impact: typeof previewed.impact) =>
      impact.bookings.map((b) => [b.bookingId, b.fate, b.toEmployeeId ?? null])
    // Tuesday's booking is before the move: not even listed
    expect(fates(previewed.impact)).toEqual([
      [held[1]!.id, 'reassigned', colleague.id],
      [held[2]!.id, 'cancelled', null],
    ])
    expect(previewed.employee).toMatchObject({
      kep: { id: from.id },
      pendingMove: { kep: { id: to.id, code: to.code }, from: moveDay },
    })
    expect(previewed.employee.availability.every((a) => a.validTo === '2027-01-06')).toBe(true)
    // a preview writes nothing
    expect(await employeeNow(moving.id)).toMatchObject({
      kepId: from.id,
      movesToKepId: null,
      movesOn: null,
    })
    expect((await bookingRows(held.map((b) => b.id))).map((b) => b.employeeId)).toEqual([
      moving.id,
      moving.id,
      moving.id,
    ])

    const applied = await moveEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token, UncoveredChoice.CANCEL),
    )
    expect(fates(applied.impact)).toEqual(fates(previewed.impact))
    expect(applied.employee).toEqual(previewed.employee)
    expect((await bookingRows(held.map((b) => b.id))).map((b) => [b.employeeId, b.status])).toEqual(
      [
        [moving.id, 'booked'],
        [colleague.id, 'booked'],
        [moving.id, 'cancelled'],
      ],
    )
    expect(await employeeNow(moving.id)).toMatchObject({
      kepId: from.id,
      movesToKepId: to.id,
      movesOn: moveDay,
    })
    const [audit] = (await auditOf(moving.id)).filter((a) => a.action === 'employee.move')
    expect(audit?.details).toMatchObject({
      before: { kepId: from.id, movesToKepId: null, movesOn: null },
      after: { kepId: from.id, movesToKepId: to.id, movesOn: moveDay },
    })
  })

  it('from the day they are offered at the new KEP (and booked there), no longer at the old one; before it the opposite', async () => {
    const { from, to, moving } = await plannedMove()
    const desk = await aWorkstation(kit.database.db, to.id)
    const detail = await adminEmployee(kit.database.db, clock, auditor, moving.id)
    // the new KEP's desks are offered for the rows from the move's day
    expect(detail.workstations.map((w) => w.kepId)).toContain(to.id)
    const [ownRow] = detail.availability
    const set = async (rows: ReturnType<typeof weekdaysAt>) => {
      const input = { employeeId: moving.id, rows }
      const previewed = await setEmployeeAvailability(
        kit.database.db,
        clock,
        operator,
        input,
        preview(),
      )
      return setEmployeeAvailability(
        kit.database.db,
        clock,
        operator,
        input,
        apply(previewed.impact.token),
      )
    }
    await set([
      ...weekdaysAt(ownRow!.workstationId, '2027-01-04', '2027-01-06'),
      ...weekdaysAt(desk.id, moveDay),
    ])
    // Tuesday (Wednesday is Epiphany): at the old KEP; Friday: at the new one
    expect(await offeredAt(from.id, '2027-01-05')).toContain('09:00')
    expect(await offeredAt(to.id, '2027-01-05')).toEqual([])
    // (Friday 10:00 they still hold a booking kept at the old KEP: busy wherever they work)
    expect(await offeredAt(to.id, '2027-01-08')).toContain('09:00')
    expect(await offeredAt(to.id, '2027-01-08')).not.toContain('10:00')
    expect(await offeredAt(from.id, '2027-01-08')).toEqual([])
    const atNewKep = await book(to.id, '2027-01-08T11:00')
    expect(await bookingRows([atNewKep.id])).toEqual([
      { employeeId: moving.id, status: 'booked', kepId: to.id },
    ])
  })

  it('the job makes the move on its day, audited as the system, once however often and on however many instances it runs', async () => {
    const { from, to, moving } = await plannedMove()
    // Wednesday 23:30 in Athens: not yet
    expect(await applyDueMoves(kit.database.db, fixedClock('2027-01-06T21:30:00Z'))).toBe(0)
    expect(await employeeNow(moving.id)).toMatchObject({ kepId: from.id, movesOn: moveDay })
    // Thursday 00:30 in Athens
    const onTheDay = fixedClock('2027-01-06T22:30:00Z')
    // two instances at once: each move made once (on PostgreSQL, in two connections)
    const [a, b] = await Promise.all([
      applyDueMoves(kit.database.db, onTheDay),
      applyDueMoves(kit.database.db, onTheDay),
    ])
    expect(a + b).toBeGreaterThanOrEqual(1)
    expect(await employeeNow(moving.id)).toMatchObject({
      kepId: to.id,
      movesToKepId: null,
      movesOn: null,
    })
    expect(await applyDueMoves(kit.database.db, onTheDay)).toBe(0)
    const applied = (await auditOf(moving.id)).filter((a) => a.action === 'employee.move.apply')
    expect(applied).toEqual([
      {
        action: 'employee.move.apply',
        actorKind: 'system',
        details: {
          before: { kepId: from.id, movesToKepId: to.id, movesOn: moveDay },
          after: { kepId: to.id, movesToKepId: null, movesOn: null },
          job: 'apply due moves',
        },
      },
    ])
    const detail = await adminEmployee(kit.database.db, onTheDay, auditor, moving.id)
    expect(detail).toMatchObject({ kep: { id: to.id }, pendingMove: null })
  })

  it('cancelling a pending move removes their rows at the new KEP; their bookings there follow the impact', async () => {
    const { from, to, moving, held } = await plannedMove()
    const desk = await aWorkstation(kit.database.db, to.id)
    await kit.database.db
      .insert(employeeAvailability)
      .values(
        weekdaysAt(desk.id, moveDay).map((r) => ({ ...r, employeeId: moving.id, validTo: null })),
      )
    const atNewKep = await book(to.id, '2027-01-08T11:00')
    const input = { employeeId: moving.id }
    const previewed = await cancelEmployeeMove(
      kit.database.db,
      clock,
      operator,
      input,
      preview(UncoveredChoice.CANCEL),
    )
    // the one kept outside the rules at the old KEP (Friday 10:00) is uncovered still
    expect(previewed.impact.bookings.map((b) => [b.bookingId, b.fate])).toEqual([
      [held[2]!.id, 'cancelled'],
      [atNewKep.id, 'cancelled'],
    ])
    expect(previewed.employee.pendingMove).toBeNull()
    const applied = await cancelEmployeeMove(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token, UncoveredChoice.CANCEL),
    )
    expect(applied.impact).toMatchObject({ applied: true, cancelled: 2 })
    expect(await employeeNow(moving.id)).toMatchObject({
      kepId: from.id,
      movesToKepId: null,
      movesOn: null,
    })
    expect(
      await kit.database.db
        .select()
        .from(employeeAvailability)
        .where(
          and(
            eq(employeeAvailability.employeeId, moving.id),
            eq(employeeAvailability.workstationId, desk.id),
          ),
        ),
    ).toEqual([])
    const [audit] = (await auditOf(moving.id)).filter((a) => a.action === 'employee.move.cancel')
    expect(audit?.details).toMatchObject({
      before: { movesToKepId: to.id, movesOn: moveDay },
      after: { movesToKepId: null, movesOn: null },
    })
    // none left to cancel
    const none = await refusal(
      cancelEmployeeMove(kit.database.db, clock, operator, input, preview()),
    )
    expect(none.details.fields).toEqual([
      expect.objectContaining({ field: 'input.employeeId', reason: 'no_pending_move' }),
    ])
  })

  it('a deactivation from before the move’s day cancels the move', async () => {
    const { moving } = await plannedMove()
    const input = { employeeId: moving.id, from: '2027-01-06' }
    const previewed = await deactivateEmployee(kit.database.db, clock, operator, input, preview())
    const applied = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token),
    )
    expect(applied.employee).toMatchObject({ leavesOn: '2027-01-06', pendingMove: null })
  })

  it('Bad input: a past date, the same KEP, an unknown KEP, a second pending move, a row at the wrong KEP for its dates — VALIDATION_FAILED naming the field, nothing written', async () => {
    const { from, to, moving } = await plannedMove()
    const other = await openKep()
    const asked = (toKepId: string, date: string) =>
      refusal(
        moveEmployee(
          kit.database.db,
          clock,
          operator,
          { employeeId: moving.id, toKepId, from: date },
          preview(),
        ),
      )
    const reasons = (err: DomainError) => err.details.fields!.map((f) => [f.field, f.reason])
    expect(reasons(await asked(from.id, '2027-01-01'))).toEqual([
      ['input.toKepId', 'same_kep'],
      ['input.from', 'in_past'],
    ])
    expect(reasons(await asked('00000000-0000-4000-8000-00000000dead', '2027-02-01'))).toEqual([
      ['input.toKepId', 'not_found'],
    ])
    expect(reasons(await asked(other.id, '2027-02-01'))).toEqual([
      ['input.toKepId', 'move_pending'],
    ])
    const desk = await aWorkstation(kit.database.db, to.id)
    const [ownRow] = (await adminEmployee(kit.database.db, clock, auditor, moving.id)).availability
    const rows = [
      ...weekdaysAt(ownRow!.workstationId, today).slice(0, 1),
      ...weekdaysAt(desk.id, '2027-01-05').slice(1, 2),
    ]
    const misplaced = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        operator,
        { employeeId: moving.id, rows },
        preview(),
      ),
    )
    expect(reasons(misplaced)).toEqual([
      ['input.rows[0].validTo', 'after_move'],
      ['input.rows[1].validFrom', 'before_move'],
    ])
    expect(await employeeNow(moving.id)).toMatchObject({
      kepId: from.id,
      movesToKepId: to.id,
      movesOn: moveDay,
    })
    expect((await auditOf(moving.id)).map((a) => a.action)).toEqual(['employee.move'])
  })

  it('the database refuses a pending KEP without its date, and a move to their own KEP', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const other = await openKep()
    await expect(
      kit.database.db
        .update(employees)
        .set({ movesToKepId: other.id })
        .where(eq(employees.id, e.id)),
    ).rejects.toThrow()
    await expect(
      kit.database.db
        .update(employees)
        .set({ movesToKepId: kep.id, movesOn: moveDay })
        .where(eq(employees.id, e.id)),
    ).rejects.toThrow()
  })
})

describe('issue 13: moving an employee today', () => {
  it('their bookings at the old KEP go to a free colleague there; they work at the new KEP at once', async () => {
    const from = await openKep()
    const to = await openKep()
    const moving = await anEmployee(kit.database.db, from.id)
    const held = await book(from.id, '2027-01-05T10:00')
    const colleague = await anEmployee(kit.database.db, from.id)
    const input = { employeeId: moving.id, toKepId: to.id, from: today }
    const previewed = await moveEmployee(kit.database.db, clock, operator, input, preview())
    expect(previewed.impact).toMatchObject({ reassigned: 1 })
    expect(previewed.employee).toMatchObject({ kep: { id: to.id }, pendingMove: null })
    const applied = await moveEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token),
    )
    expect(applied.impact).toMatchObject({ applied: true, reassigned: 1 })
    expect((await bookingRows([held.id]))[0]?.employeeId).toBe(colleague.id)
    const detail = await adminEmployee(kit.database.db, clock, auditor, moving.id)
    expect(detail).toMatchObject({ kep: { id: to.id }, availability: [], pendingMove: null })
  })
})

describe('issue 13: a pending move over GraphQL', () => {
  it('an OPERATOR plans a move and sees it on the employee (pendingMove), then cancels it', async () => {
    const { from, to, moving } = await aMoveAhead()
    const server = await startTestServer(kit.database, { clock })
    try {
      const admin = await anAdministrator(kit.database.db, { role: 'operator' })
      const { headers } = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
      type Payload<K extends string> = Record<
        K,
        {
          impact: { applied: boolean; token: string }
          employee: {
            kep: { id: string }
            pendingMove: { kep: { id: string; nameEl: string }; from: string } | null
          }
        }
      >
      const fields = `impact { applied token } employee { kep { id } pendingMove { kep { id nameEl } from } }`
      const move = `mutation($input: MoveEmployeeInput!, $impact: ImpactInput) {
        moveEmployee(input: $input, impact: $impact) { ${fields} } }`
      const input = { employeeId: moving.id, toKepId: to.id, from: moveDay }
      const previewed = await server.graphql<Payload<'moveEmployee'>>(move, { input }, headers)
      expect(previewed.errors).toBeUndefined()
      const token = previewed.data!.moveEmployee.impact.token
      const applied = await server.graphql<Payload<'moveEmployee'>>(
        move,
        { input, impact: { apply: true, token, uncovered: 'KEEP' } },
        headers,
      )
      expect(applied.errors).toBeUndefined()
      expect(applied.data!.moveEmployee.employee).toEqual({
        kep: { id: from.id },
        pendingMove: { kep: { id: to.id, nameEl: to.nameEl }, from: moveDay },
      })
      const cancel = `mutation($input: CancelEmployeeMoveInput!, $impact: ImpactInput) {
        cancelEmployeeMove(input: $input, impact: $impact) { ${fields} } }`
      const cancelPreview = await server.graphql<Payload<'cancelEmployeeMove'>>(
        cancel,
        { input: { employeeId: moving.id } },
        headers,
      )
      expect(cancelPreview.errors).toBeUndefined()
      const cancelled = await server.graphql<Payload<'cancelEmployeeMove'>>(
        cancel,
        {
          input: { employeeId: moving.id },
          impact: {
            apply: true,
            token: cancelPreview.data!.cancelEmployeeMove.impact.token,
            uncovered: 'KEEP',
          },
        },
        headers,
      )
      expect(cancelled.errors).toBeUndefined()
      expect(cancelled.data!.cancelEmployeeMove.employee).toEqual({
        kep: { id: from.id },
        pendingMove: null,
      })
    } finally {
      await server.stop()
    }
  })
})
