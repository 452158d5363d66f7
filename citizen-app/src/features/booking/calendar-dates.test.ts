import { describe, expect, it } from 'vitest'
import { addDays, addMonths, athensToday, lastDayOf, weekdayOf, weeksOf } from './calendar-dates'

describe('calendar dates', () => {
  it('R1.2 takes "today" in Athens, not in the machine’s zone', () => {
    // 22:30 UTC on 31 December is already 1 January in Athens (UTC+2)
    expect(athensToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01')
    // 21:30 UTC on 29 March (summer time, UTC+3) is 00:30 on 30 March in Athens
    expect(athensToday(new Date('2026-03-29T21:30:00Z'))).toBe('2026-03-30')
  })

  it('counts days and months across the DST change and year ends', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2027-01', -1)).toBe('2026-12')
    expect(lastDayOf('2028-02')).toBe('2028-02-29')
  })

  it('lays a month out in weeks from Monday', () => {
    expect(weekdayOf('2026-11-30')).toBe(1)
    expect(weekdayOf('2026-11-29')).toBe(7)
    const weeks = weeksOf('2027-02') // 1 February 2027 is a Monday, 28 days
    expect(weeks).toHaveLength(4)
    expect(weeks[0]![0]).toBe('2027-02-01')
    const december = weeksOf('2026-12') // starts on a Tuesday
    expect(december[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(december.at(-1)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      null,
      null,
      null,
    ])
  })
})
