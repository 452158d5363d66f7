import { describe, expect, it } from 'vitest'
import { formatDateTime, formatLocalDate, formatTime } from './format'

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
})
