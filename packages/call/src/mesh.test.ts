import { describe, expect, it, vi } from 'vitest'
import { CallMesh } from './mesh'
import type { PeerEvents, PeerFactory, PeerOptions, VideoQuality } from './peer'
import type { CallSignal } from './signals'

interface FakePeer {
  options: PeerOptions
  events: PeerEvents
  received: Record<string, unknown>[]
  videoTrack: MediaStreamTrack | null | 'initial'
  quality: VideoQuality | undefined
  destroyed: boolean
  /** The transport's states as the browser would report them. */
  connection: {
    connectionState: RTCPeerConnectionState
    iceConnectionState: RTCIceConnectionState
    signalingState: RTCSignalingState
  }
}

function harness(me: { id: string; joinedAt: string }, clock = { now: 0 }) {
  const peers: FakePeer[] = []
  const sent: { to: string; negotiationId: string; payload: Record<string, unknown> }[] = []
  const createPeer: PeerFactory = (options, events) => {
    const peer: FakePeer = {
      options,
      events,
      received: [],
      videoTrack: 'initial',
      quality: options.videoQuality,
      destroyed: false,
      connection: { connectionState: 'new', iceConnectionState: 'new', signalingState: 'stable' },
    }
    peers.push(peer)
    return {
      connection: peer.connection as RTCPeerConnection,
      signal: (payload) => peer.received.push(payload),
      setVideoTrack: async (track) => {
        peer.videoTrack = track
      },
      setVideoQuality: async (quality) => {
        peer.quality = quality
      },
      destroy: () => {
        peer.destroyed = true
      },
    }
  }
  let n = 0
  const mesh = new CallMesh({
    me,
    createPeer,
    send: async (to, negotiationId, payload) => {
      sent.push({ to, negotiationId, payload })
    },
    iceServers: [],
    localStream: null,
    onChange: () => undefined,
    newNegotiationId: () => `${me.id}-n${++n}`,
    now: () => clock.now,
  })
  return { mesh, peers, sent }
}

const employee = { id: 'emp', joinedAt: '2027-01-12T08:28:00.000Z' }
const citizen = { id: 'cit', joinedAt: '2027-01-12T08:25:00.000Z' }
const interpreter = { id: 'int', joinedAt: '2027-01-12T08:35:00.000Z' }

const from = (sender: string, negotiationId: string, seq: number, payload = {}): CallSignal => ({
  seq,
  from: sender,
  to: 'me',
  negotiationId,
  payload,
})

