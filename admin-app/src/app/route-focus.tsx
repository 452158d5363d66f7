import { RouteFocus as FocusOnChange } from '@keplive/ui'
import { useLocation } from 'wouter'

/** Focus on the new page's heading after an in-app navigation (packages/ui RouteFocus). */
export function RouteFocus() {
  const [location] = useLocation()
  return <FocusOnChange location={location} />
}
