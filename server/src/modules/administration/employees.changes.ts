import { eq, inArray } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { employees } from '../identity/index.js'
import {
  addDays,
  dayClock,
  employeeAbsences,
  employeeAvailability,
  localDateOf,
  workstations,
} from '../scheduling/index.js'
import {
  assertOperator,
  availabilityAudit,
  employeeDetail,
  employeeFor,
  employeeNotFound,
  employeeRow,
  endAvailabilityBefore,
  isKepManager,
  lockEmployee,
  todayOf,
  type AdminEmployeeDetailView,
} from './employees.service.js'
import { changeWithImpact } from './impact.service.js'
import type { Impact, ImpactInput } from './impact.types.js'

// The changes to an employee that can leave future bookings without them (issue 13 item 4):
// deactivation, a move to another KEP, new availability, an absence. Each is previewed, then
// applied, through the impact engine: the bookings the change uncovers go to a free colleague
// of the same KEP (scheduling's fair order) inside the transaction, the rest are kept, moved
// or cancelled as the administrator chose, one email each.

export interface EmployeeChange {
  impact: Impact
  employee: AdminEmployeeDetailView
}

/** What citizens are told in the one email about a booking that changed (no one's details). */
export const staffChange = {
  el: 'αλλαγή στο προσωπικό του ΚΕΠ',
  en: 'a change in the staff of the KEP',
}
const staffAbsence = {
  el: 'απουσία υπαλλήλου του ΚΕΠ',
  en: 'an absence of a member of the KEP staff',
}

/** How far ahead a date may be set. */
export const maxDaysAhead = 731
const maxAvailabilityRows = 70
const maxAbsenceDays = 366
const maxReasonLength = 200
const isoDate = /^\d{4}-\d{2}-\d{2}$/
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/

/** A real date (not 30 February). */
const isDate = (date: string) =>
  isoDate.test(date) &&
  !Number.isNaN(Date.parse(date)) &&
  new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date

/** A date from today (Athens) to maxDaysAhead; the field's problem otherwise. */
export function dateProblem(field: string, date: string, today: string): FieldError | undefined {
  if (!isDate(date)) {
    return fieldError(
      field,
      'invalid_format',
      'Μη έγκυρη ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ).',
      'Invalid date (YYYY-MM-DD).',
    )
  }
  if (date < today) {
    return fieldError(field, 'in_past', 'Η ημερομηνία έχει περάσει.', 'The date has passed.')
  }
  if (date > addDays(today, maxDaysAhead)) {
    return fieldError(field, 'too_far', 'Έως δύο χρόνια μπροστά.', 'At most two years ahead.')
  }
  return undefined
}

/**
 * The employee, or NOT_FOUND; FORBIDDEN first for whoever may not change employees. With
 * `managers`, a KEP's manager changes their own KEP's employees too (availability and absences,
 * issue 14 item 6): another KEP's are NOT_FOUND to them.
 */
export async function employeeToChange(
  db: Db,
  actor: Actor,
  employeeId: string,
  { managers = false }: { managers?: boolean } = {},
) {
  if (managers) return employeeFor(db, actor, employeeId, 'change')
  assertOperator(actor)
  const row = await employeeRow(db, employeeId)
  if (!row) throw employeeNotFound()
  return row
}

/**
 * Deactivates an employee from a date (the first day they no longer work): their availability
 * ends the day before, their login works until then, and their bookings from that day on are
 * reassigned to free colleagues, the rest kept, moved or cancelled as `impact` chooses.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (input.from), STALE_PREVIEW.
 */
