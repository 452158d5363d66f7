import type {
  Instance as SimplePeerInstance,
  SignalData,
  SimplePeer as SimplePeerConstructor,
} from 'simple-peer'

/** One peer-to-peer connection with one other participant. The one adapter over simple-peer. */
export interface PeerLink {
  /** A payload from the other side (offer, answer, ICE candidate). */
  signal(payload: Record<string, unknown>): void
  /** Stops sending video bytes (null) or sends this track again; audio is untouched. */
  setVideoTrack(track: MediaStreamTrack | null): Promise<void>
  /** The underlying connection, for its state and statistics. */
  readonly connection: RTCPeerConnection
  destroy(): void
}

export interface PeerEvents {
  /** A payload to send to the other side through the mailbox. */
  onSignal(payload: Record<string, unknown>): void
  onStream(stream: MediaStream): void
  onConnect(): void
  /** The connection failed or closed; simple-peer cannot restart ICE, so it is replaced. */
  onClose(reason: string): void
}

export interface PeerOptions {
  initiator: boolean
  stream: MediaStream | null
  iceServers: RTCIceServer[]
}

export type PeerFactory = (options: PeerOptions, events: PeerEvents) => PeerLink

/**
 * Loads simple-peer on first use (the pages without a call never download it) after installing
 * the Node globals it expects, and returns a factory of peer links.
 */
export async function loadPeerFactory(): Promise<PeerFactory> {
  await import('./node-globals')
  const { default: SimplePeer } = (await import('simple-peer')) as {
    default: SimplePeerConstructor
  }
  return (options, events) => createPeerLink(SimplePeer, options, events)
}

// Sign language and a document held to the camera need motion to stay fluid: when bandwidth
// runs short, keep the frame rate and give up resolution.
async function preferFrameRate(sender: RTCRtpSender): Promise<void> {
  const parameters = sender.getParameters()
  if (!parameters.encodings?.length) return
  try {
    await sender.setParameters({ ...parameters, degradationPreference: 'maintain-framerate' })
  } catch {
    // a browser that does not support the preference keeps its default balance
  }
}

function createPeerLink(
  SimplePeer: SimplePeerConstructor,
  { initiator, stream, iceServers }: PeerOptions,
  events: PeerEvents,
): PeerLink {
  const peer: SimplePeerInstance = new SimplePeer({
    initiator,
    // Without STUN/TURN (one machine, a LAN) the host candidates are gathered at once: the offer
    // and the answer carry them all, two signals instead of a dozen round trips. With ICE
    // servers, candidates trickle, so a slow relay does not hold the offer back.
    trickle: iceServers.length > 0,
    config: { iceServers },
    ...(stream ? { stream } : {}),
    // Without local media the peer must still ask to receive the other side's.
    offerOptions: { offerToReceiveAudio: true, offerToReceiveVideo: true },
  })
  // simple-peer keeps the RTCPeerConnection as `_pc` and exposes no other way to its senders
  const connection = (peer as unknown as { _pc: RTCPeerConnection })._pc
  const videoSender = connection.getSenders().find((s) => s.track?.kind === 'video') ?? null
  let closed = false
  const close = (reason: string) => {
    if (closed) return
    closed = true
    events.onClose(reason)
  }
  peer.on('signal', (data) => events.onSignal(data as unknown as Record<string, unknown>))
  peer.on('stream', (remote: MediaStream) => events.onStream(remote))
  peer.on('connect', () => {
    if (videoSender) void preferFrameRate(videoSender)
    events.onConnect()
  })
  peer.on('close', () => close('closed'))
  peer.on('error', (error: Error & { code?: string }) => close(error.code ?? error.message))
  return {
    connection,
    signal: (payload) => {
      if (!closed) peer.signal(payload as unknown as SignalData)
    },
    setVideoTrack: async (track) => {
      if (!videoSender || closed) return
      await videoSender.replaceTrack(track)
    },
    destroy: () => {
      closed = true
      peer.destroy()
    },
  }
}
