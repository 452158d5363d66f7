import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayClock, datesBetween, localDateOf } from './calendar.js'
import {
  countFreeSlots,
  onGrid,
  forEachFreeSlot,
  kepDateKey,
  prepareRules,
  type SchedulingData,
  type SchedulingParams,
  type Span,
  type SpecialHoursRule,
} from './slot-engine.js'

// The fast count used by availability must agree with the plain enumeration used by booking.

const dates = datesBetween('2027-01-11', '2027-01-15')
const at = (date: string, minutes: number) => dayClock(date).at(minutes)

const world = fc.record({
  employees: fc.array(
    fc.record({
      kep: fc.integer({ min: 0, max: 2 }),
      station: fc.integer({ min: 0, max: 3 }),
      weekday: fc.integer({ min: 1, max: 5 }),
      from: fc.integer({ min: 14, max: 30 }).map((h) => h * 30),
      hours: fc.integer({ min: 1, max: 8 }),
    }),
    { minLength: 1, maxLength: 12 },
  ),
  bookings: fc.array(
    fc.record({
      employee: fc.nat(),
      day: fc.integer({ min: 0, max: 4 }),
      at: fc.integer({ min: 420, max: 1000 }),
      minutes: fc.integer({ min: 5, max: 90 }),
    }),
    { maxLength: 30 },
  ),
  absences: fc.array(
    fc.record({
      employee: fc.nat(),
      day: fc.integer({ min: 0, max: 4 }),
      at: fc.integer({ min: 420, max: 1000 }),
      minutes: fc.integer({ min: 5, max: 200 }),
    }),
    { maxLength: 4 },
  ),
  step: fc.constantFrom(5, 10, 15, 20, 30),
  call: fc.integer({ min: 5, max: 60 }),
  buffer: fc.integer({ min: 0, max: 20 }),
  notice: fc.integer({ min: 0, max: 3000 }),
})

/**
 * The most calls that can start at once from free (employee, workstation) pairs, by trying
 * every assignment: an employee takes one call, a workstation holds one.
 */
function mostAtOnce(pairs: [string, string][], used = new Set<string>()): number {
  const [first, ...rest] = pairs
  if (!first) return 0
  const [employee, desk] = first
  const others = rest.filter(([e]) => e !== employee)
  // either this employee takes none of their desks, or this one (the rest of theirs are tried in turn)
  let best = mostAtOnce(rest, used)
  if (!used.has(desk)) {
    used.add(desk)
    best = Math.max(best, 1 + mostAtOnce(others, used))
    used.delete(desk)
  }
  return best
}

/** Slot start → how many calls could start there, from the plain enumeration booking uses. */
function enumeratedOf(dates: string[], data: SchedulingData, params: SchedulingParams) {
  const pairs = new Map<number, [string, string][]>()
  forEachFreeSlot(dates, data, params, (slot) =>
    pairs.set(slot.start, [
      ...(pairs.get(slot.start) ?? []),
      [slot.employeeId, slot.workstationId],
    ]),
  )
  return [...pairs.entries()]
    .map(([start, free]) => [start, mostAtOnce(free)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0])
}

const countedOf = (dates: string[], data: SchedulingData, params: SchedulingParams) =>
  [...countFreeSlots(dates, data, params).values()].flat().map((c) => [c.start, c.free] as const)

