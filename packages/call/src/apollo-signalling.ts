import type { ApolloClient, TypedDocumentNode } from '@apollo/client'
import type { CallSignalling, SocketState } from './session'
import type { CallSignal } from './signals'

interface ParticipantVariables {
  callId: string
  participantToken: string
}

/**
 * The three operations of the mailbox, declared in each app (so that its code generator types
 * them) and handed to `apolloSignalling`.
 */
export interface SignallingDocuments {
  send: TypedDocumentNode<
    unknown,
    {
      input: ParticipantVariables & {
        to: string
        negotiationId: string
        payload: Record<string, unknown>
      }
    }
  >
  missed: TypedDocumentNode<
    { missedSignals: { signals: CallSignal[]; hasMore: boolean } },
    ParticipantVariables & { afterSeq: number }
  >
  live: TypedDocumentNode<
    { callSignals: CallSignal },
    ParticipantVariables & { afterSeq?: number | null }
  >
}

/** What `LazySubscriptionLink` (in @keplive/api) tells of its socket. */
export interface SocketStateSource {
  readonly socketState: SocketState
  onSocketState(listener: (state: SocketState) => void): () => void
}

/** The call's signalling over the app's Apollo Client: HTTP for sending and fetching, the socket live. */
export function apolloSignalling(
  apollo: ApolloClient,
  socket: SocketStateSource,
  documents: SignallingDocuments,
  participant: ParticipantVariables,
): CallSignalling {
  return {
    async send(to, negotiationId, payload) {
      await apollo.mutate({
        mutation: documents.send,
        variables: { input: { ...participant, to, negotiationId, payload } },
      })
    },
    async missed(afterSeq) {
      const missed: CallSignal[] = []
      // page on from the last seq of each page until the server says that was all
      for (let after = afterSeq; ;) {
        const { data } = await apollo.query({
          query: documents.missed,
          variables: { ...participant, afterSeq: after },
          fetchPolicy: 'no-cache',
        })
        const page = data?.missedSignals
        if (!page) return missed
        missed.push(...page.signals)
        const last = page.signals.at(-1)
        if (!page.hasMore || !last) return missed
        after = last.seq
      }
    },
    subscribe(afterSeq, onSignal, onError) {
      const subscription = apollo
        .subscribe({
          query: documents.live,
          variables: { ...participant, afterSeq },
          fetchPolicy: 'no-cache',
        })
        .subscribe({
          next: ({ data, error }) => {
            if (error) onError(error)
            else if (data?.callSignals) onSignal(data.callSignals)
          },
          error: onError,
        })
      return () => subscription.unsubscribe()
    },
    socketState: () => socket.socketState,
    onSocketState: (listener) => socket.onSocketState(listener),
  }
}
