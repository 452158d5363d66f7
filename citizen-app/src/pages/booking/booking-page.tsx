import { useMutation, useQuery } from '@apollo/client/react'
import { apiErrorOf, type ApiError } from '@keplive/api'
import {
  BackLink,
  Button,
  formatDateTime,
  Loading,
  Notice,
  RequestStatus,
  SummaryList,
  type SummaryRow,
  useErrorMessage,
  useLanguage,
  useLocalized,
  usePageTitle,
  WarningText,
} from '@keplive/ui'
import { useState } from 'react'
import { Link, useLocation, useParams, useSearch } from 'wouter'
import { AddToCalendar } from '../../features/booking/add-to-calendar'
import { BookingStatusTag } from '../../features/booking/booking-status'
import { LoginRequired } from '../../features/booking/login-required'
import { BookingQuery, CancelBookingMutation } from '../../features/booking/operations'
import { deliveryKeys } from '../../features/booking/review-step'
import { useStepFocus } from '../../features/booking/use-step-focus'
import { RequiredDocuments } from '../../features/call/required-documents'
import type { BookingQuery as BookingQueryData } from '../../gql/graphql'
import { useT } from '../../i18n'
import '../../features/booking/booking.css'
import { EditContact } from './edit-contact'

type Booking = BookingQueryData['booking']

/** The rows every view of a booking starts with: when, what, where. */
function useSummaryRows(booking: Booking): SummaryRow[] {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  return [
    { key: t('booking.review.reference'), value: booking.reference },
    { key: t('booking.review.when'), value: formatDateTime(booking.startsAt, language) },
    { key: t('booking.review.category'), value: localized(booking.category.name) },
    { key: t('booking.review.procedure'), value: localized(booking.procedure.title) },
    {
      key: t('booking.review.kep'),
      value: `${localized(booking.kep.name)}, ${localized(booking.kep.address)}, ${booking.kep.postalCode} ${localized(booking.kep.city)}`,
    },
  ]
}

