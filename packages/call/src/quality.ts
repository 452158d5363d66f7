/**
 * How good one peer connection is now, for the connection indicator and the poor-line offer
 * (issue 15 item 4). Figures are over the last sampling interval, not since the call began, so
 * a line that turns bad shows it within one interval.
 */
export type QualityLevel = 'good' | 'fair' | 'poor' | 'unknown'

export interface LinkQuality {
  level: QualityLevel
  /** Video received from the other side, kilobits per second (null: nothing measured yet). */
  bitrateKbps: number | null
  /** Video sent to the other side, kilobits per second. */
  sentKbps: number | null
  /** Share of the video and audio packets from the other side lost in the interval, in %. */
  lossPercent: number | null
  /** The round trip of the connection's active candidate pair, in ms. */
  rttMs: number | null
  /** Video frames per second decoded from the other side. */
  fps: number | null
  /** Since when (ms, `performance.now()`-like clock of the sampler) the link is poor. */
  poorSinceMs?: number
}

export const unknownQuality: LinkQuality = {
  level: 'unknown',
  bitrateKbps: null,
  sentKbps: null,
  lossPercent: null,
  rttMs: null,
  fps: null,
}

/**
 * The limits, in one place. Poor: what makes a face or a document unreadable or speech break
 * up — more than 8 % of packets lost, a round trip over 600 ms (people talk over each other),
 * fewer than 10 frames a second (sign language breaks up), or under 150 kbps of video. Fair:
 * noticeably worse than a good line (2 % loss, 300 ms, 20 fps, 400 kbps) but still usable.
 * The frame rate and the bitrate count only while the other side sends video (not audio only).
 */
export const qualityThresholds = {
  poor: { lossPercent: 8, rttMs: 600, fps: 10, bitrateKbps: 150 },
  fair: { lossPercent: 2, rttMs: 300, fps: 20, bitrateKbps: 400 },
} as const

export interface LinkFigures {
  bitrateKbps: number | null
  sentKbps: number | null
  lossPercent: number | null
  rttMs: number | null
  fps: number | null
}

/**
 * The level of a link from its figures. `videoExpected`: the other side sends video (not audio
 * only), so few frames or little bitrate is a fault of the line. Unknown when nothing is measured.
 */
export function classifyLink(figures: LinkFigures, videoExpected: boolean): QualityLevel {
  const { lossPercent, rttMs, fps, bitrateKbps } = figures
  const measured = [lossPercent, rttMs, videoExpected ? fps : null].some((v) => v !== null)
  if (!measured) return 'unknown'
  const worse = (limits: (typeof qualityThresholds)['poor' | 'fair']) =>
    (lossPercent !== null && lossPercent > limits.lossPercent) ||
    (rttMs !== null && rttMs > limits.rttMs) ||
    (videoExpected && fps !== null && fps < limits.fps) ||
    (videoExpected && bitrateKbps !== null && bitrateKbps < limits.bitrateKbps)
  if (worse(qualityThresholds.poor)) return 'poor'
  if (worse(qualityThresholds.fair)) return 'fair'
  return 'good'
}

/** The counters of one statistics report that the figures are computed from. */
export interface StatsCounters {
  /** When the report was taken, ms. */
  at: number
  videoBytesReceived: number
  videoBytesSent: number
  framesDecoded: number
  packetsReceived: number
  packetsLost: number
  audioPacketsReceived: number
  /** Seconds, from the nominated candidate pair; null before one is chosen. */
  roundTripSeconds: number | null
  /** Whether any inbound video stream exists (the other side sends or sent video). */
  hasInboundVideo: boolean
}

/** A statistics entry as `RTCPeerConnection.getStats()` gives it (only the fields read here). */
export type StatsEntry = Record<string, unknown> & { type: string; id: string }

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0)

/** Sums the counters of a statistics report (every inbound/outbound stream, the active pair). */
export function countersOf(entries: Iterable<StatsEntry>, at: number): StatsCounters {
  const counters: StatsCounters = {
    at,
    videoBytesReceived: 0,
    videoBytesSent: 0,
    framesDecoded: 0,
    packetsReceived: 0,
    packetsLost: 0,
    audioPacketsReceived: 0,
    roundTripSeconds: null,
    hasInboundVideo: false,
  }
  const all = [...entries]
  const byId = new Map(all.map((e) => [e.id, e]))
  let selectedPairId: string | null = null
  for (const entry of all) {
    if (entry.type === 'transport' && typeof entry.selectedCandidatePairId === 'string') {
      selectedPairId = entry.selectedCandidatePairId
    }
  }
  for (const entry of all) {
    const kind = entry.kind ?? entry.mediaType
    if (entry.type === 'inbound-rtp') {
      counters.packetsReceived += num(entry.packetsReceived)
      counters.packetsLost += num(entry.packetsLost)
      if (kind === 'audio') counters.audioPacketsReceived += num(entry.packetsReceived)
      if (kind === 'video') {
        counters.hasInboundVideo = true
        counters.videoBytesReceived += num(entry.bytesReceived)
        counters.framesDecoded += num(entry.framesDecoded)
      }
    } else if (entry.type === 'outbound-rtp' && kind === 'video') {
      counters.videoBytesSent += num(entry.bytesSent)
    }
  }
  // the transport names the pair in use; without it, the nominated pair that succeeded
  const pair =
    (selectedPairId ? byId.get(selectedPairId) : undefined) ??
    all.find((e) => e.type === 'candidate-pair' && e.nominated === true && e.state === 'succeeded')
  if (pair && typeof pair.currentRoundTripTime === 'number') {
    counters.roundTripSeconds = pair.currentRoundTripTime
  }
  return counters
}

