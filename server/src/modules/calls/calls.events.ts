import type { PubSub } from '../../platform/pubsub.js'

// The calls module's pub/sub topics and messages. Messages carry ids, not rows: a subscriber
// reads the call's current state when it resolves, and payloads stay small and JSON-only (so
// the LISTEN/NOTIFY implementation can carry them between instances).

export type CallEventType =
  | 'state'
  | 'joined'
  | 'waiting'
  | 'admitted'
  | 'document_requested'
  | 'verified'
  | 'audio_only'
  | 'video_on'
  | 'left'
  | 'ended'
  | 'no_show'
  /** Issue 14 item 2: the booking went to another employee (before the citizen was let in). */
  | 'handed_over'

export interface CallEventMessage {
  type: CallEventType
  callId: string
  participantId: string | null
  /** ISO 8601 */
  at: string
}

export interface CallSignalMessage {
  seq: number
  from: string
  to: string
  negotiationId: string
  payload: Record<string, unknown>
  /** ISO 8601 */
  at: string
}

export interface KepCallMessage {
  callId: string
}

export const topics = {
  /** Everything that happens in one call, for its participants. */
  callEvents: (callId: string) => `call:${callId}:events`,
  /** Signals addressed to one participant (one browser page). */
  signalsTo: (participantId: string) => `participant:${participantId}:signals`,
  /** Any change of any call of a KEP, for its staff's console. */
  kepCalls: (kepId: string) => `kep:${kepId}:calls`,
}

/** Tells a call's participants and its KEP's staff what happened; after the commit. */
export function publishCallEvents(
  pubsub: PubSub,
  call: { id: string; kepId: string },
  events: { type: CallEventType; participantId: string | null }[],
  at: Date,
): void {
  for (const e of events) {
    const message: CallEventMessage = {
      type: e.type,
      callId: call.id,
      participantId: e.participantId,
      at: at.toISOString(),
    }
    pubsub.publish(topics.callEvents(call.id), message)
  }
  if (events.length > 0) {
    const message: KepCallMessage = { callId: call.id }
    pubsub.publish(topics.kepCalls(call.kepId), message)
  }
}
