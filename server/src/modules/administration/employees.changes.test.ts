import { asc, count, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer } from '../../test/server.js'
import { anEmployee, aWorkstation } from '../../test/factories.js'
import { auditLog } from '../audit/index.js'
import { bookings } from '../bookings/index.js'
import { employees } from '../identity/index.js'
import { outbox } from '../notifications/index.js'
import { employeeAbsences, employeeAvailability } from '../scheduling/index.js'
import {
  addEmployeeAbsence,
  deactivateEmployee,
  reactivateEmployee,
  removeEmployeeAbsence,
  setEmployeeAvailability,
} from './employees.changes.js'
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

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')
const today = '2027-01-04'

const kit = employeesTestKit(clock)
const { openKep, book } = kit

const bookingRows = (bookingIds: string[]) =>
  kit.database.db
    .select({
      id: bookings.id,
      employeeId: bookings.employeeId,
      status: bookings.status,
      startsAt: bookings.startsAt,
    })
    .from(bookings)
    .where(inArray(bookings.id, bookingIds))
    .orderBy(asc(bookings.startsAt))

/**
 * A KEP whose only employee `leaving` holds three bookings (Tuesday 10:00 and 11:00, Thursday
 * 10:00); then a colleague is added who works Tuesdays only: they can take two of the three.
 */
async function threeBookingsOneColleague() {
  const kep = await openKep()
  const leaving = await anEmployee(kit.database.db, kep.id)
  const held = [
    await book(kep.id, '2027-01-05T10:00'),
    await book(kep.id, '2027-01-05T11:00'),
    await book(kep.id, '2027-01-07T10:00'),
  ]
  const colleague = await anEmployee(kit.database.db, kep.id, {
    windows: [{ weekdays: [2], from: '08:00', to: '15:00' }],
  })
  expect((await bookingRows(held.map((b) => b.id))).map((b) => b.employeeId)).toEqual([
    leaving.id,
    leaving.id,
    leaving.id,
  ])
  return { kep, leaving, colleague, held }
}

