import { and, eq } from 'drizzle-orm'
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
import { auditLog } from '../audit/index.js'
import { bookAppointment, type Booking } from '../bookings/index.js'
import { createMailTransport } from './mail-transport.js'
import { outbox } from './notifications.table.js'
import {
  listUndeliveredMail,
  mailCounts,
  markMailHandled,
  maskEmail,
  retryAllUndeliveredMail,
  retryUndeliveredMail,
} from './outbox-admin.service.js'
import { sendDueEmails } from './outbox.service.js'
import { startSmtpSink, type SmtpSink } from './smtp-sink.js'

// Issue 17 item 6: undelivered mail — the list (addresses masked), retry one or all without
// ever sending an email twice, mark handled, today's counts; all audited.

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const start = '2027-01-04T06:00:00Z'
const clock = fixedClock(start)
let database: Database
let sink: SmtpSink
const ids = {} as Record<string, string>
const admin: Actor = {
  kind: 'administrator',
  administratorId: '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a02',
  role: 'administrator',
  sessionId: 's',
}

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', { callMinutes: 20, slotStepMinutes: 30 })
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  await openingHours(db, kep.id, '08:00', '15:00')
  await anEmployee(db, kep.id)
  await anEmployee(db, kep.id)
  const procedure = await aProcedure(db, info.id)
  Object.assign(ids, { kep: kep.id, procedure: procedure.id })
})
afterAll(() => database?.close())
beforeEach(async () => {
  clock.set(start)
  sink = await startSmtpSink()
})
afterEach(() => sink.close())

/** The weekdays of two weeks ahead; each booking takes the next free one (a time of its own). */
const weekdays = ['11', '12', '13', '14', '15', '18', '19', '20', '21', '22']
let booked = 0
async function book(email: string): Promise<Booking> {
  const c = await aCitizen(database.db)
  const n = booked++
  const date = `2027-01-${weekdays[n % weekdays.length]}`
  const minutes = 8 * 60 + 30 + 30 * Math.floor(n / weekdays.length)
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
  return bookAppointment(
    database.db,
    clock,
    { kind: 'citizen', citizenId: c.id, sessionId: c.id },
    {
      category: 'information',
      procedureId: ids.procedure!,
      kepId: ids.kep,
      startsAt: new Date(`${date}T${time}:00+02:00`),
      fullName: 'Μαρία Ιωάννου',
      email,
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    },
  )
}

const tick = () =>
  sendDueEmails({
    db: database.db,
    clock,
    transport: createMailTransport(sink.url, { pool: false }),
    from: 'myKEPlive <no-reply@keplive.example>',
    publicUrl: 'https://keplive.example',
  })

const mailsOf = (b: Booking) => sink.messages.filter((m) => m.text.includes(b.reference))
const bookedRow = async (b: Booking) =>
  (
    await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.bookingId, b.id), eq(outbox.kind, 'booked')))
  )[0]!

/** A booking whose "booked" email failed for good (the address refused). */
async function aFailedEmail(email: string) {
  sink.behaviour.rejectRecipients.add(email)
  const b = await book(email)
  await tick()
  sink.behaviour.rejectRecipients.delete(email)
  const row = await bookedRow(b)
  expect(row.status).toBe('failed')
  return { booking: b, id: row.id }
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
    return 'ok'
  } catch (err) {
    return err instanceof DomainError ? err.code : String(err)
  }
}

