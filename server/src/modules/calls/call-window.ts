import type { Db } from '../../platform/db/client.js'
import { getSetting } from '../settings/index.js'

// Issue 11 defect 9: the one rule of when a booking's call can be joined (R2.7), read from the
// settings. The calls service, the join links, the emails and the apps (Booking.callOpensAt,
// callClosesAt) all take it from here.

export interface CallWindowRule {
  /** The call opens this long before the slot's start … */
  opensMinutesBefore: number
  /** … and stays open this long after its end (a call may run over). */
  closesMinutesAfterEnd: number
}

export interface CallWindow {
  opensAt: Date
  closesAt: Date
}

/** The rule as the settings say now (`calls.joinOpensMinutesBefore`, `…ClosesMinutesAfterEnd`). */
export async function callWindowRule(db: Db): Promise<CallWindowRule> {
  const [opensMinutesBefore, closesMinutesAfterEnd] = await Promise.all([
    getSetting(db, 'calls.joinOpensMinutesBefore'),
    getSetting(db, 'calls.joinClosesMinutesAfterEnd'),
  ])
  return { opensMinutesBefore, closesMinutesAfterEnd }
}

/** When a booking's call can be joined under a rule: [opensAt, closesAt). */
export function callWindowOf(
  booking: { startsAt: Date; endsAt: Date },
  rule: CallWindowRule,
): CallWindow {
  return {
    opensAt: new Date(booking.startsAt.getTime() - rule.opensMinutesBefore * 60_000),
    closesAt: new Date(booking.endsAt.getTime() + rule.closesMinutesAfterEnd * 60_000),
  }
}

/** Whether `now` is inside the window: from opensAt (included) to closesAt (excluded). */
export const isInCallWindow = (window: CallWindow, now: Date) =>
  now.getTime() >= window.opensAt.getTime() && now.getTime() < window.closesAt.getTime()
