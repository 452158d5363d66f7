import {
  dayClock,
  holidayOn,
  inSeason,
  minutesOf,
  monthDayOf,
  slotGrid,
  weekdayOf,
  type DayClock,
  type LocalDate,
  type SlotGrid,
} from './calendar.js'

export { onGrid } from './calendar.js'

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
  /** How many rules, (employee, workstation) pairs and KEPs (for per-request arrays). */
  count: number
  pairCount: number
  kepCount: number
}

export interface PreparedRule extends AvailabilityRule {
  startMinute: number
  endMinute: number
  /** Position among all prepared rules, for per-request arrays. */
  index: number
  /** Position of its KEP among the KEPs of the rules. */
  kepIndex: number
  /** Position of its (employee, workstation) pair: a weekday's rules are sorted by it. */
  pairIndex: number
  /**
   * It overlaps, that weekday, a rule of another pair with the same employee or the same
   * workstation: its slots are counted by matching employees to desks, not one per piece.
   */
  contended: boolean
}

export function prepareRules(rules: AvailabilityRule[]): PreparedRules {
  const byWeekday = new Map<number, PreparedRule[]>()
  const kepIndexes = new Map<string, number>()
  const pairIndexes = new Map<string, number>()
  for (const [index, rule] of rules.entries()) {
    let kepIndex = kepIndexes.get(rule.kepId)
    if (kepIndex === undefined) kepIndexes.set(rule.kepId, (kepIndex = kepIndexes.size))
    const pair = `${rule.employeeId} ${rule.workstationId}`
    let pairIndex = pairIndexes.get(pair)
    if (pairIndex === undefined) pairIndexes.set(pair, (pairIndex = pairIndexes.size))
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
      pairIndex,
      contended: false,
    }
    const list = byWeekday.get(rule.weekday)
    if (list) list.push(prepared)
    else byWeekday.set(rule.weekday, [prepared])
  }
  for (const list of byWeekday.values()) {
    list.sort((x, y) => x.pairIndex - y.pairIndex)
    markContended(list, (r) => r.employeeId)
    markContended(list, (r) => r.workstationId)
  }
  return { byWeekday, count: rules.length, pairCount: pairIndexes.size, kepCount: kepIndexes.size }
}

/**
 * Marks the rules of one weekday that overlap in time a rule of another pair sharing the key
 * (employee or workstation). Validity dates are ignored: marking too many only costs time.
 */
function markContended(rules: PreparedRule[], keyOf: (rule: PreparedRule) => string): void {
  const groups = new Map<string, PreparedRule[]>()
  for (const rule of rules) {
    const group = groups.get(keyOf(rule))
    if (group) group.push(rule)
    else groups.set(keyOf(rule), [rule])
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const x = group[i]!
        const y = group[j]!
        if (
          x.pairIndex !== y.pairIndex &&
          x.startMinute < y.endMinute &&
          y.startMinute < x.endMinute
        ) {
          x.contended = true
          y.contended = true
        }
      }
    }
  }
}

/** Sorts spans and joins those that overlap or touch end to end: one continuous opening. */
export function mergeSpans(spans: Span[]): Span[] {
  if (spans.length <= 1) return spans
  const sorted = [...spans].sort((x, y) => x[0] - y[0])
  const out: [number, number][] = []
  for (const [s, e] of sorted) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e
    } else if (s < e) out.push([s, e])
  }
  return out
}

export interface SchedulingData {
  hoursByKep: Map<string, HoursRule[]>
  /** Extraordinary hours by kepDateKey: that day's hours, even on a public holiday. */
  specialHours: Map<string, SpecialHoursRule[]>
  closures: ClosureRule[]
  rules: PreparedRules
  /** Absences per employee. */
  absences: Map<string, Span[]>
  /** Blocked spans [starts_at, blocked_until) of held reservations, sorted by start. */
  busyByEmployee: SpanLookup
  busyByWorkstation: SpanLookup
}

/** Spans by employee or workstation: a Map, or the occupancy index seen through a request's changes. */
export interface SpanLookup {
  get(key: string): readonly Span[] | undefined
}

export interface FreeSlot {
  employeeId: string
  kepId: string
  workstationId: string
  start: number
}

const minute = 60_000

/** A reservation's times: the call, then the field's buffer during which the employee rests. */
export interface BlockedSpan {
  startsAt: number
  /** The call's end. */
  endsAt: number
  /** The employee and the workstation are free again from here (R3.2). */
  blockedUntil: number
}