describe('deactivating an employee (issue 13 item 4)', () => {
  it('R3.3 three future bookings, a colleague free for two: the preview says 2 REASSIGNED + 1 cancelled, writes nothing; applying does exactly that', async () => {
    const { leaving, colleague, held } = await threeBookingsOneColleague()
    const input = { employeeId: leaving.id, from: today }

    const previewed = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      preview(UncoveredChoice.CANCEL),
    )
    expect(previewed.impact).toMatchObject({ applied: false, reassigned: 2, cancelled: 1 })
    expect(previewed.employee.leavesOn).toBe(today)
    const fates = previewed.impact.bookings.map((b) => [
      b.bookingId,
      b.fate,
      b.toEmployeeId ?? null,
    ])
    expect(fates).toEqual([
      [held[0]!.id, 'reassigned', colleague.id],
      [held[1]!.id, 'reassigned', colleague.id],
      [held[2]!.id, 'cancelled', null],
    ])
    // nothing written
    expect((await bookingRows(held.map((b) => b.id))).map((b) => [b.employeeId, b.status])).toEqual(
      held.map(() => [leaving.id, 'booked']),
    )
    const [stillThere] = await kit.database.db
      .select()
      .from(employees)
      .where(eq(employees.id, leaving.id))
    expect(stillThere?.leavesOn).toBeNull()

    const applied = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token, UncoveredChoice.CANCEL),
    )
    expect(applied.impact).toMatchObject({ applied: true, reassigned: 2, cancelled: 1 })
    expect((await bookingRows(held.map((b) => b.id))).map((b) => [b.employeeId, b.status])).toEqual(
      [
        [colleague.id, 'booked'],
        [colleague.id, 'booked'],
        [leaving.id, 'cancelled'],
      ],
    )
    // one email, to the citizen whose booking was cancelled, saying why; none for the two taken over
    const emails = await kit.database.db
      .select()
      .from(outbox)
      .where(
        inArray(
          outbox.bookingId,
          held.map((b) => b.id),
        ),
      )
    const notices = emails.filter((e) => e.kind === 'cancelled' || e.kind === 'rescheduled')
    expect(notices.map((e) => [e.bookingId, e.kind])).toEqual([[held[2]!.id, 'cancelled']])
    expect(JSON.stringify(notices[0]!.payload)).toContain('a change in the staff of the KEP')
    const detail = await adminEmployee(kit.database.db, clock, auditor, leaving.id)
    expect(detail).toMatchObject({ leavesOn: today, active: false, availability: [] })
    const [audit] = await kit.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'employee.deactivate'))
    expect(audit?.entityId).toBe(leaving.id)
    expect(audit?.details).toMatchObject({ after: { leavesOn: today } })
  })

  it('keeps the uncovered booking (listed for follow-up) when told to keep', async () => {
    const { leaving, held } = await threeBookingsOneColleague()
    const input = { employeeId: leaving.id, from: today }
    const previewed = await deactivateEmployee(kit.database.db, clock, operator, input, preview())
    expect(previewed.impact).toMatchObject({
      reassigned: 2,
      kept: 1,
      outsideRules: 1,
      cancelled: 0,
    })
    // the token of another date, or of another choice, does not apply this change
    await expect(
      deactivateEmployee(
        kit.database.db,
        clock,
        operator,
        { ...input, from: '2027-01-05' },
        apply(previewed.impact.token),
      ),
    ).rejects.toMatchObject({ code: 'STALE_PREVIEW' })
    await expect(
      deactivateEmployee(
        kit.database.db,
        clock,
        operator,
        input,
        apply(previewed.impact.token, UncoveredChoice.CANCEL),
      ),
    ).rejects.toMatchObject({ code: 'STALE_PREVIEW' })
    const applied = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token),
    )
    expect(applied.impact).toMatchObject({ reassigned: 2, kept: 1, outsideRules: 1 })
    const rows = await bookingRows(held.map((b) => b.id))
    expect(rows[2]).toMatchObject({ employeeId: leaving.id, status: 'booked' })
  })

  it('from a later date: availability ends the day before, bookings before it stay theirs', async () => {
    const kep = await openKep()
    const leaving = await anEmployee(kit.database.db, kep.id)
    const before = await book(kep.id, '2027-01-05T10:00')
    const result = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: leaving.id, from: '2027-01-06' },
      preview(),
    )
    expect(result.impact.bookings.map((b) => b.bookingId)).not.toContain(before.id)
    const applied = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: leaving.id, from: '2027-01-06' },
      apply(result.impact.token),
    )
    expect(applied.employee.active).toBe(true)
    expect(applied.employee.availability.every((a) => a.validTo === '2027-01-05')).toBe(true)
    expect((await bookingRows([before.id]))[0]).toMatchObject({
      employeeId: leaving.id,
      status: 'booked',
    })
  })

  it('reactivates: the leaving date is cleared', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const first = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, from: today },
      preview(),
    )
    await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, from: today },
      apply(first.impact.token),
    )
    const back = await reactivateEmployee(kit.database.db, clock, operator, { employeeId: e.id })
    expect(back).toMatchObject({ active: true, leavesOn: null })
  })

  it('Bad input: a past or malformed date is VALIDATION_FAILED on input.from; an unknown employee NOT_FOUND; an AUDITOR FORBIDDEN', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    for (const from of ['2027-01-03', '2027-02-30', 'soon']) {
      const err = await refusal(
        deactivateEmployee(kit.database.db, clock, operator, { employeeId: e.id, from }, preview()),
      )
      expect(err.details.fields).toEqual([expect.objectContaining({ field: 'input.from' })])
    }
    const missing = await refusal(
      deactivateEmployee(
        kit.database.db,
        clock,
        operator,
        { employeeId: '00000000-0000-4000-8000-00000000dead', from: today },
        preview(),
      ),
    )
    expect(missing.code).toBe('NOT_FOUND')
    const forbidden = await refusal(
      deactivateEmployee(
        kit.database.db,
        clock,
        auditor,
        { employeeId: e.id, from: today },
        preview(),
      ),
    )
    expect(forbidden.code).toBe('FORBIDDEN')
  })
})

