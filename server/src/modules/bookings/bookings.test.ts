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
import { availability } from '../scheduling/index.js'
import {
  bookAppointment,
  cancelBooking,
  getBooking,
  myBookings,
  rescheduleBooking,
  type BookInput,
} from './bookings.service.js'
import { bookingEvents, bookings, documents } from './bookings.table.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
let citizen: Actor
let otherCitizen: Actor
const ids = {} as Record<string, string>

/** 12 January 2027 at HH:MM in Athens. */
const at = (hhmm: string, day = '2027-01-12') => new Date(`${day}T${hhmm}:00+02:00`)

const asCitizen = (citizenId: string): Actor => ({
  kind: 'citizen',
  citizenId,
  sessionId: citizenId,
})

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 10,
    minNoticeMinutes: 60,
    horizonDays: 60,
  })
  const disability = await aCategory(db, 'disability', { callMinutes: 40, slotStepMinutes: 10 })
  const municipal = await aCategory(db, 'municipal')
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  await openingHours(db, kep.id, '08:00', '15:00')
  const employee = await anEmployee(db, kep.id)
  Object.assign(ids, {
    info: info.id,
    municipal: municipal.id,
    athens: athens.id,
    kep: kep.id,
    employee: employee.id,
    procedure: (await aProcedure(db, info.id)).id,
    disabilityProcedure: (await aProcedure(db, disability.id)).id,
    municipalProcedure: (await aProcedure(db, municipal.id, { municipalityId: athens.id })).id,
  })
  citizen = asCitizen((await aCitizen(db)).id)
  otherCitizen = asCitizen((await aCitizen(db)).id)
})
afterAll(() => database?.close())

const details = (over: Partial<BookInput> = {}): BookInput => ({
  category: 'information',
  procedureId: ids.procedure!,
  kepId: ids.kep,
  startsAt: at('10:00'),
  fullName: 'Μαρία Ιωάννου',
  email: 'maria@example.gr',
  phone: '694 123 4567',
  postalAddress: 'Ερμού 10, 10563 Αθήνα',
  deliveryMethod: 'email',
  ...over,
})

const book = (actor: Actor, over: Partial<BookInput> = {}) =>
  bookAppointment(database.db, clock, actor, details(over))

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
    return 'OK'
  } catch (err) {
    if (err instanceof DomainError) return err.code
    throw err
  }
}

const fieldsOf = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    if (err instanceof DomainError && err.code === 'VALIDATION_FAILED') {
      return (err.details.fields ?? []).map((f) => `${f.field}:${f.reason}`)
    }
    throw err
  }
  return []
}

const bookingCount = async () => (await database.db.select({ n: count() }).from(bookings))[0]!.n

