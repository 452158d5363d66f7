import { SignalMailbox } from './mailbox'
import { CallMesh, type RemoteView } from './mesh'
import type { PeerFactory } from './peer'
import { QualityMonitor, type LinkQuality } from './quality'
import type { CallSignal, MeshParticipant } from './signals'

export type SocketState = 'idle' | 'connecting' | 'connected' | 'reconnecting'

/** The call's signalling as the server offers it; each app implements it with its own operations. */
export interface CallSignalling {
  send(to: string, negotiationId: string, payload: Record<string, unknown>): Promise<void>
  /** All signals addressed to us after a sequence number (`missedSignals`, every page). */
  missed(afterSeq: number): Promise<CallSignal[]>
  /**
   * The live `callSignals` subscription, which first replays the mailbox after `afterSeq`
   * (the server reads it once the live feed listens, so nothing falls between the two; a
   * re-subscription after a reconnect replays again). Returns the unsubscribe.
   */
  subscribe(
    afterSeq: number,
    onSignal: (signal: CallSignal) => void,
    onError: (error: unknown) => void,
  ): () => void
  socketState(): SocketState
  onSocketState(listener: (state: SocketState) => void): () => void
}

export interface CallConnectionState {
  /** The signalling socket dropped and is coming back: the page says so. */
  reconnecting: boolean
  remotes: RemoteView[]
  /** Each other participant's link quality, by participant id (sampled every 2 s). */
  quality: Record<string, LinkQuality>
  /** How long the worst link has been poor, ms (0: none is poor). */
  poorForMs: number
}

export interface CallConnectionOptions {
  me: MeshParticipant
  signalling: CallSignalling
  createPeer: PeerFactory
  iceServers: RTCIceServer[]
  localStream: MediaStream | null
  onChange: (state: CallConnectionState) => void
  /**
   * Where the network's changes are heard (window 'online', navigator.connection 'change');
   * returns the unsubscribe. Default: the browser's, when there is one.
   */
  watchNetwork?: (onChange: () => void) => () => void
}

/** The browser's network changes: back online, or another kind of network (Wi-Fi → mobile). */
export function watchBrowserNetwork(onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const connection = (navigator as Navigator & { connection?: EventTarget }).connection
  window.addEventListener('online', onChange)
  connection?.addEventListener?.('change', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    connection?.removeEventListener?.('change', onChange)
  }
}

/**
 * The live side of a call once admitted: the mailbox (subscribe, then fetch what was missed,
 * and again after every reconnection of the socket) feeding the mesh of peer connections.
 */
export class CallConnection {
  private readonly mailbox: SignalMailbox
  readonly mesh: CallMesh
  private readonly monitor: QualityMonitor
  private quality: Record<string, LinkQuality> = {}
  private poorForMs = 0
  private reconnecting = false
  private closed = false
  private readonly cleanups: (() => void)[] = []

  constructor(private readonly options: CallConnectionOptions) {
    this.mesh = new CallMesh({
      me: options.me,
      createPeer: options.createPeer,
      send: options.signalling.send.bind(options.signalling),
      iceServers: options.iceServers,
      localStream: options.localStream,
      onChange: () => this.emit(),
    })
    this.mailbox = new SignalMailbox(options.me.id, (signal) => this.mesh.handleSignal(signal))
    this.monitor = new QualityMonitor({
      links: () => this.mesh.connectionsByParticipant(),
      onChange: (quality, poorForMs) => {
        this.quality = quality
        this.poorForMs = poorForMs
        this.emit()
      },
    })
  }

  start(): void {
    const { signalling } = this.options
    this.monitor.start()
    this.cleanups.push(() => this.monitor.stop())
    this.cleanups.push(
      (this.options.watchNetwork ?? watchBrowserNetwork)(() => this.mesh.networkChanged()),
    )
    // the subscription's own replay brings what was sent before it: deliver live at once
    this.mailbox.endReplay([])
    this.cleanups.push(
      signalling.subscribe(
        this.mailbox.afterSeq,
        (signal) => this.mailbox.receive(signal),
        () => this.setReconnecting(true),
      ),
    )
    this.cleanups.push(
      signalling.onSocketState((state) => {
        if (state === 'reconnecting') {
          this.setReconnecting(true)
          this.mailbox.beginReplay()
        } else if (state === 'connected' && this.mailbox.isReplaying) {
          void this.replay()
        }
      }),
    )
  }

  /** After a reconnection: what was missed while the socket was down, fetched over HTTP. */
  private async replay(): Promise<void> {
    if (this.closed) return
    const afterSeq = this.mailbox.beginReplay()
    try {
      this.mailbox.endReplay(await this.options.signalling.missed(afterSeq))
      this.setReconnecting(false)
    } catch {
      // live signals keep waiting until a fetch succeeds
      setTimeout(() => void this.replay(), 2_000)
    }
  }

  private setReconnecting(value: boolean) {
    if (this.reconnecting === value) return
    this.reconnecting = value
    this.emit()
  }

  private emit() {
    if (!this.closed) {
      this.options.onChange({
        reconnecting: this.reconnecting,
        remotes: this.mesh.remotes(),
        quality: this.quality,
        poorForMs: this.poorForMs,
      })
    }
  }

  close(): void {
    this.closed = true
    for (const cleanup of this.cleanups) cleanup()
    this.mesh.destroy()
  }
}
