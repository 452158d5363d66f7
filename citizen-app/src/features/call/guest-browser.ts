// Issue 11 defect 5: an interpreter's invitation is bound to the browser that used it first.
// The server hands that browser a key on its first join; kept here (this browser only), it
// lets a reload rejoin. Another browser has none and is refused.

const storageKey = (invitationToken: string) => `keplive.guest.${invitationToken}`

/** The key this browser received for the invitation, if it joined with it before. */
export function readBrowserKey(invitationToken: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(invitationToken))
  } catch {
    return null // storage refused (private mode): the page asks for the name again
  }
}

export function keepBrowserKey(invitationToken: string, browserKey: string): void {
  try {
    window.localStorage.setItem(storageKey(invitationToken), browserKey)
  } catch {
    // without storage a reload of this page cannot rejoin; joining now still works
  }
}
