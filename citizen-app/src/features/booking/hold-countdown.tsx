import { useEffect, useState } from 'react'
import { useT } from '../../i18n'
import { holdAnnouncement, minutesAndSeconds } from './hold-time'

/**
 * The time left on the citizen's hold (issue 16 item 1), shown on the steps after the time.
 * The visible count changes every second but is no live region (a screen reader would talk
 * every second); a separate polite region speaks twice: at 2 minutes left, and at expiry.
 */
export function HoldCountdown({ deadline }: { deadline: number }) {
  const t = useT()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const left = deadline - now
  const announce = holdAnnouncement(left)
  return (
    <div className="keplive-hold" data-testid="hold-countdown">
      {/* no role: a status or alert role would be a live region, read out every second */}
      <p className="govgr-body">
        {left > 0 ? t('hold.left', { time: minutesAndSeconds(left) }) : t('hold.expired')}
      </p>
      <p className="govgr-visually-hidden" aria-live="polite">
        {announce === 'twoMinutes' ? t('hold.twoMinutes') : null}
        {announce === 'expired' ? t('hold.expired') : null}
      </p>
    </div>
  )
}
