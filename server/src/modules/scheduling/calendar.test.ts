import { describe, expect, it } from 'vitest'
import { dayClock, holidayOn, inSeason, minutesOf } from './calendar.js'

const instantOf = (date: string, time: string) => dayClock(date).at(minutesOf(time))

describe('the Greek calendar', () => {
  it.each([
    ['2027-05-03', 'Δευτέρα του Πάσχα'],
    ['2027-06-21', 'Αγίου Πνεύματος'],
    ['2026-04-13', 'Δευτέρα του Πάσχα'],
    ['2026-06-01', 'Αγίου Πνεύματος'],
    ['2027-03-15', 'Καθαρά Δευτέρα'],
    ['2027-10-28', 'Επέτειος του Όχι'],
  ])('R3.3 knows %s is a public holiday (%s), Orthodox Easter computed', (date, name) => {
    expect(holidayOn(date)?.nameEl).toBe(name)
    expect(holidayOn(date)?.nameEn).toBeTruthy()
  })

  it('does not count observances (e.g. Mothers\u2019 Day) as holidays', () => {
    expect(holidayOn('2027-05-09')).toBeUndefined()
    expect(holidayOn('2027-05-04')).toBeUndefined()
  })

  it('turns Athens wall-clock times into instants across both DST changes', () => {
    expect(new Date(instantOf('2026-10-24', '10:00')).toISOString()).toBe(
      '2026-10-24T07:00:00.000Z',
    )
    expect(new Date(instantOf('2026-10-25', '10:00')).toISOString()).toBe(
      '2026-10-25T08:00:00.000Z',
    )
    expect(new Date(instantOf('2027-03-27', '10:00')).toISOString()).toBe(
      '2027-03-27T08:00:00.000Z',
    )
    expect(new Date(instantOf('2027-03-28', '10:00')).toISOString()).toBe(
      '2027-03-28T07:00:00.000Z',
    )
    // 03:30 does not exist on 28 March 2027: clocks jump from 03:00 to 04:00
    const spring = dayClock('2027-03-28')
    expect(spring.minuteOfDay(instantOf('2027-03-28', '03:30'))).toBe(4 * 60 + 30)
  })

  it('handles seasons that wrap the new year', () => {
    expect(inSeason('12-20', '09-16', '06-14')).toBe(true)
    expect(inSeason('07-01', '09-16', '06-14')).toBe(false)
    expect(inSeason('07-01', '06-15', '09-15')).toBe(true)
  })
})
