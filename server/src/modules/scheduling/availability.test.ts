import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  aWorkstation,
  openingHours,
} from '../../test/factories.js'
import { occupancy } from './occupancy.table.js'
import { employees } from '../identity/index.js'
import { employeeAbsences, employeeAvailability, kepClosures, kepOpeningHours } from './index.js'
import { availability, type AvailabilityInput } from './scheduling.service.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
const ids = {} as Record<
  | 'info'
  | 'disability'
  | 'municipal'
  | 'procedure'
  | 'disabilityProcedure'
  | 'municipalProcedure'
  | 'athens'
  | 'kep'
  | 'kep2'
  | 'otherKep'
  | 'employee'
  | 'citizen'
  | 'station'
  | 'applied'
  | 'night',
  string
>

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 30,
    minNoticeMinutes: 60,
    horizonDays: 366,
  })
  const disability = await aCategory(db, 'disability', { callMinutes: 40, horizonDays: 366 })
  const municipal = await aCategory(db, 'municipal', { horizonDays: 366 })
  const athens = await aMunicipality(db)
  const other = await aMunicipality(db)
  const applied = await aMunicipality(db, { participation: 'applied' })
  const kep = await aKep(db, athens.id)
  const kep2 = await aKep(db, athens.id)
  const otherKep = await aKep(db, other.id)
  const appliedKep = await aKep(db, applied.id)
  for (const k of [kep, kep2, otherKep, appliedKep]) await openingHours(db, k.id, '08:00', '15:00')
  const employee = await anEmployee(db, kep.id)
  await anEmployee(db, otherKep.id)
  await anEmployee(db, appliedKep.id)
  // a KEP open through the night, for the DST tests
  const night = await aKep(db, other.id)
  await openingHours(db, night.id, '00:00', '23:59', [1, 2, 3, 4, 5, 6, 7])
  await anEmployee(db, night.id, {
    windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '02:00', to: '05:00' }],
  })
  Object.assign(ids, {
    info: info.id,
    disability: disability.id,
    municipal: municipal.id,
    procedure: (await aProcedure(db, info.id)).id,
    disabilityProcedure: (await aProcedure(db, disability.id)).id,
    municipalProcedure: (await aProcedure(db, municipal.id, { municipalityId: athens.id })).id,
    athens: athens.id,
    kep: kep.id,
    kep2: kep2.id,
    otherKep: otherKep.id,
    employee: employee.id,
    station: employee.workstationId,
    citizen: (await aCitizen(db)).id,
    applied: applied.id,
    night: night.id,
  })
})
afterAll(() => database?.close())

const ask = (over: Partial<AvailabilityInput> = {}) =>
  availability(database.db, clock, {
    category: 'information',
    procedureId: ids.procedure,
    kepId: ids.kep,
    from: '2027-01-05',
    to: '2027-01-05',
    ...over,
  })

const times = (day: { slots: { startsAt: Date }[] } | undefined) =>
  day?.slots.map((s) =>
    s.startsAt.toLocaleTimeString('en-GB', {
      timeZone: 'Europe/Athens',
      hour: '2-digit',
      minute: '2-digit',
    }),
  ) ?? []

