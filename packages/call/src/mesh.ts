import { decideSignal, isInitiator, restartPayload, type LinkState } from './negotiation'
import type { PeerFactory, PeerLink, VideoQuality } from './peer'
import type { CallSignal, MeshParticipant } from './signals'

/** Sends one payload to one participant through the call's mailbox. */
export type SendSignal = (
  to: string,
  negotiationId: string,
  payload: Record<string, unknown>,
) => Promise<void>

export type RemoteState = 'connecting' | 'connected' | 'reconnecting'

/** What the page shows of one other participant. */
export interface RemoteView {
  participantId: string
  state: RemoteState
  stream: MediaStream | null
}

interface Link extends LinkState {
  retired: Set<string>
  participant: MeshParticipant
  iStart: boolean
  /**
   * Whether a participant list has named them. An offer can arrive before the event that tells
   * of its sender: such a link is not ended by a list that does not name them yet.
   */
  listed: boolean
  peer: PeerLink
  state: RemoteState
  stream: MediaStream | null
  /** Set when the connection does not come up in time, to try again. */
  watchdog: ReturnType<typeof setTimeout> | undefined
  /** Since when (Date.now()) the connected transport is 'disconnected'. */
  disconnectedSince: number | undefined
}

export interface CallMeshOptions {
  me: MeshParticipant
  createPeer: PeerFactory
  send: SendSignal
  iceServers: RTCIceServer[]
  /** The camera and microphone; null when the device gave none (the others still see us not). */
  localStream: MediaStream | null
  /** Called after every change of what `remotes()` returns. */
  onChange: () => void
  /** How long a connection may take before it is started again. */
  connectTimeoutMs?: number
  newNegotiationId?: () => string
  /** How often the transports of connected peers are checked (issue 15 item 5); default 1 s. */
  transportCheckMs?: number
  /** How long a transport may stay 'disconnected' before the peer is replaced; default 2.5 s. */
  disconnectedGraceMs?: number
  now?: () => number
}

// After a network change (Wi-Fi to mobile) a 'disconnected' transport will not come back on
// the old addresses: for this long after one, it is replaced at once, without the grace.
const networkChangeWindowMs = 10_000

/**
 * One peer connection per other admitted participant (a mesh: two or three people). The
 * later-joined side of each pair offers; a failed or stuck connection is replaced under a new
 * negotiation id, and the other side follows. Stale signals of replaced negotiations are dropped.
 */
export class CallMesh {
  private readonly links = new Map<string, Link>()
  private videoOff = false
  private videoQuality: VideoQuality = 'normal'
  private destroyed = false
  private readonly timeoutMs: number
  private readonly newId: () => string
  private readonly now: () => number
  private transportTimer: ReturnType<typeof setInterval> | undefined
  private networkChangedAt = -Infinity

  constructor(private readonly options: CallMeshOptions) {
    this.timeoutMs = options.connectTimeoutMs ?? 15_000
    this.newId = options.newNegotiationId ?? (() => crypto.randomUUID())
    this.now = options.now ?? (() => Date.now())
  }

  remotes(): RemoteView[] {
    return [...this.links.values()].map((l) => ({
      participantId: l.participant.id,
      state: l.state,
      stream: l.stream,
    }))
  }

  /** The peer connections, e.g. for their statistics. */
  connections(): RTCPeerConnection[] {
    return [...this.links.values()].map((l) => l.peer.connection)
  }

  /** Each other participant's current peer connection, for the quality sampling. */
  connectionsByParticipant(): { participantId: string; connection: RTCPeerConnection }[] {
    return [...this.links.values()].map((l) => ({
      participantId: l.participant.id,
      connection: l.peer.connection,
    }))
  }

  /**
   * The other admitted participants now in the call: connections to newcomers start (where
   * this side offers), connections to those who left end.
   */
  setParticipants(others: readonly MeshParticipant[]): void {
    if (this.destroyed) return
    const present = new Set(others.map((p) => p.id))
    for (const [id, link] of this.links) {
      if (!present.has(id) && link.listed) this.remove(id, link)
    }
    for (const participant of others) {
      if (participant.id === this.options.me.id) continue
      const link = this.links.get(participant.id)
      if (link) {
        link.listed = true
        link.participant = participant
        continue
      }
      if (isInitiator(this.options.me, participant)) this.start(participant, this.newId())
    }
    this.options.onChange()
  }

  /** Ends the connection with a participant who left (their LEFT event). */
  removeParticipant(id: string): void {
    const link = this.links.get(id)
    if (link) this.remove(id, link)
    this.options.onChange()
  }

  /** A signal from the mailbox (already in order, de-duplicated, addressed to us). */
  handleSignal(signal: CallSignal): void {
    if (this.destroyed) return
    const link = this.links.get(signal.from)
    const participant: MeshParticipant = link?.participant ?? { id: signal.from, joinedAt: '' }
    const iStart = link?.iStart ?? false
    const decision = decideSignal(link, signal, iStart)
    switch (decision.kind) {
      case 'apply':
        link!.peer.signal(signal.payload)
        return
      case 'replace': {
        // the answering side learns of a newcomer from its offer, possibly before the event
        this.start(participant, decision.negotiationId, false)
        this.links.get(signal.from)!.peer.signal(signal.payload)
        return
      }
      case 'restart':
        this.start(participant, this.newId())
        return
      case 'drop':
        return
    }
  }

