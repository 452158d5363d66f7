// The server decides (joinCall answers CALL_NOT_OPEN outside the window); these mirror its
// rule so the page can say when the call opens without asking.
export const joinOpensMinutesBefore = 15
export const joinClosesMinutesAfterEnd = 30

export type CallWindowState = 'tooEarly' | 'open' | 'closed'

export interface CallWindow {
  opensAt: Date
  closesAt: Date
}

/** When a booking's call can be joined (R2.7): 15 minutes before its start to 30 after its end. */
export function callWindowOf(booking: { startsAt: string; endsAt: string }): CallWindow {
  return {
    opensAt: new Date(Date.parse(booking.startsAt) - joinOpensMinutesBefore * 60_000),
    closesAt: new Date(Date.parse(booking.endsAt) + joinClosesMinutesAfterEnd * 60_000),
  }
}

export function callWindowState(window: CallWindow, now: Date): CallWindowState {
  if (now < window.opensAt) return 'tooEarly'
  if (now >= window.closesAt) return 'closed'
  return 'open'
}