describe('undelivered mail (issue 17 item 6)', () => {
  it('masks an address: the first letters and the top-level domain only', () => {
    expect(maskEmail('giorgos@example.gr')).toBe('g***@e***.gr')
    expect(maskEmail('Ελένη@παράδειγμα.ελ')).toBe('Ε***@π***.ελ')
    expect(maskEmail('a@b')).toBe('a***@b***')
    expect(maskEmail('broken')).toBe('***')
  })

  it('R7.2 lists failed emails with their error, reference, attempts and a masked address; the read is audited', async () => {
    const { booking, id } = await aFailedEmail('nobody.list@example.gr')
    const page = await listUndeliveredMail(database.db, clock, admin, 200, null)
    const entry = page.entries.find((e) => e.id === id)
    expect(entry).toMatchObject({
      kind: 'booked',
      bookingReference: booking.reference,
      recipientMasked: 'n***@e***.gr',
      attempts: 1,
      lastAttemptAt: new Date(start),
    })
    expect(entry!.lastError).toContain('550')
    expect(JSON.stringify(page)).not.toContain('nobody.list@example.gr')
    const [read] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'outbox.failures.read'))
    expect(read).toMatchObject({ actorKind: 'administrator', actorRole: 'administrator' })
    expect(JSON.stringify(read)).not.toContain('nobody.list')
    expect(await codeOf(listUndeliveredMail(database.db, clock, admin, 0, null))).toBe(
      'VALIDATION_FAILED',
    )
    expect(await codeOf(listUndeliveredMail(database.db, clock, admin, 5, 'garbage'))).toBe(
      'VALIDATION_FAILED',
    )
  })

  it('retry one: back to the queue with its attempts continued, sent once; a second retry is a CONFLICT; unknown ids NOT_FOUND', async () => {
    const { booking, id } = await aFailedEmail('retry.one@example.gr')
    const retried = await retryUndeliveredMail(database.db, clock, admin, id)
    expect(retried).toMatchObject({ id, attempts: 1 })
    expect(await bookedRow(booking)).toMatchObject({ status: 'pending', retryBase: 1 })
    expect(await codeOf(retryUndeliveredMail(database.db, clock, admin, id))).toBe('CONFLICT')
    expect(
      (await listUndeliveredMail(database.db, clock, admin, 200, null)).entries.map((e) => e.id),
    ).not.toContain(id)
    expect(await tick()).toMatchObject({ sent: 1 })
    await tick()
    expect(mailsOf(booking)).toHaveLength(1)
    expect(await bookedRow(booking)).toMatchObject({ status: 'sent', attempts: 2 })
    expect(await codeOf(retryUndeliveredMail(database.db, clock, admin, id))).toBe('CONFLICT')
    expect(
      await codeOf(
        retryUndeliveredMail(database.db, clock, admin, '6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0aff'),
      ),
    ).toBe('NOT_FOUND')
    expect(await codeOf(retryUndeliveredMail(database.db, clock, admin, 'nope'))).toBe('NOT_FOUND')
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.retry'), eq(auditLog.entityId, id)))
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({
      actorRole: 'administrator',
      details: { before: { status: 'failed' }, after: { status: 'pending' }, kind: 'booked' },
    })
  })

  it('retry while the sender runs, and retry all twice: every email is sent exactly once', async () => {
    const first = await aFailedEmail('race.one@example.gr')
    const second = await aFailedEmail('race.two@example.gr')
    const [, count] = await Promise.all([
      tick(),
      retryAllUndeliveredMail(database.db, clock, admin),
    ])
    expect(count).toBeGreaterThanOrEqual(2)
    expect(await retryAllUndeliveredMail(database.db, clock, admin)).toBe(0)
    await Promise.all([tick(), tick()])
    await tick()
    expect(mailsOf(first.booking)).toHaveLength(1)
    expect(mailsOf(second.booking)).toHaveLength(1)
    const [all] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'outbox.retry_all'))
      .orderBy(auditLog.id)
    expect(all?.details?.['ids']).toEqual(expect.arrayContaining([first.id, second.id]))
  })

  it('a retried email that fails again is parked again, its attempts counted on', async () => {
    const { booking, id } = await aFailedEmail('still.wrong@example.gr')
    sink.behaviour.rejectRecipients.add('still.wrong@example.gr')
    await retryUndeliveredMail(database.db, clock, admin, id)
    await tick()
    expect(await bookedRow(booking)).toMatchObject({ status: 'failed', attempts: 2 })
    expect(mailsOf(booking)).toHaveLength(0)
  })

  it('mark handled: off the list with its note, kept in the history; not twice; a note is required', async () => {
    const { booking, id } = await aFailedEmail('handled@example.gr')
    expect(await codeOf(markMailHandled(database.db, clock, admin, id, '   '))).toBe(
      'VALIDATION_FAILED',
    )
    expect(await codeOf(markMailHandled(database.db, clock, admin, id, 'x'.repeat(10_000)))).toBe(
      'VALIDATION_FAILED',
    )
    await markMailHandled(database.db, clock, admin, id, 'Told by phone')
    expect(await bookedRow(booking)).toMatchObject({
      status: 'failed',
      handledNote: 'Told by phone',
      handledBy: (admin as { administratorId: string }).administratorId,
    })
    expect(
      (await listUndeliveredMail(database.db, clock, admin, 200, null)).entries.map((e) => e.id),
    ).not.toContain(id)
    expect(await codeOf(markMailHandled(database.db, clock, admin, id, 'again'))).toBe('CONFLICT')
    expect(await codeOf(retryUndeliveredMail(database.db, clock, admin, id))).toBe('CONFLICT')
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'outbox.handled'), eq(auditLog.entityId, id)))
    expect(audit?.details).toMatchObject({ before: { handled: false }, after: { handled: true } })
  })

  it('counts pending now, sent and failed today (Athens day)', async () => {
    const before = await mailCounts(database.db, clock)
    const ok = await book('counted@example.gr')
    const queued = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.bookingId, ok.id), eq(outbox.status, 'pending')))
    expect(queued.length).toBeGreaterThanOrEqual(1)
    expect((await mailCounts(database.db, clock)).pending).toBe(before.pending + queued.length)
    await tick()
    await aFailedEmail('counted.bad@example.gr')
    const after = await mailCounts(database.db, clock)
    expect(after.sentToday).toBe(before.sentToday + 1)
    expect(after.failedToday).toBe(before.failedToday + 1)
    expect(after.undelivered).toBe(before.undelivered + 1)
    expect(mailsOf(ok)).toHaveLength(1)
    // The next day in Athens starts at 22:00 UTC: nothing sent or failed yet.
    clock.set('2027-01-04T22:00:00Z')
    expect(await mailCounts(database.db, clock)).toMatchObject({ sentToday: 0, failedToday: 0 })
  })
})