describe('availability', () => {
  it('R1.2, R3.4 offers the grid of the opening hours, the last call ending by closing time', async () => {
    const { days } = await ask()
    expect(times(days[0])).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '12:00',
      '12:30',
      '13:00',
      '13:30',
      '14:00',
      '14:30',
    ])
    expect(days[0]!.slots.every((s) => s.freeEmployees === 1)).toBe(true)
    expect(days[0]!.slots[0]!.endsAt.getTime() - days[0]!.slots[0]!.startsAt.getTime()).toBe(
      20 * 60_000,
    )
  })

  it('keeps the minimum notice: nothing before 09:00 when it is 08:00 with an hour of notice', async () => {
    const { days } = await ask({ from: '2027-01-04', to: '2027-01-04' })
    expect(times(days[0])[0]).toBe('09:00')
  })

  it('offers nothing on a public holiday and names it (Epiphany)', async () => {
    const { days } = await ask({ from: '2027-01-06', to: '2027-01-06' })
    expect(days[0]!.slots).toEqual([])
    expect(days[0]!.holiday?.nameEl).toBe('Θεοφάνεια')
  })

  it.each([
    ['2027-05-03', 'Orthodox Easter Monday'],
    ['2027-06-21', 'Whit Monday (Αγίου Πνεύματος)'],
  ])('R3.3 keeps KEPs closed on %s, %s, and open the next day', async (date) => {
    const next = new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10)
    const { days } = await ask({ from: date, to: next })
    expect(days[0]!.slots).toEqual([])
    expect(days[0]!.holiday).not.toBeNull()
    expect(days[1]!.slots.length).toBeGreaterThan(0)
  })

  it('names the last date that may be booked now (the horizon) and offers nothing after it', async () => {
    // today 4 January 2027 + 366 days of horizon
    const { lastBookableDate, days } = await ask({ from: '2028-01-05', to: '2028-01-07' })
    expect(lastBookableDate).toBe('2028-01-05')
    expect(days.map((d) => d.slots.length > 0)).toEqual([true, false, false])
  })

  it('offers nothing at weekends when the KEP is closed', async () => {
    const { days } = await ask({ from: '2027-01-09', to: '2027-01-10' })
    expect(days.map((d) => d.slots.length)).toEqual([0, 0])
  })

  it("R3.4 honours a KEP's local closure, recurring every year", async () => {
    await database.db.insert(kepClosures).values({
      kepId: ids.kep,
      startsOn: '2000-01-07',
      endsOn: '2000-01-07',
      recurring: true,
      reasonEl: 'Εορτή πολιούχου',
      reasonEn: "Patron saint's day",
    })
    const { days } = await ask({ from: '2027-01-07', to: '2027-01-08' })
    expect(days[0]).toMatchObject({ closed: true, slots: [] })
    expect(days[1]!.closed).toBe(false)
    expect(days[1]!.slots.length).toBeGreaterThan(0)
  })

  it('R3.1, R3.2 hides the slots a booking blocks, its buffer included, and nothing else', async () => {
    await database.db.insert(occupancy).values({
      kepId: ids.kep,
      employeeId: ids.employee,
      workstationId: ids.station,
      startsAt: new Date('2027-01-12T08:00:00Z'), // 10:00 Athens
      endsAt: new Date('2027-01-12T08:20:00Z'),
      blockedUntil: new Date('2027-01-12T08:40:00Z'), // a 20-minute buffer: blocks 10:30 too
    })
    const day = times((await ask({ from: '2027-01-12', to: '2027-01-12' })).days[0])
    expect(day).toContain('09:30') // 09:30 + 20 min call + 10 min buffer = 10:00: just fits
    expect(day).not.toContain('10:00')
    expect(day).not.toContain('10:30')
    expect(day).toContain('11:00')
  })

  it('R3.3 hides slots during an absence', async () => {
    await database.db.insert(employeeAbsences).values({
      employeeId: ids.employee,
      startsAt: new Date('2027-01-13T09:00:00Z'), // 11:00–13:00 Athens
      endsAt: new Date('2027-01-13T11:00:00Z'),
      reason: 'training',
    })
    const day = times((await ask({ from: '2027-01-13', to: '2027-01-13' })).days[0])
    expect(day).toContain('10:30')
    expect(day).not.toContain('11:00')
    expect(day).not.toContain('12:30')
    expect(day).toContain('13:00')
  })

  it('R4.3 gives the disability field its longer calls', async () => {
    const { callMinutes, days } = await ask({
      category: 'disability',
      procedureId: ids.disabilityProcedure,
      from: '2027-01-14',
      to: '2027-01-14',
    })
    expect(callMinutes).toBe(40)
    const last = days[0]!.slots.at(-1)!
    expect(last.endsAt.getTime() - last.startsAt.getTime()).toBe(40 * 60_000)
    expect(times(days[0]).at(-1)).toBe('14:00') // 14:30 + 40 min would pass 15:00
  })

  it('counts free employees across every participating KEP for "any KEP", never a KEP of a municipality that has not joined', async () => {
    const { days } = await ask({ kepId: null, from: '2027-01-14', to: '2027-01-14' })
    expect(
      days[0]!.slots.find((s) => s.startsAt.toISOString() === '2027-01-14T06:00:00.000Z')
        ?.freeEmployees,
    ).toBe(2)
  })

  it('R4.4 requires a KEP of the municipality for the municipal field', async () => {
    await expect(
      ask({ category: 'municipal', procedureId: ids.municipalProcedure, kepId: null }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [expect.objectContaining({ field: 'kepId', reason: 'required' })] },
    })
    await expect(
      ask({ category: 'municipal', procedureId: ids.municipalProcedure, kepId: ids.otherKep }),
    ).rejects.toMatchObject({
      details: {
        fields: [expect.objectContaining({ field: 'kepId', reason: 'not_of_municipality' })],
      },
    })
    const { days } = await ask({
      category: 'municipal',
      procedureId: ids.municipalProcedure,
      kepId: ids.kep,
      from: '2027-01-14',
      to: '2027-01-14',
    })
    expect(days[0]!.slots.length).toBeGreaterThan(0)
  })

  it('refuses a procedure of another field, a range over 62 days, and an end before the start', async () => {
    await expect(ask({ procedureId: ids.disabilityProcedure })).rejects.toMatchObject({
      details: {
        fields: [expect.objectContaining({ field: 'procedureId', reason: 'not_of_category' })],
      },
    })
    await expect(ask({ from: '2027-01-05', to: '2027-03-08' })).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ field: 'to', reason: 'range_too_long' })] },
    })
    await expect(ask({ from: '2027-01-05', to: '2027-01-04' })).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ field: 'to', reason: 'before_from' })] },
    })
    // Date.parse takes 30 February (as 2 March): a date that is not one is refused by name
    await expect(ask({ from: '2027-02-30', to: '2027-03-01' })).rejects.toMatchObject({
      details: { fields: [expect.objectContaining({ field: 'from', reason: 'invalid_format' })] },
    })
    await expect(ask({ from: '2027-13-45', to: '0000-01-01' })).rejects.toMatchObject({
      details: {
        fields: [
          expect.objectContaining({ field: 'from', reason: 'invalid_format' }),
          expect.objectContaining({ field: 'to', reason: 'invalid_format' }),
        ],
      },
    })
    await expect(
      ask({ kepId: ids.kep2, from: '2027-01-05', to: '2027-03-06' }),
    ).resolves.toBeTruthy()
  })

  it('honours seasonal opening hours (summer hours)', async () => {
    await database.db.delete(kepOpeningHours).where(eq(kepOpeningHours.kepId, ids.kep2))
    await database.db.insert(kepOpeningHours).values([
      {
        kepId: ids.kep2,
        weekday: 4,
        opensAt: '08:00',
        closesAt: '15:00',
        seasonFrom: '09-16',
        seasonTo: '06-14',
      },
      {
        kepId: ids.kep2,
        weekday: 4,
        opensAt: '07:00',
        closesAt: '09:00',
        seasonFrom: '06-15',
        seasonTo: '09-15',
      },
    ])
    await anEmployee(database.db, ids.kep2, {
      windows: [{ weekdays: [4], from: '07:00', to: '15:00' }],
    })
    const winter = await ask({ kepId: ids.kep2, from: '2027-01-14', to: '2027-01-14' })
    const summer = await ask({ kepId: ids.kep2, from: '2027-07-15', to: '2027-07-15' })
    expect(times(winter.days[0])[0]).toBe('08:00')
    expect(times(summer.days[0])).toEqual(['07:00', '07:30', '08:00', '08:30'])
  })
})