describe('availability (R3.3)', () => {
  it('R3.3 replaces the availability from today; the bookings it no longer covers are previewed then reassigned', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const held = await book(kep.id, '2027-01-05T10:00')
    const colleague = await anEmployee(kit.database.db, kep.id)
    const rows = [
      {
        workstationId: e.workstationId,
        weekday: 2,
        startsAt: '12:00',
        endsAt: '15:00',
        validFrom: today,
      },
      {
        workstationId: e.workstationId,
        weekday: 3,
        startsAt: '08:00',
        endsAt: '15:00',
        validFrom: today,
        validTo: '2027-06-30',
      },
    ]
    const previewed = await setEmployeeAvailability(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, rows },
      preview(),
    )
    expect(previewed.impact).toMatchObject({ reassigned: 1 })
    expect(previewed.employee.availability.filter((a) => a.validFrom === today)).toHaveLength(2)
    const applied = await setEmployeeAvailability(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, rows },
      apply(previewed.impact.token),
    )
    expect(applied.impact.reassigned).toBe(1)
    expect((await bookingRows([held.id]))[0]?.employeeId).toBe(colleague.id)
    const stored = await kit.database.db
      .select()
      .from(employeeAvailability)
      .where(eq(employeeAvailability.employeeId, e.id))
    // the old rows end yesterday, the new ones start today
    expect(stored.filter((r) => r.validFrom === today)).toHaveLength(2)
    expect(stored.filter((r) => r.validFrom < today).every((r) => r.validTo === '2027-01-03')).toBe(
      true,
    )
  })

  it('Bad input: workstation of another KEP, HH:MM, closing before opening, weekday, past date, overlapping rows — each named, nothing written', async () => {
    const kep = await openKep()
    const other = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const foreign = await aWorkstation(kit.database.db, other.id)
    const row = {
      workstationId: e.workstationId,
      weekday: 1,
      startsAt: '08:00',
      endsAt: '12:00',
      validFrom: today,
    }
    const before = await kit.database.db
      .select({ n: count() })
      .from(employeeAvailability)
      .where(eq(employeeAvailability.employeeId, e.id))
    const err = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        operator,
        {
          employeeId: e.id,
          rows: [
            { ...row, workstationId: foreign.id },
            { ...row, startsAt: '8:00' },
            { ...row, startsAt: '13:00', endsAt: '12:00' },
            { ...row, weekday: 8 },
            { ...row, validFrom: '2027-01-01' },
            { ...row, validTo: '2026-12-31' },
          ],
        },
        preview(),
      ),
    )
    expect(err.details.fields!.map((f) => [f.field, f.reason])).toEqual([
      ['input.rows[0].workstationId', 'not_of_kep'],
      ['input.rows[1].startsAt', 'invalid_format'],
      ['input.rows[2].endsAt', 'before_start'],
      ['input.rows[3].weekday', 'out_of_range'],
      ['input.rows[4].validFrom', 'in_past'],
      ['input.rows[5].validTo', 'before_start'],
    ])
    const overlap = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        operator,
        {
          employeeId: e.id,
          rows: [row, { ...row, startsAt: '11:00', endsAt: '14:00', validFrom: '2027-03-01' }],
        },
        preview(),
      ),
    )
    expect(overlap.details.fields).toEqual([
      expect.objectContaining({ field: 'input.rows[1].startsAt', reason: 'overlaps' }),
    ])
    // deactivated from a date: no row may run into it
    const leaving = await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, from: '2027-03-01' },
      preview(),
    )
    await deactivateEmployee(
      kit.database.db,
      clock,
      operator,
      { employeeId: e.id, from: '2027-03-01' },
      apply(leaving.impact.token),
    )
    const pastLeaving = await refusal(
      setEmployeeAvailability(
        kit.database.db,
        clock,
        operator,
        { employeeId: e.id, rows: [row, { ...row, weekday: 2, validTo: '2027-02-28' }] },
        preview(),
      ),
    )
    expect(pastLeaving.details.fields).toEqual([
      expect.objectContaining({ field: 'input.rows[0].validTo', reason: 'after_leaving' }),
    ])
    const after = await kit.database.db
      .select({ n: count() })
      .from(employeeAvailability)
      .where(eq(employeeAvailability.employeeId, e.id))
    // only the deactivation's ending of the rows (the day before it) was written
    expect(after).toEqual(before)
  })
})

