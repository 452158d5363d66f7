import { createApiClient } from '@keplive/api'

type Listener = () => void
const sessionExpiredListeners = new Set<Listener>()

/** Hears when the server says the session has ended mid-flow; returns the unsubscribe. */
export function onSessionExpired(listener: Listener): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

/** The app's one API client (Apollo over HTTP; subscriptions load on first use). */
export const api = createApiClient({
  onSessionExpired: () => sessionExpiredListeners.forEach((listener) => listener()),
})
