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
  /** Caps the video sent on a weak line ('low') or lifts the cap ('normal'). */
  setVideoQuality(quality: VideoQuality): Promise<void>
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

/**
 * The video sent: 'normal', or 'low' on a weak line (at most 250 kbps at half the width and
 * height), chosen from the poor-line offer (issue 15 item 4).
 */
export type VideoQuality = 'normal' | 'low'

/** The cap of 'low': enough for a face and lips at a fluid frame rate on a weak line. */
export const lowVideo = { maxBitrate: 250_000, scaleResolutionDownBy: 2 } as const

export interface PeerOptions {
  initiator: boolean
  /** The video quality the mesh asks for now (a re-created peer keeps the choice). */
  videoQuality?: VideoQuality
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

/**
 * Tunes the video sender. Sign language and a document held to the camera need motion to stay
 * fluid: when bandwidth runs short, keep the frame rate and give up resolution
 * (maintain-framerate, set again on every change, so it holds after a quality change and on a
 * re-created peer). 'low' caps the bitrate and halves the resolution; 'normal' lifts both.
 */
export async function tuneVideoSender(sender: RTCRtpSender, quality: VideoQuality): Promise<void> {
  const parameters = sender.getParameters()
  if (!parameters.encodings?.length) return
  const encodings = parameters.encodings.map((encoding) => {
    const { maxBitrate: _cap, scaleResolutionDownBy: _scale, ...rest } = encoding
    return quality === 'low' ? { ...rest, ...lowVideo } : { ...rest, scaleResolutionDownBy: 1 }
  })
  try {
    await sender.setParameters({
      ...parameters,
      encodings,
      degradationPreference: 'maintain-framerate',
    })
  } catch {
    // a browser that refuses the preference keeps its default balance; try the cap alone
    try {
      await sender.setParameters({ ...sender.getParameters(), encodings })
    } catch {
      // a sender closed meanwhile: the replacing peer is tuned on its own connect
    }
  }
}

function createPeerLink(
  SimplePeer: SimplePeerConstructor,
  { initiator, stream, iceServers, videoQuality = 'normal' }: PeerOptions,
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
  let quality = videoQuality
  const close = (reason: string) => {
    if (closed) return
    closed = true
    events.onClose(reason)
  }
  peer.on('signal', (data) => events.onSignal(data as unknown as Record<string, unknown>))
  peer.on('stream', (remote: MediaStream) => events.onStream(remote))
  peer.on('connect', () => {
    if (videoSender) void tuneVideoSender(videoSender, quality)
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
    setVideoQuality: async (next) => {
      quality = next
      if (!videoSender || closed || connection.connectionState !== 'connected') return
      await tuneVideoSender(videoSender, next)
    },
    destroy: () => {
      closed = true
      peer.destroy()
    },
  }
}
