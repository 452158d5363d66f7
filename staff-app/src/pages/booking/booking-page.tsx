import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  Button,
  formatDateTime,
  Loading,
  Notice,
  SummaryList,
  useLanguage,
  usePageTitle,
  WarningText,
} from '@keplive/ui'
import { useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'wouter'
import { BookingHistory } from '../../features/booking/booking-history'
import { staffBookingQuery } from '../../features/booking/booking-operations'
import { CancelForCitizen } from '../../features/booking/cancel-for-citizen'
import { RescheduleForCitizen } from '../../features/booking/reschedule-for-citizen'
import { BookingDetailsView } from '../../features/call/booking-details'
import type { BookingStatus } from '../../gql/graphql'
import { useT, type MessageKey } from '../../i18n'

const statusKeys: Record<BookingStatus, MessageKey> = {
  BOOKED: 'booking.status.BOOKED',
  IN_PROGRESS: 'booking.status.IN_PROGRESS',
  COMPLETED: 'booking.status.COMPLETED',
  CANCELLED: 'booking.status.CANCELLED',
  NO_SHOW: 'booking.status.NO_SHOW',
}

type Acting = 'reschedule' | 'cancel' | null

/**
 * Issue 14 item 3: a booking's page for the KEP's staff — its details, documents, history and
 * outcome — and what they do on the citizen's behalf: another time, or a cancellation.
 */
export function BookingPage() {
  const t = useT()
  const { language } = useLanguage()
  const { bookingId = '' } = useParams<{ bookingId: string }>()
  const { data, loading, error, refetch } = useQuery(staffBookingQuery, {
    variables: { id: bookingId },
    fetchPolicy: 'cache-and-network',
  })
  const [acting, setActing] = useState<Acting>(null)
  const [done, setDone] = useState<string>()
  const doneBox = useRef<HTMLDivElement>(null)
  useEffect(() => {
    // the form that had the focus is gone: the result takes it
    if (done) doneBox.current?.focus()
  }, [done])
  const booking = data?.booking
  const heading = useRef<HTMLHeadingElement>(null)
  const loaded = booking !== undefined && booking !== null
  useEffect(() => {
    // the page's heading comes with its data, after the route's focus has found none: take it
    // now, unless the person has already moved on
    if (loaded && (document.activeElement === null || document.activeElement === document.body)) {
      heading.current?.focus()
    }
  }, [loaded])
  usePageTitle(
    booking
      ? t('booking.title', { reference: booking.reference, name: booking.fullName })
      : t('booking.notFound'),
  )

  if (loading && !data) return <Loading />
  if (!booking) {
    return (
      <>
        <h1>{t('booking.notFound')}</h1>
        {error ? <p>{apiErrorOf(error)?.messages?.[language]}</p> : null}
        <p>
          <Link href="/" className="govgr-link">
            {t('search.back')}
          </Link>
        </p>
      </>
    )
  }

  const finish = (message: string) => {
    setActing(null)
    setDone(message)
    void refetch()
  }
  const open = (which: Acting) => {
    setDone(undefined)
    setActing(which)
  }
  const needs = booking.specialRequirements
  const submission = booking.submission

  return (
    <>
      <p>
        <Link href="/" className="govgr-link">
          {t('search.back')}
        </Link>
        {' · '}
        <Link href={`/calls/${booking.id}`} className="govgr-link">
          {t('booking.openCall')}
        </Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('booking.title', { reference: booking.reference, name: booking.fullName })}
      </h1>
      {done ? (
        <div ref={doneBox} tabIndex={-1} data-testid="booking-done">
          <Notice title={done} tone="success">
            <p>{t('booking.done.emailed')}</p>
          </Notice>
        </div>
      ) : null}
      {needs.signLanguage || needs.lipReading ? (
        <WarningText>
          {[
            needs.signLanguage ? t('booking.needs.signLanguage') : null,
            needs.lipReading ? t('booking.needs.lipReading') : null,
          ]
            .filter(Boolean)
            .join(' ')}
        </WarningText>
      ) : null}
      <SummaryList
        rows={[
          {
            key: t('booking.state'),
            value: <strong data-testid="booking-status">{t(statusKeys[booking.status])}</strong>,
          },
          {
            key: t('booking.assigned'),
            value: booking.assignedEmployee?.displayName ?? t('booking.none'),
          },
        ]}
      />

      {booking.changeable ? (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t('booking.actions.title')}</h2>
          <p className="govgr-hint">{t('booking.actions.hint')}</p>
          {acting === null ? (
            <div className="keplive-actions">
              <Button variant="secondary" onClick={() => open('reschedule')}>
                {t('booking.reschedule.open')}
              </Button>
              <Button variant="warning" onClick={() => open('cancel')}>
                {t('booking.cancel.open')}
              </Button>
            </div>
          ) : null}
          {acting === 'reschedule' ? (
            <RescheduleForCitizen
              booking={{
                id: booking.id,
                version: booking.version,
                startsAt: booking.startsAt,
                fullName: booking.fullName,
                procedureId: booking.procedure.id,
                categoryCode: booking.category.code,
                kepId: booking.kep.id,
              }}
              onDone={(startsAt) =>
                finish(t('booking.reschedule.done', { when: formatDateTime(startsAt, language) }))
              }
              onClose={() => setActing(null)}
            />
          ) : null}
          {acting === 'cancel' ? (
            <CancelForCitizen
              booking={booking}
              onDone={() => finish(t('booking.cancel.done'))}
              onClose={() => setActing(null)}
            />
          ) : null}
        </section>
      ) : null}

      <BookingDetailsView booking={booking} />

      {submission ? (
        <section aria-labelledby="outcome-title">
          <h2 id="outcome-title">{t('booking.outcome.title')}</h2>
          <SummaryList
            rows={[
              { key: t('submission.protocol.label'), value: submission.protocolNumber },
              { key: t('submission.filed.label'), value: submission.filedDescription },
              {
                key: t('submission.delivery.label'),
                value: t(`console.delivery.${submission.deliveryMethod}`),
              },
              ...(submission.notes
                ? [{ key: t('submission.notes.label'), value: submission.notes }]
                : []),
              {
                key: t('booking.outcome.recordedAt'),
                value: formatDateTime(submission.recordedAt, language),
              },
            ]}
          />
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('booking.history.title')}</h2>
        <BookingHistory events={booking.history} />
      </section>
    </>
  )
}
