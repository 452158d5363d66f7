import { Navigation } from '@keplive/ui'
import { Link, useLocation } from 'wouter'
import type { AppRole } from '../features/common/use-role'
import { useT } from '../i18n'
import { navigationFor } from './routes'

/** The admin app's menu, from the route registry, with only what the role can use. */
export function AdminNavigation({ role }: { role: AppRole }) {
  const t = useT()
  const [location] = useLocation()
  return (
    <Navigation
      label={t('nav.label')}
      location={location}
      link={Link}
      items={navigationFor(role).map((route) => ({
        href: route.path,
        label: t(route.nav.labelKey),
      }))}
    />
  )
}
