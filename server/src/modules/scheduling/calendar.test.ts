import { describe, expect, it } from 'vitest'
import { dayClock, holidayOn, inSeason, minutesOf, publicHolidays } from './calendar.js'

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

describe('issue 12 defect 5: the public holidays are the statutory ones', () => {
  // Orthodox Easter Sunday, from the Church's own tables
  const easter: Record<number, string> = {
    2024: '2024-05-05',
    2025: '2025-04-20',
    2026: '2026-04-12',
    2027: '2027-05-02',
    2028: '2028-04-16',
    2029: '2029-04-08',
    2030: '2030-04-28',
    2031: '2031-04-13',
    2035: '2035-04-29',
  }
  const shift = (date: string, days: number) =>
    new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10)
  const statutory = (year: number) =>
    [
      `${year}-01-01`, // New Year
      `${year}-01-06`, // Epiphany
      shift(easter[year]!, -48), // Clean Monday
      `${year}-03-25`, // Independence Day
      shift(easter[year]!, -2), // Good Friday (public services close, see ARCHITECTURE.md)
      shift(easter[year]!, 1), // Easter Monday
      `${year}-05-01`, // Labour Day
      shift(easter[year]!, 50), // Whit Monday (Αγίου Πνεύματος)
      `${year}-08-15`, // Dormition
      `${year}-10-28`, // Ohi Day
      `${year}-12-25`, // Christmas
      `${year}-12-26`, // Synaxis of the Mother of God
    ].sort()

  it.each(Object.keys(easter).map(Number))('%i: exactly the twelve statutory days', (year) => {
    expect([...publicHolidays(year).keys()].sort()).toEqual(statutory(year))
    for (const h of publicHolidays(year).values()) {
      expect(h.nameEl).toBeTruthy()
      expect(h.nameEn).toBeTruthy()
    }
  })

  it('Pentecost Sunday and Easter Sunday are no public holidays of their own; Whit Monday is', () => {
    expect(holidayOn('2027-06-20')).toBeUndefined()
    expect(holidayOn('2026-05-31')).toBeUndefined()
    expect(holidayOn('2027-05-02')).toBeUndefined()
    expect(holidayOn('2027-06-21')?.nameEl).toBe('Αγίου Πνεύματος')
    expect(holidayOn('2027-04-30')?.nameEl).toBe('Μεγάλη Παρασκευή')
  })
})
