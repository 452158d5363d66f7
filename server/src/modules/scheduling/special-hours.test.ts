import { count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { auditLog } from '../audit/index.js'
import { bookAppointment } from '../bookings/index.js'
import { kepClosures, kepSpecialHours } from './index.js'
import { availability } from './scheduling.service.js'
import {
  deleteKepSpecialHours,
  listKepSpecialHours,
  writeKepSpecialHours,
  type SetSpecialHoursInput,
} from './special-hours.service.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2). Wednesday the 6th is Epiphany.
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
const ids = {} as Record<'procedure' | 'kep' | 'otherKep' | 'citizen', string>
let admin: Actor
let manager: Actor
let otherManager: Actor
let staff: Actor

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 30,
    minNoticeMinutes: 60,
    horizonDays: 60,
  })
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  const otherKep = await aKep(db, athens.id)
  for (const k of [kep, otherKep]) {
    await openingHours(db, k.id, '08:00', '15:00')
    // employees who could work every day, evenings too: the KEP's hours decide
    await anEmployee(db, k.id, {
      windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '07:00', to: '21:00' }],
    })
  }
  const asEmployee = (e: { id: string; kepId: string }, role: 'staff' | 'manager'): Actor => ({
    kind: 'employee',
    employeeId: e.id,
    kepId: e.kepId,
    role,
    sessionId: e.id,
  })
  manager = asEmployee(await anEmployee(db, kep.id, { role: 'manager' }), 'manager')
  otherManager = asEmployee(await anEmployee(db, otherKep.id, { role: 'manager' }), 'manager')
  staff = asEmployee(await anEmployee(db, kep.id), 'staff')
  admin = { kind: 'administrator', administratorId: kep.id, role: 'operator', sessionId: kep.id }
  Object.assign(ids, {
    procedure: (await aProcedure(db, info.id)).id,
    kep: kep.id,
    otherKep: otherKep.id,
    citizen: (await aCitizen(db)).id,
  })
})
afterAll(() => database?.close())

const day = async (date: string, kepId: string | null = ids.kep) => {
  const { days } = await availability(database.db, clock, {
    category: 'information',
    procedureId: ids.procedure,
    ...(kepId ? { kepId } : {}),
    from: date,
    to: date,
  })
  return days[0]!
}

const times = (d: { slots: { localTime: string }[] }) => d.slots.map((s) => s.localTime)

const input = (over: Partial<SetSpecialHoursInput> = {}): SetSpecialHoursInput => ({
  kepId: ids.kep,
  date: '2027-01-06',
  windows: [{ opensAt: '10:00', closesAt: '12:00' }],
  reasonEl: 'Έκτακτη λειτουργία για το επίδομα θέρμανσης',
  reasonEn: 'Extraordinary opening for the heating allowance',
  ...over,
})

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('expected a DomainError')
}

const counts = async () => {
  const [hours] = await database.db.select({ n: count() }).from(kepSpecialHours)
  const [audit] = await database.db.select({ n: count() }).from(auditLog)
  return { hours: hours!.n, audit: audit!.n }
}