/**
 * The one place "call + buffer" is computed (issue 12): what availability leaves free between
 * two calls, what a reservation writes and so what the exclusion constraints guard.
 */
export function blockedSpan(
  start: number,
  params: Pick<SchedulingParams, 'callMinutes' | 'bufferMinutes'>,
): BlockedSpan {
  const endsAt = start + params.callMinutes * minute
  return { startsAt: start, endsAt, blockedUntil: endsAt + params.bufferMinutes * minute }
}

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
 * weekly hours. Sorted, and windows that overlap or touch are joined (issue 12 defect 4).
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
    return mergeSpans(
      special.map((s) => [day.at(minutesOf(s.opensAt)), day.at(minutesOf(s.closesAt))]),
    )
  }
  if (holiday) return []
  return mergeSpans(weeklySpans(day, data.hoursByKep.get(kepId) ?? [], weekdayOf(day.date)))
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
function freeOf(spans: readonly Span[] | undefined, start: number, end: number): boolean {
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
 * Visits every piece of bookable time: an employee's availability at a workstation (R3.3)
 * within the KEP's opening hours that day (R3.4: weekly, or extraordinary, never on a closure,
 * on a public holiday only when extraordinary), minus the employee's absences. The pieces of
 * one (employee, workstation) pair are joined where they overlap or touch, so a pair's pieces
 * on a date are disjoint and a slot lies in at most one of them (issue 12 defects 1 and 4).
 */
function forEachPiece(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
  visit: (day: DayClock, pair: PairBusy, start: number, end: number, contended: boolean) => void,
): void {
  // Per pair, looked up once per request rather than once per rule and date; arrays filled
  // up front so they stay packed (sparse writes would turn them into slow dictionaries).
  const busyOf: (PairBusy | null)[] = new Array<PairBusy | null>(data.rules.pairCount).fill(null)
  const openOf: Span[][] = new Array<Span[]>(data.rules.kepCount).fill([])
  const openOn = new Int32Array(data.rules.kepCount).fill(-1)
  const specialDates = new Set<LocalDate>()
  for (const windows of data.specialHours.values()) specialDates.add(windows[0]!.date)
  // the current pair's windows within the opening hours, before they are joined
  const pending: Span[] = []
  let pendingPair: PairBusy | null = null
  let pendingContended = false
  let pendingDay: DayClock | null = null
  const flush = () => {
    if (!pendingPair || !pendingDay) return
    const pieces = pending.length === 1 ? pending : mergeSpans(pending)
    for (const [from, to] of pieces) {
      if (!pendingPair.absences) visit(pendingDay, pendingPair, from, to, pendingContended)
      else {
        for (const [s, e] of subtract([from, to], pendingPair.absences)) {
          visit(pendingDay, pendingPair, s, e, pendingContended)
        }
      }
    }
    pending.length = 0
    pendingPair = null
    pendingContended = false
  }
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
      let pair = busyOf[rule.pairIndex]
      if (!pair) {
        pair = busyOf[rule.pairIndex] = {
          employeeId: rule.employeeId,
          kepId: rule.kepId,
          workstationId: rule.workstationId,
          employee: data.busyByEmployee.get(rule.employeeId),
          workstation: data.busyByWorkstation.get(rule.workstationId),
          absences: data.absences.get(rule.employeeId),
        }
      }
      if (pair !== pendingPair) {
        flush()
        pendingPair = pair
        pendingDay = day
      }
      if (rule.contended) pendingContended = true
      const windowStart = day.at(rule.startMinute)
      const windowEnd = day.at(rule.endMinute)
      for (let o = 0; o < open.length; o++) {
        const os = open[o]![0]
        const oe = open[o]![1]
        const from = windowStart > os ? windowStart : os
        const to = windowEnd < oe ? windowEnd : oe
        if (from < to) pending.push([from, to])
      }
    }
    flush()
  }
}

/** An (employee, workstation) pair with the busy spans of both and the employee's absences. */
interface PairBusy {
  employeeId: string
  kepId: string
  workstationId: string
  employee: readonly Span[] | undefined
  workstation: readonly Span[] | undefined
  absences: Span[] | undefined
}

/** gridOf's answer, reused: no allocation per piece on the hot path. */
const slots = { first: 0, last: 0 }

/**
 * The slots of a piece, as indexes into its date's grid (slotGrid): the whole call inside the
 * piece, after the notice, before the horizon. Sets slots.first and slots.last (last < first
 * when there is none).
 */