describe('absences (R3.3)', () => {
  it('R3.3 an absence over a booking: the preview reassigns it to a free colleague, applying does; removing the absence is audited', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const held = await book(kep.id, '2027-01-05T10:00')
    const colleague = await anEmployee(kit.database.db, kep.id)
    const input = {
      employeeId: e.id,
      startsAt: new Date('2027-01-05T06:00:00Z'),
      endsAt: new Date('2027-01-06T06:00:00Z'),
      reason: 'Άδεια',
    }
    const previewed = await addEmployeeAbsence(kit.database.db, clock, operator, input, preview())
    expect(previewed.impact).toMatchObject({ reassigned: 1 })
    expect(
      await kit.database.db
        .select()
        .from(employeeAbsences)
        .where(eq(employeeAbsences.employeeId, e.id)),
    ).toEqual([])
    const applied = await addEmployeeAbsence(
      kit.database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token),
    )
    expect(applied.employee.absences).toHaveLength(1)
    expect((await bookingRows([held.id]))[0]?.employeeId).toBe(colleague.id)
    const removed = await removeEmployeeAbsence(kit.database.db, clock, operator, {
      absenceId: applied.employee.absences[0]!.id,
    })
    expect(removed.absences).toEqual([])
    const actions = (
      await kit.database.db.select().from(auditLog).where(eq(auditLog.entityId, e.id))
    ).map((a) => a.action)
    expect(actions).toEqual(
      expect.arrayContaining(['employee.absence.add', 'employee.absence.remove']),
    )
    // the reason (maybe a health matter) is not in the trail
    expect(
      JSON.stringify(
        await kit.database.db.select().from(auditLog).where(eq(auditLog.entityId, e.id)),
      ),
    ).not.toContain('Άδεια')
  })

  it('Bad input: an end before the start or in the past, a reason too long — named, nothing written', async () => {
    const kep = await openKep()
    const e = await anEmployee(kit.database.db, kep.id)
    const backwards = await refusal(
      addEmployeeAbsence(
        kit.database.db,
        clock,
        operator,
        {
          employeeId: e.id,
          startsAt: new Date('2027-01-06T06:00:00Z'),
          endsAt: new Date('2027-01-05T06:00:00Z'),
          reason: 'x'.repeat(201),
        },
        preview(),
      ),
    )
    expect(backwards.details.fields!.map((f) => [f.field, f.reason])).toEqual([
      ['input.endsAt', 'before_start'],
      ['input.reason', 'too_long'],
    ])
    const past = await refusal(
      addEmployeeAbsence(
        kit.database.db,
        clock,
        operator,
        {
          employeeId: e.id,
          startsAt: new Date('2027-01-01T06:00:00Z'),
          endsAt: new Date('2027-01-02T06:00:00Z'),
          reason: '',
        },
        preview(),
      ),
    )
    expect(past.details.fields).toEqual([
      expect.objectContaining({ field: 'input.endsAt', reason: 'in_past' }),
    ])
    expect(
      await kit.database.db
        .select()
        .from(employeeAbsences)
        .where(eq(employeeAbsences.employeeId, e.id)),
    ).toEqual([])
    const missing = await refusal(
      removeEmployeeAbsence(kit.database.db, clock, operator, {
        absenceId: '00000000-0000-4000-8000-00000000dead',
      }),
    )
    expect(missing.code).toBe('NOT_FOUND')
  })
})

describe('over GraphQL', () => {
  it('R3.3 an OPERATOR previews and applies a deactivation: the impact’s fates as the API names them', async () => {
    const { leaving, colleague, held } = await threeBookingsOneColleague()
    const server = await startTestServer(kit.database, { clock })
    try {
      const admin = await anAdministrator(kit.database.db, { role: 'operator' })
      const { headers } = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
      type Payload = {
        deactivateEmployee: {
          impact: {
            applied: boolean
            token: string
            reassigned: number
            cancelled: number
            bookings: { bookingId: string; fate: string; toEmployeeId: string | null }[]
          }
          employee: { leavesOn: string | null; active: boolean }
        }
      }
      const document = `mutation($input: DeactivateEmployeeInput!, $impact: ImpactInput) {
        deactivateEmployee(input: $input, impact: $impact) {
          impact { applied token reassigned cancelled bookings { bookingId fate toEmployeeId } }
          employee { leavesOn active }
        }
      }`
      const input = { employeeId: leaving.id, from: today }
      const previewed = await server.graphql<Payload>(
        document,
        { input, impact: { uncovered: 'CANCEL' } },
        headers,
      )
      expect(previewed.errors).toBeUndefined()
      const preview = previewed.data!.deactivateEmployee
      expect(preview.impact).toMatchObject({ applied: false, reassigned: 2, cancelled: 1 })
      expect(preview.impact.bookings.map((b) => [b.bookingId, b.fate, b.toEmployeeId])).toEqual([
        [held[0]!.id, 'REASSIGNED', colleague.id],
        [held[1]!.id, 'REASSIGNED', colleague.id],
        [held[2]!.id, 'CANCELLED', null],
      ])
      const applied = await server.graphql<Payload>(
        document,
        { input, impact: { apply: true, token: preview.impact.token, uncovered: 'CANCEL' } },
        headers,
      )
      expect(applied.errors).toBeUndefined()
      expect(applied.data!.deactivateEmployee).toMatchObject({
        impact: { applied: true, reassigned: 2, cancelled: 1 },
        employee: { leavesOn: today, active: false },
      })
      // a wrong ΑΦΜ over HTTP: VALIDATION_FAILED naming the field, in both languages
      const refused = await server.graphql(
        `mutation($input: AddEmployeeInput!) { addEmployee(input: $input) { id } }`,
        {
          input: {
            kepId: leaving.kepId,
            taxId: '123456789',
            fullName: 'Κάποιος',
            email: 'k@kep.example.gr',
            role: 'STAFF',
          },
        },
        headers,
      )
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.taxId', reason: 'invalid_afm' }],
      })
    } finally {
      await server.stop()
    }
  })
})