describe('the mesh of peer connections', () => {
  it('R2.8 the later-joined side offers to each earlier one: three people, three connections', () => {
    const atInterpreter = harness(interpreter)
    atInterpreter.mesh.setParticipants([employee, citizen])
    expect(atInterpreter.peers.map((p) => p.options.initiator)).toEqual([true, true])

    const atCitizen = harness(citizen)
    atCitizen.mesh.setParticipants([employee, interpreter])
    expect(atCitizen.peers).toHaveLength(0) // it answers the others' offers
    atCitizen.mesh.handleSignal(from('int', 'int-n2', 1, { type: 'offer' }))
    expect(atCitizen.peers).toHaveLength(1)
    expect(atCitizen.peers[0]!.options.initiator).toBe(false)
    expect(atCitizen.peers[0]!.received).toEqual([{ type: 'offer' }])
  })

  it('sends its peer’s signals to the other side under the negotiation id', () => {
    const atEmployee = harness(employee)
    atEmployee.mesh.setParticipants([citizen])
    atEmployee.peers[0]!.events.onSignal({ type: 'offer', sdp: 'x' })
    expect(atEmployee.sent).toEqual([
      { to: 'cit', negotiationId: 'emp-n1', payload: { type: 'offer', sdp: 'x' } },
    ])
  })

  it('R2.7 re-creates a failed peer under a new negotiation id; the other side follows and drops stale signals', () => {
    const atEmployee = harness(employee)
    atEmployee.mesh.setParticipants([citizen])
    atEmployee.peers[0]!.events.onClose('ERR_ICE_CONNECTION_FAILURE')
    expect(atEmployee.peers).toHaveLength(2)
    expect(atEmployee.peers[0]!.destroyed).toBe(true)
    expect(atEmployee.mesh.remotes()[0]!.state).toBe('reconnecting')
    atEmployee.peers[1]!.events.onSignal({ type: 'offer' })
    expect(atEmployee.sent.at(-1)!.negotiationId).toBe('emp-n2')

    const atCitizen = harness(citizen)
    atCitizen.mesh.setParticipants([employee])
    atCitizen.mesh.handleSignal(from('emp', 'emp-n1', 1, { type: 'offer', n: 1 }))
    atCitizen.mesh.handleSignal(from('emp', 'emp-n2', 2, { type: 'offer', n: 2 }))
    atCitizen.mesh.handleSignal(from('emp', 'emp-n1', 3, { candidate: 'late' }))
    expect(atCitizen.peers).toHaveLength(2)
    expect(atCitizen.peers[0]!.destroyed).toBe(true)
    expect(atCitizen.peers[1]!.received).toEqual([{ type: 'offer', n: 2 }])
  })

  it('the answering side whose peer fails asks the offering side to start again', () => {
    const atCitizen = harness(citizen)
    atCitizen.mesh.handleSignal(from('emp', 'emp-n1', 1, { type: 'offer' }))
    atCitizen.peers[0]!.events.onClose('closed')
    expect(atCitizen.sent).toEqual([
      { to: 'emp', negotiationId: 'emp-n1', payload: { restart: true } },
    ])

    const atEmployee = harness(employee)
    atEmployee.mesh.setParticipants([citizen])
    atEmployee.mesh.handleSignal(from('cit', 'emp-n1', 2, { restart: true }))
    expect(atEmployee.peers).toHaveLength(2)
  })

  it('keeps a connection whose offer came before the event that lists its sender, ends it when they leave', () => {
    const atCitizen = harness(citizen)
    atCitizen.mesh.handleSignal(from('int', 'int-n1', 1, { type: 'offer' }))
    atCitizen.mesh.setParticipants([employee])
    expect(atCitizen.peers[0]!.destroyed).toBe(false)
    atCitizen.mesh.setParticipants([employee, interpreter])
    atCitizen.mesh.setParticipants([employee])
    expect(atCitizen.peers[0]!.destroyed).toBe(true)
    expect(atCitizen.mesh.remotes()).toEqual([])
  })

  it('R6.3 audio only stops the video of every connection, and of connections made later', async () => {
    const atEmployee = harness(employee)
    atEmployee.mesh.setParticipants([citizen])
    await atEmployee.mesh.setVideoEnabled(false)
    expect(atEmployee.peers[0]!.videoTrack).toBeNull()
    atEmployee.mesh.setParticipants([citizen, { id: 'a-later', joinedAt: citizen.joinedAt }])
    expect(atEmployee.peers[1]!.videoTrack).toBeNull()
    await atEmployee.mesh.setVideoEnabled(true)
    // no local stream in this harness: "back on" hands the camera track, here none
    expect(atEmployee.peers.map((p) => p.videoTrack)).toEqual([null, null])
  })

  it('starts a connection again when it does not come up in time', () => {
    vi.useFakeTimers()
    try {
      const atEmployee = harness(employee)
      atEmployee.mesh.setParticipants([citizen])
      vi.advanceTimersByTime(15_001)
      expect(atEmployee.peers).toHaveLength(2)
      atEmployee.peers[1]!.events.onConnect()
      vi.advanceTimersByTime(60_000)
      expect(atEmployee.peers).toHaveLength(2)
      expect(atEmployee.mesh.remotes()[0]!.state).toBe('connected')
    } finally {
      vi.useRealTimers()
    }
  })
})

const connected = (peer: FakePeer) => {
  peer.connection.connectionState = 'connected'
  peer.connection.iceConnectionState = 'connected'
  peer.events.onConnect()
}

