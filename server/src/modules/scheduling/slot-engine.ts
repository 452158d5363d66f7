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

/** A window of a KEP's extraordinary hours on one date (in place of its weekly hours). */
export interface SpecialHoursRule {
  kepId: string
  date: LocalDate
  opensAt: string
  closesAt: string
}

/** The key of specialHours: a KEP on a date. */
export const kepDateKey = (kepId: string, date: LocalDate) => `${kepId} ${date}`

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

/** Availability rules with their times parsed, grouped by ISO weekday. */
export interface PreparedRules {
  byWeekday: Map<number, PreparedRule[]>
  /** How many rules, and how many KEPs they belong to (for per-request arrays). */
  count: number
  kepCount: number
}

export interface PreparedRule extends AvailabilityRule {
  startMinute: number
  endMinute: number
  /** Position among all prepared rules, for per-request arrays. */
  index: number
  /** Position of its KEP among the KEPs of the rules. */
  kepIndex: number
}

export function prepareRules(rules: AvailabilityRule[]): PreparedRules {
  const byWeekday = new Map<number, PreparedRule[]>()
  const kepIndexes = new Map<string, number>()
  for (const [index, rule] of rules.entries()) {
    let kepIndex = kepIndexes.get(rule.kepId)
    if (kepIndex === undefined) kepIndexes.set(rule.kepId, (kepIndex = kepIndexes.size))
    // Built field by field, always in the same order: one hidden class, fast property access.
    const prepared: PreparedRule = {
      employeeId: rule.employeeId,
      kepId: rule.kepId,
      workstationId: rule.workstationId,
      weekday: rule.weekday,
      startsAt: rule.startsAt,
      endsAt: rule.endsAt,
      validFrom: rule.validFrom,
      validTo: rule.validTo,
      startMinute: minutesOf(rule.startsAt),
      endMinute: minutesOf(rule.endsAt),
      index,
      kepIndex,
    }
    const list = byWeekday.get(rule.weekday)
    if (list) list.push(prepared)
    else byWeekday.set(rule.weekday, [prepared])
  }
  return { byWeekday, count: rules.length, kepCount: kepIndexes.size }
}