describe('the slot engine', () => {
  it('R3.1, R3.2 counts free employees per slot exactly as enumerating them does (each employee and desk once)', () => {
    fc.assert(
      fc.property(world, (w) => {
        const rules = w.employees
          .map((e, i) => ({
            employeeId: `e${i}`,
            kepId: `k${e.kep}`,
            workstationId: `w${e.kep}-${e.station}`,
            weekday: e.weekday,
            startsAt: `${String(Math.floor(e.from / 60)).padStart(2, '0')}:${String(e.from % 60).padStart(2, '0')}`,
            endsAt: `${String(Math.min(23, Math.floor((e.from + e.hours * 60) / 60))).padStart(2, '0')}:${String((e.from + e.hours * 60) % 60).padStart(2, '0')}`,
            validFrom: '2020-01-01',
            validTo: null,
          }))
          .filter((r) => r.startsAt < r.endsAt)
        const busyByEmployee = new Map<string, Span[]>()
        const busyByWorkstation = new Map<string, Span[]>()
        // bookings kept disjoint per employee and per workstation, as the database keeps them
        for (const b of w.bookings) {
          const rule = rules[b.employee % Math.max(1, rules.length)]
          if (!rule) continue
          const s = at(dates[b.day]!, b.at)
          const span: Span = [s, s + b.minutes * 60_000]
          const overlaps = (list: Span[] | undefined) =>
            list?.some(([x, y]) => x < span[1] && span[0] < y)
          if (
            overlaps(busyByEmployee.get(rule.employeeId)) ||
            overlaps(busyByWorkstation.get(rule.workstationId))
          )
            continue
          busyByEmployee.set(rule.employeeId, [
            ...(busyByEmployee.get(rule.employeeId) ?? []),
            span,
          ])
          busyByWorkstation.set(rule.workstationId, [
            ...(busyByWorkstation.get(rule.workstationId) ?? []),
            span,
          ])
        }
        for (const list of [...busyByEmployee.values(), ...busyByWorkstation.values()])
          list.sort((a, b) => a[0] - b[0])
        const absences = new Map<string, Span[]>()
        for (const a of w.absences) {
          const rule = rules[a.employee % Math.max(1, rules.length)]
          if (!rule) continue
          const s = at(dates[a.day]!, a.at)
          absences.set(rule.employeeId, [
            ...(absences.get(rule.employeeId) ?? []),
            [s, s + a.minutes * 60_000],
          ])
        }
        const hours = ['k0', 'k1', 'k2'].map(
          (k) =>
            [
              k,
              [1, 2, 3, 4, 5].map((weekday) => ({
                weekday,
                opensAt: '08:00',
                closesAt: '17:00',
                validFrom: null,
                validTo: null,
                seasonFrom: null,
                seasonTo: null,
              })),
            ] as const,
        )
        const data: SchedulingData = {
          hoursByKep: new Map(hours),
          // k1 keeps two extraordinary windows on the 12th; k2's on the 13th lose to its closure
          specialHours: new Map([
            [
              kepDateKey('k1', '2027-01-12'),
              [
                { kepId: 'k1', date: '2027-01-12', opensAt: '07:30', closesAt: '09:00' },
                { kepId: 'k1', date: '2027-01-12', opensAt: '18:00', closesAt: '21:00' },
              ],
            ],
            [
              kepDateKey('k2', '2027-01-13'),
              [{ kepId: 'k2', date: '2027-01-13', opensAt: '08:00', closesAt: '17:00' }],
            ],
          ]),
          closures: [
            { kepId: 'k2', startsOn: '2027-01-13', endsOn: '2027-01-13', recurring: false },
          ],
          rules: prepareRules(rules),
          absences,
          busyByEmployee,
          busyByWorkstation,
        }
        const params: SchedulingParams = {
          callMinutes: w.call,
          bufferMinutes: w.buffer,
          slotStepMinutes: w.step,
          earliest: at('2027-01-11', 0) + w.notice * 60_000,
          latest: at('2027-01-15', 12 * 60),
        }
        expect(countedOf(dates, data, params)).toEqual(enumeratedOf(dates, data, params))
      }),
      { numRuns: 300, seed: 42 },
    )
  })

  describe('R3.4 extraordinary hours of a KEP on a date', () => {
    const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opensAt: '08:00',
      closesAt: '15:00',
      validFrom: null,
      validTo: null,
      seasonFrom: null,
      seasonTo: null,
    }))
    const rules = prepareRules(
      ['k0', 'k1'].flatMap((kepId) =>
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          employeeId: `e-${kepId}`,
          kepId,
          workstationId: `w-${kepId}`,
          weekday,
          startsAt: '07:00',
          endsAt: '21:00',
          validFrom: '2020-01-01',
          validTo: null,
        })),
      ),
    )
    const params = (date: string): SchedulingParams => ({
      callMinutes: 30,
      bufferMinutes: 0,
      slotStepMinutes: 30,
      earliest: at(date, 0),
      latest: at(date, 24 * 60),
    })
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
    const times = (date: string, data: SchedulingData) => {
      const found: string[] = []
      forEachFreeSlot([date], data, params(date), (slot) => {
        const m = dayClock(date).minuteOfDay(slot.start)
        found.push(`${slot.kepId} ${hhmm(m)}`)
      })
      return found
    }
    const base = (special: [string, string, string, string][], closed: string[] = []) => ({
      hoursByKep: new Map([
        ['k0', weekly],
        ['k1', weekly],
      ]),
      specialHours: new Map(
        special.map(([kepId, date, opensAt, closesAt]) => [
          kepDateKey(kepId, date),
          [{ kepId, date, opensAt, closesAt }],
        ]),
      ),
      closures: closed.map((date) => ({
        kepId: 'k0',
        startsOn: date,
        endsOn: date,
        recurring: false,
      })),
      rules,
      absences: new Map(),
      busyByEmployee: new Map(),
      busyByWorkstation: new Map(),
    })

    it('opens one KEP on a public holiday (Epiphany) for its extraordinary hours only', () => {
      expect(times('2027-01-06', base([]))).toEqual([])
      expect(times('2027-01-06', base([['k0', '2027-01-06', '10:00', '12:00']]))).toEqual([
        'k0 10:00',
        'k0 10:30',
        'k0 11:00',
        'k0 11:30',
      ])
    })

    it('replaces the weekly hours that day, and a closure of that day still closes', () => {
      const data = base([['k0', '2027-01-07', '19:00', '20:00']])
      expect(times('2027-01-07', data).filter((t) => t.startsWith('k0'))).toEqual([
        'k0 19:00',
        'k0 19:30',
      ])
      expect(times('2027-01-07', data).filter((t) => t.startsWith('k1'))).toHaveLength(14)
      const closed = base([['k0', '2027-01-07', '19:00', '20:00']], ['2027-01-07'])
      expect(times('2027-01-07', closed).filter((t) => t.startsWith('k0'))).toEqual([])
    })
  })
})

