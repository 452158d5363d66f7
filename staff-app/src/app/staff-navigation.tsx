import { useQuery } from '@apollo/client/react'
import { Navigation } from '@keplive/ui'
import { Link, useLocation } from 'wouter'
import { staffMeQuery } from '../features/agenda/agenda-operations'
import { useT } from '../i18n'
import { navigationFor, type StaffRole } from './routes'

/**
 * The logged-in employee's role, from `me` (one request, then Apollo's cache); `undefined` while
 * loading and for anyone who is not a KEP's employee. It only shapes the screens.
 */
export function useStaffRole(): StaffRole | undefined {
  const { data } = useQuery(staffMeQuery)
  const role = data?.me?.role
  return role === 'STAFF' || role === 'MANAGER' ? role : undefined
}

/** The staff app's menu, from the route registry: a manager also sees their KEP's pages. */
export function StaffNavigation() {
  const t = useT()
  const [location] = useLocation()
  const role = useStaffRole()
  if (!role) return null
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
