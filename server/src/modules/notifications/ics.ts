/** What a calendar invitation needs; times are instants, written in UTC. */
export interface Invitation {
  bookingId: string
  /** The booking's version: SEQUENCE, so calendars replace the older copy. */
  sequence: number
  method: 'REQUEST' | 'CANCEL'
  startsAt: Date
  endsAt: Date
  stamp: Date
  summary: string
  description: string
  location: string
  url?: string
  organizer: string
  attendee: string
}

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** RFC 5545 text: backslash, semicolon, comma and newlines escaped. */
const text = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets are folded (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8')
  if (bytes.length <= 75) return line
  const parts: string[] = []
  let current = ''
  for (const ch of line) {
    if (Buffer.byteLength(current + ch, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current)
      current = ''
    }
    current += ch
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/**
 * An iCalendar invitation: the UID is stable per booking (`<booking id>@keplive`), SEQUENCE is
 * the booking's version, and a cancellation is METHOD:CANCEL with STATUS:CANCELLED.
 */
export function buildIcs(inv: Invitation): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//keplive//myKEPlive//EL',
    'CALSCALE:GREGORIAN',
    `METHOD:${inv.method}`,
    'BEGIN:VEVENT',
    `UID:${inv.bookingId}@keplive`,
    `SEQUENCE:${inv.sequence}`,
    `DTSTAMP:${utc(inv.stamp)}`,
    `DTSTART:${utc(inv.startsAt)}`,
    `DTEND:${utc(inv.endsAt)}`,
    `SUMMARY:${text(inv.summary)}`,
    `DESCRIPTION:${text(inv.description)}`,
    `LOCATION:${text(inv.location)}`,
    ...(inv.url ? [`URL:${inv.url}`] : []),
    `ORGANIZER:mailto:${inv.organizer}`,
    `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${inv.attendee}`,
    `STATUS:${inv.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** Reads the properties of an .ics back (unfolded, first occurrence wins); for tests and tools. */
export function parseIcs(ics: string): Record<string, string> {
  const props: Record<string, string> = {}
  for (const line of ics.replace(/\r\n[ \t]/g, '').split(/\r\n/)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).split(';')[0]!
    props[name] ??= line.slice(colon + 1)
  }
  return props
}
