import { Link, useLocation } from 'wouter'
import type { AdminRole } from '../features/common/use-role'
import { useT } from '../i18n'
import { navigationFor } from './routes'

// A section stays marked on its own sub-pages (/keps/…), "Home" only on the home page.
function isCurrent(path: string, location: string): boolean {
  if (path === '/') return location === '/'
  return location === path || location.startsWith(`${path}/`)
}

/** The admin app's menu, from the route registry, with only what the role can use. */
export function AdminNavigation({ role }: { role: AdminRole }) {
  const t = useT()
  const [location] = useLocation()
  return (
    <nav className="keplive-nav" aria-label={t('nav.label')}>
      <ul className="keplive-nav__list">
        {navigationFor(role).map((route) => {
          const current = isCurrent(route.path, location)
          return (
            <li key={route.path} className="keplive-nav__item">
              <Link
                href={route.path}
                className={
                  current ? 'keplive-nav__link keplive-nav__link--current' : 'keplive-nav__link'
                }
                aria-current={current ? 'page' : undefined}
              >
                {t(route.nav.labelKey)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
