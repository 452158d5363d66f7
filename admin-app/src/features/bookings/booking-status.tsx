import type { BookingStatus } from '../../gql/graphql'
import { useT } from '../../i18n'

export const bookingStatuses: readonly BookingStatus[] = [
  'BOOKED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
  'NO_SHOW',
]

/** A booking's state in words. */
export function BookingStatusText({ status }: { status: BookingStatus }) {
  const t = useT()
  return <>{t(`bookings.status.${status}`)}</>
}