function gridOf(grid: SlotGrid, start: number, end: number, params: SchedulingParams): void {
  slots.first = grid.indexAtOrAfter(Math.max(start, params.earliest))
  const bound = Math.min(end - params.callMinutes * minute, params.latest - 1)
  slots.last = grid.indexAtOrAfter(bound + 1) - 1
}

/**
 * Calls `onFree` for every (employee, workstation, slot start) that can be booked on the given
 * dates: a slot of a bookable piece whose blocked span (call + buffer, R3.2) overlaps no active
 * booking of the employee (R3.1) or of the workstation. An employee with two desks at once is
 * visited once per desk: both are ways to book them.
 */
export function forEachFreeSlot(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
  onFree: (slot: FreeSlot) => void,
): void {
  const blockMs = blockedSpan(0, params).blockedUntil
  let grid: SlotGrid | null = null
  let gridDate = ''
  forEachPiece(dates, data, params, (day, pair, start, end) => {
    if (!grid || gridDate !== day.date) {
      gridDate = day.date
      grid = slotGrid(day.date, params.slotStepMinutes)
    }
    gridOf(grid, start, end, params)
    const starts = grid.starts
    for (let i = slots.first; i <= slots.last; i++) {
      const t = starts[i]!
      if (freeOf(pair.employee, t, t + blockMs) && freeOf(pair.workstation, t, t + blockMs)) {
        onFree({
          employeeId: pair.employeeId,
          kepId: pair.kepId,
          workstationId: pair.workstationId,
          start: t,
        })
      }
    }
  })
}

/**
 * Each KEP's available employee-minutes per local date, for statistics (issue 12): the union of
 * every employee's bookable pieces (availability within opening hours, minus absences, closures
 * and holidays: forEachPiece, the very rules the slots are cut from), booked or not. An
 * employee with two desks at once counts once. Every KEP with an availability rule gets an
 * entry for every date, 0 when it is closed. Notice and horizon do not apply: this is capacity.
 */
export function availableMinutes(
  dates: LocalDate[],
  data: SchedulingData,
): Map<LocalDate, Map<string, number>> {
  const out = new Map<LocalDate, Map<string, number>>()
  const kepIds = new Set<string>()
  for (const rules of data.rules.byWeekday.values()) for (const r of rules) kepIds.add(r.kepId)
  for (const date of dates) out.set(date, new Map([...kepIds].map((id) => [id, 0])))
  // the pieces of each employee on the current date (dates are visited in order), joined
  // before they are measured
  const pieces = new Map<string, { kepId: string; spans: Span[] }>()
  let piecesDate = ''
  const flush = () => {
    const byKep = out.get(piecesDate)
    for (const { kepId, spans } of pieces.values()) {
      let ms = 0
      for (const [s, e] of mergeSpans(spans)) ms += e - s
      byKep!.set(kepId, (byKep!.get(kepId) ?? 0) + Math.round(ms / minute))
    }
    pieces.clear()
  }
  const always: SchedulingParams = {
    callMinutes: 0,
    bufferMinutes: 0,
    slotStepMinutes: 60,
    earliest: Number.NEGATIVE_INFINITY,
    latest: Number.POSITIVE_INFINITY,
  }
  forEachPiece(dates, data, always, (day, pair, start, end) => {
    if (day.date !== piecesDate) {
      flush()
      piecesDate = day.date
    }
    const entry = pieces.get(pair.employeeId)
    if (entry) entry.spans.push([start, end])
    else pieces.set(pair.employeeId, { kepId: pair.kepId, spans: [[start, end]] })
  })
  flush()
  return out
}

/** Per-day counts of countFreeSlots: a difference array and a stamp per slot index. */
interface DayCounts {
  grid: SlotGrid
  diff: Int32Array
  stamp: Int32Array
  /** The free (employee, workstation) pairs of contended pieces, by slot index. */
  contended: Map<number, [string, string][]>
}

/**
 * Takes one from every slot of a piece (indexes [first, last]) that a busy span blocks — t is
 * blocked by [bs, bb) when t < bb and t + blockMs > bs — once per piece even when the
 * employee's and the workstation's spans both block it (the stamp remembers).
 */