describe('booking an appointment', () => {
  it('R1.2, R2.2 books a free slot with a readable reference and a history', async () => {
    const booking = await book(citizen, { startsAt: at('09:00', '2027-01-05') })
    expect(booking.reference).toMatch(/^KEP-2027-\d{6}$/)
    expect(booking).toMatchObject({
      status: 'booked',
      kepId: ids.kep,
      employeeId: ids.employee,
      phone: '+306941234567',
      email: 'maria@example.gr',
    })
    expect(booking.endsAt.getTime() - booking.startsAt.getTime()).toBe(20 * 60_000)
    const history = await database.db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, booking.id))
    expect(history.map((h) => h.action)).toEqual(['booked'])
    await cancelBooking(database.db, clock, citizen, { bookingId: booking.id })
  })

  it('R3.1, R3.2 keeps the buffer between one employee’s calls exactly: 10:20 refused, 10:30 taken', async () => {
    const first = await book(citizen, { startsAt: at('10:00') })
    expect(await codeOf(book(otherCitizen, { startsAt: at('10:20') }))).toBe('SLOT_UNAVAILABLE')
    const second = await book(otherCitizen, { startsAt: at('10:30') })
    // the 20-minute call, then the 10-minute buffer, then the next call at once
    expect(second.startsAt.getTime() - first.endsAt.getTime()).toBe(10 * 60_000)
    for (const b of [first, second]) {
      await cancelBooking(database.db, clock, asCitizen(b.citizenId), { bookingId: b.id })
    }
  })

  it('R4.3 gives the disability field its longer call', async () => {
    const b = await book(citizen, {
      category: 'disability',
      procedureId: ids.disabilityProcedure,
      startsAt: at('11:00'),
    })
    expect(b.endsAt.getTime() - b.startsAt.getTime()).toBe(40 * 60_000)
    await cancelBooking(database.db, clock, citizen, { bookingId: b.id })
  })

  it('answers SLOT_UNAVAILABLE with the free times nearby', async () => {
    const first = await book(citizen, { startsAt: at('12:00') })
    try {
      await book(otherCitizen, { startsAt: at('12:00') })
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError)
      const e = err as DomainError
      expect(e.code).toBe('SLOT_UNAVAILABLE')
      const alternatives = e.details.alternatives as { startsAt: string }[]
      expect(alternatives.length).toBeGreaterThan(0)
      expect(alternatives.map((a) => a.startsAt)).not.toContain(at('12:00').toISOString())
      expect(alternatives.map((a) => a.startsAt)).toContain(at('12:30').toISOString())
    }
    await cancelBooking(database.db, clock, citizen, { bookingId: first.id })
  })

  it('returns the same booking for a retried request with the same idempotency key, even in parallel', async () => {
    const key = 'retry-7f3a'
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        book(citizen, { startsAt: at('13:00'), idempotencyKey: key }),
      ),
    )
    expect(new Set(results.map((r) => r.id)).size).toBe(1)
    await cancelBooking(database.db, clock, citizen, { bookingId: results[0]!.id })
  })

  it('refuses a citizen two appointments at the same time, even at different KEPs', async () => {
    const kep2 = await aKep(database.db, ids.athens!)
    await openingHours(database.db, kep2.id, '08:00', '15:00')
    await anEmployee(database.db, kep2.id)
    const first = await book(citizen, { startsAt: at('14:00') })
    expect(await codeOf(book(citizen, { startsAt: at('14:00'), kepId: kep2.id }))).toBe('CONFLICT')
    await cancelBooking(database.db, clock, citizen, { bookingId: first.id })
  })

  it('limits a citizen to 3 upcoming bookings (configurable), against hoarding', async () => {
    const hoarder = asCitizen((await aCitizen(database.db)).id)
    const made = []
    for (const day of ['2027-01-19', '2027-01-20', '2027-01-21']) {
      made.push(await book(hoarder, { startsAt: at('09:00', day) }))
    }
    expect(await codeOf(book(hoarder, { startsAt: at('09:00', '2027-01-22') }))).toBe('CONFLICT')
    await cancelBooking(database.db, clock, hoarder, { bookingId: made[0]!.id })
    const fourth = await book(hoarder, { startsAt: at('09:00', '2027-01-22') })
    for (const b of [...made.slice(1), fourth]) {
      await cancelBooking(database.db, clock, hoarder, { bookingId: b.id })
    }
  })
})

