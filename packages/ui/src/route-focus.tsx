import { useEffect, useRef } from 'react'

/**
 * After an in-app navigation (`location` changed), moves focus to the new page's heading, as a
 * page load would move a screen reader to the top: without it, focus stays on a link that no
 * longer exists. Router-agnostic: each app passes its router's location (with the query string
 * when the query names the view, as the staff agenda's does).
 */
export function RouteFocus({ location }: { location: string }) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // the lazily loaded page may render a moment later
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
