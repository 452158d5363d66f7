import { useQuery } from '@apollo/client/react'
import '@keplive/call/call.css'
import {
  formatDateTime,
  Loading,
  Notice,
  PageHeading,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { Link } from 'wouter'
import { callBookingQuery } from '../../features/call/call-operations'
import { DeviceCheck } from '../../features/call/device-check'
import { refusalKey, refusalOf } from '../../features/call/refusal'
import { RequiredDocuments } from '../../features/call/required-documents'
import { useCallWindow } from '../../features/call/use-call-window'
import { useDeviceCheck } from '../../features/call/use-device-check'
import { useT } from '../../i18n'

/**
 * Preparing for the call (issue 6 item 5): checks the devices in advance, says what to have at
 * hand and when the call can be joined, and offers to join once it can.
 */
export function PreparePage({ params }: { params: { id: string } }) {
  const t = useT()
  usePageTitle(t('call.prepare.title'))
  const { language } = useLanguage()
  const localized = useLocalized()
  const booking = useQuery(callBookingQuery, { variables: { id: params.id } })
  const check = useDeviceCheck()
  const details = booking.data?.booking
  const callWindow = useCallWindow(details)

  if (booking.loading && !details) return <Loading />
  if (!details) {
    const kind = booking.error ? refusalOf(booking.error).kind : 'other'
    return (
      <>
        <PageHeading>{t('call.prepare.title')}</PageHeading>
        <Notice title={t(refusalKey[kind])} tone="alert">
          {kind === 'login' ? (
            <a
              className="govgr-link"
              href={`/auth/login?role=citizen&returnTo=${encodeURIComponent(`/bookings/${params.id}/prepare`)}`}
            >
              {t('call.loginLink')}
            </a>
          ) : null}
        </Notice>
      </>
    )
  }

  const active = details.status === 'BOOKED' || details.status === 'IN_PROGRESS'
  return (
    <>
      <PageHeading>{t('call.prepare.title')}</PageHeading>
      <p>
        {t('call.with', {
          kep: localized(details.kep.name),
          when: formatDateTime(details.startsAt, language),
        })}
        <br />
        <span className="govgr-hint">
          {localized(details.procedure.title)} · {details.reference}
        </span>
      </p>
      <section aria-labelledby="when-title">
        <h2 id="when-title">{t('call.prepare.when.title')}</h2>
        <div role="status" aria-live="polite" data-testid="call-window">
          {!active ? <p>{t('call.prepare.when.inactive')}</p> : null}
          {active && callWindow?.state === 'tooEarly' ? (
            <p>
              {t('call.window.opensAt', {
                at: formatDateTime(callWindow.window.opensAt, language),
              })}
            </p>
          ) : null}
          {active && callWindow?.state === 'open' ? <p>{t('call.prepare.when.open')}</p> : null}
          {active && callWindow?.state === 'closed' ? <p>{t('call.window.closed')}</p> : null}
        </div>
        {active && callWindow?.state === 'open' ? (
          <Link href={`/call/${details.id}`} className="govgr-btn govgr-btn-primary">
            {t('call.prepare.join')}
          </Link>
        ) : null}
      </section>
      <RequiredDocuments documents={details.procedure.documents} />
      <DeviceCheck check={check} />
    </>
  )
}
