import { usePageTitle } from '@keplive/ui'
import { useSearch } from 'wouter'
import { BookingConfirmation } from '../../features/booking/booking-confirmation'
import { BookingFlow } from '../../features/booking/booking-flow'
import { LoginRequired } from '../../features/booking/login-required'
import { useStepFocus } from '../../features/booking/use-step-focus'
import { useT } from '../../i18n'
import '../../features/booking/booking.css'

/** `/book`: log in (R2.1), then the booking flow; `/book?done=<id>` is its confirmation. */
export function BookingFlowPage() {
  const t = useT()
  usePageTitle(t('booking.login.title'))
  const done = new URLSearchParams(useSearch()).get('done')
  useStepFocus(done ? `done:${done}` : 'flow')
  return (
    <LoginRequired heading={t('booking.login.title')}>
      {(me) => (done ? <BookingConfirmation bookingId={done} /> : <BookingFlow me={me} />)}
    </LoginRequired>
  )
}
