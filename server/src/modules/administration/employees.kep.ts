import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm'
import { isAdministrator, type Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import { futureBookings } from '../bookings/index.js'
import { keps } from '../catalog/index.js'
import { employees } from '../identity/index.js'
import { heldReservations, reservationsUnderRules } from '../scheduling/index.js'
import {
  employeeDetail,
  isKepManager,
  kepNotFound,
  todayOf,
  type AdminEmployeeDetailView,
} from './employees.service.js'

// A KEP's staff as its manager runs it from the staff app (issue 14 item 6): the employees with
// their availability and absences, and the future bookings kept outside the rules by a change
// (an absence, a removed window, new hours) that nobody could take, so that a booking listed in
// a change's summary is never forgotten once the summary is closed.

/**
 * Reads of one KEP: any of the ministry's administrators, or the KEP's own manager; another
 * KEP is NOT_FOUND to a manager, as one that does not exist.
 * @throws DomainError FORBIDDEN, NOT_FOUND.
 */
async function kepToRead(db: Db, actor: Actor, kepId: string): Promise<void> {
  const manager = isKepManager(actor)
  if (!manager && !isAdministrator(actor, 'auditor')) throw forbidden()
  if (!isUuid(kepId) || (manager && actor.kepId !== kepId)) throw kepNotFound()
  const [kep] = await db.select({ id: keps.id }).from(keps).where(eq(keps.id, kepId))
  if (!kep) throw kepNotFound()
}

/**
 * The KEP's employees working today (or later: not deactivated) by name, each with their
 * availability in force or to come, their absences not yet over and the KEP's workstations. A
 * manager is not shown tax numbers (ΑΦΜ).
 * @throws DomainError FORBIDDEN, NOT_FOUND (the KEP).
 */
export async function kepStaff(
  db: Db,
  clock: Clock,
  actor: Actor,
  kepId: string,
): Promise<AdminEmployeeDetailView[]> {
  await kepToRead(db, actor, kepId)
  const today = todayOf(clock)
  const rows = await db
    .select({ id: employees.id })
    .from(employees)
    .where(
      and(
        eq(employees.kepId, kepId),
        eq(employees.active, true),
        or(isNull(employees.leavesOn), gt(employees.leavesOn, today)),
      ),
    )
    .orderBy(asc(employees.fullName), asc(employees.id))
  const details: AdminEmployeeDetailView[] = []
  for (const { id } of rows) {
    const detail = await employeeDetail(db, clock, id)
    if (detail) details.push(isKepManager(actor) ? { ...detail, taxId: null } : detail)
  }
  return details
}

export interface BookingNeedingAttentionView {
  bookingId: string
  reference: string
  startsAt: Date
  endsAt: Date
  /** Whom it is still assigned to (who can no longer take it by the rules). */
  employeeId: string | null
  employeeName: string | null
  /** A colleague of the KEP is free for it now (hand it over, or a new change reassigns it). */
  colleagueFree: boolean
}

/**
 * The KEP's future booked appointments the rules no longer hold — their employee absent or not
 * available then, the KEP closed — by start: kept by a change that nobody could take them
 * over from, to move or cancel with notice, one by one.
 * @throws DomainError FORBIDDEN, NOT_FOUND (the KEP).
 */
export async function kepBookingsNeedingAttention(
  db: Db,
  clock: Clock,
  actor: Actor,
  kepId: string,
): Promise<BookingNeedingAttentionView[]> {
  await kepToRead(db, actor, kepId)
  const booked = await futureBookings(db, { kepIds: [kepId] }, clock.now())
  const held = await heldReservations(
    db,
    booked.flatMap((b) => (b.reservationId === null ? [] : [b.reservationId])),
  )
  const states = await reservationsUnderRules(db, held)
  const outside = booked.filter((b) => {
    const state = b.reservationId === null ? undefined : states.get(b.reservationId)
    // no reservation holds nobody's time (a booking written before scheduling owned it)
    return state !== undefined && state !== 'held'
  })
  const ids = [...new Set(outside.flatMap((b) => (b.employeeId === null ? [] : [b.employeeId])))]
  const names = new Map(
    ids.length === 0
      ? []
      : (
          await db
            .select({ id: employees.id, fullName: employees.fullName })
            .from(employees)
            .where(inArray(employees.id, ids))
        ).map((e) => [e.id, e.fullName]),
  )
  return outside.map((b) => ({
    bookingId: b.id,
    reference: b.reference,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    employeeId: b.employeeId,
    employeeName: b.employeeId === null ? null : (names.get(b.employeeId) ?? null),
    colleagueFree: states.get(b.reservationId!) === 'colleague',
  }))
}
