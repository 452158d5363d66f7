import { useMutation, useQuery, useSubscription } from '@apollo/client/react'
import { apiErrorOf, fieldMessage } from '@keplive/api'
import { ConnectionIndicator, PoorLineOffer, VideoTile } from '@keplive/call'
import '@keplive/call/call.css'
import {
  Button,
  ConfirmStep,
  formatDateTime,
  formatTime,
  Loading,
  Notice,
  useLanguage,
  useLocalized,
  usePageTitle,
} from '@keplive/ui'
import { useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'wouter'
import { BookingDetails, consoleBookingQuery } from '../../features/call/booking-details'
import { announcementOf } from '../../features/call/call-announcement'
import '../../features/call/call-console.css'
import {
  admitCitizenMutation,
  admitInterpreterMutation,
  callAssignmentQuery,
  consoleKepCallUpdatesSubscription,
  recordNoShowMutation,
} from '../../features/call/call-operations'
import { callSteps, type CallStepId } from '../../features/call/call-steps'
import { CallStepItem } from '../../features/call/call-stepper'
import { EndCall } from '../../features/call/end-call'
import { HandOver } from '../../features/call/hand-over'
import { IdentityCheck } from '../../features/call/identity-check'
import { InviteInterpreter } from '../../features/call/invite-interpreter'
import { SubmissionForm } from '../../features/call/submission-form'
import { useStaffCall } from '../../features/call/use-staff-call'
import { useT } from '../../i18n'

/**
 * The employee's call console (issue 15 item 2): once joined, the video large on the left (on
 * top on a narrow screen) with the controls under it, and beside it the steps of the call —
 * 1 identity, 2 the request, 3 the outcome — each with its state at a glance.
 */
export function CallConsolePage() {
  const t = useT()
  const { language } = useLanguage()
  const localized = useLocalized()
  const { bookingId = '' } = useParams<{ bookingId: string }>()
  const booking = useQuery(consoleBookingQuery, { variables: { id: bookingId } })
  const room = useStaffCall(bookingId)
  const [admit, admitting] = useMutation(admitCitizenMutation)
  const [admitInterpreter, admittingInterpreter] = useMutation(admitInterpreterMutation)
  const [recordNoShow, recordingNoShow] = useMutation(recordNoShowMutation)
  // issue 14 item 3: a no-show is recorded after a confirmation step; too early, the server says why
  const [confirmingNoShow, setConfirmingNoShow] = useState(false)
  const [noShowFailure, setNoShowFailure] = useState<string>()
  const [announcement, setAnnouncement] = useState('')
  const [stepAnnouncement, setStepAnnouncement] = useState('')
  const [failure, setFailure] = useState<string>()
  const [micOn, setMicOn] = useState(true)
  const [requestRead, setRequestRead] = useState(false)
  const [inviteOpen, setInviteOpen] = useState(false)
  const admitButton = useRef<HTMLButtonElement>(null)
  const stepHeadings = {
    identity: useRef<HTMLHeadingElement>(null),
    request: useRef<HTMLHeadingElement>(null),
    outcome: useRef<HTMLHeadingElement>(null),
  }
  // issue 14 item 2: only the assigned employee or the manager acts; the others read
  const assignment = useQuery(callAssignmentQuery, {
    variables: { bookingId },
    fetchPolicy: 'cache-and-network',
  })
  const [handedTo, setHandedTo] = useState<string>()
  useSubscription(consoleKepCallUpdatesSubscription, {
    onData: ({ data: update }) => {
      if (update.data?.kepCallUpdates.bookingId === bookingId) void assignment.refetch()
    },
  })

  const { call, lastEvent, joined } = room
  useEffect(() => {
    if (lastEvent && call) setAnnouncement(announcementOf(lastEvent, call, t))
  }, [lastEvent, call, t])

  const waitingCitizen = call?.participants.find((p) => p.role === 'CITIZEN' && !p.admitted)
  // issue 11 defect 5: an interpreter waits too, by the name they gave, until let in
  const waitingInterpreters =
    call?.participants.filter((p) => p.role === 'INTERPRETER' && !p.admitted) ?? []
  useEffect(() => {
    // a citizen who starts waiting is the next thing to act on: bring the keyboard there
    if (waitingCitizen) admitButton.current?.focus()
  }, [waitingCitizen])

  const steps = call ? callSteps(call, requestRead) : []
  const current = steps.find((s) => s.state === 'current')
  const stepTitle = (id: CallStepId) => t(`console.step.${id}`)
  // the step to act on changed: said once, politely (the focus moves there on the employee's act)
  const currentId = joined ? current?.id : undefined
  useEffect(() => {
    if (!currentId) return
    const number = { identity: '1', request: '2', outcome: '3' }[currentId]
    setStepAnnouncement(t('console.step.now', { n: number, title: t(`console.step.${currentId}`) }))
  }, [currentId, t])

  // the tab names the call: "Βιντεοκλήση — Γιώργος Νικολάου" (a name is never inflected)
  const fullName = booking.data?.booking?.fullName
  usePageTitle(fullName ? t('console.title', { name: fullName }) : t('console.pageTitle'))

  const errorText = (error: unknown) =>
    apiErrorOf(error)?.messages?.[language] ?? t('console.error.generic')

  if ((booking.loading && !booking.data) || (assignment.loading && !assignment.data)) {
    return <Loading />
  }
  const details = booking.data?.booking
  const assigned = assignment.data?.callAssignment
  if (!details) {
    return (
      <>
        <h1>{t('console.notFound')}</h1>
        <p>{booking.error ? errorText(booking.error) : null}</p>
        <Link href="/">{t('console.back')}</Link>
      </>
    )
  }

  const focusStep = (id: CallStepId) => {
    // after React has drawn the step's new state
    requestAnimationFrame(() => stepHeadings[id].current?.focus())
  }

  const join = async () => {
    setFailure(undefined)
    try {
      await room.join()
    } catch (error) {
      setFailure(errorText(error))
    }
  }

  const noShow = async () => {
    setNoShowFailure(undefined)
    try {
      await recordNoShow({ variables: { input: { bookingId } } })
      setConfirmingNoShow(false)
      await booking.refetch()
      setAnnouncement(t('console.event.noShow'))
    } catch (error) {
      // too early (or the citizen was let in): the server's own reason, with its time
      const reason = fieldMessage(apiErrorOf(error), 'input.bookingId')
      setNoShowFailure(reason ? reason[language] : errorText(error))
    }
  }

  const toggleMic = () => {
    const next = !micOn
    for (const track of room.localStream?.getAudioTracks() ?? []) track.enabled = next
    setMicOn(next)
  }

  const ended = call?.status === 'ENDED' || call?.status === 'NO_SHOW'
  const runs = assigned?.conductsCall === true
  const handOver =
    runs && assigned.canHandOver && call?.status !== 'IN_CALL' && !ended ? (
      <HandOver
        bookingId={bookingId}
        onHandedOver={(name) => {
          setHandedTo(name)
          if (joined) void room.leave()
          void assignment.refetch()
        }}
      />
    ) : null
  const needs = [
    details.specialRequirements.signLanguage ? t('console.needs.signLanguage') : null,
    details.specialRequirements.lipReading ? t('console.needs.lipReading') : null,
  ].filter((n): n is string => n !== null)
  const needsInterpreter = needs.length > 0
  const labelOf = (participantId: string) => {
    const p = call?.participants.find((x) => x.id === participantId)
    return p ? `${p.displayName} — ${t(`console.role.${p.role}`)}` : t('console.role.unknown')
  }

  const header = (
    <div className={joined && call ? 'staff-console__header' : undefined}>
      <p className="staff-console__back">
        <Link href="/" className="govgr-link">
          {t('console.back')}
        </Link>
      </p>
      <h1>{t('console.title', { name: details.fullName })}</h1>
    </div>
  )

  const live = (
    <>
      <div role="status" aria-live="polite" className="govgr-visually-hidden" data-testid="events">
        {announcement}
      </div>
      <div
        role="status"
        aria-live="polite"
        className="govgr-visually-hidden"
        data-testid="step-announcement"
      >
        {stepAnnouncement}
      </div>
      <div role="alert">{failure ? <p className="govgr-error-message">{failure}</p> : null}</div>
    </>
  )

  if (!(joined && call)) {
    return (
      <>
        {header}
        {live}
        {details.status === 'NO_SHOW' ? <Notice title={t('console.noShowRecorded')} /> : null}
        {handedTo ? <Notice title={t('handover.done', { name: handedTo })} tone="success" /> : null}
        {assigned && !runs ? (
          <Notice title={t('handover.assignedTo', { name: assigned.assignedToName })}>
            <p>{t('handover.readOnly')}</p>
          </Notice>
        ) : null}
        {runs && !ended ? (
          <section aria-labelledby="join-title">
            <h2 id="join-title">{t('console.join.title')}</h2>
            <p>{t('console.join.intro')}</p>
            <p data-testid="call-window">
              {t('console.join.window', {
                opens: formatTime(details.callOpensAt, language),
                closes: formatTime(details.callClosesAt, language),
              })}
            </p>
            <div className="staff-console__actions">
              <Button onClick={() => void join()} disabled={room.joining}>
                {t('console.join.button')}
              </Button>
              {details.status === 'BOOKED' ? (
                <Button
                  variant="secondary"
                  onClick={() => setConfirmingNoShow(true)}
                  aria-expanded={confirmingNoShow}
                >
                  {t('console.noShow')}
                </Button>
              ) : null}
            </div>
            {details.status === 'BOOKED' && confirmingNoShow ? (
              <ConfirmStep
                title={t('console.noShowConfirm.title')}
                summary={
                  <p>
                    {t('console.noShowConfirm.summary', {
                      name: details.fullName,
                      when: formatDateTime(details.startsAt, language),
                    })}
                  </p>
                }
                warning={t('console.noShowConfirm.warning')}
                confirmLabel={t('console.noShowConfirm.confirm')}
                tone="warning"
                busy={recordingNoShow.loading}
                onConfirm={() => void noShow()}
                onCancel={() => {
                  setConfirmingNoShow(false)
                  setNoShowFailure(undefined)
                }}
                error={
                  noShowFailure ? (
                    <div role="alert">
                      <p className="govgr-error-message">{noShowFailure}</p>
                    </div>
                  ) : null
                }
              />
            ) : null}
          </section>
        ) : null}
        {handOver}
        <BookingDetails bookingId={bookingId} />
      </>
    )
  }

  const [identityStep, requestStep, outcomeStep] = steps as [
    (typeof steps)[0],
    (typeof steps)[0],
    (typeof steps)[0],
  ]
  const check = call.identityCheck
  const identitySummary = check
    ? t(check.verified ? 'identity.summary.verified' : 'identity.summary.not', {
        type: t(`identity.type.${check.documentType}`),
        at: formatTime(check.checkedAt, language),
      })
    : ended
      ? t('identity.summary.none')
      : undefined

  return (
    <div className="staff-console-page">
      {header}
      {live}
      <div className="staff-console">
        <section className="staff-console__stage" aria-labelledby="video-title">
          <h2 id="video-title" className="govgr-visually-hidden">
            {t('console.video.title')}
          </h2>
          {room.mediaProblem ? (
            <Notice title={t(`console.media.${room.mediaProblem}`)} tone="alert" />
          ) : null}
          {room.connection.reconnecting ? <Notice title={t('console.reconnecting')} /> : null}
          {ended ? (
            <Notice
              title={call.status === 'NO_SHOW' ? t('console.noShowRecorded') : t('console.ended')}
              tone="success"
            />
          ) : null}
          <div className="staff-console__screen">
            {waitingCitizen ? (
              <div className="staff-console__waiting" role="status">
                <p>
                  <strong>{t('console.waiting', { name: waitingCitizen.displayName })}</strong>
                </p>
                <button
                  type="button"
                  className="govgr-btn govgr-btn-primary"
                  ref={admitButton}
                  onClick={() =>
                    void admit({ variables: { input: { callId: call.id } } })
                      .then(({ data }) => data && room.setCall(data.admitCitizen.call))
                      .catch((error: unknown) => setFailure(errorText(error)))
                  }
                  disabled={admitting.loading}
                >
                  {t('console.admit', { name: waitingCitizen.displayName })}
                </button>
              </div>
            ) : null}
            {waitingInterpreters.map((interpreter) => (
              <div className="staff-console__waiting" role="status" key={interpreter.id}>
                <p>
                  <strong>
                    {t('console.waitingInterpreter', { name: interpreter.displayName })}
                  </strong>
                </p>
                <button
                  type="button"
                  className="govgr-btn govgr-btn-primary"
                  onClick={() =>
                    void admitInterpreter({
                      variables: { input: { callId: call.id, participantId: interpreter.id } },
                    })
                      .then(({ data }) => data && room.setCall(data.admitInterpreter.call))
                      .catch((error: unknown) => setFailure(errorText(error)))
                  }
                  disabled={admittingInterpreter.loading}
                >
                  {t('console.admitInterpreter', { name: interpreter.displayName })}
                </button>
              </div>
            ))}
            <div
              className={`staff-console__remotes staff-console__remotes--${Math.min(room.connection.remotes.length, 2)}`}
              data-testid="remote-videos"
            >
              {room.connection.remotes.map((remote) => {
                const participant = call.participants.find((p) => p.id === remote.participantId)
                const notice =
                  remote.state !== 'connected'
                    ? t(`console.remote.${remote.state}`)
                    : participant && !participant.videoEnabled
                      ? t('console.remote.audioOnly')
                      : undefined
                return (
                  <VideoTile
                    key={remote.participantId}
                    stream={remote.stream}
                    label={labelOf(remote.participantId)}
                    notice={notice}
                    testId="remote-video"
                  />
                )
              })}
              {room.connection.remotes.length === 0 && !ended ? (
                <p className="staff-console__nobody">{t('console.nobodyYet')}</p>
              ) : null}
            </div>
            {room.localStream ? (
              <div className="staff-console__self" data-testid="own-view">
                <VideoTile
                  stream={room.localStream}
                  label={t('console.self')}
                  self
                  small
                  notice={room.videoOn ? undefined : t('console.remote.audioOnly')}
                />
              </div>
            ) : null}
          </div>
          {/* issue 15 item 4: after 10 s of a poor line, audio only (once verified) or lower video */}
          {ended ? null : (
            <PoorLineOffer
              poorForMs={room.connection.poorForMs}
              identityVerified={call.identityVerified === true}
              videoOn={room.videoOn}
              videoQuality={room.connection.videoQuality}
              onAudioOnly={() =>
                void room
                  .setVideoEnabled(false)
                  .catch((error: unknown) => setFailure(errorText(error)))
              }
              onLowerQuality={() => void room.connection.setVideoQuality('low')}
            />
          )}
          <div className="staff-console__controls" role="group" aria-label={t('console.controls')}>
            <Button variant="secondary" aria-pressed={!micOn} onClick={toggleMic}>
              {micOn ? t('console.mic.off') : t('console.mic.on')}
            </Button>
            <Button
              variant="secondary"
              aria-pressed={!room.videoOn}
              disabled={call.identityVerified !== true || ended}
              aria-describedby={call.identityVerified !== true ? 'audio-only-hint' : undefined}
              onClick={() =>
                void room
                  .setVideoEnabled(!room.videoOn)
                  .catch((error: unknown) => setFailure(errorText(error)))
              }
            >
              {room.videoOn ? t('console.audioOnly.on') : t('console.audioOnly.off')}
            </Button>
            {needsInterpreter && !ended ? (
              <Button
                variant="secondary"
                aria-expanded={inviteOpen}
                aria-controls="invite-panel"
                onClick={() => setInviteOpen(!inviteOpen)}
              >
                {t('console.interpreter.toggle')}
              </Button>
            ) : null}
            {room.connection.remotes.map((remote) => (
              <ConnectionIndicator
                key={remote.participantId}
                quality={room.connection.quality[remote.participantId]}
                who={labelOf(remote.participantId)}
              />
            ))}
            <Button variant="warning" onClick={() => void room.leave()}>
              {t('console.leave')}
            </Button>
          </div>
          {call.identityVerified !== true ? (
            <p id="audio-only-hint" className="govgr-hint staff-console__hint">
              {t('console.audioOnly.hint')}
            </p>
          ) : null}
          {needsInterpreter && !ended ? (
            <div id="invite-panel" className="staff-console__invite" hidden={!inviteOpen}>
              <p className="staff-console__needs">
                {t('console.request.needs', { needs: needs.join(' · ') })}
              </p>
              {inviteOpen ? <InviteInterpreter callId={call.id} /> : null}
            </div>
          ) : null}
        </section>
        <div className="staff-console__panel">
          <ol className="staff-console__steps" aria-label={t('console.steps.title')}>
            <CallStepItem
              step={identityStep}
              title={stepTitle('identity')}
              headingRef={stepHeadings.identity}
              summary={
                identitySummary ? (
                  <span data-testid="identity-recorded">{identitySummary}</span>
                ) : undefined
              }
            >
              {check || ended ? null : (
                <IdentityCheck
                  call={call}
                  bookedName={details.fullName}
                  onCall={room.setCall}
                  onRecorded={(verified) => focusStep(verified ? 'request' : 'outcome')}
                />
              )}
            </CallStepItem>
            <CallStepItem
              step={requestStep}
              title={stepTitle('request')}
              headingRef={stepHeadings.request}
              summary={
                requestStep.state === 'done' ? localized(details.procedure.title) : undefined
              }
            >
              {needs.length ? (
                <div className="staff-console__needs-callout" data-testid="special-requirements">
                  <p>
                    <strong>{t('console.request.needs', { needs: needs.join(' · ') })}</strong>
                  </p>
                </div>
              ) : null}
              <BookingDetails bookingId={bookingId} nested />
              {requestStep.state === 'current' ? (
                <Button
                  onClick={() => {
                    setRequestRead(true)
                    focusStep('outcome')
                  }}
                >
                  {t('console.request.continue')}
                </Button>
              ) : null}
            </CallStepItem>
            <CallStepItem
              step={outcomeStep}
              title={stepTitle('outcome')}
              headingRef={stepHeadings.outcome}
              summary={ended && !call.submission ? t('console.outcome.endedWithout') : undefined}
            >
              {outcomeStep.state === 'locked' ? <p>{t('console.outcome.locked')}</p> : null}
              {check && !check.verified && !ended ? (
                <p>{t('console.outcome.notVerified')}</p>
              ) : null}
              {call.identityVerified === true || call.submission ? (
                <SubmissionForm
                  call={call}
                  defaultDelivery={details.deliveryMethod}
                  onCall={room.setCall}
                />
              ) : null}
              {!ended && call.status === 'IN_CALL' ? (
                <EndCall callId={call.id} onCall={room.setCall} />
              ) : null}
            </CallStepItem>
          </ol>
          {handOver}
        </div>
      </div>
    </div>
  )
}
