import type { CallSignal } from './signals'

/**
 * The receiving end of the call's signalling mailbox. graphql-ws has no replay, so after a
 * reconnect a client fetches what it missed after the last seq it saw (issue 11 defect 10: not
 * from 0, which in a long call is thousands of signals); both paths meet here. Each signal is
 * delivered once: while a fetch is in flight live signals wait, then the fetched and the
 * waiting ones go out in sequence order. Own echoes and signals for others are dropped.
 *
 * The server's `callSignals` replays everything after its `afterSeq` before going live, and
 * graphql-ws re-sends that subscription on every reconnect, so a signal published out of order
 * (a later seq seen first) still comes, once, whatever the fetch starts after.
 */
export class SignalMailbox {
  private watermark = 0
  private readonly seen = new Set<number>()
  private replaying = true
  private waiting: CallSignal[] = []

  constructor(
    private readonly me: string,
    private readonly deliver: (signal: CallSignal) => void,
  ) {}

  /** The last sequence number seen: fetch what was missed after it. */
  get afterSeq(): number {
    return this.watermark
  }

  get isReplaying(): boolean {
    return this.replaying
  }

  /** A signal from the live subscription. */
  receive(signal: CallSignal): void {
    if (this.replaying) this.waiting.push(signal)
    else this.apply([signal])
  }

  /**
   * Live signals wait from now until `endReplay`; returns the sequence number to fetch after.
   * A new mailbox is replaying: its first fetch follows the subscription.
   */
  beginReplay(): number {
    this.replaying = true
    return this.watermark
  }

  /** The fetch is answered: deliver what it found and what waited, in order, once each. */
  endReplay(missed: readonly CallSignal[]): void {
    this.replaying = false
    const all = [...missed, ...this.waiting]
    this.waiting = []
    this.apply(all)
  }

  private apply(signals: readonly CallSignal[]): void {
    const ordered = [...signals].sort((a, b) => a.seq - b.seq)
    for (const signal of ordered) {
      if (this.seen.has(signal.seq)) continue
      this.seen.add(signal.seq)
      this.watermark = Math.max(this.watermark, signal.seq)
      if (signal.from === this.me || signal.to !== this.me) continue
      this.deliver(signal)
    }
  }
}