export async function deactivateEmployee(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { employeeId: string; from: string },
  impact: ImpactInput,
  ip?: string | null,
): Promise<EmployeeChange> {
  await employeeToChange(db, actor, input.employeeId)
  const problem = dateProblem('input.from', input.from, todayOf(clock))
  if (problem) throw validationFailed([problem])
  const { impact: result, result: employee } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      // their bookings before that day are theirs still
      watch: { employeeIds: [input.employeeId], from: new Date(dayClock(input.from).at(0)) },
      reason: staffChange,
      subject: { change: 'employee.deactivate', ...input },
    },
    async (tx) => {
      const before = await lockEmployee(tx, input.employeeId)
      const availability = await endAvailabilityBefore(tx, input.employeeId, input.from)
      // a move planned for the leaving day or later will not happen
      const noMove = before.movesOn !== null && before.movesOn >= input.from
      const [after] = await tx
        .update(employees)
        .set(
          noMove
            ? { leavesOn: input.from, movesToKepId: null, movesOn: null }
            : { leavesOn: input.from },
        )
        .where(eq(employees.id, input.employeeId))
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'employee.deactivate',
        entity: 'employee',
        entityId: input.employeeId,
        ip,
        at: clock.now(),
        details: {
          before: {
            leavesOn: before.leavesOn,
            movesToKepId: before.movesToKepId,
            movesOn: before.movesOn,
            availability,
          },
          after: {
            leavesOn: after!.leavesOn,
            movesToKepId: after!.movesToKepId,
            movesOn: after!.movesOn,
            availabilityEndsOn: addDays(input.from, -1),
          },
        },
      })
      return (await employeeDetail(tx, clock, input.employeeId))!
    },
  )
  return { impact: result, employee }
}

/**
 * Cancels a deactivation: the employee works again (their leaving date is cleared). Their
 * availability is not restored: set it anew (setEmployeeAvailability). Adds capacity only, so
 * no booking is touched.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
export async function reactivateEmployee(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { employeeId: string },
  ip?: string | null,
): Promise<AdminEmployeeDetailView> {
  await employeeToChange(db, actor, input.employeeId)
  await db.transaction(async (tx) => {
    const before = await lockEmployee(tx, input.employeeId)
    if (before.active && before.leavesOn === null) return
    await tx
      .update(employees)
      .set({ active: true, leavesOn: null })
      .where(eq(employees.id, input.employeeId))
    await recordAudit(tx, {
      actor,
      action: 'employee.reactivate',
      entity: 'employee',
      entityId: input.employeeId,
      ip,
      at: clock.now(),
      details: {
        before: { active: before.active, leavesOn: before.leavesOn },
        after: { active: true, leavesOn: null },
      },
    })
  })
  return (await employeeDetail(db, clock, input.employeeId))!
}

export interface AvailabilityRowInput {
  workstationId: string
  weekday: number
  startsAt: string
  endsAt: string
  validFrom: string
  validTo?: string | null
}

/** The employee as their availability is checked: KEP, leaving date, pending move. */
interface AvailabilityOwner {
  kepId: string
  leavesOn: string | null
  movesToKepId: string | null
  movesOn: string | null
}

/**
 * Where a row may be, a move pending (issue 13 item 4): at the KEP they leave, ending before the
 * move's date; at the KEP they move to, from it.
 */
function moveProblem(
  at: string,
  employee: AvailabilityOwner,
  stationKepId: string,
  r: AvailabilityRowInput,
): FieldError | undefined {
  const { movesOn } = employee
  if (movesOn === null) return undefined
  if (stationKepId === employee.kepId && (r.validTo == null || r.validTo >= movesOn)) {
    return fieldError(
      `${at}.validTo`,
      'after_move',
      `Ο υπάλληλος μετακινείται σε άλλο ΚΕΠ από ${movesOn}: η γραμμή στο σημερινό ΚΕΠ πρέπει να λήγει νωρίτερα.`,
      `The employee moves to another KEP from ${movesOn}: a row at the current KEP must end before.`,
    )
  }
  if (stationKepId === employee.movesToKepId && r.validFrom < movesOn) {
    return fieldError(
      `${at}.validFrom`,
      'before_move',
      `Ο υπάλληλος εργάζεται στο νέο ΚΕΠ από ${movesOn}: η γραμμή εκεί ξεκινά τότε ή αργότερα.`,
      `The employee works at the new KEP from ${movesOn}: a row there starts then or later.`,
    )
  }
  return undefined
}

/**
 * Field by field: workstation of the employee's KEP (or, a move pending, of the new KEP from
 * the move's date), HH:MM in order, dates, no overlaps.
 */