describe('extraordinary hours of a KEP (R3.4, R3.5)', () => {
  it('R3.4 open one KEP on a public holiday (Epiphany) for those hours only; the others stay closed', async () => {
    const before = await day('2027-01-06')
    expect(before).toMatchObject({ closed: true, slots: [], specialHours: null })
    expect(before.holiday?.nameEl).toBe('Θεοφάνεια')

    const specialHours = await writeKepSpecialHours(database.db, clock, manager, input())
    expect(specialHours).toMatchObject({
      date: '2027-01-06',
      windows: [{ opensAt: '10:00', closesAt: '12:00' }],
    })

    const after = await day('2027-01-06')
    expect(after.closed).toBe(false)
    expect(after.holiday?.nameEl).toBe('Θεοφάνεια')
    expect(after.specialHours?.en).toBe('Extraordinary opening for the heating allowance')
    expect(times(after)).toEqual(['10:00', '10:30', '11:00', '11:30'])
    expect(times(await day('2027-01-06', ids.otherKep))).toEqual([])
    // "any KEP" finds the one that opens
    expect(times(await day('2027-01-06', null))).toEqual(['10:00', '10:30', '11:00', '11:30'])
  })

  it('R3.4 a citizen books on the holiday within those hours, and not outside them', async () => {
    const citizen: Actor = { kind: 'citizen', citizenId: ids.citizen, sessionId: ids.citizen }
    const details = (hhmm: string) => ({
      category: 'information' as const,
      procedureId: ids.procedure,
      kepId: ids.kep,
      startsAt: new Date(`2027-01-06T${hhmm}:00+02:00`),
      fullName: 'Μαρία Ιωάννου',
      email: 'maria@example.gr',
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email' as const,
    })
    const booked = await bookAppointment(database.db, clock, citizen, details('11:00'))
    expect(booked.kepId).toBe(ids.kep)
    const refused = await failure(bookAppointment(database.db, clock, citizen, details('13:00')))
    expect(refused.code).toBe('VALIDATION_FAILED')
    expect(refused.details.fields).toMatchObject([{ field: 'startsAt', reason: 'outside_hours' }])
  })

  it('R3.4 replace the weekly hours of an ordinary day; removing them brings the weekly hours back', async () => {
    expect(times(await day('2027-01-07'))).toHaveLength(14) // 08:00–14:30
    await writeKepSpecialHours(
      database.db,
      clock,
      admin,
      input({
        date: '2027-01-07',
        windows: [
          { opensAt: '18:00', closesAt: '20:00' },
          { opensAt: '08:00', closesAt: '09:00' },
        ],
      }),
    )
    expect(times(await day('2027-01-07'))).toEqual([
      '08:00',
      '08:30',
      '18:00',
      '18:30',
      '19:00',
      '19:30',
    ])
    expect(await listKepSpecialHours(database.db, ids.kep, '2027-01-01', '2027-01-31')).toEqual([
      expect.objectContaining({ date: '2027-01-06' }),
      expect.objectContaining({
        date: '2027-01-07',
        windows: [
          { opensAt: '08:00', closesAt: '09:00' },
          { opensAt: '18:00', closesAt: '20:00' },
        ],
      }),
    ])

    const removed = await deleteKepSpecialHours(database.db, clock, manager, {
      kepId: ids.kep,
      date: '2027-01-07',
    })
    expect(removed).toBe(true)
    expect(times(await day('2027-01-07'))).toHaveLength(14)
    const again = await deleteKepSpecialHours(database.db, clock, manager, {
      kepId: ids.kep,
      date: '2027-01-07',
    })
    expect(again).toBe(false)
  })

  it('R3.4 a closure of the day still closes the KEP', async () => {
    await writeKepSpecialHours(database.db, clock, manager, input({ date: '2027-01-08' }))
    expect(times(await day('2027-01-08'))).toHaveLength(4)
    const [closure] = await database.db
      .insert(kepClosures)
      .values({
        kepId: ids.kep,
        startsOn: '2027-01-08',
        endsOn: '2027-01-08',
        reasonEl: 'Απεργία',
        reasonEn: 'Strike',
      })
      .returning()
    expect(await day('2027-01-08')).toMatchObject({ closed: true, slots: [], specialHours: null })
    await database.db.delete(kepClosures).where(eq(kepClosures.id, closure!.id))
  })

  it('narrowed hours keep the booking they leave outside (the impact preview decides its fate, administration)', async () => {
    // the 11:00 booking of the holiday test: hours narrowed to the afternoon leave it out
    await writeKepSpecialHours(
      database.db,
      clock,
      manager,
      input({ windows: [{ opensAt: '12:00', closesAt: '14:00' }] }),
    )
    expect(times(await day('2027-01-06'))).toEqual(['12:00', '12:30', '13:00', '13:30'])
    expect(
      await deleteKepSpecialHours(database.db, clock, manager, {
        kepId: ids.kep,
        date: '2027-01-06',
      }),
    ).toBe(true) // closed again: a holiday
    expect(await day('2027-01-06')).toMatchObject({ closed: true, slots: [] })
  })

  it('records who changed which hours in the audit trail', async () => {
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, ids.kep))
      .orderBy(auditLog.id) // insert order: seq is given later, when the chain is sealed
    expect(rows.map((r) => r.action)).toEqual([
      'kep.special_hours.set',
      'kep.special_hours.set',
      'kep.special_hours.remove',
      'kep.special_hours.set',
      'kep.special_hours.set',
      'kep.special_hours.remove',
    ])
    expect(rows[1]).toMatchObject({ actorKind: 'administrator' })
    expect(rows[0]).toMatchObject({ actorKind: 'employee', details: { date: '2027-01-06' } })
  })
})

