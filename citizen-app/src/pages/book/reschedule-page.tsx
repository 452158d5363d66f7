import { usePageTitle } from '@keplive/ui'
import { useParams } from 'wouter'
import { LoginRequired } from '../../features/booking/login-required'
import { RescheduleFlow } from '../../features/booking/reschedule-flow'
import { useT } from '../../i18n'
import '../../features/booking/booking.css'

/** `/bookings/:id/reschedule` (R2.4): the booking flow's date and time steps, then a review. */
export function ReschedulePage() {
  const t = useT()
  usePageTitle(t('booking.reschedule.title'))
  const { id } = useParams<{ id: string }>()
  return (
    <LoginRequired heading={t('booking.reschedule.title')}>
      {() => <RescheduleFlow bookingId={id} />}
    </LoginRequired>
  )
}
