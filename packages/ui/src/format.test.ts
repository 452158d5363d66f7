import { describe, expect, it } from 'vitest'
import {
  addLocalDays,
  formatDateTime,
  formatLocalDate,
  formatLongDate,
  formatTime,
  localToday,
} from './format'

describe('dates in full, Athens time', () => {
  it('writes a moment as people say it, in Greek and in English', () => {
    expect(formatDateTime('2027-01-12T08:30:00Z', 'el')).toBe('Τρίτη 12 Ιανουαρίου 2027, 10:30')
    expect(formatDateTime('2027-01-12T08:30:00Z', 'en')).toBe('Tuesday, 12 January 2027, 10:30')
  })

  it('follows summer time: 07:00 UTC in July is 10:00 in Athens', () => {
    expect(formatTime('2027-07-06T07:00:00Z', 'el')).toBe('10:00')
  })

  it('keeps a calendar day on its date', () => {
    expect(formatLocalDate('2026-10-25', 'el')).toBe('Κυριακή 25 Οκτωβρίου 2026')
  })

  it('issue 15 item 2: writes a date of birth out, without a weekday, on its own day', () => {
    expect(formatLongDate('1958-04-17', 'el')).toBe('17 Απριλίου 1958')
    expect(formatLongDate('1958-04-17', 'en')).toBe('17 April 1958')
    expect(formatLongDate('1970-01-01', 'el')).toBe('1 Ιανουαρίου 1970')
  })
})

describe('calendar days in Athens', () => {
  it('issue 14.9: today is Athens’ date: 23:30 UTC on 31 December is already 1 January there', () => {
    expect(localToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01')
    expect(localToday(new Date('2027-07-06T20:59:00Z'))).toBe('2027-07-06')
  })

  it('issue 14.9: steps days across months, years and the change to summer time', () => {
    expect(addLocalDays('2027-03-27', 1)).toBe('2027-03-28')
    expect(addLocalDays('2027-03-28', 1)).toBe('2027-03-29')
    expect(addLocalDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})
