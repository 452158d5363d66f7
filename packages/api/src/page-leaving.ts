/**
 * Whether the page is on its way out. From the moment a navigation starts (a link, a form such
 * as the logout button's, a reload) until the next document replaces this one, the old page
 * still runs and may hear UNAUTHENTICATED, most plainly right after logging out. That is not a
 * session that ran out under someone's hands, and answering it by navigating to the login
 * would overtake the navigation under way. A page restored from the back/forward cache is in
 * use again.
 */
export function watchPageLeaving(page: Pick<EventTarget, 'addEventListener'>): () => boolean {
  let leaving = false
  page.addEventListener('beforeunload', () => {
    leaving = true
  })
  page.addEventListener('pagehide', () => {
    leaving = true
  })
  page.addEventListener('pageshow', () => {
    leaving = false
  })
  return () => leaving
}
