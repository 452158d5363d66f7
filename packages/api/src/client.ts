import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client'
import { ApolloLink } from '@apollo/client/link'
import { ErrorLink } from '@apollo/client/link/error'
import { getMainDefinition } from '@apollo/client/utilities'
import { apiErrorOf } from './errors'
import { watchPageLeaving } from './page-leaving'
import { LazySubscriptionLink } from './subscriptions'

export interface ApiClientOptions {
  /** Where the API answers; the same origin as the page by default. */
  endpoint?: string
  /**
   * Called when the server says the session has ended (UNAUTHENTICATED) in the middle of
   * something, so the app can offer to log in again without losing what was typed. Not called
   * once the page is navigating away (after the logout button, say): the next page decides.
   */
  onSessionExpired?: () => void
}

export interface ApiClient {
  apollo: ApolloClient
  subscriptions: LazySubscriptionLink
}

function socketUrl(endpoint: string): string {
  const url = new URL(endpoint, window.location.href)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}

/**
 * The Apollo Client of an app: queries and mutations over HTTP with the session cookie,
 * subscriptions over graphql-ws on the same path, and one place that notices an ended session.
 */
export function createApiClient({
  endpoint = '/graphql',
  onSessionExpired,
}: ApiClientOptions = {}): ApiClient {
  const subscriptions = new LazySubscriptionLink(() => socketUrl(endpoint))
  const http = new HttpLink({ uri: endpoint, credentials: 'same-origin' })
  // the citizen app's build renders pages to HTML in Node, where there is no window to watch
  const leaving = typeof window === 'undefined' ? () => false : watchPageLeaving(window)
  const errors = new ErrorLink(({ error }) => {
    if (apiErrorOf(error)?.code === 'UNAUTHENTICATED' && !leaving()) onSessionExpired?.()
  })
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query)
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription'
    },
    subscriptions,
    http,
  )
  const apollo = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  })
  return { apollo, subscriptions }
}
