import { useQuery } from '@apollo/client/react'
import '@keplive/call/call.css'
import {
  Button,
  formatDateTime,
  Loading,
  Notice,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { useEffect, useRef, useState } from 'react'
import { callBookingQuery } from '../../features/call/call-operations'
import { CallRoom } from '../../features/call/call-room'
import { DeviceCheck } from '../../features/call/device-check'
import { refusalKey, refusalOf, serverMessage, type Refusal } from '../../features/call/refusal'
import { RequiredDocuments } from '../../features/call/required-documents'
import { useCallWindow } from '../../features/call/use-call-window'
import { useCitizenCall } from '../../features/call/use-citizen-call'
import { useDeviceCheck } from '../../features/call/use-device-check'
import { useT } from '../../i18n'

// A reload of the call's page goes straight back in (R2.7 recovery): the tab remembers that
// this booking's call was joined, so the device check does not stand in the way.
const joinedKey = (bookingId: string) => `keplive.call.joined.${bookingId}`

function rememberJoined(bookingId: string, joined: boolean) {
  try {
    if (joined) sessionStorage.setItem(joinedKey(bookingId), '1')
    else sessionStorage.removeItem(joinedKey(bookingId))
  } catch {
    // storage may be disabled: a reload then shows the device check first
  }
}

function wasJoined(bookingId: string): boolean {
  try {
    return sessionStorage.getItem(joinedKey(bookingId)) === '1'
  } catch {
    return false
  }
}

/** The citizen's call (R2.7, R6.1): the device check, the waiting room, the call, the outcome. */
export function CallPage({ params }: { params: { bookingId: string } }) {
  const { bookingId } = params
  const t = useT()
  usePageTitle(t('call.title'))
  const { language } = useLanguage()
  const localized = useLocalized()
  const booking = useQuery(callBookingQuery, { variables: { id: bookingId } })
  const check = useDeviceCheck()
  const room = useCitizenCall()
  const [started, setStarted] = useState(false)
  const [refusal, setRefusal] = useState<{ kind: Refusal; message?: string }>()
  const autoJoin = useRef(wasJoined(bookingId))
  const details = booking.data?.booking
  const callWindow = useCallWindow(details)

  const join = async () => {
    setRefusal(undefined)
    const stream = check.handOver()
    try {
      await room.join({ bookingId }, stream)
      rememberJoined(bookingId, true)
      setStarted(true)
    } catch (error) {
      const { kind } = refusalOf(error)
      setRefusal({ kind, message: serverMessage(error, language) })
    }
  }

  const accessReady = check.access?.ok === true
  const joinNow = useRef(join)
  joinNow.current = join
  useEffect(() => {
    if (autoJoin.current && accessReady && details) {
      autoJoin.current = false
      void joinNow.current()
    }
  }, [accessReady, details])

  useEffect(() => {
    if (room.call && room.call.status !== 'WAITING' && room.call.status !== 'IN_CALL') {
      rememberJoined(bookingId, false)
    }
  }, [room.call, bookingId])

  if (booking.loading && !details) return <Loading />
  if (!details) {
    const kind = booking.error ? refusalOf(booking.error).kind : 'other'
    return (
      <>
        <h1 className="govgr-heading-l">{t('call.title')}</h1>
        <Notice title={t(refusalKey[kind])} tone="alert">
          {kind === 'login' ? (
            <a
              className="govgr-link"
              href={`/auth/login?role=citizen&returnTo=${encodeURIComponent(`/call/${bookingId}`)}`}
            >
              {t('call.loginLink')}
            </a>
          ) : null}
        </Notice>
      </>
    )
  }

  // once joined, the call has the screen (CallRoom): its stages name themselves in their h1
  if (started) {
    return (
      <CallRoom
        room={room}
        role="citizen"
        appointment={{ kepName: localized(details.kep.name), startsAt: details.startsAt }}
        check={check}
        waitingExtra={<RequiredDocuments documents={details.procedure.documents} />}
      />
    )
  }

  return (
    <>
      <h1 className="govgr-heading-l">{t('call.title')}</h1>
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
      <DeviceCheck check={check} />
      <section aria-labelledby="join-title">
        <h2 id="join-title">{t('call.join.title')}</h2>
        {callWindow?.state === 'tooEarly' ? (
          <p>
            {t('call.window.opensAt', {
              at: formatDateTime(callWindow.window.opensAt, language),
            })}
          </p>
        ) : null}
        {callWindow?.state === 'closed' ? <p>{t('call.window.closed')}</p> : null}
        {!accessReady && check.access ? <p>{t('call.join.needsMedia')}</p> : null}
        <div role="alert">
          {refusal ? (
            <p className="govgr-error-message" data-testid="join-refused">
              {refusal.message ?? t(refusalKey[refusal.kind])}
            </p>
          ) : null}
        </div>
        <Button
          onClick={() => void join()}
          disabled={!accessReady || room.joining || callWindow?.state !== 'open'}
        >
          {t('call.join.button')}
        </Button>
      </section>
    </>
  )
}