export interface SchedulingData {
  hoursByKep: Map<string, HoursRule[]>
  /** Extraordinary hours by kepDateKey: that day's hours, even on a public holiday. */
  specialHours: Map<string, SpecialHoursRule[]>
  closures: ClosureRule[]
  rules: PreparedRules
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

/**
 * Opening windows of a KEP on a date, as instants (R3.4): none when a closure covers the date;
 * else its extraordinary hours for the date if any; else none on a public holiday; else its
 * weekly hours.
 */
export function kepOpenSpans(
  day: DayClock,
  kepId: string,
  data: Pick<SchedulingData, 'hoursByKep' | 'specialHours' | 'closures'>,
  holiday: boolean,
): Span[] {
  if (closedOn(day.date, kepId, data.closures)) return []
  const special = data.specialHours.get(kepDateKey(kepId, day.date))
  if (special) {
    return special.map((s) => [day.at(minutesOf(s.opensAt)), day.at(minutesOf(s.closesAt))])
  }
  if (holiday) return []
  return weeklySpans(day, data.hoursByKep.get(kepId) ?? [], weekdayOf(day.date))
}

/** The weekly opening windows of a KEP on a date, as instants. */
function weeklySpans(day: DayClock, rules: HoursRule[], weekday: number): Span[] {
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
 * Visits every piece of bookable time: an employee's availability window at a workstation
 * (R3.3) within the KEP's opening hours that day (R3.4: weekly, or extraordinary, never on a
 * closure, on a public holiday only when extraordinary), minus the employee's absences.
 */
function forEachPiece(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
  visit: (day: DayClock, busy: RuleBusy, start: number, end: number) => void,
): void {
  // Per rule, looked up once per request rather than once per rule and date; arrays filled
  // up front so they stay packed (sparse writes would turn them into slow dictionaries).
  const busyOf: (RuleBusy | null)[] = new Array<RuleBusy | null>(data.rules.count).fill(null)
  const openOf: Span[][] = new Array<Span[]>(data.rules.kepCount).fill([])
  const openOn = new Int32Array(data.rules.kepCount).fill(-1)
  const specialDates = new Set<LocalDate>()
  for (const windows of data.specialHours.values()) specialDates.add(windows[0]!.date)
  let dateIndex = -1
  for (const date of dates) {
    const holiday = holidayOn(date) !== undefined
    if (holiday && !specialDates.has(date)) continue
    const day = dayClock(date)
    if (day.at(24 * 60) <= params.earliest || day.at(0) >= params.latest) continue
    const weekday = weekdayOf(date)
    dateIndex += 1
    for (const rule of data.rules.byWeekday.get(weekday) ?? []) {
      if (!validOn(date, rule.validFrom, rule.validTo)) continue
      if (openOn[rule.kepIndex] !== dateIndex) {
        openOn[rule.kepIndex] = dateIndex
        openOf[rule.kepIndex] = kepOpenSpans(day, rule.kepId, data, holiday)
      }
      const open = openOf[rule.kepIndex]!
      if (open.length === 0) continue
      let busy = busyOf[rule.index]
      if (!busy) {
        busy = busyOf[rule.index] = {
          rule,
          employee: data.busyByEmployee.get(rule.employeeId),
          workstation: data.busyByWorkstation.get(rule.workstationId),
          absences: data.absences.get(rule.employeeId),
        }
      }
      const windowStart = day.at(rule.startMinute)
      const windowEnd = day.at(rule.endMinute)
      for (let o = 0; o < open.length; o++) {
        const os = open[o]![0]
        const oe = open[o]![1]
        const from = windowStart > os ? windowStart : os
        const to = windowEnd < oe ? windowEnd : oe
        if (from >= to) continue
        if (!busy.absences) visit(day, busy, from, to)
        else for (const [s, e] of subtract([from, to], busy.absences)) visit(day, busy, s, e)
      }
    }
  }
}

/** A rule with the busy spans of its employee and workstation and the employee's absences. */
interface RuleBusy {
  rule: PreparedRule
  employee: Span[] | undefined
  workstation: Span[] | undefined
  absences: Span[] | undefined
}

/** gridOf's answer, reused: no allocation per piece on the hot path. */
const grid = { first: 0, last: 0 }

/**
 * The slot starts of a piece: on the grid (local minutes after midnight a multiple of the
 * step), the whole call inside the piece, after the notice, before the horizon. Sets
 * grid.first and grid.last (last < first when there is none).
 */
function gridOf(day: DayClock, start: number, end: number, params: SchedulingParams): void {
  const step = params.slotStepMinutes
  const stepMs = step * minute
  const m = day.minuteOfDay(start)
  let t = start - (start % minute) + ((step - (m % step)) % step) * minute
  if (t < start) t += stepMs
  if (t < params.earliest) t += Math.ceil((params.earliest - t) / stepMs) * stepMs
  const bound = Math.min(end - params.callMinutes * minute, params.latest - 1)
  grid.first = t
  grid.last = bound < t ? t - stepMs : t + Math.floor((bound - t) / stepMs) * stepMs
}

/**
 * Calls `onFree` for every (employee, slot start) that can be booked on the given dates: a
 * slot of a bookable piece whose blocked span (call + buffer, R3.2) overlaps no active booking
 * of the employee (R3.1) or of the workstation.
 */
export function forEachFreeSlot(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
  onFree: (slot: FreeSlot) => void,
): void {
  const blockMs = (params.callMinutes + params.bufferMinutes) * minute
  const stepMs = params.slotStepMinutes * minute
  forEachPiece(dates, data, params, (day, { rule, employee, workstation }, start, end) => {
    gridOf(day, start, end, params)
    const last = grid.last
    for (let t = grid.first; t <= last; t += stepMs) {
      if (freeOf(employee, t, t + blockMs) && freeOf(workstation, t, t + blockMs)) {
        onFree({
          employeeId: rule.employeeId,
          kepId: rule.kepId,
          workstationId: rule.workstationId,
          start: t,
        })
      }
    }
  })
}

/** Per-day counts of countFreeSlots: a difference array and a stamp per slot index. */
interface DayCounts {
  start: number
  diff: Int32Array
  stamp: Int32Array
}

/**
 * Takes one from every grid slot of a piece ([first, last], index i0 at first) that a busy span
 * blocks — t is blocked by [bs, bb) when t < bb and t + blockMs > bs — once per piece even when
 * the employee's and the workstation's spans both block it (the stamp remembers).
 */
function takeBlocked(
  spans: Span[] | undefined,
  first: number,
  last: number,
  stepMs: number,
  blockMs: number,
  counts: DayCounts,
  i0: number,
  piece: number,
) {
  if (!spans) return
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]![1] <= first) lo = mid + 1
    else hi = mid
  }
  const kMax = Math.floor((last - first) / stepMs)
  for (let i = lo; i < spans.length; i++) {
    const span = spans[i]!
    const bs = span[0]
    const bb = span[1]
    if (bs - blockMs >= last) break
    const kFrom = Math.max(0, Math.ceil((bs - blockMs + 1 - first) / stepMs))
    const kTo = Math.min(Math.ceil((bb - first) / stepMs) - 1, kMax)
    for (let k = kFrom; k <= kTo; k++) {
      const index = i0 + k
      if (counts.stamp[index] === piece) continue
      counts.stamp[index] = piece
      counts.diff[index]! -= 1
      counts.diff[index + 1]! += 1
    }
  }
}

