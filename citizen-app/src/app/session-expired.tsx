import { useEffect, useState } from 'react'
import { Notice } from '@keplive/ui'
import { loadPageMessages, useT } from '../i18n'
import { onSessionExpired } from './api'

/**
 * When the session ends in the middle of something, says so at the top with a login link that
 * comes back to this very page; the pages keep what was typed (the booking flow stores its
 * answers in the tab's session storage), so nothing is lost.
 */
export function SessionExpiredNotice() {
  const t = useT()
  const [expired, setExpired] = useState(false)
  // its texts come with the pages after the home page (loaded by then, but made sure of)
  useEffect(
    () =>
      onSessionExpired(() => {
        const show = () => setExpired(true)
        loadPageMessages().then(show, show)
      }),
    [],
  )
  if (!expired) return null
  const here = `${window.location.pathname}${window.location.search}`
  return (
    <Notice title={t('common.sessionExpired.title')} tone="alert">
      <p>{t('common.sessionExpired.body')}</p>
      <a
        className="govgr-link"
        href={`/auth/login?role=citizen&returnTo=${encodeURIComponent(here)}`}
      >
        {t('common.sessionExpired.login')}
      </a>
    </Notice>
  )
}
