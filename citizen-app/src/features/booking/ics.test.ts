import { describe, expect, it } from 'vitest'
import { calendarFile, escapeText, foldLine } from './ics'

const event = {
  bookingId: '7b0c1e8e-5b8a-4f5e-9d1c-0a1b2c3d4e5f',
  sequence: 2,
  startsAt: '2027-01-12T08:30:00.000Z',
  endsAt: '2027-01-12T08:50:00.000Z',
  summary: 'Ραντεβού ΚΕΠ (βιντεοκλήση) KEP-2027-000042',
  description: 'Διαδικασία: Βεβαίωση, μόνιμης κατοικίας; δείτε\nτο email σας',
  location: 'Βιντεοκλήση — ΚΕΠ Δήμου Αθηναίων, Λιοσίων 22',
  url: 'https://keplive.example/bookings/7b0c1e8e-5b8a-4f5e-9d1c-0a1b2c3d4e5f',
  now: new Date('2027-01-05T10:00:00Z'),
}

describe('add to calendar (.ics)', () => {
  it('R2.3 one event with the booking’s id as UID, its version as SEQUENCE and times in UTC', () => {
    const text = calendarFile(event)
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain(`UID:${event.bookingId}@keplive\r\n`)
    expect(unfolded).toContain('SEQUENCE:2\r\n')
    expect(unfolded).toContain('DTSTART:20270112T083000Z\r\n')
    expect(unfolded).toContain('DTEND:20270112T085000Z\r\n')
    expect(unfolded).toContain('DTSTAMP:20270105T100000Z\r\n')
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    // every line ends with CRLF, none with a bare LF
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    const unfolded = calendarFile(event).replace(/\r\n /g, '')
    expect(unfolded).toContain(
      'DESCRIPTION:Διαδικασία: Βεβαίωση\\, μόνιμης κατοικίας\\; δείτε\\nτο email σας\r\n',
    )
  })

  it('folds long lines at 75 octets without splitting a Greek letter', () => {
    const line = `SUMMARY:${'α'.repeat(100)}`
    const folded = foldLine(line)
    const encoder = new TextEncoder()
    for (const part of folded.split('\r\n')) {
      expect(encoder.encode(part).length).toBeLessThanOrEqual(75)
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(folded).not.toContain('\uFFFD')
  })
})
