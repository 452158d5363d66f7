import { and, eq } from 'drizzle-orm'
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
import { outbox } from '../notifications/index.js'
import { myBookingAllowance } from './allowance.service.js'
import { bookAppointment, cancelBooking, type BookInput, type Booking } from './bookings.service.js'
import { bookingEvents, bookings } from './bookings.table.js'
import { updateBookingContact, type ContactChangeInput } from './contact.service.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
const ids = {} as Record<string, string>

/** HH:MM in Athens on a day of January 2027 (winter: UTC+2). */
const at = (hhmm: string, day = '2027-01-12') => new Date(`${day}T${hhmm}:00+02:00`)

const asCitizen = (citizenId: string): Actor => ({
  kind: 'citizen',
  citizenId,
  sessionId: citizenId,
})
const aCitizenActor = async () => asCitizen((await aCitizen(database.db)).id)

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
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  await openingHours(db, kep.id, '08:00', '15:00')
  const employee = await anEmployee(db, kep.id)
  Object.assign(ids, {
    kep: kep.id,
    employee: employee.id,
    procedure: (await aProcedure(db, info.id)).id,
  })
})
afterAll(() => database?.close())

const book = (actor: Actor, startsAt: Date, over: Partial<BookInput> = {}) => {
  clock.set('2027-01-04T06:00:00Z')
  return bookAppointment(database.db, clock, actor, {
    category: 'information',
    procedureId: ids.procedure!,
    kepId: ids.kep,
    startsAt,
    fullName: 'Μαρία Ιωάννου',
    email: 'maria@example.gr',
    phone: '694 123 4567',
    postalAddress: 'Ερμού 10, 10563 Αθήνα',
    deliveryMethod: 'email',
    ...over,
  })
}

const change = (b: Booking, over: Partial<ContactChangeInput> = {}): ContactChangeInput => ({
  bookingId: b.id,
  email: b.email,
  phone: b.phone,
  postalAddress: b.postalAddress,
  specialRequirements: {
    signLanguage: b.needsSignLanguage,
    lipReading: b.needsLipReading,
    other: b.otherRequirements,
  },
  ...over,
})

const ownerOf = (b: Booking) => asCitizen(b.citizenId)

/** The refusal's code and, for VALIDATION_FAILED, its fields as `field:reason`. */
async function refusal(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    for (const f of err.details.fields ?? []) {
      // every field's message is said in Greek and in English
      expect(f.message.el).toMatch(/\p{Script=Greek}/u)
      expect(f.message.en).not.toMatch(/\p{Script=Greek}/u)
    }
    return {
      code: err.code,
      fields: (err.details.fields ?? []).map((f) => `${f.field}:${f.reason}`),
    }
  }
  return { code: 'OK', fields: [] }
}

/** What a change leaves behind: the row, its history, its emails, its audit entries. */
async function traces(b: Booking) {
  const db = database.db
  const [row] = await db.select().from(bookings).where(eq(bookings.id, b.id))
  const emails = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.bookingId, b.id), eq(outbox.kind, 'contact_changed')))
  const events = await db
    .select()
    .from(bookingEvents)
    .where(and(eq(bookingEvents.bookingId, b.id), eq(bookingEvents.action, 'contact_changed')))
  const audits = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, b.id), eq(auditLog.action, 'booking.update_contact')))
  return { row: row!, emails, events, audits }
}

