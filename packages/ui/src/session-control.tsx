import { useGraphQL } from './graphql'
import { useLocalized, type LocalizedText } from './i18n/i18n'

export interface SessionControlProps {
  /** Which login this app uses: TaxisNet for citizens, the public-administration one for staff. */
  role: 'citizen' | 'staff' | 'admin'
}

interface MeData {
  me: { role: string; displayName: string } | null
}

// The server is the OAuth client (backend-for-frontend): logging in is a plain link to
// /auth/login, logging out a plain form POST to /auth/logout. No token ever reaches the page.
const text = {
  login: { el: 'Σύνδεση', en: 'Log in' },
  loginHint: {
    citizen: { el: 'με τους κωδικούς TaxisNet', en: 'with your TaxisNet credentials' },
    staff: { el: 'υπαλλήλων Δημόσιας Διοίκησης', en: 'for public-sector employees' },
    admin: { el: 'υπαλλήλων Δημόσιας Διοίκησης', en: 'for public-sector employees' },
  },
  loggedInAs: { el: 'Συνδεδεμένος/η:', en: 'Logged in as' },
  logout: { el: 'Αποσύνδεση', en: 'Log out' },
  session: { el: 'Σύνδεση', en: 'Session' },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>

/** Who is logged in, with a logout button; or a login link that returns to this page. */
export function SessionControl({ role }: SessionControlProps) {
  const l = useLocalized()
  const { data, loading } = useGraphQL<MeData>('query SessionControl { me { role displayName } }')
  if (loading && !data) return null
  const here = `${window.location.pathname}${window.location.search}`
  const me = data?.me
  return (
    <nav className="keplive-session" aria-label={l(text.session)}>
      {me ? (
        <form className="keplive-session__form" method="post" action="/auth/logout">
          <span className="keplive-session__user" data-testid="session-user">
            {l(text.loggedInAs)} {me.displayName}
          </span>{' '}
          <input type="hidden" name="returnTo" value={here} />
          <button className="keplive-header-button" type="submit">
            {l(text.logout)}
          </button>
        </form>
      ) : (
        <a
          className="keplive-session__login"
          href={`/auth/login?role=${role}&returnTo=${encodeURIComponent(here)}`}
        >
          {l(text.login)} <span className="keplive-session__hint">{l(text.loginHint[role])}</span>
        </a>
      )}
    </nav>
  )
}