  /** Audio only (R6.3): stop sending video bytes to everyone, or send them again. */
  async setVideoEnabled(enabled: boolean): Promise<void> {
    this.videoOff = !enabled
    const track = enabled ? (this.options.localStream?.getVideoTracks()[0] ?? null) : null
    await Promise.all([...this.links.values()].map((l) => l.peer.setVideoTrack(track)))
  }

  /**
   * Caps the video sent to everyone on a weak line ('low') or lifts the cap ('normal'); peers
   * created later (a reconnection, a newcomer) are tuned the same way.
   */
  async setVideoQuality(quality: VideoQuality): Promise<void> {
    this.videoQuality = quality
    await Promise.all([...this.links.values()].map((l) => l.peer.setVideoQuality(quality)))
  }

  /**
   * The network changed (the browser went online again, Wi-Fi to mobile): check every
   * transport now, and for a while replace one that goes 'disconnected' without waiting.
   */
  networkChanged(): void {
    this.networkChangedAt = this.now()
    this.checkTransports()
  }

  /**
   * Issue 15 item 5: a connected peer whose transport failed, was closed (by the browser, or by
   * anything but us) or stays 'disconnected' past the grace is replaced, as a failed one is.
   * simple-peer 9 cannot restart ICE (its offers wait for a one-time gathering, and it destroys
   * itself on 'failed'), so the peer is re-created under a new negotiation id, which takes a
   * few hundred ms on a working network. Runs every second while there are peers.
   */
  checkTransports(): void {
    if (this.destroyed) return
    const now = this.now()
    const grace =
      now - this.networkChangedAt < networkChangeWindowMs
        ? 0
        : (this.options.disconnectedGraceMs ?? 2_500)
    for (const link of [...this.links.values()]) {
      if (link.state !== 'connected') continue
      const { connectionState, iceConnectionState, signalingState } = link.peer.connection
      if (
        connectionState === 'closed' ||
        connectionState === 'failed' ||
        signalingState === 'closed'
      ) {
        this.recover(link)
      } else if (connectionState === 'disconnected' || iceConnectionState === 'disconnected') {
        link.disconnectedSince ??= now
        if (now - link.disconnectedSince >= grace) this.recover(link)
      } else {
        link.disconnectedSince = undefined
      }
    }
  }

  destroy(): void {
    this.destroyed = true
    clearInterval(this.transportTimer)
    this.transportTimer = undefined
    for (const [id, link] of this.links) this.remove(id, link)
  }

  /** Whether the transport check's timer runs (for the tests: none is left after `destroy`). */
  get checking(): boolean {
    return this.transportTimer !== undefined
  }

  private remove(id: string, link: Link) {
    clearTimeout(link.watchdog)
    link.peer.destroy()
    this.links.delete(id)
  }

  private start(participant: MeshParticipant, negotiationId: string, iStart = true): void {
    const previous = this.links.get(participant.id)
    if (previous) {
      clearTimeout(previous.watchdog)
      previous.peer.destroy()
      previous.retired.add(previous.negotiationId)
    }
    const retired = previous?.retired ?? new Set<string>()
    const { send, createPeer, iceServers, localStream } = this.options
    const link: Link = {
      participant,
      negotiationId,
      retired,
      iStart,
      listed: previous?.listed ?? iStart,
      state: previous ? 'reconnecting' : 'connecting',
      stream: previous?.stream ?? null,
      watchdog: undefined,
      disconnectedSince: undefined,
      peer: undefined as unknown as PeerLink,
    }
    const current = () => this.links.get(participant.id) === link
    link.peer = createPeer(
      { initiator: iStart, stream: localStream, iceServers, videoQuality: this.videoQuality },
      {
        onSignal: (payload) => {
          if (current()) void send(participant.id, negotiationId, payload).catch(() => undefined)
        },
        onStream: (stream) => {
          if (!current()) return
          link.stream = stream
          this.options.onChange()
        },
        onConnect: () => {
          if (!current()) return
          clearTimeout(link.watchdog)
          link.state = 'connected'
          this.options.onChange()
        },
        onClose: () => {
          if (current() && !this.destroyed) this.recover(link)
        },
      },
    )
    if (this.videoOff) void link.peer.setVideoTrack(null)
    link.watchdog = setTimeout(() => {
      if (current() && link.state !== 'connected') this.recover(link)
    }, this.timeoutMs)
    this.links.set(participant.id, link)
    this.transportTimer ??= setInterval(
      () => this.checkTransports(),
      this.options.transportCheckMs ?? 1_000,
    )
    this.options.onChange()
  }

  /** A connection failed: the offering side starts again, the answering side asks it to. */
  private recover(link: Link) {
    link.state = 'reconnecting'
    this.options.onChange()
    if (link.iStart) {
      this.start(link.participant, this.newId())
      return
    }
    void this.options
      .send(link.participant.id, link.negotiationId, { ...restartPayload })
      .catch(() => undefined)
    clearTimeout(link.watchdog)
    link.watchdog = setTimeout(() => {
      if (this.links.get(link.participant.id) === link && link.state !== 'connected') {
        this.recover(link)
      }
    }, this.timeoutMs)
  }
}
