import { and, eq, inArray } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Db } from '../../platform/db/client.js'
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
 */
export async function setBookingStatusFromCall(
  tx: Db,
  bookingId: string,
  status: CallOutcomeStatus,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  const [row] = await tx
    .update(bookings)
    .set({ status, updatedAt: now })
    .where(and(eq(bookings.id, bookingId), inArray(bookings.status, from[status])))
    .returning({ id: bookings.id, reservationId: bookings.reservationId })
  if (!row) return false
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