describe('issue 16 item 5: the contact details of an upcoming booking (R2.2, R2.3, R2.4)', () => {
  it('R2.2 R2.3 changes email, phone and address: one email of the change to the new address, the reminders redirected, the history and an audit entry naming the fields only', async () => {
    const b = await book(await aCitizenActor(), at('09:00'))
    clock.set('2027-01-05T06:00:00Z')
    const updated = await updateBookingContact(
      database.db,
      clock,
      ownerOf(b),
      change(b, {
        email: ' Maria.New@Example.GR ',
        phone: '210 123 4567',
        postalAddress: 'Σταδίου 5,  10562 Αθήνα',
      }),
    )
    expect(updated).toMatchObject({
      email: 'maria.new@example.gr',
      phone: '+302101234567',
      postalAddress: 'Σταδίου 5, 10562 Αθήνα',
      version: b.version + 1,
      startsAt: b.startsAt,
      employeeId: b.employeeId,
    })
    const t = await traces(b)
    expect(t.row.email).toBe('maria.new@example.gr')
    expect(t.emails).toHaveLength(1)
    expect(t.emails[0]).toMatchObject({
      recipient: 'maria.new@example.gr',
      version: b.version + 1,
      status: 'pending',
      payload: { changed: ['email', 'phone', 'postalAddress'] },
    })
    // the reminders still to come go to the new address
    const pending = await database.db
      .select({ kind: outbox.kind, recipient: outbox.recipient })
      .from(outbox)
      .where(and(eq(outbox.bookingId, b.id), eq(outbox.status, 'pending')))
    expect(pending.map((p) => p.kind).sort()).toEqual([
      'booked',
      'contact_changed',
      'reminder_1440',
      'reminder_30',
    ])
    expect(new Set(pending.map((p) => p.recipient))).toEqual(new Set(['maria.new@example.gr']))
    expect(t.events).toHaveLength(1)
    expect(t.events[0]!.details).toEqual({ fields: ['email', 'phone', 'postalAddress'] })
    expect(t.audits).toHaveLength(1)
    expect(JSON.stringify(t.audits[0]!.details)).not.toContain('maria.new')
    expect(JSON.stringify(t.audits[0]!.details)).not.toContain('1234567')
  })

  it('R2.2 an invalid email or phone and an empty address are refused field by field, in Greek and English; nothing is written', async () => {
    const b = await book(await aCitizenActor(), at('09:30'))
    expect(
      await refusal(
        updateBookingContact(
          database.db,
          clock,
          ownerOf(b),
          change(b, { email: 'maria@', phone: '12345', postalAddress: '  ' }),
        ),
      ),
    ).toEqual({
      code: 'VALIDATION_FAILED',
      fields: ['email:invalid_format', 'phone:invalid_format', 'postalAddress:required'],
    })
    expect(
      (
        await refusal(
          updateBookingContact(
            database.db,
            clock,
            ownerOf(b),
            change(b, { specialRequirements: { other: 'x'.repeat(1001) } }),
          ),
        )
      ).fields,
    ).toEqual(['specialRequirements.other:too_long'])
    const t = await traces(b)
    expect(t.row).toMatchObject({ email: b.email, phone: b.phone, version: b.version })
    expect([t.emails.length, t.events.length, t.audits.length]).toEqual([0, 0, 0])
  })

  it('R2.4 a booking that has started, ended or been cancelled keeps its details: a typed refusal, nothing written', async () => {
    const started = await book(await aCitizenActor(), at('10:00'))
    const cancelled = await book(await aCitizenActor(), at('12:30'))
    await cancelBooking(database.db, clock, ownerOf(cancelled), { bookingId: cancelled.id })
    clock.set(at('10:00'))
    expect(
      await refusal(
        updateBookingContact(
          database.db,
          clock,
          ownerOf(started),
          change(started, { email: 'late@example.gr' }),
        ),
      ),
    ).toEqual({ code: 'VALIDATION_FAILED', fields: ['bookingId:already_started'] })
    clock.set(at('11:00'))
    expect(
      (
        await refusal(
          updateBookingContact(
            database.db,
            clock,
            ownerOf(started),
            change(started, { email: 'late@example.gr' }),
          ),
        )
      ).fields,
    ).toEqual(['bookingId:already_started'])
    expect(
      await refusal(
        updateBookingContact(
          database.db,
          clock,
          ownerOf(cancelled),
          change(cancelled, { email: 'late@example.gr' }),
        ),
      ),
    ).toEqual({ code: 'VALIDATION_FAILED', fields: ['bookingId:status_cancelled'] })
    for (const b of [started, cancelled]) {
      const t = await traces(b)
      expect(t.row.email).toBe('maria@example.gr')
      expect([t.emails.length, t.events.length, t.audits.length]).toEqual([0, 0, 0])
    }
  })

  it("R2.4 someone else's booking is not found (no leak), the KEP's staff may read it but not change it, without a session: UNAUTHENTICATED", async () => {
    const b = await book(await aCitizenActor(), at('10:30'))
    const stranger = await aCitizenActor()
    const employee: Actor = {
      kind: 'employee',
      employeeId: ids.employee!,
      kepId: ids.kep!,
      role: 'staff',
      sessionId: 'staff-session',
    }
    const tryAs = (actor: Actor) =>
      refusal(
        updateBookingContact(database.db, clock, actor, change(b, { email: 'evil@example.gr' })),
      )
    expect((await tryAs(stranger)).code).toBe('NOT_FOUND')
    expect((await tryAs(employee)).code).toBe('FORBIDDEN')
    expect((await tryAs({ kind: 'anonymous' })).code).toBe('UNAUTHENTICATED')
    expect(
      (
        await refusal(
          updateBookingContact(database.db, clock, stranger, {
            ...change(b),
            bookingId: 'not-a-uuid',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND')
    const t = await traces(b)
    expect(t.row.email).toBe('maria@example.gr')
    expect([t.emails.length, t.events.length, t.audits.length]).toEqual([0, 0, 0])
  })

  it('R2.2 (f) special requirements change until 24 h before the start, the other details until the start', async () => {
    const b = await book(await aCitizenActor(), at('11:00'))
    const signLanguage = { signLanguage: true, lipReading: false, other: null }
    // 24 h and one minute before: in time
    clock.set(new Date(b.startsAt.getTime() - 24 * 3_600_000 - 60_000))
    const asked = await updateBookingContact(
      database.db,
      clock,
      ownerOf(b),
      change(b, { specialRequirements: signLanguage }),
    )
    expect(asked).toMatchObject({ needsSignLanguage: true, version: b.version + 1 })
    // 23 h 59 min before: too late for the requirements, with the reason in both languages
    clock.set(new Date(b.startsAt.getTime() - 24 * 3_600_000 + 60_000))
    expect(
      await refusal(
        updateBookingContact(
          database.db,
          clock,
          ownerOf(b),
          change(asked, {
            email: 'other@example.gr',
            specialRequirements: { signLanguage: false, lipReading: true },
          }),
        ),
      ),
    ).toEqual({ code: 'VALIDATION_FAILED', fields: ['specialRequirements:too_late'] })
    expect((await traces(b)).row).toMatchObject({
      email: 'maria@example.gr',
      needsSignLanguage: true,
      needsLipReading: false,
    })
    // the same requirements sent with a new email are no change to them: accepted
    const later = await updateBookingContact(
      database.db,
      clock,
      ownerOf(b),
      change(asked, { email: 'other@example.gr' }),
    )
    expect(later).toMatchObject({ email: 'other@example.gr', needsSignLanguage: true })
    // the requirements left out are kept, whatever the hour
    const phoneOnly = await updateBookingContact(database.db, clock, ownerOf(b), {
      bookingId: b.id,
      email: later.email,
      phone: '210 000 1111',
      postalAddress: later.postalAddress,
    })
    expect(phoneOnly).toMatchObject({ phone: '+302100001111', needsSignLanguage: true })
    expect((await traces(b)).emails.map((e) => e.payload)).toEqual([
      expect.objectContaining({ changed: ['specialRequirements'] }),
      expect.objectContaining({ changed: ['email'] }),
      expect.objectContaining({ changed: ['phone'] }),
    ])
  })

  it('R2.3 the same change submitted twice at once writes one change and one email; the same details again write nothing', async () => {
    const b = await book(await aCitizenActor(), at('11:30'))
    clock.set('2027-01-05T06:00:00Z')
    const input = change(b, { email: 'twice@example.gr' })
    const results = await Promise.all([
      updateBookingContact(database.db, clock, ownerOf(b), input),
      updateBookingContact(database.db, clock, ownerOf(b), input),
    ])
    expect(results.map((r) => r.email)).toEqual(['twice@example.gr', 'twice@example.gr'])
    const again = await updateBookingContact(database.db, clock, ownerOf(b), input)
    expect(again.version).toBe(b.version + 1)
    const t = await traces(b)
    expect(t.row.version).toBe(b.version + 1)
    expect([t.emails.length, t.events.length, t.audits.length]).toEqual([1, 1, 1])
  })
})

describe('issue 16 item 2: the limit known up front (R1.2)', () => {
  it('R1.2 counts the appointments to come against the setting, the same count booking refuses by', async () => {
    const citizen = await aCitizenActor()
    clock.set('2027-01-04T06:00:00Z')
    expect(await myBookingAllowance(database.db, clock, citizen)).toEqual({
      upcoming: 0,
      limit: 3,
      remaining: 3,
    })
    const first = await book(citizen, at('12:00', '2027-01-13'))
    await book(citizen, at('12:00', '2027-01-14'))
    await book(citizen, at('12:00', '2027-01-15'))
    expect(await myBookingAllowance(database.db, clock, citizen)).toEqual({
      upcoming: 3,
      limit: 3,
      remaining: 0,
    })
    expect((await refusal(book(citizen, at('12:00', '2027-01-18')))).code).toBe('CONFLICT')
    // one cancelled: one left
    await cancelBooking(database.db, clock, citizen, { bookingId: first.id })
    expect((await myBookingAllowance(database.db, clock, citizen)).remaining).toBe(1)
    // once an appointment is over it no longer counts
    clock.set(at('13:00', '2027-01-14'))
    expect(await myBookingAllowance(database.db, clock, citizen)).toEqual({
      upcoming: 1,
      limit: 3,
      remaining: 2,
    })
  })

  it('R1.2 only a citizen has an allowance: staff are refused, no session is unauthenticated', async () => {
    const employee: Actor = {
      kind: 'employee',
      employeeId: ids.employee!,
      kepId: ids.kep!,
      role: 'staff',
      sessionId: 'staff-session',
    }
    expect((await refusal(myBookingAllowance(database.db, clock, employee))).code).toBe('FORBIDDEN')
    expect(
      (await refusal(myBookingAllowance(database.db, clock, { kind: 'anonymous' }))).code,
    ).toBe('UNAUTHENTICATED')
  })
})
