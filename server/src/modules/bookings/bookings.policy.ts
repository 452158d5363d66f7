import type { Actor } from '../../platform/actor.js'

// Who may do what to a booking — one place per rule, shared by GraphQL, uploads and jobs.

interface BookingRef {
  citizenId: string
  kepId: string
}

/** The citizen who booked, the staff of the booking's KEP, and administrators. */
export function canReadBooking(actor: Actor, booking: BookingRef): boolean {
  switch (actor.kind) {
    case 'citizen':
      return actor.citizenId === booking.citizenId
    case 'employee':
      return actor.kepId === booking.kepId
    case 'administrator':
      return true
    default:
      return false
  }
}

/**
 * Issue 14: who takes the call is the KEP's business, never the citizen's: the staff of the
 * booking's KEP and the ministry's administrators see the assigned employee.
 */
export function canSeeAssignment(actor: Actor, booking: BookingRef): boolean {
  if (actor.kind === 'employee') return actor.kepId === booking.kepId
  return actor.kind === 'administrator'
}

/** R2.4: the citizen moves their own appointment. */
export function canRescheduleBooking(actor: Actor, booking: BookingRef): boolean {
  return actor.kind === 'citizen' && actor.citizenId === booking.citizenId
}

/** Issue 16 item 5: the citizen changes their own appointment's contact details. */
export function canEditBookingContact(actor: Actor, booking: BookingRef): boolean {
  return actor.kind === 'citizen' && actor.citizenId === booking.citizenId
}

/**
 * Issue 14 item 3: the employees of the booking's KEP (its manager included) reschedule or cancel
 * it on the citizen's behalf. Not the ministry's administrators: they change a KEP's bookings
 * only through the administration's previewed changes (hours, closures, absences), never one
 * citizen's appointment by hand.
 */
export function canActForCitizen(actor: Actor, booking: BookingRef): boolean {
  return actor.kind === 'employee' && actor.kepId === booking.kepId
}

/**
 * R2.4: the citizen cancels; the KEP's staff and administrators may too (e.g. on the phone),
 * except an AUDITOR, who reads and changes nothing (Art. 3.5).
 */
export function canCancelBooking(actor: Actor, booking: BookingRef): boolean {
  if (actor.kind === 'administrator' && actor.role === 'auditor') return false
  return canReadBooking(actor, booking)
}
