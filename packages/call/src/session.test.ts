import { describe, expect, it, vi } from 'vitest'
import type { PeerFactory } from './peer'
import { CallConnection, type CallSignalling, type SocketState } from './session'
import type { CallSignal } from './signals'

function fakeSignalling() {
  const listeners = new Set<(state: SocketState) => void>()
  let live: ((signal: CallSignal) => void) | undefined
  const subscribedAfter: number[] = []
  const fetchedAfter: number[] = []
  let missedAnswer: CallSignal[] = []
  const signalling: CallSignalling = {
    send: async () => undefined,
    missed: async (afterSeq) => {
      fetchedAfter.push(afterSeq)
      return missedAnswer
    },
    subscribe: (afterSeq, onSignal) => {
      subscribedAfter.push(afterSeq)
      live = onSignal
      return () => (live = undefined)
    },
    socketState: () => 'connected',
    onSocketState: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return {
    signalling,
    subscribedAfter,
    fetchedAfter,
    push: (signal: CallSignal) => live?.(signal),
    setSocket: (state: SocketState) => listeners.forEach((l) => l(state)),
    answerMissedWith: (signals: CallSignal[]) => (missedAnswer = signals),
  }
}

const offer = (seq: number, negotiationId = 'emp-n1'): CallSignal => ({
  seq,
  from: 'emp',
  to: 'cit',
  negotiationId,
  payload: { type: 'offer', seq },
})

function connection(watchNetwork?: (onChange: () => void) => () => void) {
  const fake = fakeSignalling()
  const signalled: Record<string, unknown>[] = []
  const states: boolean[] = []
  const createPeer: PeerFactory = () => ({
    connection: {} as RTCPeerConnection,
    signal: (payload) => signalled.push(payload),
    setVideoTrack: async () => undefined,
    setVideoQuality: async () => undefined,
    destroy: () => undefined,
  })
  const call = new CallConnection({
    me: { id: 'cit', joinedAt: '2027-01-12T08:25:00.000Z' },
    signalling: fake.signalling,
    createPeer,
    iceServers: [],
    localStream: null,
    onChange: (state) => states.push(state.reconnecting),
    ...(watchNetwork ? { watchNetwork } : {}),
  })
  return { call, fake, signalled, states }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the call connection (issue 7 item 9: recovery)', () => {
  it('subscribes with the mailbox replayed from the start and hands signals to the peers at once', () => {
    const { call, fake, signalled } = connection()
    call.start()
    expect(fake.subscribedAfter).toEqual([0])
    fake.push(offer(3))
    expect(signalled).toEqual([{ type: 'offer', seq: 3 }])
    call.close()
  })

  it('R2.7 says it is reconnecting while the socket is down, then fetches what it missed and goes on', async () => {
    const { call, fake, signalled, states } = connection()
    call.start()
    fake.push(offer(3))
    fake.setSocket('reconnecting')
    expect(states.at(-1)).toBe(true)
    // the re-subscription replays too: a signal may come twice, and out of order
    fake.push(offer(5))
    fake.answerMissedWith([offer(4)])
    fake.setSocket('connected')
    await flush()
    // issue 11 defect 10: after the last seq it saw, not from 0
    expect(fake.fetchedAfter).toEqual([3])
    expect(states.at(-1)).toBe(false)
    expect(signalled.map((p) => p.seq)).toEqual([3, 4, 5])
    call.close()
  })

  it('does not fetch over HTTP on the first connection of the socket', async () => {
    const { call, fake } = connection()
    call.start()
    fake.setSocket('connected')
    await flush()
    expect(fake.fetchedAfter).toEqual([])
    call.close()
  })

  it('R2.7 issue 15 item 5: a network change makes the mesh check its transports; close stops listening and sampling', () => {
    vi.useFakeTimers()
    try {
      let heard: (() => void) | null = null
      const { call } = connection((onChange) => {
        heard = onChange
        return () => (heard = null)
      })
      const checked = vi.spyOn(call.mesh, 'networkChanged')
      call.start()
      heard!()
      expect(checked).toHaveBeenCalledTimes(1)
      expect(vi.getTimerCount()).toBeGreaterThan(0) // the quality sampling
      call.close()
      expect(heard).toBeNull()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
