import { createContext, useContext, useEffect, useId, type ReactNode } from 'react'

/**
 * How specific a title is: a booking step ("Βήμα 3 από 7: Ημέρα") names the page more precisely
 * than the page around it ("Κλείστε ραντεβού"), so the step's wins whichever effect runs last.
 */
export type PageTitleRank = 'page' | 'step'

/** Where a page names itself for the browser tab (Layout provides it): set, or clear with null. */
export type SetPageTitle = (id: string, title: { text: string; rank: PageTitleRank } | null) => void

export const PageTitleContext = createContext<SetPageTitle>(() => undefined)

const rankOrder: Record<PageTitleRank, number> = { page: 0, step: 1 }

/** The title the tab shows among those set: the most specific, then the latest set. */
export function chosenPageTitle(
  titles: readonly { text: string; rank: PageTitleRank }[],
): string | null {
  let chosen: { text: string; rank: PageTitleRank } | null = null
  for (const title of titles) {
    if (!chosen || rankOrder[title.rank] >= rankOrder[chosen.rank]) chosen = title
  }
  return chosen?.text ?? null
}

/**
 * Names the page in the browser tab, before the app's own title ("Τα ραντεβού μου — Τρίτη
 * 1 Δεκεμβρίου — myKEPlive — Υπάλληλοι ΚΕΠ"); the app's title alone again when the page goes
 * (WCAG 2.4.2). A booking step names itself with rank 'step', over its page's title.
 */
export function usePageTitle(title: string, rank: PageTitleRank = 'page'): void {
  const setTitle = useContext(PageTitleContext)
  const id = useId()
  useEffect(() => {
    setTitle(id, { text: title, rank })
    return () => setTitle(id, null)
  }, [setTitle, id, title, rank])
}

/** A page's one `<h1>`, in the one page-title style of every app (issue 16 item 7). */
export function PageHeading({ children, focusable }: { children: ReactNode; focusable?: boolean }) {
  return (
    <h1 className="keplive-page-title" tabIndex={focusable ? -1 : undefined}>
      {children}
    </h1>
  )
}
