import { useEffect, useRef } from 'react'
import { useLocation } from 'wouter'

/**
 * After an in-app navigation, moves focus to the new page's heading, as a page load would move
 * a screen reader to the top: without it, focus stays on a link that no longer exists.
 */
export function RouteFocus() {
  const [location] = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // a lazily loaded page may render a moment later
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main h1')
      if (!heading) return
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus()
    }, 50)
    return () => window.clearTimeout(timer)
  }, [location])
  return null
}