describe('availability across daylight-saving changes', () => {
  const night = (date: string) => {
    const c = fixedClock('2026-10-01T00:00:00Z')
    return availability(database.db, c, {
      category: 'information',
      procedureId: ids.procedure,
      kepId: ids.night,
      from: date,
      to: date,
    })
  }

  it('R3.3 on 25 October 2026 (25 hours) offers both 03:00s, each call lasting its real 20 minutes', async () => {
    const { days } = await night('2026-10-25')
    const starts = days[0]!.slots.map((s) => s.startsAt.toISOString())
    expect(starts).toEqual([
      '2026-10-24T23:00:00.000Z', // 02:00 EEST
      '2026-10-24T23:30:00.000Z',
      '2026-10-25T00:00:00.000Z', // 03:00 EEST
      '2026-10-25T00:30:00.000Z',
      '2026-10-25T01:00:00.000Z', // 03:00 EET, the second time
      '2026-10-25T01:30:00.000Z',
      '2026-10-25T02:00:00.000Z', // 04:00 EET
      '2026-10-25T02:30:00.000Z',
    ])
    for (const s of days[0]!.slots)
      expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(20 * 60_000)
  })

  it('R3.3 on 28 March 2027 (23 hours) offers no slot in the hour that does not exist', async () => {
    const c = fixedClock('2027-03-01T00:00:00Z')
    const { days } = await availability(database.db, c, {
      category: 'information',
      procedureId: ids.procedure,
      kepId: ids.night,
      from: '2027-03-28',
      to: '2027-03-28',
    })
    expect(days[0]!.slots.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-03-28T00:00:00.000Z', // 02:00 EET
      '2027-03-28T00:30:00.000Z',
      '2027-03-28T01:00:00.000Z', // 04:00 EEST: 03:00–04:00 never happens
      '2027-03-28T01:30:00.000Z',
    ])
  })
})

describe('issue 12 defect 3: busy time belongs to the employee, wherever the booking was made', () => {
  it('an employee moved to another KEP with a booking still at the old one is busy at the new one', async () => {
    const db = database.db
    const place = await aMunicipality(db)
    const [before, after] = [await aKep(db, place.id), await aKep(db, place.id)]
    for (const k of [before, after]) await openingHours(db, k.id, '08:00', '15:00')
    const employee = await anEmployee(db, before.id)
    await db.insert(occupancy).values({
      kepId: before.id,
      employeeId: employee.id,
      workstationId: employee.workstationId,
      startsAt: new Date('2027-01-19T08:00:00Z'), // 10:00 Athens
      endsAt: new Date('2027-01-19T08:20:00Z'),
      blockedUntil: new Date('2027-01-19T08:30:00Z'),
    })
    // moved, with a desk at the new KEP
    const desk = await aWorkstation(db, after.id)
    await db.update(employees).set({ kepId: after.id }).where(eq(employees.id, employee.id))
    await db
      .update(employeeAvailability)
      .set({ workstationId: desk.id })
      .where(eq(employeeAvailability.employeeId, employee.id))
    const { days } = await ask({ kepId: after.id, from: '2027-01-19', to: '2027-01-19' })
    expect(times(days[0])).toContain('09:30')
    expect(times(days[0])).not.toContain('10:00')
    expect(times(days[0])).toContain('10:30')
  })
})
