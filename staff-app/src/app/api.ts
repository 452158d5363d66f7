import { createApiClient } from '@keplive/api'

/** The app's one API client: Apollo over HTTP, subscriptions over graphql-ws. */
export const api = createApiClient({
  onSessionExpired: () => {
    // a staff session ends after 15 idle minutes: back to the login, returning to this page
    const here = `${window.location.pathname}${window.location.search}`
    window.location.assign(`/auth/login?role=staff&returnTo=${encodeURIComponent(here)}`)
  },
})
