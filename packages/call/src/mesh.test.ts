import { describe, expect, it, vi } from 'vitest'
import { CallMesh } from './mesh'
import type { PeerEvents, PeerFactory, PeerOptions } from './peer'
import type { CallSignal } from './signals'

interface FakePeer {
  options: PeerOptions
  events: PeerEvents
  received: Record<string, unknown>[]
  videoTrack: MediaStreamTrack | null | 'initial'
  destroyed: boolean
}

function harness(me: { id: string; joinedAt: string }) {
  const peers: FakePeer[] = []
  const sent: { to: string; negotiationId: string; payload: Record<string, unknown> }[] = []
  const createPeer: PeerFactory = (options, events) => {
    const peer: FakePeer = {
      options,
      events,
      received: [],
      videoTrack: 'initial',
      destroyed: false,
    }
    peers.push(peer)
    return {
      connection: {} as RTCPeerConnection,
      signal: (payload) => peer.received.push(payload),
      setVideoTrack: async (track) => {
        peer.videoTrack = track
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