describe('network changes (issue 15 item 5)', () => {
  it('R2.7 a connected peer whose connection was closed without us is replaced: the offering side re-creates it', () => {
    const atEmployee = harness(employee)
    atEmployee.mesh.setParticipants([citizen])
    connected(atEmployee.peers[0]!)
    atEmployee.peers[0]!.connection.connectionState = 'closed'
    atEmployee.mesh.checkTransports()
    expect(atEmployee.peers).toHaveLength(2)
    expect(atEmployee.peers[0]!.destroyed).toBe(true)
    expect(atEmployee.mesh.remotes()[0]!.state).toBe('reconnecting')
    connected(atEmployee.peers[1]!)
    expect(atEmployee.mesh.remotes()[0]!.state).toBe('connected')
    atEmployee.mesh.destroy()
  })

  it('R2.7 the answering side whose transport failed asks the offering side to start again', () => {
    const atCitizen = harness(citizen)
    atCitizen.mesh.handleSignal(from('emp', 'emp-n1', 1, { type: 'offer' }))
    connected(atCitizen.peers[0]!)
    atCitizen.peers[0]!.connection.connectionState = 'failed'
    atCitizen.mesh.checkTransports()
    expect(atCitizen.sent).toEqual([
      { to: 'emp', negotiationId: 'emp-n1', payload: { restart: true } },
    ])
    expect(atCitizen.mesh.remotes()[0]!.state).toBe('reconnecting')
    atCitizen.mesh.destroy()
  })

  it('R2.7 a transport disconnected past 2.5 s is replaced; a shorter blip is not', () => {
    const clock = { now: 0 }
    const atEmployee = harness(employee, clock)
    atEmployee.mesh.setParticipants([citizen])
    connected(atEmployee.peers[0]!)
    atEmployee.peers[0]!.connection.iceConnectionState = 'disconnected'
    atEmployee.mesh.checkTransports()
    clock.now = 2_000
    atEmployee.mesh.checkTransports()
    atEmployee.peers[0]!.connection.iceConnectionState = 'connected'
    clock.now = 3_000
    atEmployee.mesh.checkTransports()
    expect(atEmployee.peers).toHaveLength(1)
    atEmployee.peers[0]!.connection.connectionState = 'disconnected'
    clock.now = 4_000
    atEmployee.mesh.checkTransports()
    clock.now = 6_500
    atEmployee.mesh.checkTransports()
    expect(atEmployee.peers).toHaveLength(2)
    atEmployee.mesh.destroy()
  })

  it('R2.7 after a network change a disconnected transport is replaced at once', () => {
    const clock = { now: 0 }
    const atEmployee = harness(employee, clock)
    atEmployee.mesh.setParticipants([citizen])
    connected(atEmployee.peers[0]!)
    atEmployee.mesh.networkChanged()
    expect(atEmployee.peers).toHaveLength(1) // still connected: nothing to do
    atEmployee.peers[0]!.connection.connectionState = 'disconnected'
    clock.now = 1_000
    atEmployee.mesh.checkTransports()
    expect(atEmployee.peers).toHaveLength(2)
    atEmployee.mesh.destroy()
  })

  it('checks the transports every second while there are peers, and leaves no timer after destroy', () => {
    vi.useFakeTimers()
    try {
      const atEmployee = harness(employee)
      atEmployee.mesh.setParticipants([citizen])
      connected(atEmployee.peers[0]!)
      atEmployee.peers[0]!.connection.signalingState = 'closed'
      vi.advanceTimersByTime(1_000)
      expect(atEmployee.peers).toHaveLength(2)
      expect(atEmployee.mesh.checking).toBe(true)
      atEmployee.mesh.destroy()
      expect(atEmployee.mesh.checking).toBe(false)
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('video quality on a weak line (issue 15 item 4)', () => {
  it('R6.1 lower quality applies to every peer and to peers created later, until lifted', async () => {
    const atEmployee = harness(employee)
    atEmployee.mesh.setParticipants([citizen])
    expect(atEmployee.peers[0]!.quality).toBe('normal')
    await atEmployee.mesh.setVideoQuality('low')
    expect(atEmployee.peers[0]!.quality).toBe('low')
    atEmployee.peers[0]!.events.onClose('ERR_ICE_CONNECTION_FAILURE')
    expect(atEmployee.peers[1]!.quality).toBe('low')
    await atEmployee.mesh.setVideoQuality('normal')
    expect(atEmployee.peers[1]!.quality).toBe('normal')
    atEmployee.mesh.destroy()
  })
})