/**
 * How many employees are free at each slot start, per local date, in time order: the same answer as counting forEachFreeSlot,
 * computed without visiting every (employee, slot): each piece adds one to its run of slots in
 * a difference array per day, and each booking takes away the few slots it blocks. This is
 * what keeps national availability fast. Slot steps divide the hour, so on DST days too every
 * slot has a whole index from local midnight.
 */
export function countFreeSlots(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
): Map<LocalDate, SlotCount[]> {
  const blockMs = (params.callMinutes + params.bufferMinutes) * minute
  const stepMs = params.slotStepMinutes * minute
  const size = Math.ceil((25 * 60) / params.slotStepMinutes) + 2
  const days = new Map<LocalDate, DayCounts>()
  let piece = 0
  let counts: DayCounts | undefined
  let countsDate = ''
  forEachPiece(dates, data, params, (day, busy, start, end) => {
    gridOf(day, start, end, params)
    const first = grid.first
    const last = grid.last
    if (last < first) return
    if (countsDate !== day.date) {
      countsDate = day.date
      counts = days.get(day.date)
      if (!counts) {
        counts = { start: day.at(0), diff: new Int32Array(size), stamp: new Int32Array(size) }
        days.set(day.date, counts)
      }
    }
    if (!counts) return
    const i0 = Math.round((first - counts.start) / stepMs)
    counts.diff[i0]! += 1
    counts.diff[i0 + Math.round((last - first) / stepMs) + 1]! -= 1
    piece += 1
    takeBlocked(busy.employee, first, last, stepMs, blockMs, counts, i0, piece)
    takeBlocked(busy.workstation, first, last, stepMs, blockMs, counts, i0, piece)
  })
  const out = new Map<LocalDate, SlotCount[]>()
  for (const [date, { start, diff }] of days) {
    const slots: SlotCount[] = []
    let running = 0
    for (let i = 0; i < size; i++) {
      running += diff[i]!
      if (running > 0) slots.push({ start: start + i * stepMs, free: running })
    }
    if (slots.length > 0) out.set(date, slots)
  }
  return out
}

/** A slot start and how many employees are free for it. */
export interface SlotCount {
  start: number
  free: number
}

/** Whether an instant lies on the slot grid of its local date. */
export function onGrid(epochMs: number, date: LocalDate, stepMinutes: number): boolean {
  return epochMs % minute === 0 && dayClock(date).minuteOfDay(epochMs) % stepMinutes === 0
}
