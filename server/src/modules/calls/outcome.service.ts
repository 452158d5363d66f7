import { and, eq, lt, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { DomainError, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { bookings, setBookingStatusFromCall, type Booking } from '../bookings/index.js'
import { getSetting } from '../settings/index.js'
import {
  bookingNotFound,
  callEnded,
  identityNotVerified,
  mustLogIn,
  staffOnly,
} from './calls.errors.js'
import { publishCallEvents } from './calls.events.js'
import {
  assertConductsCall,
  callForStaff,
  closeCall,
  isLive,
  lockLiveCall,
  type CallRow,
  type CallServices,
  type RequestMeta,
} from './calls.service.js'
import { calls, submissionRecords } from './calls.table.js'

export interface SubmissionInput {
  callId: string
  protocolNumber: string
  filedDescription: string
  deliveryMethod: 'post' | 'email' | 'pickup'
  notes?: string | null
}

const limits = { protocolNumber: 50, filedDescription: 2000, notes: 2000 }

function checkSubmission(input: SubmissionInput) {
  const errors: FieldError[] = []
  const protocolNumber = input.protocolNumber.trim()
  const filedDescription = input.filedDescription.trim()
  const notes = input.notes?.trim() || null
  if (!protocolNumber) {
    errors.push({
      field: 'input.protocolNumber',
      reason: 'required',
      message: { el: 'Συμπληρώστε τον αριθμό πρωτοκόλλου.', en: 'Fill in the protocol number.' },
    })
  } else if (protocolNumber.length > limits.protocolNumber) {
    errors.push({
      field: 'input.protocolNumber',
      reason: 'too_long',
      message: {
        el: `Ο αριθμός πρωτοκόλλου έχει έως ${limits.protocolNumber} χαρακτήρες.`,
        en: `The protocol number has at most ${limits.protocolNumber} characters.`,
      },
    })
  }
  if (!filedDescription) {
    errors.push({
      field: 'input.filedDescription',
      reason: 'required',
      message: { el: 'Γράψτε τι κατατέθηκε.', en: 'Write what was filed.' },
    })
  } else if (filedDescription.length > limits.filedDescription) {
    errors.push({
      field: 'input.filedDescription',
      reason: 'too_long',
      message: {
        el: `Έως ${limits.filedDescription} χαρακτήρες.`,
        en: `At most ${limits.filedDescription} characters.`,
      },
    })
  }
  if (notes && notes.length > limits.notes) {
    errors.push({
      field: 'input.notes',
      reason: 'too_long',
      message: { el: `Έως ${limits.notes} χαρακτήρες.`, en: `At most ${limits.notes} characters.` },
    })
  }
  if (errors.length > 0) throw validationFailed(errors)
  return { protocolNumber, filedDescription, notes }
}

/**
 * R7.3: the employee records the "successful submission form" and the call ends, in one
 * transaction: the record, the call ENDED, its mailbox deleted, the booking COMPLETED, the audit
 * entry. Needs the identity check first (R1.3).
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED, IDENTITY_NOT_VERIFIED, CALL_ENDED
 */
export async function recordSubmission(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: SubmissionInput,
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  const { booking } = await callForStaff(db, actor, input.callId)
  if (actor.kind !== 'employee') throw staffOnly()
  const recordedBy = actor.employeeId
  const fields = checkSubmission(input)
  const now = clock.now()
  const ended = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, input.callId)
    if (call.identityVerified !== true) throw identityNotVerified()
    const [record] = await tx
      .insert(submissionRecords)
      .values({
        bookingId: booking.id,
        callId: call.id,
        ...fields,
        deliveryMethod: input.deliveryMethod,
        recordedBy,
        recordedAt: now,
      })
      .returning({ id: submissionRecords.id })
    const closed = await closeCall(tx, call.id, 'ended', now)
    await setBookingStatusFromCall(tx, booking.id, 'completed', actor, now, {
      filedDescription: fields.filedDescription,
      protocolNumber: fields.protocolNumber,
      deliveryMethod: input.deliveryMethod,
    })
    await recordAudit(tx, {
      actor,
      action: 'call.submission',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: { submissionId: record!.id, bookingId: booking.id },
    })
    return closed
  })
  publishCallEvents(
    services.pubsub,
    { id: ended.id, kepId: booking.kepId },
    [{ type: 'ended', participantId: null }],
    now,
  )
  return ended
}

/**
 * The employee ends a call without a submission form (e.g. the identity could not be confirmed,
 * or the citizen's request cannot be filed): the call ENDED, its mailbox deleted, the booking
 * COMPLETED (the appointment took place; no submission record says nothing was filed).
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CALL_ENDED
 */
