import {
  dayClock,
  holidayOn,
  inSeason,
  minutesOf,
  monthDayOf,
  weekdayOf,
  type DayClock,
  type LocalDate,
} from './calendar.js'

// The pure heart of scheduling: from rules and busy intervals to free (employee, slot) pairs.
// Instants are epoch milliseconds; rules are Europe/Athens wall-clock times per local date.
// It does no I/O, so availability and booking run the very same code (a slot is offered only
// if booking it would succeed) and tests can feed it any schedule.

export interface HoursRule {
  weekday: number
  opensAt: string
  closesAt: string
  validFrom: LocalDate | null
  validTo: LocalDate | null
  seasonFrom: string | null
  seasonTo: string | null
}

export interface ClosureRule {
  /** null: every KEP. */
  kepId: string | null
  startsOn: LocalDate
  endsOn: LocalDate
  recurring: boolean
}

export interface AvailabilityRule {
  employeeId: string
  kepId: string
  workstationId: string
  weekday: number
  startsAt: string
  endsAt: string
  validFrom: LocalDate
  validTo: LocalDate | null
}

/** [start, end) in epoch ms. */
export type Span = readonly [number, number]

export interface SchedulingParams {
  callMinutes: number
  bufferMinutes: number
  slotStepMinutes: number
  /** No slot starts before this instant (now + minimum notice). */
  earliest: number
  /** No slot starts at or after this instant (end of the booking horizon). */
  latest: number
}

export interface SchedulingData {
  hoursByKep: Map<string, HoursRule[]>
  closures: ClosureRule[]
  availability: AvailabilityRule[]
  /** Absences per employee. */
  absences: Map<string, Span[]>
  /** Blocked spans [starts_at, blocked_until) of active bookings, sorted by start. */
  busyByEmployee: Map<string, Span[]>
  busyByWorkstation: Map<string, Span[]>
}

export interface FreeSlot {
  employeeId: string
  kepId: string
  workstationId: string
  start: number
}

const minute = 60_000

const validOn = (date: LocalDate, from: LocalDate | null, to: LocalDate | null) =>
  (from === null || from <= date) && (to === null || date <= to)

/** Whether a KEP is closed on a date by a local closure (not counting public holidays). */
export function closedOn(date: LocalDate, kepId: string, closures: ClosureRule[]): boolean {
  const md = monthDayOf(date)
  return closures.some(
    (c) =>
      (c.kepId === null || c.kepId === kepId) &&
      (c.recurring
        ? inSeason(md, monthDayOf(c.startsOn), monthDayOf(c.endsOn))
        : c.startsOn <= date && date <= c.endsOn),
  )
}

/** Opening windows of a KEP on a date, as instants. */
function openSpans(day: DayClock, rules: HoursRule[], weekday: number): Span[] {
  const md = monthDayOf(day.date)
  return rules
    .filter(
      (r) =>
        r.weekday === weekday &&
        validOn(day.date, r.validFrom, r.validTo) &&
        (r.seasonFrom === null || r.seasonTo === null || inSeason(md, r.seasonFrom, r.seasonTo)),
    )
    .map((r) => [day.at(minutesOf(r.opensAt)), day.at(minutesOf(r.closesAt))] as const)
}

/** Removes the absences from a span. */
function subtract(span: Span, holes: Span[] | undefined): Span[] {
  if (!holes) return [span]
  let pieces: Span[] = [span]
  for (const [hs, he] of holes) {
    const next: Span[] = []
    for (const [s, e] of pieces) {
      if (he <= s || hs >= e) next.push([s, e])
      else {
        if (s < hs) next.push([s, hs])
        if (he < e) next.push([he, e])
      }
    }
    pieces = next
  }
  return pieces
}

/** True when [start, end) overlaps none of the spans (sorted by start, never overlapping). */
function freeOf(spans: Span[] | undefined, start: number, end: number): boolean {
  if (!spans) return true
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]![1] <= start) lo = mid + 1
    else hi = mid
  }
  // The database keeps one employee's (and one workstation's) spans disjoint, so ends are
  // sorted as starts are: only the first span ending after `start` can overlap.
  const s = spans[lo]
  return s === undefined || s[0] >= end
}

/**
 * Calls `onFree` for every (employee, slot start) that can be booked on the given dates:
 * a call of callMinutes that lies within the employee's availability at a workstation (R3.3)
 * and the KEP's opening hours (R3.4), on a day that is neither a public holiday nor a closure,
 * outside the employee's absences, whose blocked span (call + buffer, R3.2) overlaps no active
 * booking of the employee (R3.1) or of the workstation, on the slot grid (local minutes after
 * midnight a multiple of the step), after the minimum notice and before the horizon.
 */
export function forEachFreeSlot(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
  onFree: (slot: FreeSlot) => void,
): void {
  const callMs = params.callMinutes * minute
  const blockMs = (params.callMinutes + params.bufferMinutes) * minute
  const step = params.slotStepMinutes
  const stepMs = step * minute
  const rulesByWeekday = new Map<number, AvailabilityRule[]>()
  for (const rule of data.availability) {
    const list = rulesByWeekday.get(rule.weekday) ?? []
    list.push(rule)
    rulesByWeekday.set(rule.weekday, list)
  }

  for (const date of dates) {
    if (holidayOn(date) !== undefined) continue
    const weekday = weekdayOf(date)
    const day = dayClock(date)
    if (day.at(24 * 60) <= params.earliest || day.at(0) >= params.latest) continue
    const openByKep = new Map<string, Span[]>()
    for (const rule of rulesByWeekday.get(weekday) ?? []) {
      if (!validOn(date, rule.validFrom, rule.validTo)) continue
      let open = openByKep.get(rule.kepId)
      if (open === undefined) {
        open = closedOn(date, rule.kepId, data.closures)
          ? []
          : openSpans(day, data.hoursByKep.get(rule.kepId) ?? [], weekday)
        openByKep.set(rule.kepId, open)
      }
      if (open.length === 0) continue
      const windowStart = day.at(minutesOf(rule.startsAt))
      const windowEnd = day.at(minutesOf(rule.endsAt))
      const employeeBusy = data.busyByEmployee.get(rule.employeeId)
      const stationBusy = data.busyByWorkstation.get(rule.workstationId)
      for (const [os, oe] of open) {
        const from = Math.max(windowStart, os)
        const to = Math.min(windowEnd, oe)
        if (from >= to) continue
        for (const [s, e] of subtract([from, to], data.absences.get(rule.employeeId))) {
          // the first grid point at or after s, counted in local wall-clock minutes
          const m = day.minuteOfDay(s)
          let t = s - (s % minute) + ((step - (m % step)) % step) * minute
          if (t < s) t += stepMs
          if (t < params.earliest) t += Math.ceil((params.earliest - t) / stepMs) * stepMs
          for (; t + callMs <= e && t < params.latest; t += stepMs) {
            if (freeOf(employeeBusy, t, t + blockMs) && freeOf(stationBusy, t, t + blockMs)) {
              onFree({
                employeeId: rule.employeeId,
                kepId: rule.kepId,
                workstationId: rule.workstationId,
                start: t,
              })
            }
          }
        }
      }
    }
  }
}

/** Whether an instant lies on the slot grid of its local date. */
export function onGrid(epochMs: number, date: LocalDate, stepMinutes: number): boolean {
  return epochMs % minute === 0 && dayClock(date).minuteOfDay(epochMs) % stepMinutes === 0
}