describe('bad input changes nothing', () => {
  it.each<[string, Partial<BookInput>, string]>([
    ['a past start', { startsAt: new Date('2027-01-03T08:00:00Z') }, 'startsAt:in_past'],
    ['an unaligned start', { startsAt: at('10:05') }, 'startsAt:not_on_grid'],
    [
      'a start inside the notice',
      { startsAt: new Date('2027-01-04T06:30:00Z') },
      'startsAt:too_soon',
    ],
    [
      'a start beyond the horizon',
      { startsAt: at('10:00', '2027-04-06') },
      'startsAt:beyond_horizon',
    ],
    ['a start outside opening hours', { startsAt: at('16:00') }, 'startsAt:outside_hours'],
    [
      'a start on a holiday (Epiphany)',
      { startsAt: at('10:00', '2027-01-06') },
      'startsAt:holiday',
    ],
    [
      'a procedure of another field',
      { procedureId: 'PLACEHOLDER_DISABILITY' },
      'procedureId:not_of_category',
    ],
    [
      'the municipal field without a KEP',
      {
        category: 'municipal',
        procedureId: 'PLACEHOLDER_MUNICIPAL',
        kepId: null,
        deliveryMethod: 'pickup',
      },
      'kepId:required',
    ],
    [
      'pick-up for a national procedure',
      { deliveryMethod: 'pickup' },
      'deliveryMethod:pickup_not_allowed',
    ],
    ['an invalid email', { email: 'maria@' }, 'email:invalid_format'],
    ['an invalid phone', { phone: '12345' }, 'phone:invalid_format'],
    ['an empty name', { fullName: '   ' }, 'fullName:required'],
    ['a 500-character name', { fullName: 'Α'.repeat(500) }, 'fullName:too_long'],
    [
      'an invalid business tax number',
      { business: { taxId: '123456789', name: 'ΑΒΓ ΙΚΕ' } },
      'business.taxId:invalid_tax_id',
    ],
    [
      'a document id that is not theirs',
      { documentIds: ['00000000-0000-4000-8000-000000000000'] },
      'documentIds[0]:unknown_document',
    ],
  ])('R2.2 refuses %s with VALIDATION_FAILED naming the field', async (_, over, expected) => {
    if (over.procedureId === 'PLACEHOLDER_DISABILITY') over.procedureId = ids.disabilityProcedure
    if (over.procedureId === 'PLACEHOLDER_MUNICIPAL') over.procedureId = ids.municipalProcedure
    const before = await bookingCount()
    expect(await fieldsOf(book(citizen, over))).toContain(expected)
    expect(await bookingCount()).toBe(before)
  })

  it('reports every bad field at once, in Greek and English', async () => {
    try {
      await book(citizen, { email: 'x', phone: 'y', fullName: '' })
      expect.unreachable()
    } catch (err) {
      const fields = (err as DomainError).details.fields!
      expect(fields.map((f) => f.field).sort()).toEqual(['email', 'fullName', 'phone'])
      for (const f of fields) {
        expect(f.message.el).toMatch(/[α-ω]/)
        expect(f.message.en).toMatch(/[a-z]/)
      }
    }
  })

  // A valid business booking asks the registry first (issue 19 item 6): representation.test.ts,
  // through the KED stand-in over HTTP.

  it('refuses a document uploaded by another citizen', async () => {
    const [doc] = await database.db
      .insert(documents)
      .values({
        ownerCitizenId: otherCitizen.kind === 'citizen' ? otherCitizen.citizenId : '',
        fileName: 'id.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 10,
        sha256: 'x',
        iv: new Uint8Array(12),
        authTag: new Uint8Array(16),
        ciphertext: new Uint8Array(10),
        deleteAfter: new Date('2027-02-01T00:00:00Z'),
      })
      .returning()
    expect(await fieldsOf(book(citizen, { documentIds: [doc!.id] }))).toEqual([
      'documentIds[0]:unknown_document',
    ])
  })
})

