import Holidays from 'date-holidays'
import { DateTime } from 'luxon'

/** Every rule of the service is wall-clock time in this zone (R3.3, R3.4). */
export const zone = 'Europe/Athens'

export type LocalDate = string // YYYY-MM-DD

export interface Holiday {
  date: LocalDate
  nameEl: string
  nameEn: string
}

const greek = new Holidays('GR')

/** Where the library's English name is not what Greece calls the day in English. */
const englishNames: Record<string, string> = {
  'Καθαρά Δευτέρα': 'Clean Monday',
  'Επέτειος του Όχι': '"Ohi" Day (28 October)',
  'Κοίμηση της Θεοτόκου': 'Dormition of the Mother of God',
  'Αγίου Πνεύματος': 'Whit Monday (Holy Spirit Day)',
}
const byYear = new Map<number, Map<LocalDate, Holiday>>()

/** Greek public holidays of a year, Orthodox Easter and its moveable days included. */
export function publicHolidays(year: number): Map<LocalDate, Holiday> {
  let map = byYear.get(year)
  if (!map) {
    map = new Map()
    const english = new Map(
      greek
        .getHolidays(year, 'en')
        .filter((h) => h.type === 'public')
        .map((h) => [h.date.slice(0, 10), h.name]),
    )
    for (const h of greek.getHolidays(year, 'el')) {
      if (h.type !== 'public') continue
      const date = h.date.slice(0, 10)
      map.set(date, {
        date,
        nameEl: h.name,
        nameEn: englishNames[h.name] ?? english.get(date) ?? h.name,
      })
    }
    byYear.set(year, map)
  }
  return map
}

export function holidayOn(date: LocalDate): Holiday | undefined {
  return publicHolidays(Number(date.slice(0, 4))).get(date)
}

/** The local dates from `from` to `to`, both included. */
export function datesBetween(from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = []
  let d = DateTime.fromISO(from, { zone: 'utc' })
  const end = DateTime.fromISO(to, { zone: 'utc' })
  while (d <= end) {
    out.push(d.toISODate()!)
    d = d.plus({ days: 1 })
  }
  return out
}

/** ISO weekday (1 = Monday) of a local date. */
export function weekdayOf(date: LocalDate): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday
}

/** Today's local date at an instant. */
export function localDateOf(epochMs: number): LocalDate {
  return DateTime.fromMillis(epochMs, { zone }).toISODate()!
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!
}

/** MM-DD of a local date, for yearly seasons and recurring closures. */
export function monthDayOf(date: LocalDate): string {
  return date.slice(5)
}

/** Whether MM-DD falls in a yearly season [from, to] (both included), which may wrap the new year. */
export function inSeason(monthDay: string, from: string, to: string): boolean {
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to
}

/** Minutes after midnight of an "HH:MM" or "HH:MM:SS" wall-clock time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/**
 * Fast conversions between wall-clock minutes and instants for one local date. On most days the
 * UTC offset is constant and this is arithmetic; on the two DST days a year it asks luxon.
 */
export interface DayClock {
  date: LocalDate
  /** The instant of a wall-clock time, minutes after midnight. */
  at(minutes: number): number
  /** Minutes after local midnight of an instant on this date. */
  minuteOfDay(epochMs: number): number
}

const dayClocks = new Map<LocalDate, DayClock>()

export function dayClock(date: LocalDate): DayClock {
  let clock = dayClocks.get(date)
  if (clock) return clock
  const start = DateTime.fromISO(date, { zone })
  const end = start.endOf('day')
  const utcMidnight = Date.UTC(start.year, start.month - 1, start.day)
  if (start.offset === end.offset) {
    const offsetMs = start.offset * 60_000
    clock = {
      date,
      at: (minutes) => utcMidnight + minutes * 60_000 - offsetMs,
      minuteOfDay: (t) => Math.floor((t + offsetMs - utcMidnight) / 60_000),
    }
  } else {
    clock = {
      date,
      at: (minutes) =>
        start.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis(),
      minuteOfDay: (t) => {
        const local = DateTime.fromMillis(t, { zone })
        return local.hour * 60 + local.minute
      },
    }
  }
  if (dayClocks.size > 5000) dayClocks.clear()
  dayClocks.set(date, clock)
  return clock
}
