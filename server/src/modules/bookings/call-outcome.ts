import { and, eq, inArray } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Db } from '../../platform/db/client.js'
import { callOutcomeEmailWrite, type CallOutcomeMail } from '../notifications/index.js'
import { release } from '../scheduling/index.js'
import { bookingEvents, bookings } from './bookings.table.js'

/** What a call does to its booking: admitted → in progress; outcome → completed or no-show. */
export type CallOutcomeStatus = 'in_progress' | 'completed' | 'no_show'

const from: Record<CallOutcomeStatus, ('booked' | 'in_progress')[]> = {
  in_progress: ['booked'],
  completed: ['booked', 'in_progress'],
  no_show: ['booked'],
}

/**
 * Moves a booking on as its call goes (R7.3), inside the caller's transaction, with a history
 * event. Returns false (and changes nothing) when the booking is not in a state that allows it.
 * Issue 14 item 4: the citizen is emailed (outbox) when a no-show is recorded, and when the
 * call completes with a submission record (`submission`: what was filed); a call ended without
 * one filed nothing to tell of. Only the change of state writes the email, so it is written once.
 */
export async function setBookingStatusFromCall(
  tx: Db,
  bookingId: string,
  status: CallOutcomeStatus,
  actor: Actor,
  now: Date,
  submission?: CallOutcomeMail,
): Promise<boolean> {
  const [row] = await tx
    .update(bookings)
    .set({ status, updatedAt: now })
    .where(and(eq(bookings.id, bookingId), inArray(bookings.status, from[status])))
    .returning({
      id: bookings.id,
      reservationId: bookings.reservationId,
      email: bookings.email,
      locale: bookings.locale,
      startsAt: bookings.startsAt,
      version: bookings.version,
    })
  if (!row) return false
  if (status === 'no_show') await callOutcomeEmailWrite(tx, row, 'no_show', now)
  if (status === 'completed' && submission) {
    await callOutcomeEmailWrite(tx, row, 'outcome', now, submission)
  }
  // the call over, the employee's and the desk's time is free again (as the status was before)
  if (status !== 'in_progress') await release(tx, row.reservationId, now)
  await tx.insert(bookingEvents).values({
    bookingId,
    action: status === 'in_progress' ? 'call_started' : status,
    actorKind: actor.kind === 'employee' ? 'employee' : 'system',
    actorId: actor.kind === 'employee' ? actor.employeeId : null,
    at: now,
  })
  return true
}