describe('issue 12: defects found by an independent availability check', () => {
  const allWeek = [1, 2, 3, 4, 5, 6, 7]
  const hoursOf = (windows: [string, string][]) =>
    allWeek.flatMap((weekday) =>
      windows.map(([opensAt, closesAt]) => ({
        weekday,
        opensAt,
        closesAt,
        validFrom: null,
        validTo: null,
        seasonFrom: null,
        seasonTo: null,
      })),
    )
  /** employee, workstation, from, to: every day of the week, at KEP k0. */
  const rulesOf = (rows: [string, string, string, string][]) =>
    prepareRules(
      rows.flatMap(([employeeId, workstationId, startsAt, endsAt]) =>
        allWeek.map((weekday) => ({
          employeeId,
          kepId: 'k0',
          workstationId,
          weekday,
          startsAt,
          endsAt,
          validFrom: '2020-01-01',
          validTo: null,
        })),
      ),
    )
  const dataOf = (
    hours: [string, string][],
    rows: [string, string, string, string][],
    special: [string, string, string][] = [],
  ): SchedulingData & { busyByWorkstation: Map<string, Span[]> } => ({
    hoursByKep: new Map([['k0', hoursOf(hours)]]),
    specialHours: new Map(
      special.length === 0
        ? []
        : [
            [
              kepDateKey('k0', special[0]![0]),
              special.map(([date, opensAt, closesAt]) => ({
                kepId: 'k0',
                date,
                opensAt,
                closesAt,
              })),
            ],
          ],
    ),
    closures: [],
    rules: rulesOf(rows),
    absences: new Map(),
    busyByEmployee: new Map(),
    busyByWorkstation: new Map(),
  })
  const paramsOf = (date: string, step = 30, call = 30): SchedulingParams => ({
    callMinutes: call,
    bufferMinutes: 0,
    slotStepMinutes: step,
    earliest: at(date, 0),
    latest: at(date, 24 * 60),
  })
  const hhmm = (date: string, t: number) => {
    const m = dayClock(date).minuteOfDay(t)
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  }
  const counts = (date: string, data: SchedulingData, params = paramsOf(date)) =>
    (countFreeSlots([date], data, params).get(date) ?? []).map(
      (s) => `${hhmm(date, s.start)} ${s.free}`,
    )
  const offered = (date: string, data: SchedulingData, params = paramsOf(date)) => {
    const found: string[] = []
    forEachFreeSlot([date], data, params, (s) =>
      found.push(`${hhmm(date, s.start)} ${s.employeeId} ${s.workstationId}`),
    )
    return found
  }
  const date = '2027-01-12'

  describe('defect 1: an employee is counted once per slot', () => {
    it('when the KEP has an extra row 07:30–19:00 on top of its weekly hours 08:00–15:00', () => {
      const data = dataOf(
        [
          ['08:00', '15:00'],
          ['07:30', '19:00'],
        ],
        [['e1', 'w1', '08:00', '10:00']],
      )
      expect(counts(date, data)).toEqual(['08:00 1', '08:30 1', '09:00 1', '09:30 1'])
      expect(offered(date, data)).toEqual([
        '08:00 e1 w1',
        '08:30 e1 w1',
        '09:00 e1 w1',
        '09:30 e1 w1',
      ])
    })

    it("when one employee's availability rows overlap", () => {
      const data = dataOf(
        [['08:00', '15:00']],
        [
          ['e1', 'w1', '08:00', '09:30'],
          ['e1', 'w1', '08:30', '10:00'],
          ['e2', 'w2', '08:00', '09:00'],
        ],
      )
      expect(counts(date, data)).toEqual(['08:00 2', '08:30 2', '09:00 1', '09:30 1'])
      expect(offered(date, data).filter((s) => s.includes('e1'))).toHaveLength(4)
    })

    it('when an employee has two workstations at once: one employee, however many desks', () => {
      const data = dataOf(
        [['08:00', '15:00']],
        [
          ['e1', 'w1', '08:00', '09:00'],
          ['e1', 'w2', '08:00', '09:00'],
        ],
      )
      expect(counts(date, data)).toEqual(['08:00 1', '08:30 1'])
    })

    it('when two employees share one workstation at once: no more than the desks can hold', () => {
      const data = dataOf(
        [['08:00', '15:00']],
        [
          ['e1', 'w1', '08:00', '09:00'],
          ['e2', 'w1', '08:00', '09:00'],
          ['e3', 'w2', '08:30', '09:30'],
          ['e3', 'w3', '08:30', '09:30'],
        ],
      )
      expect(counts(date, data)).toEqual(['08:00 1', '08:30 2', '09:00 1'])
    })

    it('a busy employee frees neither of their desks for the count, a busy desk neither employee', () => {
      const data = dataOf(
        [['08:00', '15:00']],
        [
          ['e1', 'w1', '08:00', '09:00'],
          ['e2', 'w1', '08:00', '09:00'],
          ['e2', 'w2', '08:00', '09:00'],
        ],
      )
      data.busyByWorkstation.set('w2', [[at(date, 8 * 60), at(date, 8 * 60 + 30)]])
      expect(counts(date, data)).toEqual(['08:00 1', '08:30 2'])
    })
  })

  describe('defect 4: windows that touch end to end are one opening', () => {
    const call = (d: string) => paramsOf(d, 30, 60)
    it('KEP weekly hours 08:00–11:00 plus 11:00–14:00 offer a call crossing 11:00', () => {
      const data = dataOf(
        [
          ['08:00', '11:00'],
          ['11:00', '14:00'],
        ],
        [['e1', 'w1', '08:00', '14:00']],
      )
      expect(counts(date, data, call(date))).toContain('10:30 1')
    })
    it('extraordinary hours 08:00–11:00 plus 11:00–14:00 likewise', () => {
      const data = dataOf(
        [['08:00', '09:00']],
        [['e1', 'w1', '08:00', '14:00']],
        [
          [date, '08:00', '11:00'],
          [date, '11:00', '14:00'],
        ],
      )
      expect(counts(date, data, call(date))).toContain('10:30 1')
      expect(offered(date, data, call(date))).toContain('10:30 e1 w1')
    })
    it('availability rows 08:00–11:00 plus 11:00–14:00 likewise', () => {
      const data = dataOf(
        [['08:00', '14:00']],
        [
          ['e1', 'w1', '08:00', '11:00'],
          ['e1', 'w1', '11:00', '14:00'],
        ],
      )
      expect(counts(date, data, call(date))).toContain('10:30 1')
      expect(offered(date, data, call(date))).toContain('10:30 e1 w1')
    })
  })

  describe('defect 2: a slot step that does not divide the hour, across DST', () => {
    it.each(['2027-10-31', '2027-03-28', '2026-10-25', '2027-01-12'])(
      'on %s with a 45-minute step offers exactly the grid that booking accepts',
      (day) => {
        const data = dataOf([['00:00', '23:59']], [['e1', 'w1', '00:00', '23:59']])
        const params = paramsOf(day, 45, 20)
        const starts: number[] = []
        forEachFreeSlot([day], data, params, (s) => starts.push(s.start))
        // every minute of the day (and the repeated hour) the validator accepts, and the call fits
        const accepted: number[] = []
        for (let t = at(day, 0); t + 20 * 60_000 <= at(day, 23 * 60 + 59); t += 60_000) {
          if (onGrid(t, day, 45)) accepted.push(t)
        }
        expect(starts.map((t) => hhmm(day, t))).toEqual(accepted.map((t) => hhmm(day, t)))
        expect(starts).toEqual(accepted)
        const counted = (countFreeSlots([day], data, params).get(day) ?? []).map((s) => s.start)
        expect(counted).toEqual(accepted)
        expect(starts.map((t) => hhmm(day, t))).toContain('09:00')
      },
    )
  })
})

