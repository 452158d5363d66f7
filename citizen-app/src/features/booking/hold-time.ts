import type { Slot } from './booking-answers'

// Issue 16 items 1 and 2: the held time's countdown and the citizen's own times, as plain
// functions (tested beside them).

/** Minutes and seconds, as 9:41. */
export const minutesAndSeconds = (ms: number) => {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** What is announced when: nothing until 2 minutes are left, then once, then at expiry. */
export function holdAnnouncement(msLeft: number): 'none' | 'twoMinutes' | 'expired' {
  if (msLeft <= 0) return 'expired'
  return msLeft <= 120_000 ? 'twoMinutes' : 'none'
}

/** Whether a time overlaps one of the citizen's own appointments (issue 16 item 2). */
export function clashes(slot: Slot, own: readonly Slot[]): boolean {
  const [start, end] = [Date.parse(slot.startsAt), Date.parse(slot.endsAt)]
  return own.some((b) => Date.parse(b.startsAt) < end && Date.parse(b.endsAt) > start)
}
