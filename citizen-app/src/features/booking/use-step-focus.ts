import { useEffect, useRef } from 'react'

function focusHeading(): boolean {
  // a step that opens with the server's objections shows them first, as a failed submit would
  const heading =
    document.querySelector<HTMLElement>('main .govgr-error-summary') ??
    document.querySelector<HTMLElement>('main h1')
  if (!heading) return false
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus()
  return true
}

/**
 * Moves focus to the page's `<h1>` whenever `key` changes (a new step), as a page load would
 * for a screen reader (or to its error summary, when it opens with one) — but not on the first render, where the browser's own start applies.
 * A step whose heading is replaced when its data arrives would drop the focus to the page's
 * body: for a few seconds the new heading takes it back.
 */
export function useStepFocus(key: string) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    window.scrollTo(0, 0)
    focusHeading()
    const main = document.querySelector('main')
    if (!main) return
    const observer = new MutationObserver(() => {
      const active = document.activeElement
      if (!active || active === document.body || !active.isConnected) focusHeading()
    })
    observer.observe(main, { childList: true, subtree: true })
    const stop = window.setTimeout(() => observer.disconnect(), 5000)
    return () => {
      window.clearTimeout(stop)
      observer.disconnect()
    }
  }, [key])
}
