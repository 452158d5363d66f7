import { and, count, eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
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
import { loginAs } from '../../test/identity.js'
import { expectNoGraphQLErrors, startTestServer } from '../../test/server.js'
import { auditLog } from '../audit/index.js'
import { employees } from '../identity/index.js'
import {
  createMailTransport,
  outbox,
  parseIcs,
  sendDueEmails,
  startSmtpSink,
  type ReceivedMail,
  type SmtpSink,
} from '../notifications/index.js'
import { heldReservations } from '../scheduling/index.js'
import {
  bookAppointment,
  cancelBookingForCitizen,
  rescheduleBookingForCitizen,
  type Booking,
} from './bookings.service.js'
import { bookingEvents, bookings } from './bookings.table.js'

// Issue 14 item 3: the KEP's staff reschedule or cancel a booking on the citizen's behalf, with
// a reason the citizen reads in their one email. Real PGlite (or PostgreSQL), real SMTP sink.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const start = '2027-01-04T06:00:00Z'
const clock = fixedClock(start)
let database: Database
let sink: SmtpSink
const ids = {} as Record<string, string>
let staff: Actor
let manager: Actor
let otherKepStaff: Actor
let otherKepManager: Actor
const administrator: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000001',
  role: 'administrator',
  sessionId: 's',
}
const publicUrl = 'https://keplive.example'

/** HH:MM in Athens on a day (winter: UTC+2). */
const at = (hhmm: string, day = '2027-01-12') => new Date(`${day}T${hhmm}:00+02:00`)

const asEmployee = (e: { id: string; kepId: string; role: 'staff' | 'manager' }): Actor => ({
  kind: 'employee',
  employeeId: e.id,
  kepId: e.kepId,
  role: e.role,
  sessionId: e.id,
})

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 30,
    minNoticeMinutes: 60,
    horizonDays: 30,
  })
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  const otherKep = await aKep(db, athens.id)
  for (const k of [kep, otherKep]) await openingHours(db, k.id, '08:00', '15:00')
  // the KEP's two people who take calls: an employee and the manager
  const employee = await anEmployee(db, kep.id)
  const boss = await anEmployee(db, kep.id, { role: 'manager' })
  const elsewhere = await anEmployee(db, otherKep.id)
  const elsewhereBoss = await anEmployee(db, otherKep.id, { role: 'manager' })
  staff = asEmployee(employee)
  manager = asEmployee(boss)
  otherKepStaff = asEmployee(elsewhere)
  otherKepManager = asEmployee(elsewhereBoss)
  Object.assign(ids, {
    kep: kep.id,
    employee: employee.id,
    procedure: (await aProcedure(db, info.id)).id,
  })
})
afterAll(() => database?.close())
beforeEach(async () => {
  clock.set(start)
  sink = await startSmtpSink()
})
afterEach(() => sink.close())

const aCitizenActor = async (): Promise<Actor> => {
  const c = await aCitizen(database.db)
  return { kind: 'citizen', citizenId: c.id, sessionId: c.id }
}

/** A booking made by a citizen of their own, as the citizen app makes it; its email sent. */
const book = async (startsAt: Date, locale: 'el' | 'en' = 'el', citizen?: Actor) => {
  const booking = await bookAppointment(database.db, clock, citizen ?? (await aCitizenActor()), {
    category: 'information',
    procedureId: ids.procedure!,
    kepId: ids.kep,
    startsAt,
    fullName: 'Μαρία Ιωάννου',
    email: 'maria@example.gr',
    phone: '694 123 4567',
    postalAddress: 'Ερμού 10, 10563 Αθήνα',
    deliveryMethod: 'email',
    locale,
  })
  await tick()
  return booking
}

const tick = () =>
  sendDueEmails({
    db: database.db,
    clock,
    transport: createMailTransport(sink.url, { pool: false }),
    from: 'myKEPlive <no-reply@keplive.example>',
    publicUrl,
  })

const mailsOf = (b: Booking) => sink.messages.filter((m) => m.text.includes(b.reference))
const icsOf = (m: ReceivedMail) =>
  parseIcs(m.attachments.find((a) => a.filename.endsWith('.ics'))!.content)

