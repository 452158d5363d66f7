import { and, asc, eq, getTableColumns, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import { asParts, type Db, type Statement } from '../../platform/db/client.js'
import type { Bilingual } from '../../platform/errors.js'
import { auditWrite } from '../audit/index.js'
import { keps, serviceCategories, type CategoryCode } from '../catalog/index.js'
import { bookingEmailWrites } from '../notifications/index.js'
import { releaseWrite, type Reservation } from '../scheduling/index.js'
import { getSetting } from '../settings/index.js'
import { bookingEvents, bookings } from './bookings.table.js'
import type { Booking } from './bookings.service.js'

// Bookings an administrative change touches (issue 13: hours, closures, a KEP suspended, an
// employee absent or leaving). The administration decides what becomes of each (its impact
// engine); this module writes it, as it writes every change of a booking: the row, its history,
// the citizen's one email and the audit entry, in the caller's transaction.

/** A future booking the change may touch, locked until the caller's transaction ends. */
export interface TouchedBooking extends Booking {
  categoryCode: CategoryCode
  /** A municipal field's booking (R4.4) stays with the KEPs its municipality chose. */
  municipalField: boolean
  /** The municipality of its KEP: where it may move to (ARCHITECTURE "Reassignment rule"). */
  kepMunicipalityId: string
}

/** Whose future bookings a change touches: those at these KEPs, of these employees, or at these workstations. */
export interface BookingWatch {
  kepIds?: readonly string[]
  employeeIds?: readonly string[]
  /** A workstation retired (issue 14 item 8): the bookings held at it. */
  workstationIds?: readonly string[]
  /** Only those starting in [from, to) (a closure's days, say); default: all from now on. */
  from?: Date
  to?: Date
}

/** The booked (not yet started) appointments of `watch` from `now` on, by start then id. */
function futureBookingsQuery(tx: Db, watch: BookingWatch, now: Date) {
  const whose: SQL[] = []
  if (watch.kepIds?.length) whose.push(inArray(bookings.kepId, [...watch.kepIds]))
  if (watch.employeeIds?.length) whose.push(inArray(bookings.employeeId, [...watch.employeeIds]))
  if (watch.workstationIds?.length) {
    whose.push(inArray(bookings.workstationId, [...watch.workstationIds]))
  }
  if (whose.length === 0) return undefined
  return tx
    .select({
      ...getTableColumns(bookings),
      categoryCode: sql<CategoryCode>`${serviceCategories.code}`,
      municipalField: serviceCategories.municipal,
      kepMunicipalityId: keps.municipalityId,
    })
    .from(bookings)
    .innerJoin(serviceCategories, eq(serviceCategories.id, bookings.categoryId))
    .innerJoin(keps, eq(keps.id, bookings.kepId))
    .where(
      and(
        eq(bookings.status, 'booked'),
        gte(bookings.startsAt, watch.from && watch.from > now ? watch.from : now),
        watch.to ? lt(bookings.startsAt, watch.to) : undefined,
        or(...whose),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
}

/**
 * The booked (not yet started) appointments of `watch` from `now` on, by start then id, locked
 * FOR UPDATE: a citizen moving or cancelling one at the same moment waits for the change, and
 * then sees it.
 */
export async function lockFutureBookings(
  tx: Db,
  watch: BookingWatch,
  now: Date,
): Promise<TouchedBooking[]> {
  const query = futureBookingsQuery(tx, watch, now)
  return query ? query.for('update', { of: bookings }) : []
}

/**
 * The same appointments as lockFutureBookings, read without locking them: for a list a manager
 * looks at (issue 14 item 6, the bookings kept outside the rules).
 */
export async function futureBookings(
  db: Db,
  watch: BookingWatch,
  now: Date,
): Promise<TouchedBooking[]> {
  return (await futureBookingsQuery(db, watch, now)) ?? []
}

/** What the administration decided: a colleague or another KEP took it, or it is cancelled. */
export type AdministrativeOutcome =
  { fate: 'reassigned' | 'moved'; reservation: Reservation } | { fate: 'cancelled' }

/**
 * Writes an administrative outcome for a booking locked by lockFutureBookings. A colleague of
 * the same KEP taking it over changes nothing the citizen sees (same time, same KEP): history
 * and audit only. Moved to another KEP or cancelled: the citizen gets one email saying so and
 * why (`notice`), unique per booking version like every booking email.
 */
export async function writeAdministrativeOutcome(
  tx: Db,
  actor: Actor,
  booking: TouchedBooking,
  outcome: AdministrativeOutcome,
  now: Date,
  notice: Bilingual,
): Promise<void> {
  const actorKind = actor.kind === 'anonymous' ? 'system' : actor.kind
  // a KEP's manager changes their own KEP's staff too (issue 14 item 6)
  const actorId =
    actor.kind === 'administrator'
      ? actor.administratorId
      : actor.kind === 'employee'
        ? actor.employeeId
        : actor.kind === 'officer'
          ? actor.officerId
          : null
  const audit = (action: string, details: Record<string, unknown>) =>
    auditWrite(tx, {
      actor,
      action,
      entity: 'booking',
      entityId: booking.id,
      at: now,
      details: { ...details, reason: notice.en },
    })
  if (outcome.fate === 'cancelled') {
    const after = { ...booking, version: booking.version + 1 }
    const parts: Statement[] = [
      tx.insert(bookingEvents).values({
        bookingId: booking.id,
        action: 'cancelled',
        actorKind,
        actorId,
        at: now,
        fromStartsAt: booking.startsAt,
        fromEmployeeId: booking.employeeId,
        details: { reason: notice.en, administrative: true },
      }),
      ...bookingEmailWrites(tx, after, 'cancelled', now, [], notice),
      audit('booking.cancel', { administrative: true }),
    ]
    if (booking.reservationId !== null) parts.push(releaseWrite(tx, booking.reservationId, now))
    await tx
      .with(...asParts(tx, 'administrative_cancel_', parts))
      .update(bookings)
      .set({ status: 'cancelled', cancelledAt: now, updatedAt: now, version: after.version })
      .where(eq(bookings.id, booking.id))
    return
  }
  const held = outcome.reservation
  const moved = outcome.fate === 'moved'
  // a move to another KEP is a new appointment for the citizen: a new version, its email
  const version = moved ? booking.version + 1 : booking.version
  const parts: Statement[] = [
    tx.insert(bookingEvents).values({
      bookingId: booking.id,
      action: moved ? 'moved' : 'reassigned',
      actorKind,
      actorId,
      at: now,
      fromStartsAt: booking.startsAt,
      toStartsAt: held.startsAt,
      fromEmployeeId: booking.employeeId,
      toEmployeeId: held.employeeId,
      details: { reason: notice.en, fromKepId: booking.kepId, toKepId: held.kepId },
    }),
    audit(moved ? 'booking.move' : 'booking.reassign', {
      fromKepId: booking.kepId,
      toKepId: held.kepId,
      fromEmployeeId: booking.employeeId,
      toEmployeeId: held.employeeId,
    }),
  ]
  if (moved) {
    const leads = await getSetting(tx, 'notifications.reminderLeadMinutes')
    const after = { ...booking, startsAt: held.startsAt, version }
    parts.push(...bookingEmailWrites(tx, after, 'rescheduled', now, leads, notice))
  }
  await tx
    .with(...asParts(tx, `administrative_${outcome.fate}_`, parts))
    .update(bookings)
    .set({
      reservationId: held.id,
      kepId: held.kepId,
      employeeId: held.employeeId,
      workstationId: held.workstationId,
      startsAt: held.startsAt,
      endsAt: held.endsAt,
      version,
      updatedAt: now,
    })
    .where(eq(bookings.id, booking.id))
}