function takeBlocked(
  spans: readonly Span[] | undefined,
  first: number,
  last: number,
  blockMs: number,
  counts: DayCounts,
  piece: number,
) {
  if (!spans) return
  const starts = counts.grid.starts
  const firstStart = starts[first]!
  const lastStart = starts[last]!
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]![1] <= firstStart) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < spans.length; i++) {
    const span = spans[i]!
    const bs = span[0]
    const bb = span[1]
    if (bs - blockMs >= lastStart) break
    const kFrom = Math.max(first, counts.grid.indexAtOrAfter(bs - blockMs + 1))
    const kTo = Math.min(counts.grid.indexAtOrAfter(bb) - 1, last)
    for (let k = kFrom; k <= kTo; k++) {
      if (counts.stamp[k] === piece) continue
      counts.stamp[k] = piece
      counts.diff[k]! -= 1
      counts.diff[k + 1]! += 1
    }
  }
}

/**
 * How many bookings could start at each slot, per local date, in time order: the distinct
 * employees free for it, where they can each have a desk (issue 12 defect 1). The same answer
 * as matching forEachFreeSlot's pairs, computed without visiting every (employee, slot) where
 * no employee or desk is shared: each piece adds one to its run of slots in a difference array
 * per day, and each booking takes away the few slots it blocks. This is what keeps national
 * availability fast. Pieces of rules that share an employee or a desk at once (rare) are
 * enumerated and matched employee to desk, slot by slot.
 */
export function countFreeSlots(
  dates: LocalDate[],
  data: SchedulingData,
  params: SchedulingParams,
): Map<LocalDate, SlotCount[]> {
  const blockMs = blockedSpan(0, params).blockedUntil
  const days = new Map<LocalDate, DayCounts>()
  let piece = 0
  let counts: DayCounts | undefined
  let countsDate = ''
  forEachPiece(dates, data, params, (day, pair, start, end, contended) => {
    if (countsDate !== day.date) {
      countsDate = day.date
      counts = days.get(day.date)
      if (!counts) {
        const grid = slotGrid(day.date, params.slotStepMinutes)
        const size = grid.starts.length + 1
        counts = {
          grid,
          diff: new Int32Array(size),
          stamp: new Int32Array(size),
          contended: new Map(),
        }
        days.set(day.date, counts)
      }
    }
    if (!counts) return
    gridOf(counts.grid, start, end, params)
    const first = slots.first
    const last = slots.last
    if (last < first) return
    if (contended) {
      const starts = counts.grid.starts
      for (let i = first; i <= last; i++) {
        const t = starts[i]!
        if (freeOf(pair.employee, t, t + blockMs) && freeOf(pair.workstation, t, t + blockMs)) {
          const free = counts.contended.get(i)
          if (free) free.push([pair.employeeId, pair.workstationId])
          else counts.contended.set(i, [[pair.employeeId, pair.workstationId]])
        }
      }
      return
    }
    counts.diff[first]! += 1
    counts.diff[last + 1]! -= 1
    piece += 1
    takeBlocked(pair.employee, first, last, blockMs, counts, piece)
    takeBlocked(pair.workstation, first, last, blockMs, counts, piece)
  })
  const out = new Map<LocalDate, SlotCount[]>()
  for (const [date, { grid, diff, contended }] of days) {
    for (const [i, pairs] of contended) {
      const matched = maxMatching(pairs)
      diff[i]! += matched
      diff[i + 1]! -= matched
    }
    const found: SlotCount[] = []
    let running = 0
    for (let i = 0; i < grid.starts.length; i++) {
      running += diff[i]!
      if (running > 0) found.push({ start: grid.starts[i]!, free: running })
    }
    if (found.length > 0) out.set(date, found)
  }
  return out
}

/**
 * The most bookings that can start at once from free (employee, workstation) pairs: each
 * employee and each workstation takes one call at a time (augmenting paths, Kuhn).
 */
export function maxMatching(pairs: readonly (readonly [string, string])[]): number {
  const desksOf = new Map<string, string[]>()
  for (const [employee, desk] of pairs) {
    const desks = desksOf.get(employee)
    if (desks) desks.push(desk)
    else desksOf.set(employee, [desk])
  }
  const holder = new Map<string, string>()
  const assign = (employee: string, seen: Set<string>): boolean => {
    for (const desk of desksOf.get(employee)!) {
      if (seen.has(desk)) continue
      seen.add(desk)
      const other = holder.get(desk)
      if (other === undefined || assign(other, seen)) {
        holder.set(desk, employee)
        return true
      }
    }
    return false
  }
  let matched = 0
  for (const employee of desksOf.keys()) if (assign(employee, new Set())) matched += 1
  return matched
}

/** A slot start and how many employees are free for it. */
export interface SlotCount {
  start: number
  free: number
}