/**
 * The figures between two readings of the same connection (`previous` null: the first reading,
 * only the round trip is known). Counters that went backwards (a new connection) count as none.
 * No video bytes while audio keeps coming means the other side sends no video (audio only,
 * R6.3): the received bitrate and frame rate are then null, not a fault of the line.
 */
export function figuresBetween(previous: StatsCounters | null, now: StatsCounters): LinkFigures {
  const rttMs = now.roundTripSeconds === null ? null : Math.round(now.roundTripSeconds * 1000)
  const seconds = previous ? (now.at - previous.at) / 1000 : 0
  if (!previous || seconds <= 0) {
    return { bitrateKbps: null, sentKbps: null, lossPercent: null, rttMs, fps: null }
  }
  const delta = (key: keyof StatsCounters) =>
    Math.max(0, (now[key] as number) - (previous[key] as number))
  const received = delta('packetsReceived')
  const lost = delta('packetsLost')
  const kbps = (bytes: number) => Math.round((bytes * 8) / 1000 / seconds)
  const videoSent =
    now.hasInboundVideo && (delta('videoBytesReceived') > 0 || delta('audioPacketsReceived') === 0)
  return {
    bitrateKbps: videoSent ? kbps(delta('videoBytesReceived')) : null,
    sentKbps: kbps(delta('videoBytesSent')),
    lossPercent: received + lost > 0 ? Math.round((lost / (received + lost)) * 1000) / 10 : null,
    rttMs,
    fps: videoSent ? Math.round((delta('framesDecoded') / seconds) * 10) / 10 : null,
  }
}

/**
 * The next quality of a link: the level from the figures (video counts when the other side
 * sends it), and since when it is poor (kept while it stays poor, cleared as soon as it is not).
 */
export function nextQuality(
  previous: LinkQuality | undefined,
  figures: LinkFigures,
  nowMs: number,
): LinkQuality {
  const level = classifyLink(figures, figures.fps !== null)
  const quality: LinkQuality = { level, ...figures }
  if (level === 'poor') quality.poorSinceMs = previous?.poorSinceMs ?? nowMs
  return quality
}

/** How long the worst link has been poor, ms (0 when none is). */
export function poorForMs(qualities: Iterable<LinkQuality>, nowMs: number): number {
  let longest = 0
  for (const q of qualities) {
    if (q.level === 'poor' && q.poorSinceMs !== undefined) {
      longest = Math.max(longest, nowMs - q.poorSinceMs)
    }
  }
  return longest
}

/** One other participant's current connection, to sample. */
export interface SampledLink {
  participantId: string
  connection: Pick<RTCPeerConnection, 'getStats' | 'connectionState'>
}

export interface QualityMonitorOptions {
  links: () => SampledLink[]
  onChange: (quality: Record<string, LinkQuality>, poorForMs: number) => void
  intervalMs?: number
  now?: () => number
}

/**
 * Samples `getStats()` of every connected peer connection every 2 s and reports each remote's
 * quality. The timer stops on `stop()`; a connection that is replaced starts afresh (its
 * counters are new), so a reconnection never shows as a burst of loss.
 */
export class QualityMonitor {
  private timer: ReturnType<typeof setInterval> | undefined
  private readonly counters = new Map<string, { connection: unknown; counters: StatsCounters }>()
  private quality: Record<string, LinkQuality> = {}
  private sampling = false
  private stopped = false
  private readonly now: () => number

  constructor(private readonly options: QualityMonitorOptions) {
    this.now = options.now ?? (() => performance.now())
  }

  start(): void {
    if (this.timer || this.stopped) return
    this.timer = setInterval(() => void this.sample(), this.options.intervalMs ?? 2_000)
  }

  /** Reads every connection once; overlapping calls are skipped (a slow getStats). */
  async sample(): Promise<void> {
    if (this.sampling || this.stopped) return
    this.sampling = true
    try {
      const links = this.options.links()
      const next: Record<string, LinkQuality> = {}
      await Promise.all(
        links.map(async (link) => {
          const { participantId, connection } = link
          if (connection.connectionState !== 'connected') {
            this.counters.delete(participantId)
            next[participantId] = { ...unknownQuality }
            return
          }
          let report: RTCStatsReport
          try {
            report = await connection.getStats()
          } catch {
            // a connection closed between the check and the read: unknown until replaced
            next[participantId] = { ...unknownQuality }
            return
          }
          const nowMs = this.now()
          const counters = countersOf(report.values() as Iterable<StatsEntry>, nowMs)
          const before = this.counters.get(participantId)
          const previous = before?.connection === connection ? before.counters : null
          this.counters.set(participantId, { connection, counters })
          next[participantId] = nextQuality(
            this.quality[participantId],
            figuresBetween(previous, counters),
            nowMs,
          )
        }),
      )
      if (this.stopped) return
      for (const id of this.counters.keys()) {
        if (!(id in next)) this.counters.delete(id)
      }
      this.quality = next
      this.options.onChange(next, poorForMs(Object.values(next), this.now()))
    } finally {
      this.sampling = false
    }
  }

  stop(): void {
    this.stopped = true
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** Whether the sampling timer runs (for the tests: nothing is left behind after `stop`). */
  get running(): boolean {
    return this.timer !== undefined
  }
}
