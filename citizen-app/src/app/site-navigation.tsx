import { Link, useLocation } from 'wouter'
import { useT, type MessageKey } from '../i18n'

const items: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.home' },
  { href: '/book', label: 'nav.book' },
  { href: '/bookings', label: 'nav.bookings' },
  { href: '/my-data', label: 'nav.myData' },
  { href: '/manual', label: 'nav.manual' },
]

// "My bookings" stays marked on a booking's own pages (/bookings/…), "Home" only on the home page.
function isCurrent(href: string, location: string): boolean {
  if (href === '/') return location === '/'
  return location === href || location.startsWith(`${href}/`)
}

/**
 * The citizen app's main navigation: a bar under the header on a wide screen, behind the
 * header's menu button on a phone (the shell's layout decides, issue 16 item 6).
 */
export function SiteNavigation() {
  const t = useT()
  const [location] = useLocation()
  return (
    <nav className="keplive-nav" aria-label={t('nav.label')}>
      <ul className="keplive-nav__list">
        {items.map((item) => {
          const current = isCurrent(item.href, location)
          return (
            <li key={item.href} className="keplive-nav__item">
              <Link
                href={item.href}
                className={
                  current ? 'keplive-nav__link keplive-nav__link--current' : 'keplive-nav__link'
                }
                aria-current={current ? 'page' : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
