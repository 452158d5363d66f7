import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { fieldError, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { keps } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import { dayClock, employeeAvailability, workstations } from '../scheduling/index.js'
import {
  dateProblem,
  employeeToChange,
  staffChange,
  type EmployeeChange,
} from './employees.changes.js'
import {
  availabilityAudit,
  employeeDetail,
  endAvailabilityBefore,
  lockEmployee,
  todayOf,
  type EmployeeRow,
} from './employees.service.js'
import { changeWithImpact, stalePreview } from './impact.service.js'
import type { ImpactInput } from './impact.types.js'

// Moving an employee to another KEP (issue 13 item 4), today or from a later date. A later move
// is pending on the employee (employees.moves_to_kep_id, moves_on): until that day they belong
// to their KEP, and their availability there ends the day before; rows at the new KEP's desks
// count for the new KEP from the day (scheduling places a row at its desk's KEP). On the day the
// job "apply due moves" makes the new KEP theirs, which their login and session then read.

export interface MoveInput {
  employeeId: string
  toKepId: string
  from: string
}

const pendingMoveProblem = (field: string, row: EmployeeRow) =>
  fieldError(
    field,
    'move_pending',
    `Ο υπάλληλος μετακινείται ήδη στο ${row.movesToKepNameEl} από ${row.movesOn}: ακυρώστε πρώτα εκείνη τη μετακίνηση.`,
    `The employee already moves to ${row.movesToKepNameEn} from ${row.movesOn}: cancel that move first.`,
  )

const noPendingMove = () =>
  fieldError(
    'input.employeeId',
    'no_pending_move',
    'Δεν υπάρχει προγραμματισμένη μετακίνηση του υπαλλήλου.',
    'The employee has no planned move.',
  )

/** The move's problems, field by field (the KEP, the date, a move already pending). */
async function moveProblems(
  db: Db,
  row: EmployeeRow,
  input: MoveInput,
  today: string,
): Promise<FieldError[]> {
  const errors: FieldError[] = []
  const [kep] = isUuid(input.toKepId)
    ? await db.select({ id: keps.id }).from(keps).where(eq(keps.id, input.toKepId))
    : []
  if (!kep) {
    errors.push(fieldError('input.toKepId', 'not_found', 'Δεν βρέθηκε το ΚΕΠ.', 'No such KEP.'))
  } else if (kep.id === row.kepId) {
    errors.push(
      fieldError(
        'input.toKepId',
        'same_kep',
        'Ο υπάλληλος ανήκει ήδη σε αυτό το ΚΕΠ.',
        'The employee already works at this KEP.',
      ),
    )
  } else if (row.movesOn !== null) {
    // one pending move at a time: a second would leave the first's availability to guess
    errors.push(pendingMoveProblem('input.toKepId', row))
  }
  const problem = dateProblem('input.from', input.from, today)
  if (problem) errors.push(problem)
  else if (row.leavesOn !== null && input.from >= row.leavesOn) {
    errors.push(
      fieldError(
        'input.from',
        'after_leaving',
        `Ο υπάλληλος αποχωρεί από ${row.leavesOn}: η μετακίνηση πρέπει να γίνει νωρίτερα.`,
        `The employee leaves from ${row.leavesOn}: the move must come before.`,
      ),
    )
  }
  return errors
}

/**
 * Moves an employee to another KEP from a date (their first day there): their availability at
 * the old KEP ends the day before, and their bookings there from that day go to its free
 * colleagues, the rest kept, moved or cancelled as `impact` chooses. From today the move is made
 * at once; from a later date it is pending (AdminEmployee.pendingMove): set their availability at
 * the new KEP's desks from that date, and the job applyDueMoves makes the new KEP theirs on the
 * day. One pending move at a time (cancelEmployeeMove first).
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (input.toKepId, input.from),
 * STALE_PREVIEW.
 */
export async function moveEmployee(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: MoveInput,
  impact: ImpactInput,
  ip?: string | null,
): Promise<EmployeeChange> {
  const row = await employeeToChange(db, actor, input.employeeId)
  const today = todayOf(clock)
  const errors = await moveProblems(db, row, input, today)
  if (errors.length > 0) throw validationFailed(errors)
  const later = input.from > today
  const { impact: result, result: employee } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      // their bookings before the move are theirs still, at the old KEP
      watch: {
        employeeIds: [input.employeeId],
        kepIds: [row.kepId!],
        from: new Date(dayClock(input.from).at(0)),
      },
      reason: staffChange,
      subject: { change: 'employee.move', ...input },
    },
    async (tx) => {
      const before = await lockEmployee(tx, input.employeeId)
      // another administrator planned a move since the check
      if (before.movesOn !== null)
        throw validationFailed([pendingMoveProblem('input.toKepId', row)])
      const availability = await endAvailabilityBefore(tx, input.employeeId, input.from)
      const [after] = await tx
        .update(employees)
        .set(
          later ? { movesToKepId: input.toKepId, movesOn: input.from } : { kepId: input.toKepId },
        )
        .where(eq(employees.id, input.employeeId))
        .returning()
      await recordAudit(tx, {
        actor,
        action: 'employee.move',
        entity: 'employee',
        entityId: input.employeeId,
        ip,
        at: clock.now(),
        details: {
          before: { kepId: before.kepId, movesToKepId: null, movesOn: null, availability },
          after: {
            kepId: after!.kepId,
            movesToKepId: after!.movesToKepId,
            movesOn: after!.movesOn,
            from: input.from,
          },
        },
      })
      return (await employeeDetail(tx, clock, input.employeeId))!
    },
  )
  return { impact: result, employee }
}