describe('who may set them', () => {
  it("R3.5 a manager only for their own KEP (another KEP's is NOT_FOUND), staff never", async () => {
    const before = await counts()
    expect(
      (await failure(writeKepSpecialHours(database.db, clock, otherManager, input()))).code,
    ).toBe('NOT_FOUND')
    expect((await failure(writeKepSpecialHours(database.db, clock, staff, input()))).code).toBe(
      'FORBIDDEN',
    )
    expect(
      (
        await failure(
          deleteKepSpecialHours(database.db, clock, otherManager, {
            kepId: ids.kep,
            date: '2027-01-06',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (
        await failure(
          writeKepSpecialHours(
            database.db,
            clock,
            admin,
            input({ kepId: '00000000-0000-4000-8000-000000000000' }),
          ),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(await counts()).toEqual(before)
  })
})

describe('bad input changes nothing', () => {
  it.each<[string, Partial<SetSpecialHoursInput>, string[]]>([
    ['a date that is not one', { date: '2027-02-30' }, ['input.date:invalid_format']],
    ['a past date', { date: '2027-01-03' }, ['input.date:in_past']],
    ['a date over a year ahead', { date: '2028-02-01' }, ['input.date:too_far']],
    ['no window', { windows: [] }, ['input.windows:required']],
    [
      'five windows',
      {
        windows: ['08', '10', '12', '14', '16'].map((h) => ({
          opensAt: `${h}:00`,
          closesAt: `${h}:30`,
        })),
      },
      ['input.windows:too_many'],
    ],
    [
      'times that are not HH:MM',
      { windows: [{ opensAt: '8', closesAt: '24:00' }] },
      ['input.windows[0].opensAt:invalid_format', 'input.windows[0].closesAt:invalid_format'],
    ],
    [
      'closing before opening',
      { windows: [{ opensAt: '12:00', closesAt: '10:00' }] },
      ['input.windows[0].closesAt:before_opening'],
    ],
    [
      'overlapping windows',
      {
        windows: [
          { opensAt: '11:00', closesAt: '13:00' },
          { opensAt: '09:00', closesAt: '11:30' },
        ],
      },
      ['input.windows[0].opensAt:overlaps'],
    ],
    [
      'blank and overlong reasons',
      { reasonEl: '  ', reasonEn: 'x'.repeat(201) },
      ['input.reasonEl:required', 'input.reasonEn:too_long'],
    ],
  ])('refuses %s field by field, in Greek and English', async (_, over, expected) => {
    const before = await counts()
    const err = await failure(writeKepSpecialHours(database.db, clock, admin, input(over)))
    expect(err.code).toBe('VALIDATION_FAILED')
    const fields = err.details.fields ?? []
    expect(fields.map((f) => `${f.field}:${f.reason}`)).toEqual(expected)
    for (const f of fields) {
      expect(f.message.el).toMatch(/[α-ωΑ-Ω]/)
      expect(f.message.en).toMatch(/[a-zA-Z]/)
    }
    expect(await counts()).toEqual(before)
  })

  it('R3.4 the database refuses overlapping windows of one KEP and date, whoever writes them', async () => {
    const row = (opensAt: string, closesAt: string) => ({
      kepId: ids.otherKep,
      onDate: '2027-02-01',
      opensAt,
      closesAt,
      reasonEl: 'Δοκιμή',
      reasonEn: 'Test',
    })
    await database.db.insert(kepSpecialHours).values(row('08:00', '10:00'))
    await expect(
      database.db.insert(kepSpecialHours).values(row('09:30', '11:00')),
    ).rejects.toThrow()
    await expect(
      database.db.insert(kepSpecialHours).values(row('10:00', '09:00')),
    ).rejects.toThrow()
    await database.db.insert(kepSpecialHours).values(row('10:00', '11:00')) // touching is fine
    await database.db.delete(kepSpecialHours).where(eq(kepSpecialHours.kepId, ids.otherKep))
  })
})
