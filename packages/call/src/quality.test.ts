import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  classifyLink,
  countersOf,
  figuresBetween,
  nextQuality,
  poorForMs,
  QualityMonitor,
  type LinkFigures,
  type StatsEntry,
} from './quality'

const good: LinkFigures = { bitrateKbps: 900, sentKbps: 900, lossPercent: 0, rttMs: 40, fps: 25 }

describe('classifyLink (issue 15 item 4)', () => {
  it('R6.1 a clean line is good', () => {
    expect(classifyLink(good, true)).toBe('good')
  })

  it('R6.1 more than 8 % loss, a round trip over 600 ms, under 10 fps or under 150 kbps is poor', () => {
    expect(classifyLink({ ...good, lossPercent: 8.5 }, true)).toBe('poor')
    expect(classifyLink({ ...good, rttMs: 650 }, true)).toBe('poor')
    expect(classifyLink({ ...good, fps: 8 }, true)).toBe('poor')
    expect(classifyLink({ ...good, bitrateKbps: 120 }, true)).toBe('poor')
  })

  it('R6.1 between good and poor is fair', () => {
    expect(classifyLink({ ...good, lossPercent: 3 }, true)).toBe('fair')
    expect(classifyLink({ ...good, rttMs: 400 }, true)).toBe('fair')
    expect(classifyLink({ ...good, fps: 15 }, true)).toBe('fair')
    expect(classifyLink({ ...good, bitrateKbps: 300 }, true)).toBe('fair')
  })

  it('R6.3 with the other side on audio only, no frames and no video bitrate are not the line’s fault', () => {
    expect(classifyLink({ ...good, fps: 0, bitrateKbps: 0 }, false)).toBe('good')
    expect(classifyLink({ ...good, fps: 0, bitrateKbps: 0, lossPercent: 12 }, false)).toBe('poor')
  })

  it('nothing measured yet is unknown', () => {
    const none = { bitrateKbps: null, sentKbps: null, lossPercent: null, rttMs: null, fps: null }
    expect(classifyLink(none, true)).toBe('unknown')
  })
})

const report = (
  over: {
    videoBytes?: number
    frames?: number
    received?: number
    lost?: number
    audioReceived?: number
    sent?: number
    rtt?: number
  } = {},
): StatsEntry[] => [
  {
    id: 'IV',
    type: 'inbound-rtp',
    kind: 'video',
    bytesReceived: over.videoBytes ?? 0,
    framesDecoded: over.frames ?? 0,
    packetsReceived: over.received ?? 0,
    packetsLost: over.lost ?? 0,
  },
  { id: 'IA', type: 'inbound-rtp', kind: 'audio', packetsReceived: over.audioReceived ?? 0 },
  { id: 'OV', type: 'outbound-rtp', kind: 'video', bytesSent: over.sent ?? 0 },
  { id: 'T', type: 'transport', selectedCandidatePairId: 'P1' },
  { id: 'P0', type: 'candidate-pair', currentRoundTripTime: 9 },
  { id: 'P1', type: 'candidate-pair', currentRoundTripTime: over.rtt ?? 0.05 },
]

describe('figures from getStats (issue 15 item 4)', () => {
  it('R6.1 bitrate, loss, fps are over the interval; the round trip is the selected pair’s', () => {
    const a = countersOf(report({ videoBytes: 0, frames: 0, received: 0 }), 0)
    const b = countersOf(
      report({
        videoBytes: 250_000,
        frames: 50,
        received: 180,
        lost: 20,
        audioReceived: 0,
        sent: 125_000,
        rtt: 0.12,
      }),
      2_000,
    )
    expect(figuresBetween(a, b)).toEqual({
      bitrateKbps: 1000,
      sentKbps: 500,
      lossPercent: 10,
      rttMs: 120,
      fps: 25,
    })
  })

  it('the first reading knows only the round trip; counters of a new connection never go negative', () => {
    const first = countersOf(report({ videoBytes: 9_000, rtt: 0.2 }), 0)
    expect(figuresBetween(null, first)).toMatchObject({ rttMs: 200, fps: null, lossPercent: null })
    const reset = countersOf(report({ videoBytes: 10 }), 2_000)
    expect(figuresBetween(first, reset).bitrateKbps).toBe(0)
  })

  it('R6.3 no video bytes while audio keeps coming is audio only: no bitrate or fps to judge', () => {
    const a = countersOf(report({ videoBytes: 5_000, frames: 10, audioReceived: 100 }), 0)
    const b = countersOf(report({ videoBytes: 5_000, frames: 10, audioReceived: 200 }), 2_000)
    expect(figuresBetween(a, b)).toMatchObject({ bitrateKbps: null, fps: null })
    expect(nextQuality(undefined, figuresBetween(a, b), 2_000).level).toBe('good')
  })

  it('poor since is kept while the link stays poor and cleared when it is not; the worst link counts', () => {
    const poor = { ...good, lossPercent: 20 }
    const q1 = nextQuality(undefined, poor, 1_000)
    const q2 = nextQuality(q1, poor, 3_000)
    expect(q2.poorSinceMs).toBe(1_000)
    const q3 = nextQuality(q2, good, 5_000)
    expect(q3.poorSinceMs).toBeUndefined()
    expect(poorForMs([q2, q3], 12_000)).toBe(11_000)
    expect(poorForMs([q3], 12_000)).toBe(0)
  })
})

// A stand-in for the browser's statistics source only: the real sampling runs in the browser test.
function statsSource(frames: () => number) {
  return {
    connectionState: 'connected' as RTCPeerConnectionState,
    getStats: () =>
      Promise.resolve(
        new Map(
          report({ frames: frames(), videoBytes: frames() * 5_000, received: frames() * 4 }).map(
            (e) => [e.id, e],
          ),
        ) as unknown as RTCStatsReport,
      ),
  }
}

describe('QualityMonitor lifecycle (issue 15 item 4)', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('samples every 2 s while started and leaves no timer after stop', async () => {
    vi.useFakeTimers()
    let frames = 0
    let clock = 0
    const connection = statsSource(() => frames)
    const seen: number[] = []
    const monitor = new QualityMonitor({
      links: () => [{ participantId: 'p', connection }],
      onChange: (quality) => seen.push(quality.p?.fps ?? -1),
      now: () => clock,
    })
    monitor.start()
    expect(vi.getTimerCount()).toBe(1)
    for (let i = 0; i < 3; i++) {
      frames += 50
      clock += 2_000
      await vi.advanceTimersByTimeAsync(2_000)
    }
    expect(seen).toEqual([-1, 25, 25])
    monitor.stop()
    expect(monitor.running).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(seen).toHaveLength(3)
  })

  it('a connection not connected is unknown and starts afresh', async () => {
    const connection = statsSource(() => 10)
    connection.connectionState = 'disconnected'
    let last: unknown
    const monitor = new QualityMonitor({
      links: () => [{ participantId: 'p', connection }],
      onChange: (quality) => (last = quality.p),
    })
    await monitor.sample()
    expect(last).toMatchObject({ level: 'unknown', fps: null })
    monitor.stop()
  })
})
