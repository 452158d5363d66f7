import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayClock, datesBetween } from './calendar.js'
import {
  countFreeSlots,
  forEachFreeSlot,
  kepDateKey,
  prepareRules,
  type SchedulingData,
  type SchedulingParams,
  type Span,
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

describe('the slot engine', () => {
  it('R3.1, R3.2 counts free employees per slot exactly as enumerating them does', () => {
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
        const enumerated = new Map<number, number>()
        forEachFreeSlot(dates, data, params, (slot) =>
          enumerated.set(slot.start, (enumerated.get(slot.start) ?? 0) + 1),
        )
        const counted = [...countFreeSlots(dates, data, params).values()].flat()
        expect(counted.map((c) => [c.start, c.free])).toEqual(
          [...enumerated.entries()].sort((a, b) => a[0] - b[0]),
        )
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
