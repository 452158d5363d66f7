/** Time is passed in, never read: services take a Clock so tests can set "now" to a DST morning. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that stands still until moved; for tests. */
export function fixedClock(start: Date | string): Clock & { set(t: Date | string): void } {
  let now = new Date(start)
  return {
    now: () => new Date(now),
    set: (t) => {
      now = new Date(t)
    },
  }
}