/**
 * The independent reading of the raw rule rows: at every start booking's validation accepts,
 * each (employee, workstation) whose call is covered, minute for minute, by some opening row of
 * its KEP and some availability row of the pair, and whose blocked span meets no booking of
 * the employee or the desk; then the most calls that can start at once.
 */
function bruteForce(
  dates: string[],
  rows: {
    employeeId: string
    kepId: string
    workstationId: string
    weekday: number
    startsAt: string
    endsAt: string
  }[],
  data: SchedulingData,
  params: SchedulingParams,
) {
  const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
  const covered = (from: number, to: number, a: Span[], b: Span[]) => {
    let t = from
    for (;;) {
      if (t >= to) return true
      const x = a.find(([s, e]) => s <= t && t < e)
      const y = b.find(([s, e]) => s <= t && t < e)
      if (!x || !y) return false
      t = Math.min(x[1], y[1])
    }
  }
  const meets = (spans: readonly Span[] | undefined, s: number, e: number) =>
    (spans ?? []).some(([x, y]) => x < e && s < y)
  const out: (readonly [number, number])[] = []
  for (const date of dates) {
    const day = dayClock(date)
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay() || 7
    const openOf = (kepId: string): Span[] => {
      const special = data.specialHours.get(kepDateKey(kepId, date))
      if (special)
        return special.map((h) => [day.at(minutesOf(h.opensAt)), day.at(minutesOf(h.closesAt))])
      return (data.hoursByKep.get(kepId) ?? [])
        .filter((h) => h.weekday === weekday)
        .map((h) => [day.at(minutesOf(h.opensAt)), day.at(minutesOf(h.closesAt))])
    }
    const pairs = new Map<string, Span[]>()
    for (const r of rows.filter((r) => r.weekday === weekday)) {
      const key = `${r.employeeId}|${r.workstationId}|${r.kepId}`
      pairs.set(key, [
        ...(pairs.get(key) ?? []),
        [day.at(minutesOf(r.startsAt)), day.at(minutesOf(r.endsAt))],
      ])
    }
    const dayEnd = dayClock(addDays(date, 1)).at(0)
    const kepOpen = new Map(['k0', 'k1'].map((k) => [k, openOf(k)]))
    for (let t = day.at(0); t < dayEnd; t += 60_000) {
      if (!onGrid(t, date, params.slotStepMinutes)) continue
      if (t < params.earliest || t >= params.latest) continue
      const end = t + params.callMinutes * 60_000
      const blocked = end + params.bufferMinutes * 60_000
      const free: [string, string][] = []
      for (const [key, windows] of pairs) {
        const [employeeId, workstationId, kepId] = key.split('|') as [string, string, string]
        if (!covered(t, end, kepOpen.get(kepId)!, windows)) continue
        if (meets(data.busyByEmployee.get(employeeId), t, blocked)) continue
        if (meets(data.busyByWorkstation.get(workstationId), t, blocked)) continue
        free.push([employeeId, workstationId])
      }
      const n = mostAtOnce(free)
      if (n > 0) out.push([t, n])
    }
  }
  return out
}

