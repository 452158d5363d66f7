import { describe, expect, it } from 'vitest'
import { clashes, holdAnnouncement, minutesAndSeconds } from './hold-time'

describe('the held time (issue 16 item 1)', () => {
  it('R1.2 counts down in minutes and seconds, never below zero', () => {
    expect(minutesAndSeconds(10 * 60_000)).toBe('10:00')
    expect(minutesAndSeconds(9 * 60_000 + 41_000)).toBe('9:41')
    // a part of a second left still shows as a second
    expect(minutesAndSeconds(400)).toBe('0:01')
    expect(minutesAndSeconds(-5_000)).toBe('0:00')
  })

  it('R1.2 is announced only at 2 minutes left and at expiry, not every second', () => {
    expect(holdAnnouncement(9 * 60_000)).toBe('none')
    expect(holdAnnouncement(120_001)).toBe('none')
    expect(holdAnnouncement(120_000)).toBe('twoMinutes')
    expect(holdAnnouncement(1)).toBe('twoMinutes')
    expect(holdAnnouncement(0)).toBe('expired')
  })

  it('R1.2 a time that overlaps one of the citizen’s appointments clashes; one touching it does not', () => {
    const own = [{ startsAt: '2027-01-05T08:00:00Z', endsAt: '2027-01-05T08:20:00Z' }]
    const at = (from: string, to: string) => ({
      startsAt: `2027-01-05T${from}:00Z`,
      endsAt: `2027-01-05T${to}:00Z`,
    })
    expect(clashes(at('08:10', '08:30'), own)).toBe(true)
    expect(clashes(at('07:50', '08:10'), own)).toBe(true)
    expect(clashes(at('08:20', '08:40'), own)).toBe(false)
    expect(clashes(at('07:40', '08:00'), own)).toBe(false)
    expect(clashes(at('08:10', '08:30'), [])).toBe(false)
  })
})
