import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  ConfirmationPanel,
  formatDateTime,
  Loading,
  RequestStatus,
  SummaryList,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { Link } from 'wouter'
import { useT } from '../../i18n'
import { AddToCalendar } from './add-to-calendar'
import { BookingQuery } from './operations'

/** After booking: the reference, the calendar file and what happens next (R2.3, R2.5, R2.6). */
export function BookingConfirmation({ bookingId }: { bookingId: string }) {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { data, loading, error } = useQuery(BookingQuery, { variables: { id: bookingId } })
  if (loading && !data) return <Loading />
  const booking = data?.booking
  if (!booking) {
    const read = apiErrorOf(error)
    return (
      <>
        <h1 className="govgr-heading-l" tabIndex={-1}>
          {t('booking.done.title')}
        </h1>
        <RequestStatus
          loading={false}
          error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
        />
      </>
    )
  }
  return (
    <>
      <ConfirmationPanel title={t('booking.done.title')}>
        {t('booking.done.reference')}
        <br />
        <strong className="keplive-reference">{booking.reference}</strong>
      </ConfirmationPanel>
      <SummaryList
        rows={[
          { key: t('booking.review.when'), value: formatDateTime(booking.startsAt, language) },
          { key: t('booking.review.procedure'), value: localized(booking.procedure.title) },
          {
            key: t('booking.review.kep'),
            value: `${localized(booking.kep.name)}, ${localized(booking.kep.address)}, ${localized(booking.kep.city)}`,
          },
        ]}
      />
      <p className="govgr-body">
        <AddToCalendar booking={booking} />
      </p>
      <h2 className="govgr-heading-m">{t('booking.done.nextTitle')}</h2>
      <ol className="govgr-list govgr-list--number">
        <li>{t('booking.done.nextEmail', { email: booking.email })}</li>
        <li>{t('booking.done.nextReminder')}</li>
        <li>
          {t('booking.done.nextPrepare')}{' '}
          <Link className="govgr-link" href={`/bookings/${booking.id}/prepare`}>
            {t('booking.done.prepareLink')}
          </Link>
        </li>
        <li>{t('booking.done.nextJoin')}</li>
        <li>{t('booking.done.nextId')}</li>
        {booking.business?.representation === 'TO_CHECK' ? (
          // issue 19 item 6: the registry could not be asked when they booked
          <li>{t('booking.done.representationToCheck')}</li>
        ) : null}
      </ol>
      <h2 className="govgr-heading-m">{t('booking.done.manageTitle')}</h2>
      <ul className="govgr-list">
        <li>
          <Link className="govgr-link" href={`/bookings/${booking.id}`}>
            {t('booking.done.viewBooking')}
          </Link>
        </li>
        <li>
          <Link className="govgr-link" href="/bookings">
            {t('myBookings.title')}
          </Link>
        </li>
        <li>
          <Link className="govgr-link" href="/book?new=1">
            {t('myBookings.bookAnother')}
          </Link>
        </li>
      </ul>
    </>
  )
}