describe('rescheduling and cancelling', () => {
  it('R2.4 moves a booking atomically, freeing the old slot and keeping the history', async () => {
    const b = await book(citizen, { startsAt: at('09:00', '2027-01-14') })
    const moved = await rescheduleBooking(database.db, clock, citizen, {
      bookingId: b.id,
      startsAt: at('11:00', '2027-01-14'),
    })
    expect(moved).toMatchObject({ id: b.id, reference: b.reference, version: 1 })
    expect(moved.startsAt).toEqual(at('11:00', '2027-01-14'))
    const other = await book(otherCitizen, { startsAt: at('09:00', '2027-01-14') })
    const history = await database.db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, b.id))
    expect(history.map((h) => h.action)).toEqual(['booked', 'rescheduled'])
    expect(history[1]).toMatchObject({
      fromStartsAt: at('09:00', '2027-01-14'),
      toStartsAt: at('11:00', '2027-01-14'),
    })
    await cancelBooking(database.db, clock, citizen, { bookingId: b.id })
    await cancelBooking(database.db, clock, otherCitizen, { bookingId: other.id })
  })

  it('R2.4 moves a booking to a time overlapping its own old one', async () => {
    const b = await book(citizen, { startsAt: at('09:00', '2027-01-15') })
    const moved = await rescheduleBooking(database.db, clock, citizen, {
      bookingId: b.id,
      startsAt: at('09:10', '2027-01-15'),
    })
    expect(moved.startsAt).toEqual(at('09:10', '2027-01-15'))
    await cancelBooking(database.db, clock, citizen, { bookingId: b.id })
  })

  it('R2.4 keeps the old slot when the new one is taken', async () => {
    const mine = await book(citizen, { startsAt: at('09:00', '2027-01-18') })
    const theirs = await book(otherCitizen, { startsAt: at('11:00', '2027-01-18') })
    expect(
      await codeOf(
        rescheduleBooking(database.db, clock, citizen, {
          bookingId: mine.id,
          startsAt: at('11:00', '2027-01-18'),
        }),
      ),
    ).toBe('SLOT_UNAVAILABLE')
    expect((await getBooking(database.db, citizen, mine.id)).startsAt).toEqual(
      at('09:00', '2027-01-18'),
    )
    await cancelBooking(database.db, clock, citizen, { bookingId: mine.id })
    await cancelBooking(database.db, clock, otherCitizen, { bookingId: theirs.id })
  })

  it('R2.4 cancels until the start, frees the slot, and refuses after the start', async () => {
    const b = await book(citizen, { startsAt: at('10:00', '2027-01-25') })
    const cancelled = await cancelBooking(database.db, clock, citizen, { bookingId: b.id })
    expect(cancelled.status).toBe('cancelled')
    const again = await book(otherCitizen, { startsAt: at('10:00', '2027-01-25') })
    const later = fixedClock(at('10:05', '2027-01-25'))
    expect(
      await fieldsOf(cancelBooking(database.db, later, otherCitizen, { bookingId: again.id })),
    ).toEqual(['bookingId:already_started'])
    await cancelBooking(database.db, clock, otherCitizen, { bookingId: again.id })
  })

  it("hides a citizen's booking from another citizen: NOT_FOUND, never FORBIDDEN", async () => {
    const b = await book(citizen, { startsAt: at('10:00', '2027-01-26') })
    expect(await codeOf(getBooking(database.db, otherCitizen, b.id))).toBe('NOT_FOUND')
    expect(await codeOf(cancelBooking(database.db, clock, otherCitizen, { bookingId: b.id }))).toBe(
      'NOT_FOUND',
    )
    const staff: Actor = {
      kind: 'employee',
      employeeId: ids.employee!,
      kepId: ids.kep!,
      role: 'staff',
      sessionId: 's',
    }
    expect((await getBooking(database.db, staff, b.id)).id).toBe(b.id)
    const otherStaff: Actor = { ...staff, kepId: '00000000-0000-4000-8000-000000000000' }
    expect(await codeOf(getBooking(database.db, otherStaff, b.id))).toBe('NOT_FOUND')
    const upcoming = await myBookings(database.db, clock, citizen, 'upcoming')
    expect(upcoming.map((x) => x.id)).toContain(b.id)
    expect(
      (await myBookings(database.db, clock, otherCitizen, 'all')).map((x) => x.id),
    ).not.toContain(b.id)
    await cancelBooking(database.db, clock, citizen, { bookingId: b.id })
  })

  it('spreads bookings fairly: the employee with fewer booked minutes that day first', async () => {
    const kep = await aKep(database.db, ids.athens!)
    await openingHours(database.db, kep.id, '08:00', '15:00')
    const a = await anEmployee(database.db, kep.id)
    const b = await anEmployee(database.db, kep.id)
    const first = await book(citizen, { kepId: kep.id, startsAt: at('09:00', '2027-01-27') })
    const second = await book(otherCitizen, { kepId: kep.id, startsAt: at('11:00', '2027-01-27') })
    expect(new Set([first.employeeId, second.employeeId])).toEqual(new Set([a.id, b.id]))
    await cancelBooking(database.db, clock, citizen, { bookingId: first.id })
    await cancelBooking(database.db, clock, otherCitizen, { bookingId: second.id })
  })
})

