import { useEffect, useState } from 'react'
import { callWindowOf, callWindowState, type CallWindow, type CallWindowState } from './call-window'

/** The booking's call window and where now stands in it, re-evaluated every 15 seconds. */
export function useCallWindow(
  booking: { callOpensAt: string; callClosesAt: string } | undefined,
): { window: CallWindow; state: CallWindowState } | undefined {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 15_000)
    return () => window.clearInterval(timer)
  }, [])
  if (!booking) return undefined
  const callWindow = callWindowOf(booking)
  return { window: callWindow, state: callWindowState(callWindow, now) }
}
