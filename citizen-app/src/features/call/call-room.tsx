import { VideoTile } from '@keplive/call'
import { formatDateTime, Notice, useLanguage } from '@keplive/ui'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useT, type MessageKey } from '../../i18n'
import type { CitizenCall, CitizenCallEvent, useCitizenCall } from './use-citizen-call'

type Room = ReturnType<typeof useCitizenCall>
type Stage = 'waiting' | 'inCall' | 'ended' | 'left'

function stageOf(room: Room): Stage {
  const { call } = room
  if (!call || !room.joined) return 'left'
  if (call.status === 'ENDED' || call.status === 'NO_SHOW') return 'ended'
  return room.admitted ? 'inCall' : 'waiting'
}

function announcementOf(
  event: CitizenCallEvent,
  call: CitizenCall,
  myId: string | undefined,
  role: 'citizen' | 'interpreter',
  t: (key: MessageKey, values?: Record<string, string>) => string,
): string {
  const who = call.participants.find((p) => p.id === event.participantId)
  switch (event.type) {
    case 'JOINED':
      return who?.role === 'EMPLOYEE' ? t('call.event.employeeJoined') : ''
    case 'ADMITTED':
      return event.participantId === myId ? t('call.event.admitted') : ''
    case 'DOCUMENT_REQUESTED':
      return role === 'citizen' ? t('call.event.documentRequested') : ''
    case 'VERIFIED':
      return call.identityVerified ? t('call.event.verified') : t('call.event.notVerified')
    case 'AUDIO_ONLY':
      return event.participantId === myId ? '' : t('call.event.audioOnly')
    case 'VIDEO_ON':
      return event.participantId === myId ? '' : t('call.event.videoOn')
    case 'LEFT':
      return event.participantId === myId ? '' : t('call.event.left')
    case 'ENDED':
      return t('call.event.ended')
    case 'NO_SHOW':
      return t('call.event.ended')
    case 'WAITING':
    case 'STATE':
    case 'HANDED_OVER': // another employee will let them in: nothing changes on their side
      return ''
  }
}

/** A heading that takes the keyboard focus when it appears: the page has moved on. */
function StageHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  )
}

/**
 * The call once joined, for the citizen and the interpreter: the waiting room, then the call
 * (the others' video, one's own, the controls, the document frame during the identity check),
 * then its outcome. Every change of state is announced.
 */
