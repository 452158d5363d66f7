import { Button } from '@keplive/ui'
import { useEffect, useId, useState } from 'react'
import { useT } from './i18n'
import type { VideoQuality } from './peer'
import './quality.css'

export interface PoorLineOfferProps {
  /** `useCallConnection(...).poorForMs`: how long the worst link has been poor, ms. */
  poorForMs: number
  /**
   * R6.3: audio only is offered only after the employee has verified the identity (before, the
   * camera is needed for the check; only "lower the video quality" is offered).
   */
  identityVerified: boolean
  /** This side sends video now (with audio only already chosen, it is not offered again). */
  videoOn: boolean
  /** `useCallConnection(...).videoQuality`: with 'low' already chosen, it is not offered again. */
  videoQuality: VideoQuality
  /** Audio only chosen: the page turns the camera off as its own audio-only button does. */
  onAudioOnly: () => void
  /** Lower quality chosen: call `setVideoQuality('low')` of useCallConnection. */
  onLowerQuality: () => void
  /** How long the line must have been poor before the offer shows; default 10 s. */
  afterMs?: number
  /** Default `poor-line-offer`. */
  testId?: string
}

/**
 * The offer on a line that has been poor for 10 s (issue 15 item 4): "continue with audio only"
 * (only once the identity is verified, R6.3) and "lower the video quality". It is announced once
 * to screen readers (role=status) when it appears, never takes the focus, and can be closed; it
 * comes back only after the line recovered and turned poor again. Renders only the live region
 * while hidden: place it once, e.g. above the control bar.
 */
export function PoorLineOffer({
  poorForMs,
  identityVerified,
  videoOn,
  videoQuality,
  onAudioOnly,
  onLowerQuality,
  afterMs = 10_000,
  testId = 'poor-line-offer',
}: PoorLineOfferProps) {
  const t = useT()
  const titleId = useId()
  const [dismissed, setDismissed] = useState(false)
  // a recovered line ends the episode: the next poor spell may offer again
  useEffect(() => {
    if (poorForMs === 0) setDismissed(false)
  }, [poorForMs])
  const canAudioOnly = identityVerified && videoOn
  const canLower = videoOn && videoQuality !== 'low'
  const shown = poorForMs >= afterMs && !dismissed && (canAudioOnly || canLower)
  return (
    <>
      <p className="govgr-visually-hidden" role="status">
        {shown
          ? t(canAudioOnly ? 'callQuality.offer.announceAudioOnly' : 'callQuality.offer.announce')
          : ''}
      </p>
      {shown ? (
        <section className="call-quality-offer" aria-labelledby={titleId} data-testid={testId}>
          <p className="call-quality-offer__title" id={titleId}>
            {t('callQuality.offer.title')}
          </p>
          <p>
            {t(
              identityVerified ? 'callQuality.offer.body' : 'callQuality.offer.bodyBeforeIdentity',
            )}
          </p>
          <div className="call-quality-offer__actions">
            {canAudioOnly ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setDismissed(true)
                  onAudioOnly()
                }}
              >
                {t('callQuality.offer.audioOnly')}
              </Button>
            ) : null}
            {canLower ? (
              <Button
                variant="secondary"
                onClick={() => {
                  setDismissed(true)
                  onLowerQuality()
                }}
              >
                {t('callQuality.offer.lowerVideo')}
              </Button>
            ) : null}
            <Button variant="link" onClick={() => setDismissed(true)}>
              {t('callQuality.offer.dismiss')}
            </Button>
          </div>
        </section>
      ) : null}
    </>
  )
}
