import { useQuery } from '@apollo/client/react'
import { Loading } from '@keplive/ui'
import type { ReactNode } from 'react'
import { useT } from '../../i18n'
import { BookingFlowMeQuery } from './operations'

/** The link to the TaxisNet login that comes back to this very page (R2.1). */
export function loginHref(): string {
  const here = `${window.location.pathname}${window.location.search}`
  return `/auth/login?role=citizen&returnTo=${encodeURIComponent(here)}`
}

/** Who is logged in, for the pages that need a citizen. */
export function useCitizen() {
  const { data, loading, error } = useQuery(BookingFlowMeQuery, { fetchPolicy: 'cache-first' })
  return { me: data?.me ?? null, loading: loading && !data, error }
}

/**
 * Shows `children` to a logged-in citizen; anyone else gets the login step first (R2.1). The
 * page's queries run only below it, so nobody is told their session "ended" before logging in.
 */
export function LoginRequired({
  heading,
  children,
}: {
  heading: string
  children: (me: { firstName?: string | null; lastName?: string | null }) => ReactNode
}) {
  const t = useT()
  const { me, loading } = useCitizen()
  if (loading) return <Loading />
  if (me?.role === 'CITIZEN') return <>{children(me)}</>
  return (
    <>
      <h1 className="govgr-heading-xl" tabIndex={-1}>
        {heading}
      </h1>
      {me ? (
        <p className="govgr-body">{t('booking.login.notCitizen')}</p>
      ) : (
        <>
          <p className="govgr-body">{t('booking.login.why')}</p>
          <p className="govgr-body">{t('booking.login.kept')}</p>
          <a className="govgr-btn govgr-btn-primary" href={loginHref()}>
            {t('booking.login.button')}
          </a>
        </>
      )}
    </>
  )
}
