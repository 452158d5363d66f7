import type { Actor } from '../../platform/actor.js'
import { canReadBooking } from '../bookings/index.js'

// Who may do what in a call — one place per rule, shared by GraphQL and the services.

interface BookingRef {
  citizenId: string
  kepId: string
}

/** R2.7: the citizen who booked joins their own call. */
export function isBookingCitizen(actor: Actor, booking: BookingRef): boolean {
  return actor.kind === 'citizen' && actor.citizenId === booking.citizenId
}

/** The staff (and managers) of the booking's KEP run its call. */
export function isBookingStaff(actor: Actor, booking: BookingRef): boolean {
  return actor.kind === 'employee' && actor.kepId === booking.kepId
}

/** A booking with the employee scheduling assigned it to. */
interface AssignedBookingRef extends BookingRef {
  employeeId: string
}

/**
 * Issue 14 item 2: who runs a booking's call — admits, checks identity, records the outcome or
 * the no-show, invites an interpreter, joins as staff, hands it over: the employee it is
 * assigned to (after a handover, the colleague who took it) or the KEP's manager. The rest of
 * the KEP's staff still read it (isBookingStaff).
 */
export function conductsCall(actor: Actor, booking: AssignedBookingRef): boolean {
  if (actor.kind !== 'employee' || !isBookingStaff(actor, booking)) return false
  return actor.role === 'manager' || actor.employeeId === booking.employeeId
}

/** A participant's page acts as that participant only for the same person who joined. */
export function actsAsParticipant(
  actor: Actor,
  participant: { role: string; citizenId: string | null; employeeId: string | null },
): boolean {
  switch (participant.role) {
    case 'citizen':
      return actor.kind === 'citizen' && actor.citizenId === participant.citizenId
    case 'employee':
      return actor.kind === 'employee' && actor.employeeId === participant.employeeId
    default:
      // An interpreter has no login: the invitation's token is their credential (R2.8).
      return actor.kind !== 'api_client'
  }
}

/**
 * Issue 11 defect 6: a call's personal and case data (names, the identity check, the submission
 * record, the booking's reference) are read as the booking is: by its citizen, its KEP's staff
 * and administrators. An interpreter (or anyone else holding a link) sees the call's state only.
 * Each such field has a row in app/authorization.matrix.ts (callFieldMatrix).
 */
export const canReadCallCaseData = (actor: Actor, booking: BookingRef): boolean =>
  canReadBooking(actor, booking)
