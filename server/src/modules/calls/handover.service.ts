import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError, fieldError, validationFailed } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import {
  bookings,
  writeAdministrativeOutcome,
  type Booking,
  type TouchedBooking,
} from '../bookings/index.js'
import { keps, serviceCategories, type CategoryCode } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import {
  freeCandidates,
  heldReservations,
  keepingOf,
  move,
  paramsAt,
  reservingTransaction,
  resolveScope,
  type ReserveInput,
} from '../scheduling/index.js'
import { bookingNotFound, mustLogIn, staffOnly } from './calls.errors.js'
import { conductsCall, isBookingStaff } from './calls.policy.js'
import { publishCallEvents } from './calls.events.js'
import { assertConductsCall, type CallServices, type RequestMeta } from './calls.service.js'
import { callParticipants, calls } from './calls.table.js'

// Issue 14 item 2, "I can't take this one": the employee running a booking's call (or the KEP's
// manager) gives it to a colleague of the same KEP — the next free one by scheduling's fair
// order, or one they name if that colleague is free then. The reassignment is the one the
// administration's impact engine makes (scheduling's `move` keeping the booking's length, then
// bookings' writeAdministrativeOutcome: the row, its history, the audit) — the citizen sees no
// change of time or place, so gets no email.
//
// When: until the citizen is let in. A booking still BOOKED whose call nobody admitted may be
// handed over, even while the citizen waits in the waiting room (the colleague admits them);
// once admitted (IN_PROGRESS) or over (completed, no-show, cancelled, its time past) it may not.

export interface HandOverInput {
  bookingId: string
  toEmployeeId?: string | null
  reason?: string | null
}

export interface Colleague {
  id: string
  displayName: string
}

export interface HandedOver {
  booking: Booking
  assignedTo: Colleague
}

/** The longest reason an employee may give. */
export const maxHandOverReasonLength = 500

/** The reason as given: trimmed, at most 500 characters, no control characters. */
function checkReason(reason: string | null | undefined): string | null {
  const trimmed = typeof reason === 'string' ? reason.trim() : ''
  if (trimmed === '') return null
  if (trimmed.length > maxHandOverReasonLength) {
    throw validationFailed([
      fieldError(
        'input.reason',
        'too_long',
        `Ο λόγος έχει έως ${maxHandOverReasonLength} χαρακτήρες.`,
        `The reason has at most ${maxHandOverReasonLength} characters.`,
      ),
    ])
  }
  if (/[\p{Cc}\p{Cs}]/u.test(trimmed.replace(/[\n\t]/g, ' '))) {
    throw validationFailed([
      fieldError('input.reason', 'invalid_format', 'Μη έγκυροι χαρακτήρες.', 'Invalid characters.'),
    ])
  }
  return trimmed
}

const refuseBooking = (reason: string, el: string, en: string): DomainError =>
  validationFailed([fieldError('input.bookingId', reason, el, en)])

/** Whether the booking may still be handed over at `now` (see the module's note). */
function handOverProblem(booking: Booking, admitted: boolean, now: Date): DomainError | null {
  if (booking.status === 'in_progress' || admitted) {
    return refuseBooking(
      'call_started',
      'Ο πολίτης έχει ήδη μπει στην κλήση: δεν μπορεί πια να παραδοθεί σε άλλον υπάλληλο.',
      'The citizen is already in the call: it can no longer be handed over.',
    )
  }
  if (booking.status !== 'booked' || booking.endsAt.getTime() <= now.getTime()) {
    return refuseBooking(
      'call_over',
      'Το ραντεβού έχει ολοκληρωθεί ή ακυρωθεί: δεν παραδίδεται.',
      'The appointment is over or cancelled: it cannot be handed over.',
    )
  }
  return null
}

const unknownColleague = () =>
  validationFailed([
    fieldError(
      'input.toEmployeeId',
      'not_found',
      'Δεν υπάρχει τέτοιος συνάδελφος στο ΚΕΠ του ραντεβού.',
      'There is no such colleague at the appointment’s KEP.',
    ),
  ])

/** The booking with what the reassignment needs of it; `lock`: FOR UPDATE, for the transaction. */
async function touchedOf(
  tx: Db,
  bookingId: string,
  lock: boolean,
): Promise<TouchedBooking | undefined> {
  const query = tx
    .select({
      booking: bookings,
      categoryCode: sql<CategoryCode>`${serviceCategories.code}`,
      municipalField: serviceCategories.municipal,
      kepMunicipalityId: keps.municipalityId,
    })
    .from(bookings)
    .innerJoin(serviceCategories, eq(serviceCategories.id, bookings.categoryId))
    .innerJoin(keps, eq(keps.id, bookings.kepId))
    .where(eq(bookings.id, bookingId))
  const [row] = lock ? await query.for('update', { of: bookings }) : await query
  if (!row) return undefined
  const { booking, ...more } = row
  return { ...booking, ...more }
}

