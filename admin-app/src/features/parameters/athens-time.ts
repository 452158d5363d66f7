import { serviceTimeZone } from '@keplive/ui'

// An effective date is typed as Athens wall-clock time (datetime-local has no zone), whatever
// the zone of the administrator's computer.

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: serviceTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** Athens wall-clock minutes since the epoch of an instant. */
function athensMinutes(instant: number): number {
  const p = Object.fromEntries(wallClock.formatToParts(instant).map((x) => [x.type, x.value]))
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!) / 60_000
}

/** `2027-01-12T10:30` in Athens → the instant; undefined when it is not such a value. */
export function athensInstant(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!m) return undefined
  const wanted = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)
  let guess = wanted
  // twice: the offset at the guess, then at the corrected instant (DST days)
  for (let i = 0; i < 2; i++) guess = wanted - (athensMinutes(guess) * 60_000 - guess)
  return new Date(guess)
}