async function availabilityProblems(
  db: Db,
  employee: AvailabilityOwner,
  rows: AvailabilityRowInput[],
  today: string,
): Promise<FieldError[]> {
  const { leavesOn } = employee
  if (rows.length > maxAvailabilityRows) {
    return [
      fieldError(
        'input.rows',
        'too_many',
        `Έως ${maxAvailabilityRows} γραμμές.`,
        `At most ${maxAvailabilityRows} rows.`,
      ),
    ]
  }
  const ids = [...new Set(rows.map((r) => r.workstationId).filter(isUuid))]
  const stations =
    ids.length === 0
      ? []
      : await db
          .select({ id: workstations.id, kepId: workstations.kepId, active: workstations.active })
          .from(workstations)
          .where(
            inArray(
              workstations.kepId,
              employee.movesToKepId === null
                ? [employee.kepId]
                : [employee.kepId, employee.movesToKepId],
            ),
          )
  const ofKep = new Map(stations.map((s) => [s.id, s]))
  const errors: FieldError[] = []
  rows.forEach((r, i) => {
    const at = `input.rows[${i}]`
    const station = ofKep.get(r.workstationId)
    const active = station?.active
    if (active === undefined) {
      errors.push(
        fieldError(
          `${at}.workstationId`,
          'not_of_kep',
          'Η θέση εργασίας δεν ανήκει στο ΚΕΠ του υπαλλήλου.',
          'The workstation is not one of the employee’s KEP.',
        ),
      )
    } else if (!active) {
      errors.push(
        fieldError(
          `${at}.workstationId`,
          'inactive',
          'Η θέση εργασίας δεν είναι σε λειτουργία.',
          'The workstation is not in service.',
        ),
      )
    }
    if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7) {
      errors.push(
        fieldError(
          `${at}.weekday`,
          'out_of_range',
          'Ημέρα από 1 (Δευτέρα) έως 7 (Κυριακή).',
          'A day from 1 (Monday) to 7 (Sunday).',
        ),
      )
    }
    const startsOk = clockTime.test(r.startsAt)
    const endsOk = clockTime.test(r.endsAt)
    if (!startsOk) {
      errors.push(
        fieldError(
          `${at}.startsAt`,
          'invalid_format',
          'Ώρα ΩΩ:ΛΛ, π.χ. 08:00.',
          'A time HH:MM, e.g. 08:00.',
        ),
      )
    }
    if (!endsOk) {
      errors.push(
        fieldError(
          `${at}.endsAt`,
          'invalid_format',
          'Ώρα ΩΩ:ΛΛ, π.χ. 14:30.',
          'A time HH:MM, e.g. 14:30.',
        ),
      )
    }
    if (startsOk && endsOk && r.endsAt <= r.startsAt) {
      errors.push(
        fieldError(
          `${at}.endsAt`,
          'before_start',
          'Η ώρα λήξης πρέπει να είναι μετά την ώρα έναρξης.',
          'The end time must be after the start time.',
        ),
      )
    }
    const fromProblem = dateProblem(`${at}.validFrom`, r.validFrom, today)
    if (fromProblem) errors.push(fromProblem)
    const moving =
      station &&
      !fromProblem &&
      (r.validTo == null || isDate(r.validTo)) &&
      moveProblem(at, employee, station.kepId, r)
    if (moving) errors.push(moving)
    if (r.validTo != null) {
      if (!isDate(r.validTo)) {
        errors.push(
          fieldError(
            `${at}.validTo`,
            'invalid_format',
            'Μη έγκυρη ημερομηνία (ΕΕΕΕ-ΜΜ-ΗΗ).',
            'Invalid date (YYYY-MM-DD).',
          ),
        )
      } else if (!fromProblem && r.validTo < r.validFrom) {
        errors.push(
          fieldError(
            `${at}.validTo`,
            'before_start',
            'Η λήξη πρέπει να είναι μετά την έναρξη.',
            'The end date must not be before the start date.',
          ),
        )
      }
    }
    // someone deactivated from a date takes no calls from it: their rows must end before
    if (leavesOn !== null && !fromProblem && (r.validTo == null || r.validTo >= leavesOn)) {
      errors.push(
        fieldError(
          `${at}.validTo`,
          'after_leaving',
          `Ο υπάλληλος αποχωρεί από ${leavesOn}: η γραμμή πρέπει να λήγει νωρίτερα (ή επανενεργοποιήστε τον).`,
          `The employee leaves from ${leavesOn}: the row must end before (or reactivate them).`,
        ),
      )
    }
  })
  if (errors.length > 0) return errors
  // one employee is in one place at a time: rows of one weekday whose dates and hours meet
  rows.forEach((r, j) => {
    const clash = rows.findIndex(
      (o, i) =>
        i < j &&
        o.weekday === r.weekday &&
        o.startsAt < r.endsAt &&
        r.startsAt < o.endsAt &&
        o.validFrom <= (r.validTo ?? '9999-12-31') &&
        r.validFrom <= (o.validTo ?? '9999-12-31'),
    )
    if (clash !== -1) {
      errors.push(
        fieldError(
          `input.rows[${j}].startsAt`,
          'overlaps',
          `Επικαλύπτεται με τη γραμμή ${clash + 1} (ίδια ημέρα, ώρες και περίοδος).`,
          `It overlaps row ${clash + 1} (the same day, hours and dates).`,
        ),
      )
    }
  })
  return errors
}