/** What move and freeCandidates are asked: the booking's time and length, at its own KEP. */
async function reserveInputOf(
  db: Db,
  booking: TouchedBooking,
  now: Date,
  among: (employeeId: string) => boolean,
): Promise<{ input: ReserveInput; reservationId: string | null }> {
  const resolved = await resolveScope(db, {
    category: booking.categoryCode,
    procedureId: booking.procedureId,
    kepId: booking.kepId,
  })
  const [held] = await heldReservations(
    db,
    booking.reservationId === null ? [] : [booking.reservationId],
  )
  // a row written around scheduling holds no time: it keeps its call and the field's buffer
  const keeping = held
    ? keepingOf(held)
    : {
        callMinutes: Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000),
        bufferMinutes: paramsAt(resolved.category, now).bufferMinutes,
      }
  return {
    input: { resolved, startsAt: booking.startsAt, now, keeping, among },
    reservationId: held?.id ?? null,
  }
}

/** The employee's name, for the payload and the colleague's console. */
async function colleagueOf(db: Db, employeeId: string): Promise<Colleague> {
  const [row] = await db
    .select({ id: employees.id, displayName: employees.fullName })
    .from(employees)
    .where(eq(employees.id, employeeId))
  return row ?? { id: employeeId, displayName: '' }
}

/**
 * The booking, for the one who runs its call, while it may be handed over.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (its call started or over)
 */
async function bookingToHandOver(db: Db, actor: Actor, bookingId: string, now: Date) {
  const [row] = isUuid(bookingId)
    ? await db
        .select({ booking: bookings, admittedAt: calls.admittedAt })
        .from(bookings)
        .leftJoin(calls, eq(calls.bookingId, bookings.id))
        .where(eq(bookings.id, bookingId))
    : []
  if (!row) throw bookingNotFound()
  assertConductsCall(actor, row.booking, bookingNotFound)
  const problem = handOverProblem(row.booking, row.admittedAt !== null, now)
  if (problem) throw problem
  return row.booking
}

export interface Assignment {
  bookingId: string
  assignedTo: Colleague
  conductsCall: boolean
  canHandOver: boolean
}

/**
 * Whom the booking's call is assigned to, for its KEP's staff: whether the caller runs it (the
 * console acts, or shows it read-only) and whether it may still be handed over.
 * @throws UNAUTHENTICATED, FORBIDDEN (not staff), NOT_FOUND (not of the caller's KEP)
 */
export async function callAssignment(
  db: Db,
  clock: Clock,
  actor: Actor,
  bookingId: string,
): Promise<Assignment> {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
  const [row] = isUuid(bookingId)
    ? await db
        .select({ booking: bookings, admittedAt: calls.admittedAt })
        .from(bookings)
        .leftJoin(calls, eq(calls.bookingId, bookings.id))
        .where(eq(bookings.id, bookingId))
    : []
  if (!row || !isBookingStaff(actor, row.booking)) throw bookingNotFound()
  const conducts = conductsCall(actor, row.booking)
  return {
    bookingId: row.booking.id,
    assignedTo: await colleagueOf(db, row.booking.employeeId),
    conductsCall: conducts,
    canHandOver:
      conducts && handOverProblem(row.booking, row.admittedAt !== null, clock.now()) === null,
  }
}

/**
 * The KEP's employees free to take the booking's call at its time, in scheduling's fair order,
 * its assigned employee left out: whom the console offers to hand it over to.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (its call started or over)
 */
export async function freeColleagues(
  db: Db,
  clock: Clock,
  actor: Actor,
  bookingId: string,
): Promise<Colleague[]> {
  const now = clock.now()
  const booking = await bookingToHandOver(db, actor, bookingId, now)
  const touched = (await touchedOf(db, booking.id, false))!
  const { input, reservationId } = await reserveInputOf(
    db,
    touched,
    now,
    (id) => id !== touched.employeeId,
  )
  const free = await freeCandidates(db, input, reservationId)
  const ids = [...new Set(free.map((c) => c.employeeId))]
  if (ids.length === 0) return []
  return db
    .select({ id: employees.id, displayName: employees.fullName })
    .from(employees)
    .where(inArray(employees.id, ids))
    .orderBy(asc(employees.fullName))
}

/**
 * Hands the booking's call over to a colleague of the same KEP (see the module's note): to
 * `toEmployeeId` if they are free then, else to the first free one by the fair order. The
 * employee who handed it over leaves the call if they had joined; both consoles hear of it.
 * @throws UNAUTHENTICATED; FORBIDDEN (not the one running it); NOT_FOUND; VALIDATION_FAILED
 *   naming input.bookingId (started, over, nobody free), input.toEmployeeId (not_found: not a
 *   colleague of that KEP; busy), input.reason; CONFLICT (the database kept breaking the
 *   transaction) — nothing written
 */
