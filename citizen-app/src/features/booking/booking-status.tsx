import type { BookingStatus } from '../../gql/graphql'
import { useT } from '../../i18n'

const statusKeys = {
  BOOKED: 'myBookings.status.booked',
  IN_PROGRESS: 'myBookings.status.inProgress',
  COMPLETED: 'myBookings.status.completed',
  CANCELLED: 'myBookings.status.cancelled',
  NO_SHOW: 'myBookings.status.noShow',
} as const satisfies Record<BookingStatus, string>

const tones: Record<BookingStatus, string> = {
  BOOKED: 'keplive-status--booked',
  IN_PROGRESS: 'keplive-status--booked',
  COMPLETED: 'keplive-status--done',
  CANCELLED: 'keplive-status--cancelled',
  NO_SHOW: 'keplive-status--cancelled',
}

/** A booking's status as a tag, in words (never by colour alone). */
export function BookingStatusTag({ status }: { status: BookingStatus }) {
  const t = useT()
  return <strong className={`keplive-status ${tones[status]}`}>{t(statusKeys[status])}</strong>
}