export function CallRoom({
  room,
  role,
  waitingExtra,
  speakerId,
}: {
  room: Room
  role: 'citizen' | 'interpreter'
  /** Shown in the waiting room, e.g. what to have at hand. */
  waitingExtra?: ReactNode
  /** The speakers chosen in the device check. */
  speakerId?: string
}) {
  const t = useT()
  const { language } = useLanguage()
  const [announcement, setAnnouncement] = useState('')
  const [micOn, setMicOn] = useState(true)
  const [failure, setFailure] = useState('')
  const { call, lastEvent } = room
  const myId = room.joined?.participant.id

  useEffect(() => {
    if (lastEvent && call) {
      const text = announcementOf(lastEvent, call, myId, role, t)
      if (text) setAnnouncement(text)
    }
  }, [lastEvent, call, myId, role, t])

  const stage = stageOf(room)
  const employeePresent = call?.participants.some((p) => p.role === 'EMPLOYEE') ?? false
  const identityPending = role === 'citizen' && call?.identityVerified == null
  // R6.2: the frame and its instructions once the employee asks to see the document
  const documentRequested = identityPending && call?.identityDocumentRequestedAt != null
  const labelOf = (participantId: string) => {
    const p = call?.participants.find((x) => x.id === participantId)
    return p ? `${p.displayName} — ${t(`call.role.${p.role}`)}` : t('call.role.unknown')
  }

  const toggleMic = () => {
    const next = !micOn
    for (const track of room.localStream?.getAudioTracks() ?? []) track.enabled = next
    setMicOn(next)
  }
  const toggleVideo = () => {
    setFailure('')
    void room.setVideoEnabled(!room.videoOn).catch(() => setFailure(t('call.error.generic')))
  }
  const hasCamera = (room.localStream?.getVideoTracks().length ?? 0) > 0

  return (
    <>
      <div role="status" aria-live="polite" className="govgr-visually-hidden" data-testid="events">
        {announcement}
      </div>
      {room.connection.reconnecting && stage === 'inCall' ? (
        <Notice title={t('call.reconnecting')} />
      ) : null}
      {stage === 'waiting' ? (
        <section aria-labelledby="waiting-title" data-testid="waiting-room">
          <StageHeading id="waiting-title">{t('call.waiting.title')}</StageHeading>
          <p className="call-waiting">
            {employeePresent ? t('call.waiting.employeeHere') : t('call.waiting.told')}
          </p>
          <p>{t('call.waiting.keepOpen')}</p>
          <VideoTile stream={room.localStream} label={t('call.self')} self small />
          {waitingExtra}
        </section>
      ) : null}
      {stage === 'inCall' && call ? (
        <section aria-labelledby="in-call-title">
          <StageHeading id="in-call-title">{t('call.inCall.title')}</StageHeading>
          {documentRequested && hasCamera ? (
            <div data-testid="document-request">
              <Notice title={t('call.identity.title')}>
                <p>{t('call.identity.body')}</p>
              </Notice>
            </div>
          ) : identityPending && hasCamera ? (
            <Notice title={t('call.identity.readyTitle')}>
              <p>{t('call.identity.readyBody')}</p>
            </Notice>
          ) : null}
          <div className="call-stage" data-testid="remote-videos">
            {room.connection.remotes.map((remote) => {
              const participant = call.participants.find((p) => p.id === remote.participantId)
              const notice =
                remote.state !== 'connected'
                  ? t(`call.remote.${remote.state}`)
                  : participant && !participant.videoEnabled
                    ? t('call.remote.audioOnly')
                    : undefined
              return (
                <VideoTile
                  key={remote.participantId}
                  stream={remote.stream}
                  label={labelOf(remote.participantId)}
                  notice={notice}
                  testId="remote-video"
                  speakerId={speakerId}
                />
              )
            })}
            <VideoTile
              stream={room.localStream}
              label={t('call.self')}
              self
              notice={room.videoOn ? undefined : t('call.remote.audioOnly')}
              overlay={
                documentRequested && hasCamera ? (
                  <div className="framing-guide" data-testid="framing-guide" aria-hidden="true" />
                ) : undefined
              }
            />
          </div>
          <div className="call-controls" role="group" aria-label={t('call.controls')}>
            <button
              type="button"
              className="govgr-btn govgr-btn-secondary"
              aria-pressed={!micOn}
              onClick={toggleMic}
            >
              {micOn ? t('call.mic.off') : t('call.mic.on')}
            </button>
            {hasCamera ? (
              <button
                type="button"
                className="govgr-btn govgr-btn-secondary"
                aria-pressed={!room.videoOn}
                disabled={call.identityVerified !== true}
                aria-describedby={call.identityVerified !== true ? 'audio-only-hint' : undefined}
                onClick={toggleVideo}
              >
                {room.videoOn ? t('call.audioOnly.on') : t('call.audioOnly.off')}
              </button>
            ) : null}
            <button
              type="button"
              className="govgr-btn govgr-btn-warning"
              onClick={() => void room.leave()}
            >
              {t('call.leave')}
            </button>
          </div>
          {call.identityVerified !== true && hasCamera ? (
            <p id="audio-only-hint" className="govgr-hint">
              {t('call.audioOnly.hint')}
            </p>
          ) : null}
          <div role="alert">
            {failure ? <p className="govgr-error-message">{failure}</p> : null}
          </div>
        </section>
      ) : null}
      {stage === 'ended' && call ? (
        <section aria-labelledby="ended-title" data-testid="call-outcome">
          <StageHeading id="ended-title">{t('call.ended.title')}</StageHeading>
          {call.status === 'NO_SHOW' ? <p>{t('call.ended.noShow')}</p> : null}
          {call.submission && role === 'citizen' ? (
            <dl className="govgr-summary-list">
              <div className="govgr-summary-list__row">
                <dt className="govgr-summary-list__key">{t('call.outcome.protocol')}</dt>
                <dd className="govgr-summary-list__value" data-testid="protocol-number">
                  {call.submission.protocolNumber}
                </dd>
              </div>
              <div className="govgr-summary-list__row">
                <dt className="govgr-summary-list__key">{t('call.outcome.filed')}</dt>
                <dd className="govgr-summary-list__value">{call.submission.filedDescription}</dd>
              </div>
              <div className="govgr-summary-list__row">
                <dt className="govgr-summary-list__key">{t('call.outcome.delivery')}</dt>
                <dd className="govgr-summary-list__value">
                  {t(`call.delivery.${call.submission.deliveryMethod}`)}
                </dd>
              </div>
              {call.submission.notes ? (
                <div className="govgr-summary-list__row">
                  <dt className="govgr-summary-list__key">{t('call.outcome.notes')}</dt>
                  <dd className="govgr-summary-list__value">{call.submission.notes}</dd>
                </div>
              ) : null}
              <div className="govgr-summary-list__row">
                <dt className="govgr-summary-list__key">{t('call.outcome.at')}</dt>
                <dd className="govgr-summary-list__value">
                  {formatDateTime(call.submission.recordedAt, language)}
                </dd>
              </div>
            </dl>
          ) : null}
          {role === 'citizen' ? (
            <p>
              <a className="govgr-link" href="/bookings">
                {t('call.ended.myBookings')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {stage === 'left' ? (
        <section aria-labelledby="left-title">
          <StageHeading id="left-title">{t('call.left.title')}</StageHeading>
          <p>{t('call.left.body')}</p>
        </section>
      ) : null}
    </>
  )
}