export async function handOverBooking(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: HandOverInput,
  services: CallServices,
  meta: RequestMeta = {},
): Promise<HandedOver> {
  const now = clock.now()
  const reason = checkReason(input.reason)
  const booking = await bookingToHandOver(db, actor, input.bookingId, now)
  const named = input.toEmployeeId ?? null
  if (named !== null) await checkNamedColleague(db, booking, named)
  const done = await reservingTransaction(db, (tx) =>
    handOverIn(tx, actor, booking.id, named, reason, now, meta),
  )
  if (!done) {
    throw new DomainError('CONFLICT', {
      el: 'Η παράδοση συνέπεσε με άλλες ταυτόχρονες αλλαγές. Δοκιμάστε ξανά σε λίγο.',
      en: 'The handover ran into other changes made at the same moment. Please try again shortly.',
    })
  }
  publishCallEvents(
    services.pubsub,
    { id: done.callId, kepId: done.booking.kepId },
    [
      { type: 'handed_over', participantId: null },
      ...done.left.map((id) => ({ type: 'left' as const, participantId: id })),
    ],
    now,
  )
  return { booking: done.booking, assignedTo: await colleagueOf(db, done.booking.employeeId) }
}

/** @throws VALIDATION_FAILED naming input.toEmployeeId: not an active colleague at the KEP */
async function checkNamedColleague(db: Db, booking: Booking, employeeId: string): Promise<void> {
  const [colleague] = isUuid(employeeId)
    ? await db
        .select({ kepId: employees.kepId, active: employees.active })
        .from(employees)
        .where(eq(employees.id, employeeId))
    : []
  if (!colleague || !colleague.active || colleague.kepId !== booking.kepId) {
    throw unknownColleague()
  }
  if (employeeId === booking.employeeId) {
    throw validationFailed([
      fieldError(
        'input.toEmployeeId',
        'same_employee',
        'Το ραντεβού έχει ήδη ανατεθεί σε αυτόν τον υπάλληλο.',
        'The appointment is already assigned to this employee.',
      ),
    ])
  }
}

/** The handover inside one transaction: checks again under the locks, then moves and writes. */
async function handOverIn(
  tx: Db,
  actor: Actor,
  bookingId: string,
  named: string | null,
  reason: string | null,
  now: Date,
  meta: RequestMeta,
) {
  const booking = await touchedOf(tx, bookingId, true)
  if (!booking) throw bookingNotFound()
  // the call row is the one the consoles follow: a handover before anyone joined makes it
  await tx.insert(calls).values({ bookingId }).onConflictDoNothing()
  const [call] = await tx.select().from(calls).where(eq(calls.bookingId, bookingId)).for('update')
  // whoever ran it a moment ago may not any more (handed over at the same time)
  assertConductsCall(actor, booking, bookingNotFound)
  const problem = handOverProblem(booking, call!.admittedAt !== null, now)
  if (problem) throw problem
  const from = booking.employeeId
  const among = named === null ? (id: string) => id !== from : (id: string) => id === named
  const { input, reservationId } = await reserveInputOf(tx, booking, now, among)
  const moved = await move(tx, reservationId, input)
  if (!('reservation' in moved)) throw nobodyFree(named)
  const notice = {
    el: `Παράδοση από τον υπάλληλο${reason ? `: ${reason}` : '.'}`,
    en: `Handed over by the employee${reason ? `: ${reason}` : '.'}`,
  }
  await writeAdministrativeOutcome(
    tx,
    actor,
    booking,
    { fate: 'reassigned', reservation: moved.reservation },
    now,
    notice,
  )
  const to = moved.reservation.employeeId
  const left = await tx
    .update(callParticipants)
    .set({ leftAt: now })
    .where(
      and(
        eq(callParticipants.callId, call!.id),
        eq(callParticipants.employeeId, from),
        isNull(callParticipants.leftAt),
      ),
    )
    .returning({ id: callParticipants.id })
  await recordAudit(tx, {
    actor,
    action: 'call.handover',
    entity: 'booking',
    entityId: bookingId,
    ip: meta.ip,
    at: now,
    details: { before: { employeeId: from }, after: { employeeId: to }, named: named !== null },
  })
  const [after] = await tx.select().from(bookings).where(eq(bookings.id, bookingId))
  return { booking: after!, callId: call!.id, left: left.map((l) => l.id) }
}

function nobodyFree(named: string | null): DomainError {
  return named === null
    ? refuseBooking(
        'no_free_colleague',
        'Κανένας συνάδελφος του ΚΕΠ δεν είναι διαθέσιμος εκείνη την ώρα. Το ραντεβού μένει σε εσάς.',
        'No colleague at the KEP is free at that time. The appointment stays with you.',
      )
    : validationFailed([
        fieldError(
          'input.toEmployeeId',
          'busy',
          'Ο συνάδελφος δεν είναι διαθέσιμος εκείνη την ώρα. Επιλέξτε άλλον.',
          'That colleague is not free at that time. Choose another.',
        ),
      ])
}
