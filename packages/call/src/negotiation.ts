import type { CallSignal, MeshParticipant } from './signals'

/**
 * Which of two participants starts (offers) their connection: the one who joined later, as it
 * is the one that finds the other already there; equal times fall to the greater id. A reloaded
 * page is a new, later participant, so it starts every connection afresh.
 */
export function isInitiator(me: MeshParticipant, other: MeshParticipant): boolean {
  const mine = Date.parse(me.joinedAt)
  const theirs = Date.parse(other.joinedAt)
  if (mine !== theirs) return mine > theirs
  return me.id > other.id
}

/** What one side knows of its connection with one other participant. */
export interface LinkState {
  /** The negotiation of the peer connection in use. */
  negotiationId: string
  /** Negotiations given up on: their late signals are stale. */
  retired: ReadonlySet<string>
}

export type SignalDecision =
  /** Hand the payload to the current peer. */
  | { kind: 'apply' }
  /** (the answering side) The other side started a new negotiation: replace the peer. */
  | { kind: 'replace'; negotiationId: string }
  /** (the starting side) The other side's peer failed: start a new negotiation. */
  | { kind: 'restart' }
  | { kind: 'drop'; reason: 'stale' | 'unknown' }

/** A payload asking the starting side for a new negotiation (the answering side cannot offer). */
export const restartPayload = { restart: true } as const

export const isRestart = (payload: Record<string, unknown>) => payload.restart === true

/** What to do with a signal from the other participant of a link. */
export function decideSignal(
  link: LinkState | undefined,
  signal: Pick<CallSignal, 'negotiationId' | 'payload'>,
  iStart: boolean,
): SignalDecision {
  const id = signal.negotiationId
  if (link?.retired.has(id)) return { kind: 'drop', reason: 'stale' }
  if (iStart) {
    if (!link || link.negotiationId !== id) return { kind: 'drop', reason: 'unknown' }
    return isRestart(signal.payload) ? { kind: 'restart' } : { kind: 'apply' }
  }
  if (isRestart(signal.payload)) return { kind: 'drop', reason: 'unknown' }
  if (!link || link.negotiationId !== id) return { kind: 'replace', negotiationId: id }
  return { kind: 'apply' }
}
