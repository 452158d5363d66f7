import { SignalMailbox } from './mailbox'
import { CallMesh, type RemoteView } from './mesh'
import type { PeerFactory } from './peer'
import type { CallSignal, MeshParticipant } from './signals'

export type SocketState = 'idle' | 'connecting' | 'connected' | 'reconnecting'

/** The call's signalling as the server offers it; each app implements it with its own operations. */
export interface CallSignalling {
  send(to: string, negotiationId: string, payload: Record<string, unknown>): Promise<void>
  /** Signals addressed to us after a sequence number (`missedSignals`). */
  missed(afterSeq: number): Promise<CallSignal[]>
  /** The live `callSignals` subscription; returns the unsubscribe. */
  subscribe(onSignal: (signal: CallSignal) => void, onError: (error: unknown) => void): () => void
  socketState(): SocketState
  onSocketState(listener: (state: SocketState) => void): () => void
}

export interface CallConnectionState {
  /** The signalling socket dropped and is coming back: the page says so. */
  reconnecting: boolean
  remotes: RemoteView[]
}

export interface CallConnectionOptions {
  me: MeshParticipant
  signalling: CallSignalling
  createPeer: PeerFactory
  iceServers: RTCIceServer[]
  localStream: MediaStream | null
  onChange: (state: CallConnectionState) => void
}

// The subscription is registered on the server a moment after the socket says it is connected:
// a second fetch a little later picks up a signal sent in between.
const catchUpDelayMs = 1_000

/**
 * The live side of a call once admitted: the mailbox (subscribe, then fetch what was missed,
 * and again after every reconnection of the socket) feeding the mesh of peer connections.
 */
export class CallConnection {
  private readonly mailbox: SignalMailbox
  readonly mesh: CallMesh
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
  }

  start(): void {
    const { signalling } = this.options
    this.cleanups.push(
      signalling.subscribe(
        (signal) => this.mailbox.receive(signal),
        () => this.setReconnecting(true),
      ),
    )
    this.cleanups.push(
      signalling.onSocketState((state) => {
        if (state === 'reconnecting') {
          this.setReconnecting(true)
          this.mailbox.beginReplay()
        } else if (state === 'connected') {
          void this.replay()
        }
      }),
    )
    void this.replay()
  }

  private async replay(): Promise<void> {
    for (const delay of [0, catchUpDelayMs]) {
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
      if (this.closed) return
      const afterSeq = this.mailbox.beginReplay()
      try {
        this.mailbox.endReplay(await this.options.signalling.missed(afterSeq))
        if (delay === 0) this.setReconnecting(false)
      } catch {
        // live signals keep waiting until a fetch succeeds
        setTimeout(() => void this.replay(), 2_000)
        return
      }
    }
  }

  private setReconnecting(value: boolean) {
    if (this.reconnecting === value) return
    this.reconnecting = value
    this.emit()
  }

  private emit() {
    if (!this.closed) {
      this.options.onChange({ reconnecting: this.reconnecting, remotes: this.mesh.remotes() })
    }
  }

  close(): void {
    this.closed = true
    for (const cleanup of this.cleanups) cleanup()
    this.mesh.destroy()
  }
}