describe('issue 12: the count agrees with the enumeration on messy schedules', () => {
  // both DST changes of 2027, a day either side; all days of the week open
  const messyDates = [
    ...datesBetween('2027-03-27', '2027-03-29'),
    ...datesBetween('2027-10-30', '2027-11-01'),
  ]
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  const window = fc
    .record({
      from: fc.integer({ min: 0, max: 44 }).map((h) => h * 30), // 00:00–22:00
      minutes: fc.integer({ min: 1, max: 16 }).map((h) => h * 30),
    })
    .map(({ from, minutes }) => ({ from, to: Math.min(from + minutes, 23 * 60 + 59) }))
  const messy = fc.record({
    // weekly rows per KEP, often overlapping or touching each other
    hours: fc.array(fc.array(window, { minLength: 1, maxLength: 3 }), {
      minLength: 2,
      maxLength: 2,
    }),
    // extraordinary hours of k0 on one of the dates: touching windows
    special: fc.option(
      fc.record({ day: fc.integer({ min: 0, max: 5 }), split: fc.integer({ min: 1, max: 40 }) }),
      { nil: undefined },
    ),
    rows: fc.array(
      fc.record({
        employee: fc.integer({ min: 0, max: 5 }),
        station: fc.integer({ min: 0, max: 3 }),
        weekday: fc.integer({ min: 1, max: 7 }),
        window,
      }),
      { minLength: 1, maxLength: 14 },
    ),
    bookings: fc.array(
      fc.record({
        row: fc.nat(),
        day: fc.integer({ min: 0, max: 5 }),
        at: fc.integer({ min: 0, max: 1400 }),
        minutes: fc.integer({ min: 5, max: 120 }),
      }),
      { maxLength: 20 },
    ),
    step: fc.constantFrom(5, 15, 25, 30, 40, 45, 50, 60, 90, 120),
    call: fc.integer({ min: 5, max: 90 }),
    buffer: fc.integer({ min: 0, max: 20 }),
  })

  it('and both agree with a brute-force reading of the rule rows: overlapping and touching windows, shared employees and desks, steps that do not divide the hour, across DST', () => {
    fc.assert(
      fc.property(messy, (w) => {
        // an employee belongs to one KEP (employees 0–2 to k0, 3–5 to k1), desks are per KEP
        const kepOf = (employee: number) => `k${employee < 3 ? 0 : 1}`
        const rules = w.rows.map((r) => ({
          employeeId: `e${r.employee}`,
          kepId: kepOf(r.employee),
          workstationId: `w-${kepOf(r.employee)}-${r.station}`,
          weekday: r.weekday,
          startsAt: hhmm(r.window.from),
          endsAt: hhmm(r.window.to),
          validFrom: '2020-01-01',
          validTo: null,
        }))
        const busyByEmployee = new Map<string, Span[]>()
        const busyByWorkstation = new Map<string, Span[]>()
        for (const b of w.bookings) {
          const rule = rules[b.row % rules.length]!
          const s = at(messyDates[b.day]!, b.at)
          const span: Span = [s, s + b.minutes * 60_000]
          const overlaps = (list: Span[] | undefined) =>
            list?.some(([x, y]) => x < span[1] && span[0] < y)
          if (
            overlaps(busyByEmployee.get(rule.employeeId)) ||
            overlaps(busyByWorkstation.get(rule.workstationId))
          )
            continue
          busyByEmployee.set(rule.employeeId, [
            ...(busyByEmployee.get(rule.employeeId) ?? []),
            span,
          ])
          busyByWorkstation.set(rule.workstationId, [
            ...(busyByWorkstation.get(rule.workstationId) ?? []),
            span,
          ])
        }
        for (const list of [...busyByEmployee.values(), ...busyByWorkstation.values()])
          list.sort((a, b) => a[0] - b[0])
        const specialHours = new Map<string, SpecialHoursRule[]>()
        if (w.special) {
          const date = messyDates[w.special.day]!
          const split = w.special.split * 30
          specialHours.set(kepDateKey('k0', date), [
            { kepId: 'k0', date, opensAt: '00:30', closesAt: hhmm(split) },
            { kepId: 'k0', date, opensAt: hhmm(split), closesAt: '23:30' },
          ])
        }
        const data: SchedulingData = {
          hoursByKep: new Map(
            w.hours.map((windows, k) => [
              `k${k}`,
              [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) =>
                windows.map((h) => ({
                  weekday,
                  opensAt: hhmm(h.from),
                  closesAt: hhmm(h.to),
                  validFrom: null,
                  validTo: null,
                  seasonFrom: null,
                  seasonTo: null,
                })),
              ),
            ]),
          ),
          specialHours,
          closures: [],
          rules: prepareRules(rules),
          absences: new Map(),
          busyByEmployee,
          busyByWorkstation,
        }
        const params: SchedulingParams = {
          callMinutes: w.call,
          bufferMinutes: w.buffer,
          slotStepMinutes: w.step,
          earliest: at(messyDates[0]!, 0),
          latest: at('2027-11-02', 0),
        }
        const enumerated = enumeratedOf(messyDates, data, params)
        expect(enumerated).toEqual(bruteForce(messyDates, rules, data, params))
        expect(countedOf(messyDates, data, params)).toEqual(enumerated)
        // what is offered, booking's validation accepts
        for (const [start] of enumerated) {
          expect(onGrid(start, localDateOf(start), w.step)).toBe(true)
        }
      }),
      { numRuns: 300, seed: 12 },
    )
  })
})
