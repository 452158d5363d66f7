/** One message of the call's signalling mailbox, as the server relays it. */
export interface CallSignal {
  /** The mailbox's sequence number: increasing per call, with gaps (signals to others). */
  seq: number
  /** The sending participant. */
  from: string
  /** The receiving participant. */
  to: string
  /** Which peer connection between the two it belongs to; a re-created peer gets a new one. */
  negotiationId: string
  payload: Record<string, unknown>
}

/** A participant as the mesh needs to know them. */
export interface MeshParticipant {
  id: string
  /** ISO time; the later-joined of two participants starts their connection. */
  joinedAt: string
}
