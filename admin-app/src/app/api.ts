import { createApiClient } from '@keplive/api'

/** The app's one API client: Apollo over HTTP, subscriptions over graphql-ws. */
export const api = createApiClient({
  onSessionExpired: () => {
    // an administrator's session ends when idle: back to the login, returning to this page
    const here = `${window.location.pathname}${window.location.search}`
    window.location.assign(`/auth/login?role=admin&returnTo=${encodeURIComponent(here)}`)
  },
})
