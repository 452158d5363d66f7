import { describe, expect, it } from 'vitest'
import { callWindowOf, callWindowState } from './call-window'

describe('when a call can be joined', () => {
  // As the API answers under the default settings: 15 minutes before, 30 after the end.
  const booking = {
    callOpensAt: '2027-01-12T08:15:00.000Z',
    callClosesAt: '2027-01-12T09:15:00.000Z',
  }
  const window = callWindowOf(booking)

  it('issue 11 defect 9: takes the window from the API, not from a copy of the rule', () => {
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