export async function endCall(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { callId: string },
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  const { booking } = await callForStaff(db, actor, input.callId)
  const now = clock.now()
  const ended = await db.transaction(async (tx) => {
    const call = await lockLiveCall(tx, input.callId)
    const closed = await closeCall(tx, call.id, 'ended', now)
    await setBookingStatusFromCall(tx, booking.id, 'completed', actor, now)
    await recordAudit(tx, {
      actor,
      action: 'call.end',
      entity: 'call',
      entityId: call.id,
      ip: meta.ip,
      at: now,
      details: { bookingId: booking.id, submission: false },
    })
    return closed
  })
  publishCallEvents(
    services.pubsub,
    { id: ended.id, kepId: booking.kepId },
    [{ type: 'ended', participantId: null }],
    now,
  )
  return ended
}

/**
 * The employee records that the citizen did not come: from the start plus the grace period
 * (`calls.noShowGraceMinutes`), only if the citizen was never let in. Booking and call NO_SHOW.
 * @throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (too early, or admitted)
 */
export async function recordNoShow(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { bookingId: string },
  services: CallServices,
  meta: RequestMeta = {},
): Promise<CallRow> {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
  const [booking] = isUuid(input.bookingId)
    ? await db.select().from(bookings).where(eq(bookings.id, input.bookingId))
    : []
  if (!booking) throw bookingNotFound()
  assertConductsCall(actor, booking, bookingNotFound)
  const now = clock.now()
  const grace = await getSetting(db, 'calls.noShowGraceMinutes', now)
  const from = new Date(booking.startsAt.getTime() + grace * 60_000)
  const refuse = (reason: string, el: string, en: string): DomainError =>
    validationFailed([{ field: 'input.bookingId', reason, message: { el, en } }])
  if (now.getTime() < from.getTime()) {
    const at = new Intl.DateTimeFormat('el-GR', {
      timeZone: 'Europe/Athens',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(from)
    throw refuse(
      'too_early',
      `Η μη προσέλευση καταγράφεται από τις ${at}, ${grace} λεπτά μετά την έναρξη.`,
      `A no-show can be recorded from ${at}, ${grace} minutes after the start.`,
    )
  }
  const result = await db.transaction(async (tx) => {
    const closed = await markNoShow(tx, booking, actor, now)
    if (closed === 'admitted') {
      throw refuse(
        'citizen_admitted',
        'Ο πολίτης μπήκε στην κλήση: καταγράψτε το αποτέλεσμα αντί για μη προσέλευση.',
        'The citizen was in the call: record the outcome instead of a no-show.',
      )
    }
    if (closed === 'not_open') throw callEnded()
    await recordAudit(tx, {
      actor,
      action: 'call.no_show',
      entity: 'booking',
      entityId: booking.id,
      ip: meta.ip,
      at: now,
    })
    return closed
  })
  publishCallEvents(
    services.pubsub,
    { id: result.id, kepId: booking.kepId },
    [{ type: 'no_show', participantId: null }],
    now,
  )
  return result
}

/** Booking and call NO_SHOW inside the caller's transaction, unless the citizen was let in. */
async function markNoShow(
  tx: Db,
  booking: Booking,
  actor: Actor,
  now: Date,
): Promise<CallRow | 'admitted' | 'not_open'> {
  await tx.insert(calls).values({ bookingId: booking.id }).onConflictDoNothing()
  const [call] = await tx.select().from(calls).where(eq(calls.bookingId, booking.id)).for('update')
  if (!call || !isLive(call)) return 'not_open'
  if (call.admittedAt) return 'admitted'
  if (!(await setBookingStatusFromCall(tx, booking.id, 'no_show', actor, now))) return 'not_open'
  return closeCall(tx, call.id, 'no_show', now)
}

/**
 * Housekeeping: bookings whose slot ended (plus the join window's half hour) without the citizen
 * ever joining become no-shows. Returns how many.
 */
export async function markMissedCalls(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const cutoff = new Date(now.getTime() - 30 * 60_000)
  const due = rowsOf<{ id: string }>(
    await db.execute(sql`
      select b.id from bookings b left join calls c on c.booking_id = b.id
      where b.status = 'booked' and b.ends_at < ${cutoff.toISOString()}::timestamptz
        and c.citizen_joined_at is null
      order by b.ends_at
      limit 200`),
  )
  const system: Actor = { kind: 'system', job: 'mark missed calls' }
  let count = 0
  for (const { id } of due) {
    const marked = await db.transaction(async (tx) => {
      const [booking] = await tx
        .select()
        .from(bookings)
        .where(and(eq(bookings.id, id), eq(bookings.status, 'booked'), lt(bookings.endsAt, cutoff)))
      if (!booking) return false
      const [joined] = await tx
        .select({ id: calls.id })
        .from(calls)
        .where(and(eq(calls.bookingId, id), sql`${calls.citizenJoinedAt} is not null`))
      if (joined) return false
      const closed = await markNoShow(tx, booking, system, now)
      return typeof closed === 'object'
    })
    if (marked) count++
  }
  return count
}
