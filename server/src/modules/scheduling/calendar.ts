import { DateTime } from 'luxon'

/** Every rule of the service is wall-clock time in this zone (R3.3, R3.4). */
export const zone = 'Europe/Athens'

export type LocalDate = string // YYYY-MM-DD

export interface Holiday {
  date: LocalDate
  nameEl: string
  nameEn: string
}

/** Orthodox Easter Sunday of a year (Meeus' Julian algorithm, + 13 days to the Gregorian date; 1900–2099). */
export function orthodoxEaster(year: number): LocalDate {
  const a = year % 4
  const b = year % 7
  const c = year % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const day = ((d + e + 114) % 31) + 1
  return addDays(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, 13)
}

/**
 * The days KEPs close on, every year: the statutory public holidays of Greece as the public
 * sector keeps them, Good Friday included because public services, KEPs among them, close on it. Sundays (Easter's, Pentecost's) are no holidays of their own:
 * a KEP's weekly hours already decide whether it opens on a Sunday. See ARCHITECTURE.md.
 */
const fixedHolidays: [monthDay: string, el: string, en: string][] = [
  ['01-01', 'Πρωτοχρονιά', "New Year's Day"],
  ['01-06', 'Θεοφάνεια', 'Epiphany'],
  ['03-25', 'Ευαγγελισμός, Εθνική Εορτή', 'Annunciation and Independence Day'],
  ['05-01', 'Εργατική Πρωτομαγιά', 'Labour Day'],
  ['08-15', 'Κοίμηση της Θεοτόκου', 'Dormition of the Mother of God'],
  ['10-28', 'Επέτειος του Όχι', '"Ohi" Day (28 October)'],
  ['12-25', 'Χριστούγεννα', 'Christmas Day'],
  ['12-26', 'Σύναξη της Θεοτόκου', 'Synaxis of the Mother of God (Boxing Day)'],
]
/** Days after Orthodox Easter Sunday. */
const moveableHolidays: [days: number, el: string, en: string][] = [
  [-48, 'Καθαρά Δευτέρα', 'Clean Monday'],
  [-2, 'Μεγάλη Παρασκευή', 'Good Friday'],
  [1, 'Δευτέρα του Πάσχα', 'Easter Monday'],
  [50, 'Αγίου Πνεύματος', 'Whit Monday (Holy Spirit Day)'],
]

const byYear = new Map<number, Map<LocalDate, Holiday>>()

/** Greek public holidays of a year, Orthodox Easter and its moveable days included. */
export function publicHolidays(year: number): Map<LocalDate, Holiday> {
  let map = byYear.get(year)
  if (!map) {
    const easter = orthodoxEaster(year)
    const days: Holiday[] = [
      ...fixedHolidays.map(([md, nameEl, nameEn]) => ({ date: `${year}-${md}`, nameEl, nameEn })),
      ...moveableHolidays.map(([offset, nameEl, nameEn]) => ({
        date: addDays(easter, offset),
        nameEl,
        nameEn,
      })),
    ].sort((x, y) => x.date.localeCompare(y.date))
    map = new Map()
    // a moveable day falling on a fixed one (Easter Monday on 1 May) keeps the fixed one's name
    for (const h of days) if (!map.has(h.date)) map.set(h.date, h)
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

/**
 * The slot grid of a local date: every instant of the date whose wall-clock time in Athens is a
 * whole number of steps after midnight (00:00, 00:45, 01:30, … with a 45-minute step), in time
 * order. The same wall-clock times every day of the year, as the citizen reads them: on the
 * spring DST day the times of the hour that does not exist are no slot, on the autumn day a
 * time of the repeated hour is a slot both times it happens. Offering (the slot engine) and
 * validating a booking's start (onGrid) both read this one definition.
 */
export interface SlotGrid {
  /** The slot starts, ascending. */
  starts: number[]
  /** The index of the first start at or after an instant (starts.length when none). */
  indexAtOrAfter(epochMs: number): number
}

const slotGrids = new Map<string, SlotGrid>()

export function slotGrid(date: LocalDate, stepMinutes: number): SlotGrid {
  const key = `${date}|${stepMinutes}`
  let grid = slotGrids.get(key)
  if (grid) return grid
  const day = dayClock(date)
  const first = day.at(0)
  const end = dayClock(addDays(date, 1)).at(0)
  const stepMs = stepMinutes * 60_000
  const starts: number[] = []
  if (end - first === 24 * 3_600_000) {
    // one UTC offset all day: wall-clock minutes are elapsed minutes
    for (let t = first; t < end; t += stepMs) starts.push(t)
    grid = {
      starts,
      indexAtOrAfter: (t) =>
        t <= first ? 0 : Math.min(starts.length, Math.ceil((t - first) / stepMs)),
    }
  } else {
    // a DST day (twice a year): ask the clock of every minute
    for (let t = first; t < end; t += 60_000) {
      if (day.minuteOfDay(t) % stepMinutes === 0) starts.push(t)
    }
    grid = {
      starts,
      indexAtOrAfter: (t) => {
        let lo = 0
        let hi = starts.length
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (starts[mid]! < t) lo = mid + 1
          else hi = mid
        }
        return lo
      },
    }
  }
  if (slotGrids.size > 20_000) slotGrids.clear()
  slotGrids.set(key, grid)
  return grid
}

/** Whether an instant is a slot start of its local date's grid (slotGrid). */
export function onGrid(epochMs: number, date: LocalDate, stepMinutes: number): boolean {
  const grid = slotGrid(date, stepMinutes)
  return grid.starts[grid.indexAtOrAfter(epochMs)] === epochMs
}
