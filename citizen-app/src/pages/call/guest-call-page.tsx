import { useQuery } from '@apollo/client/react'
import '@keplive/call/call.css'
import { Button, formatDateTime, Loading, Notice, useLanguage } from '@keplive/ui'
import { useState } from 'react'
import { callInvitationQuery } from '../../features/call/call-operations'
import { CallRoom } from '../../features/call/call-room'
import { DeviceCheck } from '../../features/call/device-check'
import { refusalKey, refusalOf, serverMessage, type Refusal } from '../../features/call/refusal'
import { useCitizenCall } from '../../features/call/use-citizen-call'
import { useDeviceCheck } from '../../features/call/use-device-check'
import { useT } from '../../i18n'

/**
 * The interpreter's page (R2.8): opened from the one-time link the KEP sent. No login: the
 * link is the invitation. The same device check, then straight into the call.
 */
export function GuestCallPage({ params }: { params: { token: string } }) {
  const { token } = params
  const t = useT()
  const { language } = useLanguage()
  const invitation = useQuery(callInvitationQuery, { variables: { token } })
  const check = useDeviceCheck()
  const room = useCitizenCall()
  const [started, setStarted] = useState(false)
  const [refusal, setRefusal] = useState<{ kind: Refusal; message?: string }>()

  const info = invitation.data?.callInvitation
  if (invitation.loading && !invitation.data) return <Loading />
  if (!info || !info.valid) {
    return (
      <>
        <h1>{t('call.guest.title')}</h1>
        <Notice title={t('call.guest.invalid')} tone="alert">
          <p>{t('call.guest.invalidBody')}</p>
        </Notice>
      </>
    )
  }

  const join = async () => {
    setRefusal(undefined)
    try {
      await room.join({ invitationToken: token }, check.handOver())
      setStarted(true)
    } catch (error) {
      setRefusal({ kind: refusalOf(error).kind, message: serverMessage(error, language) })
    }
  }

  return (
    <>
      <h1>{t('call.guest.title')}</h1>
      <p>
        {t('call.guest.intro', {
          kep: info.kepName,
          when: formatDateTime(info.startsAt, language),
        })}
      </p>
      {started ? (
        <CallRoom room={room} role="interpreter" speakerId={check.choice.speakerId} />
      ) : (
        <>
          <DeviceCheck check={check} />
          <section aria-labelledby="join-title">
            <h2 id="join-title">{t('call.join.title')}</h2>
            <div role="alert">
              {refusal ? (
                <p className="govgr-error-message">
                  {refusal.message ?? t(refusalKey[refusal.kind])}
                </p>
              ) : null}
            </div>
            <Button onClick={() => void join()} disabled={!check.access?.ok || room.joining}>
              {t('call.join.button')}
            </Button>
          </section>
        </>
      )}
    </>
  )
}