/**
 * Replaces an employee's availability from today on (R3.3): rows that began before today end
 * yesterday, later ones are replaced by `rows`. Bookings the new availability no longer covers
 * go through the impact engine.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED per row and field, STALE_PREVIEW.
 */
export async function setEmployeeAvailability(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { employeeId: string; rows: AvailabilityRowInput[] },
  impact: ImpactInput,
  ip?: string | null,
): Promise<EmployeeChange> {
  const row = await employeeToChange(db, actor, input.employeeId, { managers: true })
  // the rows replaced from today include those at the KEP they move to: not the manager's
  if (isKepManager(actor) && row.movesOn !== null) {
    throw validationFailed([
      fieldError(
        'input.employeeId',
        'moving',
        'Ο υπάλληλος μετακινείται σε άλλο ΚΕΠ: τη διαθεσιμότητά του ορίζουν οι διαχειριστές του υπουργείου.',
        'The employee is moving to another KEP: the ministry’s administrators set their availability.',
      ),
    ])
  }
  const today = todayOf(clock)
  const errors = await availabilityProblems(
    db,
    {
      kepId: row.kepId!,
      leavesOn: row.leavesOn,
      movesToKepId: row.movesToKepId,
      movesOn: row.movesOn,
    },
    input.rows,
    today,
  )
  if (errors.length > 0) throw validationFailed(errors)
  const { impact: result, result: employee } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: { employeeIds: [input.employeeId] },
      reason: staffChange,
      subject: { change: 'employee.availability.set', ...input },
    },
    async (tx) => {
      await lockEmployee(tx, input.employeeId)
      const before = await endAvailabilityBefore(tx, input.employeeId, today)
      const after = input.rows.map((r) => ({
        employeeId: input.employeeId,
        workstationId: r.workstationId,
        weekday: r.weekday,
        startsAt: r.startsAt,
        endsAt: r.endsAt,
        validFrom: r.validFrom,
        validTo: r.validTo ?? null,
      }))
      if (after.length > 0) await tx.insert(employeeAvailability).values(after)
      await recordAudit(tx, {
        actor,
        action: 'employee.availability.set',
        entity: 'employee',
        entityId: input.employeeId,
        ip,
        at: clock.now(),
        details: { from: today, before, after: after.map(availabilityAudit) },
      })
      return (await employeeDetail(tx, clock, input.employeeId))!
    },
  )
  return { impact: result, employee }
}

/**
 * Records an absence (leave, sickness, training): the employee takes no calls in
 * [startsAt, endsAt); their bookings then go through the impact engine.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED per field, STALE_PREVIEW.
 */