const reloaded = async (b: Booking) =>
  (await database.db.select().from(bookings).where(eq(bookings.id, b.id)))[0]!

/** Everything a refused change must leave as it was. */
const footprint = async (b: Booking) => {
  const db = database.db
  const n = async (q: Promise<{ n: number }[]>) => (await q)[0]!.n
  return {
    booking: await reloaded(b),
    events: await n(
      db.select({ n: count() }).from(bookingEvents).where(eq(bookingEvents.bookingId, b.id)),
    ),
    emails: await n(db.select({ n: count() }).from(outbox).where(eq(outbox.bookingId, b.id))),
    audit: await n(db.select({ n: count() }).from(auditLog).where(eq(auditLog.entityId, b.id))),
    held: await heldReservations(db, [b.reservationId!]),
  }
}

const outcomeOf = async (p: Promise<unknown>) => {
  try {
    await p
    return 'OK'
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    const fields = (err.details.fields ?? []).map((f) => `${f.field}:${f.reason}`)
    return fields.length > 0 ? `${err.code} ${fields.join(' ')}` : err.code
  }
}

const reason = 'Η υπάλληλος του ραντεβού απουσιάζει· ο πολίτης συμφώνησε στο τηλέφωνο.'

describe('rescheduling for the citizen (issue 14 item 3)', () => {
  it('issue 14.3: an employee moves the booking to a free time; history, the held time, audit and one email with the reason and the new invitation', async () => {
    const b = await book(at('10:00'))
    const moved = await rescheduleBookingForCitizen(database.db, clock, staff, {
      bookingId: b.id,
      startsAt: at('11:30', '2027-01-13'),
      reason: `  ${reason}  `,
      version: b.version,
    })
    expect(moved).toMatchObject({ kepId: ids.kep, status: 'booked', version: 1 })
    expect(moved.startsAt).toEqual(at('11:30', '2027-01-13'))
    // the reservation moved with it: scheduling holds the new time, not the old one
    const [held] = await heldReservations(database.db, [moved.reservationId!])
    expect(held!.startsAt).toEqual(at('11:30', '2027-01-13'))

    const events = await database.db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, b.id))
    expect(events.map((e) => e.action)).toEqual(['booked', 'rescheduled'])
    expect(events[1]).toMatchObject({
      actorKind: 'employee',
      actorId: ids.employee,
      fromStartsAt: at('10:00'),
      toStartsAt: at('11:30', '2027-01-13'),
      details: { reason, onBehalfOfCitizen: true },
    })
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entityId, b.id), eq(auditLog.action, 'booking.reschedule_for_citizen')),
      )
    expect(audit).toMatchObject({ actorKind: 'employee', actorId: ids.employee })
    expect(audit!.details).toMatchObject({ reason })

    await tick()
    await tick()
    const mails = mailsOf(b)
    expect(mails.map((m) => m.subject)).toEqual([
      `Το ραντεβού σας ${b.reference} κλείστηκε`,
      `Το ραντεβού σας ${b.reference} άλλαξε ώρα`,
    ])
    const mail = mails[1]!
    expect(mail.text).toContain(`Ο λόγος: «${reason}»`)
    expect(mail.html).toContain('Ο λόγος: «Η υπάλληλος του ραντεβού απουσιάζει')
    expect(mail.text).toContain('Τετάρτη 13 Ιανουαρίου 2027, 11:30')
    expect(icsOf(mail)).toMatchObject({ METHOD: 'REQUEST', SEQUENCE: '1' })
  })

  it('issue 14.3: the manager does it too; an English-speaking citizen reads it in English', async () => {
    const b = await book(at('12:00'), 'en')
    await rescheduleBookingForCitizen(database.db, clock, manager, {
      bookingId: b.id,
      startsAt: at('13:00'),
      reason: 'The citizen asked by phone.',
      version: 0,
    })
    await tick()
    const mail = mailsOf(b).find((m) => m.subject.includes('has moved'))!
    expect(mail.text).toContain(
      'A KEP employee changed the time on your behalf. The reason given: “The citizen asked by phone.”',
    )
    expect(mailsOf(b)).toHaveLength(2)
  })

  it('issue 14 bad input: no reason, a blank, a too short or too long one → VALIDATION_FAILED on input.reason, nothing written', async () => {
    const b = await book(at('09:00', '2027-01-14'))
    const before = await footprint(b)
    const attempt = (r: string | null) =>
      outcomeOf(
        rescheduleBookingForCitizen(database.db, clock, staff, {
          bookingId: b.id,
          startsAt: at('10:00', '2027-01-14'),
          reason: r as string,
          version: 0,
        }),
      )
    expect(await attempt(null)).toBe('VALIDATION_FAILED input.reason:required')
    expect(await attempt('   ')).toBe('VALIDATION_FAILED input.reason:required')
    expect(await attempt(' ok ')).toBe('VALIDATION_FAILED input.reason:too_short')
    expect(await attempt('x'.repeat(501))).toBe('VALIDATION_FAILED input.reason:too_long')
    expect(await attempt('x'.repeat(500))).toBe('OK')
    const after = await footprint(b)
    expect(after.events).toBe(before.events + 1)
  })

  it('issue 14 bad input: a time outside the horizon, in the past or off the grid → field errors, nothing written', async () => {
    const b = await book(at('09:30', '2027-01-14'))
    const before = await footprint(b)
    const attempt = (startsAt: Date) =>
      outcomeOf(
        rescheduleBookingForCitizen(database.db, clock, staff, {
          bookingId: b.id,
          startsAt,
          reason,
          version: 0,
        }),
      )
    expect(await attempt(at('10:00', '2027-03-01'))).toBe(
      'VALIDATION_FAILED input.startsAt:beyond_horizon',
    )
    expect(await attempt(at('07:00', '2027-01-04'))).toBe(
      'VALIDATION_FAILED input.startsAt:in_past',
    )
    expect(await attempt(new Date('nonsense'))).toBe(
      'VALIDATION_FAILED input.startsAt:invalid_format',
    )
    expect(await footprint(b)).toEqual(before)
  })

  it('R3.1 a time nobody is free for: SLOT_UNAVAILABLE, the booking keeps its time', async () => {
    const b = await book(at('14:00', '2027-01-15'))
    // both of the KEP's people taken at 11:00
    await book(at('11:00', '2027-01-15'))
    await book(at('11:00', '2027-01-15'))
    const before = await footprint(b)
    expect(
      await outcomeOf(
        rescheduleBookingForCitizen(database.db, clock, staff, {
          bookingId: b.id,
          startsAt: at('11:00', '2027-01-15'),
          reason,
          version: 0,
        }),
      ),
    ).toBe('SLOT_UNAVAILABLE')
    expect(await footprint(b)).toEqual(before)
  })

  it('issue 14.3: a booking that has started or ended is not changed; a cancelled one neither', async () => {
    const b = await book(at('09:00', '2027-01-05'))
    clock.set(at('09:05', '2027-01-05'))
    const before = await footprint(b)
    expect(
      await outcomeOf(
        rescheduleBookingForCitizen(database.db, clock, staff, {
          bookingId: b.id,
          startsAt: at('12:00', '2027-01-06'),
          reason,
          version: 0,
        }),
      ),
    ).toBe('VALIDATION_FAILED input.bookingId:already_started')
    expect(
      await outcomeOf(
        cancelBookingForCitizen(database.db, clock, staff, { bookingId: b.id, reason, version: 0 }),
      ),
    ).toBe('VALIDATION_FAILED input.bookingId:already_started')
    expect(await footprint(b)).toEqual(before)
  })

  it('issue 14: another KEP’s employee or manager gets NOT_FOUND (even with bad input); a citizen, the booking’s own included, and an administrator FORBIDDEN; nothing written', async () => {
    const citizen = await aCitizenActor()
    const b = await book(at('10:30', '2027-01-18'), 'el', citizen)
    const before = await footprint(b)
    for (const actor of [otherKepStaff, otherKepManager]) {
      for (const r of [reason, '']) {
        expect(
          await outcomeOf(
            rescheduleBookingForCitizen(database.db, clock, actor, {
              bookingId: b.id,
              startsAt: at('11:30', '2027-01-18'),
              reason: r,
              version: 0,
            }),
          ),
        ).toBe('NOT_FOUND')
        expect(
          await outcomeOf(
            cancelBookingForCitizen(database.db, clock, actor, {
              bookingId: b.id,
              reason: r,
              version: 0,
            }),
          ),
        ).toBe('NOT_FOUND')
      }
    }
    for (const actor of [citizen, administrator, { kind: 'anonymous' } as Actor]) {
      const code = actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'
      expect(
        await outcomeOf(
          cancelBookingForCitizen(database.db, clock, actor, {
            bookingId: b.id,
            reason,
            version: 0,
          }),
        ),
      ).toBe(code)
    }
    expect(
      await outcomeOf(
        cancelBookingForCitizen(database.db, clock, staff, {
          bookingId: 'not-a-uuid',
          reason,
          version: 0,
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(await footprint(b)).toEqual(before)
  })

  it('issue 14.3 concurrency: two staff rescheduling the same booking at once → one wins, the other CONFLICT, one email', async () => {
    const b = await book(at('10:00', '2027-01-19'))
    const results = await Promise.all(
      [
        [staff, at('11:00', '2027-01-19')],
        [manager, at('12:00', '2027-01-19')],
      ].map(([actor, startsAt]) =>
        outcomeOf(
          rescheduleBookingForCitizen(database.db, clock, actor as Actor, {
            bookingId: b.id,
            startsAt: startsAt as Date,
            reason,
            version: 0,
          }),
        ),
      ),
    )
    expect(results.sort()).toEqual(['CONFLICT', 'OK'])
    const after = await reloaded(b)
    expect(after.version).toBe(1)
    const rows = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.bookingId, b.id), eq(outbox.kind, 'rescheduled')))
    expect(rows).toHaveLength(1)
    await tick()
    expect(mailsOf(b).filter((m) => m.subject.includes('άλλαξε ώρα'))).toHaveLength(1)
    // the loser's page was stale: with the version it now sees, its change goes through
    expect(
      await outcomeOf(
        rescheduleBookingForCitizen(database.db, clock, staff, {
          bookingId: b.id,
          startsAt: at('13:30', '2027-01-19'),
          reason,
          version: after.version,
        }),
      ),
    ).toBe('OK')
  })
})