/**
 * Cancels a pending move: the employee stays at their KEP. Their availability at the new KEP's
 * desks is removed, and their bookings there go to its free colleagues, the rest kept, moved or
 * cancelled as `impact` chooses; their availability at their KEP is not restored (set it anew).
 * A move whose day has come is made: move them back instead.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (input.employeeId),
 * STALE_PREVIEW.
 */
export async function cancelEmployeeMove(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { employeeId: string },
  impact: ImpactInput,
  ip?: string | null,
): Promise<EmployeeChange> {
  const row = await employeeToChange(db, actor, input.employeeId)
  if (row.movesOn === null) throw validationFailed([noPendingMove()])
  if (row.movesOn <= todayOf(clock)) {
    throw validationFailed([
      fieldError(
        'input.employeeId',
        'move_made',
        `Η μετακίνηση ισχύει από ${row.movesOn}: μετακινήστε τον υπάλληλο πίσω.`,
        `The move took effect on ${row.movesOn}: move the employee back instead.`,
      ),
    ])
  }
  const pending = { movesToKepId: row.movesToKepId!, movesOn: row.movesOn }
  const { impact: result, result: employee } = await changeWithImpact(
    db,
    clock,
    actor,
    {
      input: impact,
      watch: { employeeIds: [input.employeeId], from: new Date(dayClock(pending.movesOn).at(0)) },
      reason: staffChange,
      subject: { change: 'employee.move.cancel', ...input, ...pending },
    },
    async (tx) => {
      const before = await lockEmployee(tx, input.employeeId)
      if (before.movesToKepId !== pending.movesToKepId || before.movesOn !== pending.movesOn) {
        throw stalePreview()
      }
      const removed = await tx
        .delete(employeeAvailability)
        .where(
          and(
            eq(employeeAvailability.employeeId, input.employeeId),
            inArray(
              employeeAvailability.workstationId,
              tx
                .select({ id: workstations.id })
                .from(workstations)
                .where(eq(workstations.kepId, pending.movesToKepId)),
            ),
          ),
        )
        .returning()
      await tx
        .update(employees)
        .set({ movesToKepId: null, movesOn: null })
        .where(eq(employees.id, input.employeeId))
      await recordAudit(tx, {
        actor,
        action: 'employee.move.cancel',
        entity: 'employee',
        entityId: input.employeeId,
        ip,
        at: clock.now(),
        details: {
          before: { ...pending, availability: removed.map(availabilityAudit) },
          after: { movesToKepId: null, movesOn: null },
        },
      })
      return (await employeeDetail(tx, clock, input.employeeId))!
    },
  )
  return { impact: result, employee }
}

/**
 * The job "apply due moves": every pending move whose day has come (Athens) is made — the new
 * KEP becomes the employee's, the pending columns are cleared — audited as the system. One
 * statement: a second instance running at once skips the rows this one holds and finds the
 * rest already made; running it again changes nothing. Returns how many it made.
 */
export async function applyDueMoves(db: Db, clock: Clock): Promise<number> {
  const today = todayOf(clock)
  const system: Actor = { kind: 'system', job: 'apply due moves' }
  return db.transaction(async (tx) => {
    const moved = rowsOf<{ id: string; fromKepId: string; toKepId: string; movesOn: string }>(
      await tx.execute(sql`
        update ${employees} e
        set kep_id = due.moves_to_kep_id, moves_to_kep_id = null, moves_on = null
        from (
          select id, kep_id, moves_to_kep_id, moves_on from ${employees}
          where moves_on <= ${today}::date
          for update skip locked
        ) due
        where e.id = due.id
        returning e.id as "id", due.kep_id as "fromKepId", e.kep_id as "toKepId",
          due.moves_on::text as "movesOn"`),
    )
    for (const m of moved) {
      await recordAudit(tx, {
        actor: system,
        action: 'employee.move.apply',
        entity: 'employee',
        entityId: m.id,
        at: clock.now(),
        details: {
          before: { kepId: m.fromKepId, movesToKepId: m.toKepId, movesOn: m.movesOn },
          after: { kepId: m.toKepId, movesToKepId: null, movesOn: null },
        },
      })
    }
    return moved.length
  })
}