export async function addEmployeeAbsence(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { employeeId: string; startsAt: Date; endsAt: Date; reason: string },
  impact: ImpactInput,
  ip?: string | null,
): Promise<EmployeeChange> {
  await employeeToChange(db, actor, input.employeeId, { managers: true })
  const errors: FieldError[] = []
  const now = clock.now().getTime()
  const starts = input.startsAt.getTime()
  const ends = input.endsAt.getTime()
  if (ends <= starts) {
    errors.push(
      fieldError(
        'input.endsAt',
        'before_start',
        'Η λήξη πρέπει να είναι μετά την έναρξη.',
        'The end must be after the start.',
      ),
    )
  } else if (ends <= now) {
    errors.push(
      fieldError(
        'input.endsAt',
        'in_past',
        'Η απουσία έχει ήδη λήξει.',
        'The absence is already over.',
      ),
    )
  } else if (ends - starts > maxAbsenceDays * 86_400_000) {
    errors.push(
      fieldError(
        'input.endsAt',
        'too_long',
        `Έως ${maxAbsenceDays} ημέρες· για αποχώρηση, απενεργοποιήστε τον υπάλληλο.`,
        `At most ${maxAbsenceDays} days; for a departure, deactivate the employee.`,
      ),
    )
  }
  if (localDateOf(ends) > addDays(todayOf(clock), maxDaysAhead)) {
    errors.push(
      fieldError('input.endsAt', 'too_far', 'Έως δύο χρόνια μπροστά.', 'At most two years ahead.'),
    )
  }
  const reason = input.reason.trim()
  if (reason.length > maxReasonLength) {
    errors.push(
      fieldError(
        'input.reason',
        'too_long',
        `Έως ${maxReasonLength} χαρακτήρες.`,
        `At most ${maxReasonLength} characters.`,
      ),
    )
  }
  if (errors.length > 0) throw validationFailed(errors)
  const { impact: result, result: employee } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      // every future booking of theirs: one starting before the absence may run into it
      watch: { employeeIds: [input.employeeId] },
      reason: staffAbsence,
      subject: { change: 'employee.absence.add', ...input },
    },
    async (tx) => {
      await lockEmployee(tx, input.employeeId)
      const [absence] = await tx
        .insert(employeeAbsences)
        .values({
          employeeId: input.employeeId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          reason,
        })
        .returning({ id: employeeAbsences.id })
      // the reason may be a health matter: the trail keeps only the span
      await recordAudit(tx, {
        actor,
        action: 'employee.absence.add',
        entity: 'employee',
        entityId: input.employeeId,
        ip,
        at: clock.now(),
        details: {
          before: null,
          after: { absenceId: absence!.id, startsAt: input.startsAt, endsAt: input.endsAt },
        },
      })
      return (await employeeDetail(tx, clock, input.employeeId))!
    },
  )
  return { impact: result, employee }
}

/**
 * Removes an absence: the employee takes calls again then (adds capacity, touches no booking).
 * A KEP's manager removes their own KEP's employees' absences (issue 14 item 6).
 * @throws DomainError FORBIDDEN, NOT_FOUND (another KEP's absence, to a manager).
 */
export async function removeEmployeeAbsence(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { absenceId: string },
  ip?: string | null,
): Promise<AdminEmployeeDetailView> {
  const manager = isKepManager(actor)
  if (!manager) assertOperator(actor)
  const absenceNotFound = () => notFound({ el: 'Η απουσία', en: 'The absence' })
  if (!isUuid(input.absenceId)) throw absenceNotFound()
  const employeeId = await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ employeeId: employeeAbsences.employeeId, kepId: employees.kepId })
      .from(employeeAbsences)
      .innerJoin(employees, eq(employees.id, employeeAbsences.employeeId))
      .where(eq(employeeAbsences.id, input.absenceId))
      .for('update', { of: employeeAbsences })
    if (!found || (manager && found.kepId !== actor.kepId)) throw absenceNotFound()
    const [removed] = await tx
      .delete(employeeAbsences)
      .where(eq(employeeAbsences.id, input.absenceId))
      .returning()
    if (!removed) throw absenceNotFound()
    await recordAudit(tx, {
      actor,
      action: 'employee.absence.remove',
      entity: 'employee',
      entityId: removed.employeeId,
      ip,
      at: clock.now(),
      details: {
        before: { absenceId: removed.id, startsAt: removed.startsAt, endsAt: removed.endsAt },
        after: null,
      },
    })
    return removed.employeeId
  })
  return (await employeeDetail(db, clock, employeeId))!
}
