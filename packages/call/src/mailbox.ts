import type { CallSignal } from './signals'

/**
 * The receiving end of the call's signalling mailbox. graphql-ws has no replay, so a client
 * subscribes and then fetches what it missed; both paths meet here. Each signal is delivered
 * once: while a fetch is in flight live signals wait, then the fetched and the waiting ones go
 * out in sequence order. Own echoes and signals for others are dropped.
 *
 * A subscription may start a moment after the fetch was answered, so a live signal can come
 * with an earlier one still missing: the watermark to fetch after moves only with what a fetch
 * returned, never with live signals, and a later fetch fills the hole (duplicates are skipped).
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

  /** Fetch what was missed after this sequence number. */
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
    for (const signal of missed) this.watermark = Math.max(this.watermark, signal.seq)
    const all = [...missed, ...this.waiting]
    this.waiting = []
    this.apply(all)
  }

  private apply(signals: readonly CallSignal[]): void {
    const ordered = [...signals].sort((a, b) => a.seq - b.seq)
    for (const signal of ordered) {
      if (this.seen.has(signal.seq)) continue
      this.seen.add(signal.seq)
      if (signal.from === this.me || signal.to !== this.me) continue
      this.deliver(signal)
    }
  }
}