describe('cancelling for the citizen (issue 14 item 3)', () => {
  it('issue 14.3: an employee cancels with a reason; the time is free again; one email with the reason and METHOD:CANCEL', async () => {
    const b = await book(at('10:00', '2027-01-20'))
    const cancelled = await cancelBookingForCitizen(database.db, clock, staff, {
      bookingId: b.id,
      reason,
      version: 0,
    })
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 1 })
    expect(await heldReservations(database.db, [b.reservationId!])).toEqual([])
    const events = await database.db
      .select()
      .from(bookingEvents)
      .where(eq(bookingEvents.bookingId, b.id))
    expect(events.at(-1)).toMatchObject({
      action: 'cancelled',
      actorKind: 'employee',
      actorId: ids.employee,
      details: { reason, onBehalfOfCitizen: true },
    })
    await tick()
    await tick()
    const mails = mailsOf(b).filter((m) => m.subject.includes('ακυρώθηκε'))
    expect(mails).toHaveLength(1)
    expect(mails[0]!.text).toContain(
      `Την ακύρωση έκανε υπάλληλος του ΚΕΠ για λογαριασμό σας. Ο λόγος: «${reason}»`,
    )
    expect(icsOf(mails[0]!)).toMatchObject({ METHOD: 'CANCEL' })
    // both of the KEP's people are free at 10:00 again: two citizens book it
    await book(at('10:00', '2027-01-20'))
    await book(at('10:00', '2027-01-20'))
  })

  it('issue 14 bad input: a cancellation without a reason → VALIDATION_FAILED on input.reason, nothing written', async () => {
    const b = await book(at('11:00', '2027-01-20'))
    const before = await footprint(b)
    for (const r of ['', '  \n ']) {
      expect(
        await outcomeOf(
          cancelBookingForCitizen(database.db, clock, manager, {
            bookingId: b.id,
            reason: r,
            version: 0,
          }),
        ),
      ).toBe('VALIDATION_FAILED input.reason:required')
    }
    expect(await footprint(b)).toEqual(before)
  })

  it('issue 14.3: a cancellation on a stale page (the citizen moved it meanwhile) → CONFLICT, nothing written', async () => {
    const b = await book(at('12:30', '2027-01-20'))
    await rescheduleBookingForCitizen(database.db, clock, manager, {
      bookingId: b.id,
      startsAt: at('13:30', '2027-01-20'),
      reason,
      version: 0,
    })
    const before = await footprint(b)
    expect(
      await outcomeOf(
        cancelBookingForCitizen(database.db, clock, staff, { bookingId: b.id, reason, version: 0 }),
      ),
    ).toBe('CONFLICT')
    expect(await footprint(b)).toEqual(before)
  })
})

