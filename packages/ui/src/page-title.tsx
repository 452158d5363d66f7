import { createContext, useContext, useEffect } from 'react'

/** Where a page names itself for the browser tab (Layout provides it). */
export const PageTitleContext = createContext<(title: string | null) => void>(() => undefined)

/**
 * Names the page in the browser tab, before the app's own title ("Τα ραντεβού μου — Τρίτη
 * 1 Δεκεμβρίου — myKEPlive — Υπάλληλοι ΚΕΠ"); the app's title alone again when the page goes.
 */
export function usePageTitle(title: string): void {
  const setTitle = useContext(PageTitleContext)
  useEffect(() => {
    setTitle(title)
    return () => setTitle(null)
  }, [setTitle, title])
}
