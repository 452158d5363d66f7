import { Link, useLocation } from 'wouter'
import { useT, type MessageKey } from '../i18n'

const items: { path: string; labelKey: MessageKey }[] = [
  { path: '/', labelKey: 'nav.agenda' },
  { path: '/search', labelKey: 'nav.search' },
  { path: '/settings', labelKey: 'nav.settings' },
]

/** The staff app's menu, for an employee who acknowledged the acceptable-use notice. */
export function StaffNavigation() {
  const t = useT()
  const [location] = useLocation()
  return (
    <nav className="keplive-nav" aria-label={t('nav.label')}>
      <ul className="keplive-nav__list">
        {items.map((item) => {
          // the agenda's calls belong to it; other sections match their own path
          const current =
            item.path === '/'
              ? location === '/' || location.startsWith('/calls/')
              : location === item.path || location.startsWith(`${item.path}/`)
          return (
            <li key={item.path} className="keplive-nav__item">
              <Link
                href={item.path}
                className={
                  current ? 'keplive-nav__link keplive-nav__link--current' : 'keplive-nav__link'
                }
                aria-current={current ? 'page' : undefined}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
