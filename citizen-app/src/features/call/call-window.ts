// The server owns the rule (issue 11 defect 9): Booking.callOpensAt and callClosesAt carry
// the window it enforces (joinCall answers CALL_NOT_OPEN outside it), so the page says when
// the call opens without a copy of the rule.

export type CallWindowState = 'tooEarly' | 'open' | 'closed'

export interface CallWindow {
  opensAt: Date
  closesAt: Date
}

/** When a booking's call can be joined (R2.7), as the API says. */
export function callWindowOf(booking: { callOpensAt: string; callClosesAt: string }): CallWindow {
  return { opensAt: new Date(booking.callOpensAt), closesAt: new Date(booking.callClosesAt) }
}

export function callWindowState(window: CallWindow, now: Date): CallWindowState {
  if (now < window.opensAt) return 'tooEarly'
  if (now >= window.closesAt) return 'closed'
  return 'open'
}
