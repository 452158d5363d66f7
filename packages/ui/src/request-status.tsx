import type { RequestError } from './graphql'
import { useLanguage, useT } from './i18n/i18n'

/**
 * The text to show for a failed request, in the current language: "try again in a moment"
 * while the service is briefly unavailable (SERVICE_UNAVAILABLE, HTTP 503), else the server's
 * own message, else a generic one for the kind.
 */
export function useErrorMessage(): (error: RequestError) => string {
  const t = useT()
  const { language } = useLanguage()
  return (error) =>
    error.code === 'SERVICE_UNAVAILABLE'
      ? t('ui.error.unavailable')
      : (error.messages?.[language] ??
        t(error.kind === 'network' ? 'ui.error.network' : 'ui.error.unexpected'))
}

/**
 * A polite live region for a request's loading and error states. It is rendered even when
 * empty: screen readers announce changes only in a region that already exists.
 */
export function RequestStatus({
  loading,
  error,
}: {
  loading: boolean
  error: RequestError | undefined
}) {
  const t = useT()
  const errorMessage = useErrorMessage()
  return (
    <div role="status" aria-live="polite" className="request-status">
      {loading ? <p>{t('ui.loading')}</p> : null}
      {!loading && error ? <p className="request-status__error">{errorMessage(error)}</p> : null}
    </div>
  )
}
