import { useId, useState } from 'react'
import { useT } from './i18n'
import { unknownQuality, type LinkQuality, type QualityLevel } from './quality'
import './quality.css'

export interface ConnectionIndicatorProps {
  /**
   * The link's quality: `useCallConnection(...).quality[participantId]`; absent (not measured
   * yet) shows "measuring".
   */
  quality: LinkQuality | undefined
  /**
   * Whose link this is, as their tile names them, e.g. "Υπάλληλος ΚΕΠ": part of the button's
   * accessible name (so two indicators are told apart) and the title of the figures.
   */
  who: string
  /** Default `connection-indicator`. */
  testId?: string
}

const bars: Record<QualityLevel, number> = { good: 3, fair: 2, poor: 1, unknown: 0 }

/**
 * A small badge with signal bars and the level in words ("Καλή σύνδεση"), never colour alone.
 * Activated (click, Enter, Space) it shows the figures — received and sent bitrate, packet
 * loss, round trip, frames per second — and Escape hides them again. The button is at least
 * 44 px high. Place one per remote, e.g. in the corner of their tile or in the control bar.
 */
export function ConnectionIndicator({
  quality = unknownQuality,
  who,
  testId = 'connection-indicator',
}: ConnectionIndicatorProps) {
  const t = useT()
  const [open, setOpen] = useState(false)
  const figuresId = useId()
  const { level } = quality
  const figure = (value: number | null, key: Parameters<typeof t>[0]) =>
    value === null ? t('callQuality.figures.none') : t(key, { value })
  return (
    <div className={`call-quality call-quality--${level}`} data-testid={testId}>
      <button
        type="button"
        className="call-quality__toggle"
        aria-expanded={open}
        aria-controls={figuresId}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation()
            setOpen(false)
          }
        }}
      >
        <span className="call-quality__bars" aria-hidden="true">
          {[1, 2, 3].map((n) => (
            <span
              key={n}
              className={`call-quality__bar call-quality__bar--${n}${n <= bars[level] ? ' call-quality__bar--on' : ''}`}
            />
          ))}
        </span>
        <span className="call-quality__level" data-level={level}>
          {t(`callQuality.level.${level}`)}
        </span>
        <span className="govgr-visually-hidden"> {t('callQuality.indicator.who', { who })}</span>
      </button>
      <div id={figuresId} className="call-quality__figures" hidden={!open}>
        <p className="call-quality__figures-title">{t('callQuality.figures.title', { who })}</p>
        <dl>
          <dt>{t('callQuality.figures.received')}</dt>
          <dd data-figure="received">{figure(quality.bitrateKbps, 'callQuality.figures.kbps')}</dd>
          <dt>{t('callQuality.figures.sent')}</dt>
          <dd data-figure="sent">{figure(quality.sentKbps, 'callQuality.figures.kbps')}</dd>
          <dt>{t('callQuality.figures.loss')}</dt>
          <dd data-figure="loss">{figure(quality.lossPercent, 'callQuality.figures.percent')}</dd>
          <dt>{t('callQuality.figures.rtt')}</dt>
          <dd data-figure="rtt">{figure(quality.rttMs, 'callQuality.figures.ms')}</dd>
          <dt>{t('callQuality.figures.fps')}</dt>
          <dd data-figure="fps">{figure(quality.fps, 'callQuality.figures.fpsValue')}</dd>
        </dl>
      </div>
    </div>
  )
}
