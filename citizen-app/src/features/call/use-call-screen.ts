import { useEffect } from 'react'
import './call-screen.css'

/** The class on <html> while the call has the whole screen (see call-screen.css). */
export const callScreenClass = 'keplive-call-screen'

/**
 * Issue 15 item 1: while `active` (the waiting room and the call) the call is a screen of its
 * own — the site's header, menu and footer step aside and the page does not scroll; they come
 * back for the call's outcome. The shell is the app's, so the switch is a class on <html>, not
 * a change to every page's layout.
 */
export function useCallScreen(active: boolean): void {
  useEffect(() => {
    if (!active) return
    const root = document.documentElement
    root.classList.add(callScreenClass)
    return () => root.classList.remove(callScreenClass)
  }, [active])
}
