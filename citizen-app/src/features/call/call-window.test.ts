import { describe, expect, it } from 'vitest'
import { callWindowOf, callWindowState } from './call-window'

describe('when a call can be joined', () => {
  const booking = { startsAt: '2027-01-12T08:30:00.000Z', endsAt: '2027-01-12T08:45:00.000Z' }
  const window = callWindowOf(booking)

  it('R2.7 opens 15 minutes before the start and closes 30 minutes after the end', () => {
    expect(window.opensAt.toISOString()).toBe('2027-01-12T08:15:00.000Z')
    expect(window.closesAt.toISOString()).toBe('2027-01-12T09:15:00.000Z')
  })

  it('is too early, open and closed at the edges', () => {
    expect(callWindowState(window, new Date('2027-01-12T08:14:59.999Z'))).toBe('tooEarly')
    expect(callWindowState(window, new Date('2027-01-12T08:15:00.000Z'))).toBe('open')
    expect(callWindowState(window, new Date('2027-01-12T09:14:59.999Z'))).toBe('open')
    expect(callWindowState(window, new Date('2027-01-12T09:15:00.000Z'))).toBe('closed')
  })
})
