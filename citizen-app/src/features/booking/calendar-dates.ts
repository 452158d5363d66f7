import { serviceTimeZone } from '@keplive/ui'

// Calendar days as `YYYY-MM-DD` strings (no time, no zone): arithmetic at noon UTC never
// crosses a date line, whatever the season.

const atNoon = (date: string) => new Date(`${date}T12:00:00Z`)
const dateOf = (value: Date) => value.toISOString().slice(0, 10)

/** Today's date in Athens, where every KEP is. */
export function athensToday(now: Date = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: serviceTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}

export function addDays(date: string, days: number): string {
  const value = atNoon(date)
  value.setUTCDate(value.getUTCDate() + days)
  return dateOf(value)
}

/** `YYYY-MM` of a date. */
export const monthOf = (date: string) => date.slice(0, 7)

export function addMonths(month: string, months: number): string {
  const value = atNoon(`${month}-01`)
  value.setUTCMonth(value.getUTCMonth() + months)
  return dateOf(value).slice(0, 7)
}

export function lastDayOf(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1)
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: string): number {
  return atNoon(date).getUTCDay() || 7
}

/** The month's days in weeks from Monday; `null` fills the days of the months around it. */
export function weeksOf(month: string): (string | null)[][] {
  const first = `${month}-01`
  const last = lastDayOf(month)
  const cells: (string | null)[] = Array.from({ length: weekdayOf(first) - 1 }, () => null)
  for (let day = first; day <= last; day = addDays(day, 1)) cells.push(day)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}
