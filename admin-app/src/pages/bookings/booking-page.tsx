import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import {
  BackLink,
  formatDateTime,
  formatTime,
  RequestStatus,
  SummaryList,
  useLanguage,
  useLocalized,
} from '@keplive/ui'
import { useLocation, useParams } from 'wouter'
import { BookingStatusText } from '../../features/bookings/booking-status'
import { adminBookingQuery } from '../../features/bookings/operations'
import { useT } from '../../i18n'

/**
 * One booking for the ministry's administrators (issue 17 item 1): details, history, the call as
 * times only, the outcome. The server audits the read (`booking.read`, R7.2).
 */
export function BookingPage() {
  const t = useT()
  const localized = useLocalized()
  const { language } = useLanguage()
  const { id } = useParams<{ id: string }>()
  const [, navigate] = useLocation()
  const { data, loading, error } = useQuery(adminBookingQuery, { variables: { id } })
  const booking = data?.booking
  const back = <BackLink onClick={() => navigate('/bookings')}>{t('booking.back')}</BackLink>
  if (!booking) {
    const read = apiErrorOf(error)
    return (
      <>
        {back}
        <RequestStatus
          loading={loading}
          error={read ? { kind: read.kind, code: read.code, messages: read.messages } : undefined}
        />
      </>
    )
  }
  const when = (value: unknown) =>
    value ? formatDateTime(value as string, language) : t('booking.call.never')
  const special = booking.specialRequirements
  const needs = [
    special.signLanguage ? t('bookings.special.sign_language') : null,
    special.lipReading ? t('bookings.special.lip_reading') : null,
    special.other ? `${t('bookings.special.other')}: ${special.other}` : null,
  ].filter((n): n is string => n !== null)
  const call = booking.callTimes
  const outcome = booking.submission
  return (
    <>
      {back}
      <h1>{t('booking.title', { reference: booking.reference })}</h1>
      <h2 className="govgr-heading-m">{t('booking.details')}</h2>
      <SummaryList
        rows={[
          { key: t('booking.status'), value: <BookingStatusText status={booking.status} /> },
          {
            key: t('booking.when'),
            value: `${when(booking.startsAt)} – ${formatTime(booking.endsAt as string, language)}`,
          },
          { key: t('booking.citizen'), value: booking.fullName },
          { key: t('booking.email'), value: booking.email },
          { key: t('booking.phone'), value: booking.phone },
          { key: t('booking.address'), value: booking.postalAddress },
          ...(booking.business
            ? [
                {
                  key: t('booking.business'),
                  value: `${booking.business.name} (${t('booking.businessTaxId')} ${booking.business.taxId})`,
                },
                {
                  key: t('booking.representation'),
                  value: t(
                    booking.business.representation === 'VERIFIED'
                      ? 'booking.representation.verified'
                      : 'booking.representation.toCheck',
                  ),
                },
              ]
            : []),
          {
            key: t('booking.delivery'),
            value: t(`booking.delivery.${booking.deliveryMethod}`),
          },
          { key: t('booking.category'), value: localized(booking.category.name) },
          { key: t('booking.procedure'), value: localized(booking.procedure.title) },
          { key: t('booking.kep'), value: localized(booking.kep.name) },
          {
            key: t('booking.employee'),
            value: booking.assignedEmployee?.displayName ?? '—',
          },
          {
            key: t('booking.special'),
            value: needs.length > 0 ? needs.join('; ') : t('booking.special.none'),
          },
          { key: t('booking.created'), value: when(booking.createdAt) },
        ]}
      />
      <section aria-labelledby="booking-documents">
        <h2 className="govgr-heading-m" id="booking-documents">
          {t('booking.documents')}
        </h2>
        {booking.documents.length === 0 ? (
          <p>{t('booking.documents.none')}</p>
        ) : (
          <ul className="govgr-list govgr-list--bullet">
            {booking.documents.map((d) => (
              <li key={d.id}>
                {t('booking.documents.item', {
                  name: d.fileName,
                  size: Math.max(1, Math.round(d.sizeBytes / 1024)),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="booking-history">
        <h2 className="govgr-heading-m" id="booking-history">
          {t('booking.history')}
        </h2>
        {booking.history.length === 0 ? (
          <p>{t('booking.history.none')}</p>
        ) : (
          <div
            className="keplive-table-scroll"
            role="region"
            aria-labelledby="booking-history-caption"
            tabIndex={0}
          >
            <table className="data-table">
              <caption id="booking-history-caption">{t('booking.history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('booking.history.at')}</th>
                  <th scope="col">{t('booking.history.action')}</th>
                  <th scope="col">{t('booking.history.by')}</th>
                  <th scope="col">{t('booking.history.change')}</th>
                </tr>
              </thead>
              <tbody>
                {booking.history.map((e, index) => (
                  <tr key={index}>
                    <th scope="row">{when(e.at)}</th>
                    <td>{e.action}</td>
                    <td>{e.actorName ?? e.actorKind}</td>
                    <td>
                      {e.fromStartsAt || e.toStartsAt
                        ? `${e.fromStartsAt ? when(e.fromStartsAt) : '—'} → ${e.toStartsAt ? when(e.toStartsAt) : '—'}`
                        : ''}
                      {e.reason ? ` ${e.reason}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="booking-call">
        <h2 className="govgr-heading-m" id="booking-call">
          {t('booking.call')}
        </h2>
        {call ? (
          <SummaryList
            rows={[
              { key: t('booking.call.status'), value: call.status },
              { key: t('booking.call.joined'), value: when(call.citizenJoinedAt) },
              { key: t('booking.call.admitted'), value: when(call.admittedAt) },
              {
                key: t('booking.call.identity'),
                value:
                  call.identityVerified === null || call.identityVerified === undefined
                    ? t('booking.call.never')
                    : t(
                        call.identityVerified
                          ? 'booking.call.identity.passed'
                          : 'booking.call.identity.failed',
                        { at: when(call.identityCheckedAt) },
                      ),
              },
              { key: t('booking.call.ended'), value: when(call.endedAt) },
            ]}
          />
        ) : (
          <p>{t('booking.call.none')}</p>
        )}
      </section>
      <section aria-labelledby="booking-outcome">
        <h2 className="govgr-heading-m" id="booking-outcome">
          {t('booking.outcome')}
        </h2>
        {outcome ? (
          <SummaryList
            rows={[
              { key: t('booking.outcome.protocol'), value: outcome.protocolNumber },
              { key: t('booking.outcome.filed'), value: outcome.filedDescription },
              { key: t('booking.outcome.recorded'), value: when(outcome.recordedAt) },
            ]}
          />
        ) : (
          <p>{t('booking.outcome.none')}</p>
        )}
      </section>
    </>
  )
}
