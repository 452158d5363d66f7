import { useQuery } from '@apollo/client/react'
import { apiErrorOf, fieldMessage } from '@keplive/api'
import '@keplive/call/call.css'
import {
  Button,
  formatDateTime,
  formatTime,
  Loading,
  Notice,
  TextField,
  useLanguage,
  usePageTitle,
} from '@keplive/ui'
import { useState } from 'react'
import { callInvitationQuery } from '../../features/call/call-operations'
import { keepBrowserKey, readBrowserKey } from '../../features/call/guest-browser'
import { CallRoom } from '../../features/call/call-room'
import { DeviceCheck } from '../../features/call/device-check'
import { refusalKey, refusalOf, serverMessage, type Refusal } from '../../features/call/refusal'
import { useCitizenCall } from '../../features/call/use-citizen-call'
import { useDeviceCheck } from '../../features/call/use-device-check'
import { useT } from '../../i18n'

/**
 * The interpreter's page (R2.8): opened from the one-time link the KEP sent. No login: the
 * link is the invitation, bound to the first browser that uses it (issue 11 defect 5). The
 * same device check and the interpreter's name, then the waiting room until the employee
 * admits them; a reload of this browser rejoins without asking the name again.
 */
export function GuestCallPage({ params }: { params: { token: string } }) {
  const { token } = params
  const t = useT()
  usePageTitle(t('call.guest.title'))
  const { language } = useLanguage()
  const invitation = useQuery(callInvitationQuery, { variables: { token } })
  const check = useDeviceCheck()
  const room = useCitizenCall()
  const [started, setStarted] = useState(false)
  const [refusal, setRefusal] = useState<{ kind: Refusal; message?: string }>()
  const [browserKey] = useState(() => readBrowserKey(token))
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string>()

  const info = invitation.data?.callInvitation
  if (invitation.loading && !invitation.data) return <Loading />
  if (!info || !info.valid) {
    // which refusal, with the call's time (issue 15 item 6); an unknown link gets no detail
    const when = info ? formatDateTime(info.startsAt, language) : ''
    return (
      <>
        <h1 className="govgr-heading-l">{t('call.guest.title')}</h1>
        {info?.refusal === 'CALL_ENDED' ? (
          <Notice title={t('call.guest.ended.title')} tone="alert">
            <p data-testid="link-refusal">
              {t('call.guest.ended.body', { when, kep: info.kepName })}
            </p>
          </Notice>
        ) : info?.refusal === 'EXPIRED' ? (
          <Notice title={t('call.guest.expired.title')} tone="alert">
            <p data-testid="link-refusal">
              {t('call.guest.expired.body', {
                when,
                until: formatTime(info.expiresAt, language),
              })}
            </p>
          </Notice>
        ) : (
          <Notice title={t('call.guest.invalid')} tone="alert">
            <p>{t('call.guest.invalidBody')}</p>
          </Notice>
        )}
      </>
    )
  }

  const join = async () => {
    setRefusal(undefined)
    setNameError(undefined)
    if (!browserKey && name.trim() === '') {
      setNameError(t('call.guest.name.required'))
      return
    }
    try {
      const joined = await room.join(
        browserKey
          ? { invitationToken: token, browserKey }
          : { invitationToken: token, guestName: name },
        check.handOver(),
      )
      if (joined?.browserKey) keepBrowserKey(token, joined.browserKey)
      setStarted(true)
    } catch (error) {
      const nameProblem = fieldMessage(apiErrorOf(error), 'input.guestName')
      if (nameProblem) setNameError(nameProblem[language])
      else setRefusal({ kind: refusalOf(error).kind, message: serverMessage(error, language) })
    }
  }

  // once joined, the call has the screen (CallRoom): its stages name themselves in their h1
  if (started) {
    return (
      <CallRoom
        room={room}
        role="interpreter"
        appointment={{ kepName: info.kepName, startsAt: info.startsAt }}
        check={check}
      />
    )
  }

  return (
    <>
      <h1 className="govgr-heading-l">{t('call.guest.title')}</h1>
      <p>
        {t('call.guest.intro', {
          kep: info.kepName,
          when: formatDateTime(info.startsAt, language),
        })}
      </p>
      <DeviceCheck check={check} />
      <section aria-labelledby="join-title">
        <h2 id="join-title">{t('call.join.title')}</h2>
        {browserKey ? (
          <p>{t('call.guest.rejoin')}</p>
        ) : (
          <TextField
            id="guest-name"
            label={t('call.guest.name.label')}
            hint={t('call.guest.name.hint')}
            error={nameError}
            autoComplete="name"
            maxLength={100}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
        <div role="alert">
          {refusal ? (
            <p className="govgr-error-message">{refusal.message ?? t(refusalKey[refusal.kind])}</p>
          ) : null}
        </div>
        <Button onClick={() => void join()} disabled={!check.access?.ok || room.joining}>
          {t('call.join.button')}
        </Button>
      </section>
    </>
  )
}