describe('the history as each reader sees it (issue 14 item 3)', () => {
  it('issue 14.3: the KEP’s staff read who changed what and why, by name; the citizen reads what and why, never the staff’s names', async () => {
    const server = await startTestServer(database, { clock })
    try {
      const maria = await loginAs(server, 'citizen')
      const booked = await server.graphql<{ bookAppointment: { booking: { id: string } } }>(
        `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }`,
        {
          input: {
            category: 'INFORMATION',
            procedureId: ids.procedure,
            kepId: ids.kep,
            startsAt: at('09:00', '2027-01-21').toISOString(),
            fullName: 'Μαρία Ιωάννου',
            email: 'maria@example.gr',
            phone: '2101234567',
            postalAddress: 'Ερμού 10, 10563 Αθήνα',
            deliveryMethod: 'EMAIL',
          },
        },
        maria.headers,
      )
      expectNoGraphQLErrors(booked)
      const id = booked.data!.bookAppointment.booking.id
      // the employee the booking went to (the fair spread picks one of the two)
      const [assigned] = await database.db
        .select({
          id: employees.id,
          gsisUserId: employees.gsisUserId,
          fullName: employees.fullName,
        })
        .from(bookings)
        .innerJoin(employees, eq(employees.id, bookings.employeeId))
        .where(eq(bookings.id, id))
      const staffRow = assigned
      const staffLogin = await loginAs(server, {
        gsisUserId: staffRow!.gsisUserId!,
        role: 'staff',
      })
      const moved = await server.graphql(
        `mutation ($input: RescheduleBookingForCitizenInput!) {
          rescheduleBookingForCitizen(input: $input) { booking { id version } } }`,
        {
          input: {
            bookingId: id,
            startsAt: at('10:00', '2027-01-21').toISOString(),
            reason,
            version: 0,
          },
        },
        staffLogin.headers,
      )
      expectNoGraphQLErrors(moved)
      const HISTORY = `query ($id: ID!) { booking(id: $id) { history {
        action actorKind actorName reason fromEmployee { id } toEmployee { id displayName } } } }`
      type History = {
        booking: {
          history: {
            action: string
            actorKind: string
            actorName: string | null
            reason: string | null
            fromEmployee: { id: string } | null
            toEmployee: { id: string; displayName: string } | null
          }[]
        }
      }
      const asStaff = await server.graphql<History>(HISTORY, { id }, staffLogin.headers)
      expectNoGraphQLErrors(asStaff)
      const rescheduled = asStaff.data!.booking.history.find((h) => h.action === 'rescheduled')!
      expect(rescheduled).toMatchObject({
        actorKind: 'employee',
        actorName: staffRow!.fullName,
        reason,
      })
      expect(rescheduled.toEmployee?.id).toBeDefined()
      expect(asStaff.data!.booking.history[0]).toMatchObject({
        action: 'booked',
        actorKind: 'citizen',
        actorName: null,
      })
      const asCitizen = await server.graphql<History>(HISTORY, { id }, maria.headers)
      expectNoGraphQLErrors(asCitizen)
      for (const h of asCitizen.data!.booking.history) {
        expect(h).toMatchObject({ actorName: null, fromEmployee: null, toEmployee: null })
      }
      expect(asCitizen.data!.booking.history.at(-1)).toMatchObject({
        action: 'rescheduled',
        reason,
      })
    } finally {
      await server.stop()
    }
  })
})
