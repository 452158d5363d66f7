import { and, count, eq, gt, inArray } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { getSetting } from '../settings/index.js'
import { bookings } from './bookings.table.js'

/** How many appointments a citizen has to come, and how many more they may book. */
export interface BookingAllowance {
  upcoming: number
  limit: number
  remaining: number
}

/**
 * Issue 16 item 2: the limit known up front — the same count and setting (at the same instant)
 * that bookAppointment's lockCitizen checks, so "none left" here is the refusal there.
 * @throws DomainError UNAUTHENTICATED (no session), FORBIDDEN (not a citizen).
 */
export async function myBookingAllowance(
  db: Db,
  clock: Clock,
  actor: Actor,
): Promise<BookingAllowance> {
  if (actor.kind === 'anonymous') {
    throw new DomainError('UNAUTHENTICATED', {
      el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να συνεχίσετε.',
      en: 'Please log in with your TaxisNet credentials to continue.',
    })
  }
  if (actor.kind !== 'citizen') {
    throw new DomainError('FORBIDDEN', {
      el: 'Μόνο ο πολίτης που συνδέθηκε με τους κωδικούς του κλείνει ραντεβού.',
      en: 'Only a citizen logged in with their own credentials books appointments.',
    })
  }
  const now = clock.now()
  const [[row], limit] = await Promise.all([
    db
      .select({ upcoming: count() })
      .from(bookings)
      .where(
        and(
          eq(bookings.citizenId, actor.citizenId),
          inArray(bookings.status, ['booked', 'in_progress']),
          gt(bookings.endsAt, now),
        ),
      ),
    getSetting(db, 'booking.maxFutureBookingsPerCitizen', now),
  ])
  const upcoming = Number(row?.upcoming ?? 0)
  return { upcoming, limit, remaining: Math.max(0, limit - upcoming) }
}
