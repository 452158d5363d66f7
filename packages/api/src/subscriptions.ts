import { ApolloLink } from '@apollo/client/link'
import { GraphQLWsLink } from '@apollo/client/link/subscriptions'
import type { Client } from 'graphql-ws'
import { Observable } from 'rxjs'

/** The state of the subscription socket, for a "reconnecting…" notice. */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'reconnecting'

type Listener = (state: SocketState) => void

/**
 * Subscriptions over graphql-ws, loaded on first use: pages without live data (the booking flow)
 * never download the socket client. The socket reconnects for ever with back-off; listeners hear
 * each change so a call can show that it is reconnecting and replay what it missed.
 */
export class LazySubscriptionLink extends ApolloLink {
  private client: Promise<Client> | undefined
  private state: SocketState = 'idle'
  private readonly listeners = new Set<Listener>()

  constructor(private readonly url: () => string) {
    super()
  }

  get socketState(): SocketState {
    return this.state
  }

  /** Calls `listener` on every change of the socket's state; returns the unsubscribe. */
  onSocketState(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private setState(state: SocketState) {
    this.state = state
    for (const listener of this.listeners) listener(state)
  }

  private socket(): Promise<Client> {
    this.client ??= import('graphql-ws').then(({ createClient }) =>
      createClient({
        url: this.url(),
        lazy: true,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        on: {
          connecting: (isRetry) => this.setState(isRetry ? 'reconnecting' : 'connecting'),
          connected: () => this.setState('connected'),
          closed: () => {
            if (this.state === 'connected') this.setState('reconnecting')
          },
        },
      }),
    )
    return this.client
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | undefined
      let closed = false
      this.socket().then(
        (client) => {
          if (!closed) inner = new GraphQLWsLink(client).request(operation).subscribe(observer)
        },
        (error: unknown) => observer.error(error),
      )
      return () => {
        closed = true
        inner?.unsubscribe()
      }
    })
  }
}
