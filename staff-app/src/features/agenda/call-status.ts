import type { StaffCall_CallFragment } from '../../gql/graphql'

/** Where an appointment's call stands, as the agenda names it. */
export type AppointmentState =
  'notStarted' | 'waiting' | 'inCall' | 'ended' | 'noShow' | 'cancelled' | 'completed'

export function appointmentState(
  bookingStatus: string,
  call: Pick<StaffCall_CallFragment, 'status' | 'participants'> | null | undefined,
): AppointmentState {
  if (bookingStatus === 'CANCELLED') return 'cancelled'
  if (bookingStatus === 'NO_SHOW' || call?.status === 'NO_SHOW') return 'noShow'
  if (call?.status === 'ENDED') return 'ended'
  if (bookingStatus === 'COMPLETED') return 'completed'
  if (!call) return 'notStarted'
  const citizenWaiting = call.participants.some((p) => p.role === 'CITIZEN' && !p.admitted)
  if (citizenWaiting) return 'waiting'
  return call.status === 'IN_CALL' ? 'inCall' : 'notStarted'
}