/** R2.4: "Are you sure?" with the booking's summary, before anything is cancelled. */
function CancelBooking({ booking, onBack }: { booking: Booking; onBack: () => void }) {
  const t = useT()
  const errorMessage = useErrorMessage()
  const [, navigate] = useLocation()
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [cancel, { loading }] = useMutation(CancelBookingMutation)
  const rows = useSummaryRows(booking)
  const confirm = async () => {
    setFailure(null)
    try {
      await cancel({ variables: { input: { bookingId: booking.id } } })
      navigate(`/bookings/${booking.id}?cancelled=1`, { replace: true })
    } catch (error) {
      const read = apiErrorOf(error)
      if (read?.code !== 'UNAUTHENTICATED') setFailure(read ?? null)
    }
  }
  return (
    <>
      <BackLink onClick={onBack} />
      {failure ? (
        <Notice title={t('booking.cancel.failed')} tone="alert">
          <p>{errorMessage(failure)}</p>
        </Notice>
      ) : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.cancel.question')}
      </h1>
      <SummaryList rows={rows} />
      <WarningText>{t('booking.cancel.warning')}</WarningText>
      <div className="keplive-actions">
        <Button variant="warning" onClick={() => void confirm()} disabled={loading}>
          {loading ? t('booking.cancel.cancelling') : t('booking.cancel.confirm')}
        </Button>
        <Button variant="secondary" onClick={onBack}>
          {t('booking.cancel.keep')}
        </Button>
      </div>
    </>
  )
}

function BookingDetails({ booking }: { booking: Booking }) {
  const t = useT()
  const { language } = useLanguage()
  const params = new URLSearchParams(useSearch())
  const summary = useSummaryRows(booking)
  const base = `/bookings/${booking.id}`
  const requirements = [
    booking.specialRequirements.signLanguage ? t('booking.details.needs.signLanguage') : null,
    booking.specialRequirements.lipReading ? t('booking.details.needs.lipReading') : null,
    booking.specialRequirements.other
      ? `${t('booking.details.needs.other')}: ${booking.specialRequirements.other}`
      : null,
  ].filter((need): need is string => need !== null)
  const submission = booking.submission
  // issue 16 item 7: what to have at hand only for a call still to come or under way
  const callAhead =
    (booking.status === 'BOOKED' || booking.status === 'IN_PROGRESS') &&
    new Date(booking.endsAt).getTime() > Date.now()

  return (
    <>
      {params.has('cancelled') && booking.status === 'CANCELLED' ? (
        <Notice title={t('booking.cancel.doneTitle')} tone="success">
          <p>{t('booking.cancel.doneBody', { email: booking.email })}</p>
        </Notice>
      ) : null}
      {params.has('contactChanged') ? (
        <Notice title={t('booking.contact.doneTitle')} tone="success">
          <p>{t('booking.contact.doneBody', { email: booking.email })}</p>
        </Notice>
      ) : null}
      {params.has('rescheduled') ? (
        <Notice title={t('booking.reschedule.doneTitle')} tone="success">
          <p>
            {t('booking.reschedule.doneBody', {
              when: formatDateTime(booking.startsAt, language),
              email: booking.email,
            })}
          </p>
        </Notice>
      ) : null}
      <h1 className="govgr-heading-l" tabIndex={-1}>
        {t('booking.page.title', { reference: booking.reference })}
      </h1>
      <p className="govgr-body">
        {t('booking.page.status')} <BookingStatusTag status={booking.status} />
      </p>
      <SummaryList
        rows={[
          ...summary,
          { key: t('booking.details.fullName'), value: booking.fullName },
          { key: t('booking.details.email'), value: booking.email },
          { key: t('booking.details.phone'), value: booking.phone },
          { key: t('booking.details.postalAddress'), value: booking.postalAddress },
          ...(booking.business
            ? [
                {
                  key: t('booking.review.business'),
                  value: `${booking.business.name} (${t('booking.review.taxId')} ${booking.business.taxId})`,
                },
              ]
            : []),
          {
            key: t('booking.review.needs'),
            value: requirements.length > 0 ? requirements.join(' · ') : t('booking.review.noNeeds'),
          },
          { key: t('booking.review.delivery'), value: t(deliveryKeys[booking.deliveryMethod]) },
        ]}
      />

      {booking.changeable ? (
        <>
          <h2 className="govgr-heading-m">{t('booking.page.actionsTitle')}</h2>
          <ul className="govgr-list keplive-action-list">
            <li>
              <Link className="govgr-link" href={`${base}/prepare`}>
                {t('booking.page.prepare')}
              </Link>
            </li>
            <li>
              <Link className="govgr-link" href={`${base}?contact=1`}>
                {t('booking.contact.edit')}
              </Link>
            </li>
            <li>
              <Link className="govgr-link" href={`${base}/reschedule?step=date`}>
                {t('booking.page.reschedule')}
              </Link>
            </li>
            <li>
              <Link className="govgr-link" href={`${base}?cancel=1`}>
                {t('booking.page.cancel')}
              </Link>
            </li>
          </ul>
          <p className="govgr-body">
            <AddToCalendar booking={booking} />
          </p>
        </>
      ) : null}

      {callAhead ? (
        <RequiredDocuments
          title={t('booking.page.haveTitle')}
          documents={booking.procedure.documents}
        />
      ) : null}

      {callAhead || booking.documents.length > 0 ? (
        <h2 className="govgr-heading-m">{t('booking.documents.title')}</h2>
      ) : null}
      {booking.documents.length > 0 ? (
        <ul className="govgr-list govgr-list--bullet">
          {booking.documents.map((document) => (
            <li key={document.id}>
              <a className="govgr-link" href={`/documents/${document.id}`}>
                {document.fileName}
              </a>
            </li>
          ))}
        </ul>
      ) : callAhead ? (
        <p className="govgr-body">{t('booking.review.noDocuments')}</p>
      ) : null}

      {submission ? (
        <>
          <h2 className="govgr-heading-m">{t('booking.page.outcomeTitle')}</h2>
          <SummaryList
            rows={[
              { key: t('booking.page.protocolNumber'), value: submission.protocolNumber },
              { key: t('booking.page.filed'), value: submission.filedDescription },
              {
                key: t('booking.review.delivery'),
                value: t(deliveryKeys[submission.deliveryMethod]),
              },
              ...(submission.notes
                ? [{ key: t('booking.page.notes'), value: submission.notes }]
                : []),
              {
                key: t('booking.page.recordedAt'),
                value: formatDateTime(submission.recordedAt, language),
              },
            ]}
          />
        </>
      ) : null}

      <h2 className="govgr-heading-m">{t('booking.page.moreTitle')}</h2>
      <ul className="govgr-list">
        <li>
          <Link className="govgr-link" href="/book?new=1">
            {t('myBookings.bookAnother')}
          </Link>
        </li>
        <li>
          <Link className="govgr-link" href="/bookings">
            {t('booking.page.allBookings')}
          </Link>
        </li>
      </ul>
    </>
  )
}

function BookingView({ id }: { id: string }) {
  const t = useT()
  const [, navigate] = useLocation()
  const search = new URLSearchParams(useSearch())
  const cancelling = search.has('cancel')
  const editing = search.has('contact')
  const { data, loading, error } = useQuery(BookingQuery, { variables: { id } })
  useStepFocus(cancelling ? 'cancel' : editing ? 'contact' : 'details')
  if (loading && !data) return <Loading />
  const booking = data?.booking
  if (!booking) {
    const read = apiErrorOf(error)
    return (
      <>
        <h1 className="govgr-heading-l" tabIndex={-1}>
          {t('booking.page.notFound')}
        </h1>
        <RequestStatus
          loading={false}
          error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
        />
        <Link className="govgr-link" href="/bookings">
          {t('booking.page.allBookings')}
        </Link>
      </>
    )
  }
  if (cancelling && booking.changeable) {
    return <CancelBooking booking={booking} onBack={() => navigate(`/bookings/${booking.id}`)} />
  }
  if (editing && booking.changeable) {
    return <EditContact booking={booking} onBack={() => navigate(`/bookings/${booking.id}`)} />
  }
  return <BookingDetails booking={booking} />
}

/** `/bookings/:id`: the booking's details, its documents and outcome; reschedule, cancel, prepare. */
export function BookingPage() {
  const t = useT()
  usePageTitle(t('booking.page.loginTitle'))
  const { id } = useParams<{ id: string }>()
  return (
    <LoginRequired heading={t('booking.page.loginTitle')}>
      {() => <BookingView id={id} />}
    </LoginRequired>
  )
}
