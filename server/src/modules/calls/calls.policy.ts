import type { Actor } from '../../platform/actor.js'

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
