import { useEffect, useRef } from 'react'

/** How long a page may take to show its heading (it comes with its data) before focus gives up. */
const headingWait = 5_000

function focusHeading(heading: HTMLElement) {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus()
}

/**
 * After an in-app navigation (`location` changed), moves focus to the new page's heading, as a
 * page load would move a screen reader to the top: without it, focus stays on a link that no
 * longer exists. Router-agnostic: each app passes its router's location (with the query string
 * when the query names the view, as the staff agenda's does). A page whose heading comes with
 * its data (a loading state first) gets the focus when the heading appears; in either case not
 * when the user has already moved the focus somewhere on the new page.
 */
export function RouteFocus({ location }: { location: string }) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const focusedBefore = document.activeElement
    // the user went on by themselves (focus on something still on the page that they chose)
    const userMoved = () => {
      const now = document.activeElement
      return now !== null && now !== document.body && now !== focusedBefore && now.isConnected
    }
    let observer: MutationObserver | undefined
    let giveUp: number | undefined
    // the lazily loaded page may render a moment later
    const timer = window.setTimeout(() => {
      // on a slow device the timer may fire after the user has moved on: never pull them back
      if (userMoved()) return
      const heading = document.querySelector<HTMLElement>('main h1')
      if (heading) return focusHeading(heading)
      const main = document.querySelector('main')
      if (!main) return
      observer = new MutationObserver(() => {
        const arrived = main.querySelector<HTMLElement>('h1')
        if (!arrived) return
        observer?.disconnect()
        window.clearTimeout(giveUp)
        if (!userMoved()) focusHeading(arrived)
      })
      observer.observe(main, { childList: true, subtree: true })
      giveUp = window.setTimeout(() => observer?.disconnect(), headingWait)
    }, 50)
    return () => {
      window.clearTimeout(timer)
      window.clearTimeout(giveUp)
      observer?.disconnect()
    }
  }, [location])
  return null
}