describe('daylight-saving time', () => {
  it('R3.3 a one-hour booking across the October change lasts its real hour', async () => {
    const long = await aCategory(database.db, 'business', {
      callMinutes: 60,
      bufferMinutes: 0,
      slotStepMinutes: 30,
      minNoticeMinutes: 0,
    })
    const procedure = await aProcedure(database.db, long.id)
    const kep = await aKep(database.db, ids.athens!)
    await openingHours(database.db, kep.id, '00:00', '23:59', [7])
    await anEmployee(database.db, kep.id, {
      windows: [{ weekdays: [7], from: '02:00', to: '06:00' }],
    })
    const octoberClock = fixedClock('2026-10-20T00:00:00Z')
    const b = await bookAppointment(database.db, octoberClock, citizen, {
      ...details(),
      category: 'business',
      procedureId: procedure.id,
      kepId: kep.id,
      startsAt: new Date('2026-10-25T00:30:00Z'), // 03:30 EEST; the clocks go back at 04:00
    })
    expect(b.endsAt.toISOString()).toBe('2026-10-25T01:30:00.000Z') // 03:30 EET: an hour later
    const { days } = await availability(database.db, octoberClock, {
      category: 'business',
      procedureId: procedure.id,
      kepId: kep.id,
      from: '2026-10-25',
      to: '2026-10-25',
    })
    const offered = days[0]!.slots.map((s) => s.startsAt.toISOString())
    expect(offered).not.toContain('2026-10-25T00:30:00.000Z')
    expect(offered).not.toContain('2026-10-25T01:00:00.000Z') // would overlap the booking
    expect(offered).toContain('2026-10-25T01:30:00.000Z')
    await cancelBooking(database.db, octoberClock, citizen, { bookingId: b.id })
  })
})

describe('the audit trail', () => {
  it('R7.2 records every change of a booking and every read of it by staff, without names in clear', async () => {
    const { auditLog } = await import('../audit/index.js')
    const b = await book(citizen, { startsAt: at('10:00', '2027-01-28') })
    await rescheduleBooking(database.db, clock, citizen, {
      bookingId: b.id,
      startsAt: at('11:00', '2027-01-28'),
    })
    const staff: Actor = {
      kind: 'employee',
      employeeId: ids.employee!,
      kepId: ids.kep!,
      role: 'staff',
      sessionId: 's',
    }
    await getBooking(database.db, staff, b.id, { ip: '203.0.113.7' })
    await getBooking(database.db, citizen, b.id)
    await cancelBooking(database.db, clock, citizen, { bookingId: b.id })
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, b.id))
      // Insert order: the sealer gives them their seq later (issue 12).
      .orderBy(auditLog.id)
    expect(rows.map((r) => r.action)).toEqual([
      'booking.create',
      'booking.reschedule',
      'booking.read',
      'booking.cancel',
    ])
    expect(rows.find((r) => r.action === 'booking.read')).toMatchObject({
      actorKind: 'employee',
      ipAddress: '203.0.113.7',
    })
    const text = JSON.stringify(rows)
    expect(text).not.toContain('Μαρία')
    expect(text).not.toContain('maria@example.gr')
  })
})
