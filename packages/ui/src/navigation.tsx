import type { ComponentType, ReactNode } from 'react'

/** One entry of an app's main menu. */
export interface NavigationItem {
  /** The address within the app's router, e.g. `/keps`. */
  href: string
  label: string
}

/** The link of the app's router (wouter's `Link`), so a menu entry navigates without a reload. */
export type NavigationLink = ComponentType<{
  href: string
  className: string
  'aria-current'?: 'page'
  children: ReactNode
}>

// A section stays marked on its own sub-pages (/keps/…), "Home" only on the home page.
function isCurrent(href: string, location: string): boolean {
  if (href === '/') return location === '/'
  return location === href || location.startsWith(`${href}/`)
}

/** An app's main menu: its entries (already filtered by role), the current one marked. */
export function Navigation({
  items,
  location,
  label,
  link: Link,
}: {
  items: readonly NavigationItem[]
  /** The router's current location, to mark the current section. */
  location: string
  /** The menu's accessible name, e.g. "Κύριο μενού". */
  label: string
  link: NavigationLink
}) {
  return (
    <nav className="keplive-nav" aria-label={label}>
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
                {item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
