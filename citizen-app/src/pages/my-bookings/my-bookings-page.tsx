import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  formatDateTime,
  Loading,
  RequestStatus,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { Link } from 'wouter'
import { BookingStatusTag } from '../../features/booking/booking-status'
import { LoginRequired } from '../../features/booking/login-required'
import { MyBookingsQuery } from '../../features/booking/operations'
import type { BookingCardFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import '../../features/booking/booking.css'

function BookingCard({ booking }: { booking: BookingCardFragment }) {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  return (
    <li className="card keplive-booking-card">
      <h3 className="govgr-heading-s">
        <Link className="govgr-link" href={`/bookings/${booking.id}`}>
          {formatDateTime(booking.startsAt, language)}
        </Link>
      </h3>
      <p className="govgr-body">{localized(booking.procedure.title)}</p>
      <p className="govgr-body">{localized(booking.kep.name)}</p>
      <p className="govgr-body keplive-booking-card__meta">
        <BookingStatusTag status={booking.status} />{' '}
        <span>
          {t('booking.review.reference')}: {booking.reference}
        </span>
      </p>
    </li>
  )
}

function BookingList({
  title,
  empty,
  bookings,
}: {
  title: string
  empty: string
  bookings: BookingCardFragment[]
}) {
  return (
    <section aria-label={title}>
      <h2 className="govgr-heading-m">{title}</h2>
      {bookings.length > 0 ? (
        <ul className="item-list">
          {bookings.map((booking) => (
            <BookingCard key={booking.id} booking={booking} />
          ))}
        </ul>
      ) : (
        <p className="govgr-body">{empty}</p>
      )}
    </section>
  )
}

function MyBookings() {
  const t = useT()
  const { data, loading, error } = useQuery(MyBookingsQuery)
  const read = apiErrorOf(error)
  const past = [...(data?.past ?? [])].sort((a, b) => b.startsAt.localeCompare(a.startsAt))
  return (
    <>
      <h1 className="govgr-heading-xl" tabIndex={-1}>
        {t('myBookings.title')}
      </h1>
      <p className="govgr-body">
        <Link className="govgr-btn govgr-btn-primary" href="/book?new=1">
          {t('myBookings.bookAnother')}
        </Link>
      </p>
      {loading && !data ? <Loading /> : null}
      <RequestStatus
        loading={false}
        error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
      />
      {data ? (
        <>
          <BookingList
            title={t('myBookings.upcoming')}
            empty={t('myBookings.noUpcoming')}
            bookings={data.upcoming}
          />
          <BookingList
            title={t('myBookings.past')}
            empty={t('myBookings.noPast')}
            bookings={past}
          />
          <p className="govgr-body">
            <Link className="govgr-link" href="/my-data">
              {t('myBookings.myData')}
            </Link>
          </p>
        </>
      ) : null}
    </>
  )
}

/** `/bookings` (R2.4): upcoming and past appointments, each leading to its page. */
export function MyBookingsPage() {
  const t = useT()
  usePageTitle(t('myBookings.title'))
  return <LoginRequired heading={t('myBookings.title')}>{() => <MyBookings />}</LoginRequired>
}
