import { and, eq, sql } from 'drizzle-orm'
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
import {
  bookAppointment,
  cancelBooking,
  rescheduleBooking,
  updateBookingContact,
  type Booking,
} from '../bookings/index.js'
import { parseIcs } from './ics.js'
import { joinTokenInfo } from './join-tokens.js'
import { createMailTransport } from './mail-transport.js'
import { outbox } from './notifications.table.js'
import { NotificationsQueries } from './notifications.resolver.js'
import {
  enqueueBookingEmails,
  leaseMs,
  listOutboxFailures,
  sendDueEmails,
} from './outbox.service.js'
import { startOutboxSender } from './sender.job.js'
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './smtp-sink.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const start = '2027-01-04T06:00:00Z'
const clock = fixedClock(start)
let database: Database
let sink: SmtpSink
const ids = {} as Record<string, string>
const publicUrl = 'https://keplive.example'

/** HH:MM in Athens on a day (winter: UTC+2). */
const at = (hhmm: string, day = '2027-01-12') => new Date(`${day}T${hhmm}:00+02:00`)

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', { callMinutes: 20, slotStepMinutes: 30 })
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id, { nameEl: 'ΚΕΠ Αμπελοκήπων', nameEn: 'KEP Ampelokipi' })
  await openingHours(db, kep.id, '08:00', '15:00')
  await anEmployee(db, kep.id)
  await anEmployee(db, kep.id)
  const procedure = await aProcedure(db, info.id, {
    titleEl: 'Έκδοση πιστοποιητικού οικογενειακής κατάστασης',
    titleEn: 'Family status certificate',
    requiredDocumentsEl: ['Εξουσιοδότηση (αν δεν είστε ο ενδιαφερόμενος)'],
    requiredDocumentsEn: ['Authorisation (if you are not the person concerned)'],
  })
  Object.assign(ids, { kep: kep.id, procedure: procedure.id, info: info.id })
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

const book = async (startsAt: Date, over: { email?: string; locale?: 'el' | 'en' } = {}) =>
  bookAppointment(database.db, clock, await aCitizenActor(), {
    category: 'information',
    procedureId: ids.procedure!,
    kepId: ids.kep,
    startsAt,
    fullName: 'Μαρία Ιωάννου',
    email: over.email ?? 'maria@example.gr',
    phone: '694 123 4567',
    postalAddress: 'Ερμού 10, 10563 Αθήνα',
    deliveryMethod: 'email',
    locale: over.locale,
  })

const actorOf = (b: Booking): Actor => ({
  kind: 'citizen',
  citizenId: b.citizenId,
  sessionId: b.citizenId,
})

const tick = (url = sink.url) =>
  sendDueEmails({
    db: database.db,
    clock,
    transport: createMailTransport(url, { pool: false }),
    from: 'myKEPlive <no-reply@keplive.example>',
    publicUrl,
  })

const mailsOf = (b: Booking) => sink.messages.filter((m) => m.text.includes(b.reference))
const icsOf = (m: ReceivedMail) =>
  parseIcs(m.attachments.find((a) => a.filename.endsWith('.ics'))!.content)
const tokenIn = (m: ReceivedMail) => /\/join\/([A-Za-z0-9_-]{43})/.exec(m.text)![1]!
const rowsOf = (b: Booking) => database.db.select().from(outbox).where(eq(outbox.bookingId, b.id))

describe('booking emails (R2.3, R2.5)', () => {
  it('R2.3 sends one "upcoming booking" email in Greek with the details, a join link and a calendar invitation', async () => {
    const b = await book(at('10:30'))
    expect((await tick()).sent).toBe(1)
    await tick()
    const mails = mailsOf(b)
    expect(mails).toHaveLength(1)
    const [mail] = mails as [ReceivedMail]
    expect(mail.to).toEqual(['maria@example.gr'])
    expect(mail.subject).toContain(b.reference)
    expect(mail.html).toContain('<html lang="el">')
    expect(mail.html).toMatch(/<h1[^>]*>Επερχόμενο ραντεβού<\/h1>/)
    for (const part of [
      'Τρίτη 12 Ιανουαρίου 2027, 10:30',
      'ΚΕΠ Αμπελοκήπων',
      'Ερμού 1, 10563 Αθήνα',
      'Έκδοση πιστοποιητικού οικογενειακής κατάστασης',
      'Εξουσιοδότηση (αν δεν είστε ο ενδιαφερόμενος)',
      'δελτίο ταυτότητας',
      `${publicUrl}/bookings/${b.id}`,
      `${publicUrl}/join/`,
    ]) {
      expect(mail.text).toContain(part)
    }
    const ics = icsOf(mail)
    expect(ics).toMatchObject({
      METHOD: 'REQUEST',
      UID: `${b.id}@keplive`,
      SEQUENCE: '0',
      DTSTART: '20270112T083000Z',
      DTEND: '20270112T085000Z',
      STATUS: 'CONFIRMED',
    })
  })

  it('R2.5, issue 11 defect 9: the join link opens with the call, 15 minutes before the start, for that booking only, and the email says so', async () => {
    const b = await book(at('11:00'))
    const other = await book(at('11:00'), { email: 'giorgos@example.gr' })
    await tick()
    const token = tokenIn(mailsOf(b)[0]!)
    const otherToken = tokenIn(mailsOf(other)[0]!)
    expect(mailsOf(b)[0]!.text).toContain('15 λεπτά')
    clock.set(new Date(b.startsAt.getTime() - 15 * 60_000 - 1))
    expect(await joinTokenInfo(database.db, clock, token)).toMatchObject({
      valid: false,
      reason: 'too_early',
      validFrom: new Date(b.startsAt.getTime() - 15 * 60_000),
      // early enough to prepare: the owner is led to the device check of this booking
      bookingId: b.id,
    })
    clock.set(new Date(b.startsAt.getTime() - 15 * 60_000))
    expect(await joinTokenInfo(database.db, clock, token)).toMatchObject({
      valid: true,
      bookingId: b.id,
      reference: b.reference,
      startsAt: b.startsAt,
    })
    expect(await joinTokenInfo(database.db, clock, otherToken)).toMatchObject({
      valid: true,
      bookingId: other.id,
    })
    const wrong = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA')
    expect(await joinTokenInfo(database.db, clock, wrong)).toEqual({
      valid: false,
      reason: 'unknown',
    })
    expect(await joinTokenInfo(database.db, clock, 'x')).toEqual({
      valid: false,
      reason: 'unknown',
    })
    // issue 11 defect 9: the link lives as long as the call stays open, 30 minutes past the end.
    clock.set(new Date(b.endsAt.getTime() + 30 * 60_000 - 1))
    expect((await joinTokenInfo(database.db, clock, token)).valid).toBe(true)
    clock.set(new Date(b.endsAt.getTime() + 30 * 60_000))
    expect(await joinTokenInfo(database.db, clock, token)).toMatchObject({
      valid: false,
      reason: 'expired',
    })
  })

  it('R2.3 writes in English for a citizen who chose English', async () => {
    const b = await book(at('11:30'), { locale: 'en' })
    await tick()
    const [mail] = mailsOf(b) as [ReceivedMail]
    expect(mail.html).toContain('<html lang="en">')
    expect(mail.text).toContain('Tuesday 12 January 2027, 11:30')
    expect(mail.text).toContain('KEP Ampelokipi')
    expect(mail.subject).toBe(`Your appointment ${b.reference} is booked`)
  })
})

describe('reminders (R2.6)', () => {
  it('R2.6 plans reminders 24 h and 30 min before and sends the same content again at those instants', async () => {
    const b = await book(at('12:00'))
    const rows = await rowsOf(b)
    const due = Object.fromEntries(rows.map((r) => [r.kind, r.dueAt.toISOString()]))
    expect(due).toEqual({
      booked: start.replace('Z', '.000Z'),
      reminder_1440: '2027-01-11T10:00:00.000Z',
      reminder_30: '2027-01-12T09:30:00.000Z',
    })
    await tick()
    clock.set('2027-01-11T09:59:59Z')
    await tick()
    expect(mailsOf(b)).toHaveLength(1)
    clock.set('2027-01-11T10:00:00Z')
    await tick()
    expect(mailsOf(b)).toHaveLength(2)
    const reminder = mailsOf(b)[1]!
    expect(reminder.subject).toContain('Υπενθύμιση')
    expect(reminder.text).toContain('Τρίτη 12 Ιανουαρίου 2027, 12:00')
    expect(reminder.text).toContain(`${publicUrl}/join/`)
    clock.set(new Date(b.startsAt.getTime() - 30 * 60_000))
    await tick()
    expect(mailsOf(b)).toHaveLength(3)
    clock.set(new Date(b.startsAt.getTime() - 10 * 60_000))
    expect((await joinTokenInfo(database.db, clock, tokenIn(mailsOf(b)[2]!))).valid).toBe(true)
  })

  it('R2.6 DST: a reminder for the morning after the October change is due 24 real hours before', async () => {
    clock.set('2026-10-19T07:00:00Z')
    // Monday 26 October 2026, 09:00 in Athens = 07:00Z (UTC+2 since 04:00 EEST on the 25th).
    const b = await book(new Date('2026-10-26T07:00:00Z'))
    const [reminder] = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.bookingId, b.id), eq(outbox.kind, 'reminder_1440')))
    expect(reminder!.dueAt.toISOString()).toBe('2026-10-25T07:00:00.000Z')
    await tick()
    clock.set('2026-10-25T06:59:59Z')
    await tick()
    expect(mailsOf(b)).toHaveLength(1)
    clock.set('2026-10-25T07:00:00Z')
    await tick()
    expect(mailsOf(b).map((m) => m.subject)).toEqual([
      expect.stringContaining('κλείστηκε'),
      expect.stringContaining('Υπενθύμιση'),
    ])
    expect(mailsOf(b)[1]!.text).toContain('Δευτέρα 26 Οκτωβρίου 2026, 09:00')
  })
})

describe('changes (R2.4)', () => {
  it('reschedule: a new invitation with SEQUENCE 1, reminders re-planned, the old link revoked', async () => {
    const b = await book(at('13:00'))
    await tick()
    const oldToken = tokenIn(mailsOf(b)[0]!)
    const moved = await rescheduleBooking(database.db, clock, actorOf(b), {
      bookingId: b.id,
      startsAt: at('13:30', '2027-01-13'),
    })
    await tick()
    const [, mail] = mailsOf(b) as [ReceivedMail, ReceivedMail]
    expect(mail.subject).toContain('άλλαξε')
    expect(icsOf(mail)).toMatchObject({
      METHOD: 'REQUEST',
      UID: `${b.id}@keplive`,
      SEQUENCE: '1',
      DTSTART: '20270113T113000Z',
    })
    const rows = await rowsOf(b)
    const reminders = rows.filter((r) => r.kind.startsWith('reminder_'))
    expect(reminders.map((r) => [r.kind, r.version, r.status]).sort()).toEqual([
      ['reminder_1440', 0, 'cancelled'],
      ['reminder_1440', 1, 'pending'],
      ['reminder_30', 0, 'cancelled'],
      ['reminder_30', 1, 'pending'],
    ])
    expect(reminders.find((r) => r.version === 1 && r.kind === 'reminder_30')!.dueAt).toEqual(
      new Date(moved.startsAt.getTime() - 30 * 60_000),
    )
    clock.set(new Date(b.startsAt.getTime() - 5 * 60_000))
    expect(await joinTokenInfo(database.db, clock, oldToken)).toMatchObject({ valid: false })
  })

  it('cancel: METHOD:CANCEL, and no reminder is ever sent', async () => {
    const b = await book(at('14:00'))
    await tick()
    await cancelBooking(database.db, clock, actorOf(b), { bookingId: b.id })
    await tick()
    const [, mail] = mailsOf(b) as [ReceivedMail, ReceivedMail]
    expect(mail.subject).toContain('ακυρώθηκε')
    expect(mail.text).not.toContain('/join/')
    expect(icsOf(mail)).toMatchObject({
      METHOD: 'CANCEL',
      STATUS: 'CANCELLED',
      UID: `${b.id}@keplive`,
      SEQUENCE: '1',
    })
    for (const t of ['2027-01-11T12:00:00Z', '2027-01-12T11:30:00Z', '2027-01-12T13:00:00Z']) {
      clock.set(t)
      await tick()
    }
    expect(mailsOf(b)).toHaveLength(2)
    expect((await rowsOf(b)).filter((r) => r.status === 'pending')).toEqual([])
  })

  it('issue 13: a change the service made says why, in the citizen’s language, in the one email', async () => {
    const b = await book(at('12:30'), { locale: 'en' })
    await tick()
    const notice = {
      el: 'Το ΚΕΠ αναστέλλει τη λειτουργία του.',
      en: 'The KEP suspends its service.',
    }
    // as the administration's cancellation writes it (bookings' writeAdministrativeOutcome)
    await database.db.transaction(async (tx) => {
      await tx.execute(
        sql`update bookings set status = 'cancelled', version = version + 1 where id = ${b.id}`,
      )
      await enqueueBookingEmails(
        tx,
        { ...b, version: b.version + 1 },
        'cancelled',
        clock.now(),
        notice,
      )
    })
    await tick()
    const [, mail] = mailsOf(b) as [ReceivedMail, ReceivedMail]
    expect(mail.text).toContain(notice.en)
    expect(mail.html).toContain(notice.en)
    expect(mail.text).not.toContain(notice.el)
  })

  it('a reminder still pending when the booking is cancelled by other means is dropped at send time', async () => {
    const b = await book(at('14:30'))
    await tick()
    // As if the cancellation bypassed the outbox (a data fix): the sender still checks.
    await database.db.execute(sql`update bookings set status = 'cancelled' where id = ${b.id}`)
    clock.set(new Date(b.startsAt.getTime() - 30 * 60_000))
    expect((await tick()).dropped).toBe(2)
    expect(mailsOf(b)).toHaveLength(1)
  })
})

describe('delivery: never lost, never twice', () => {
  it('two ticks at once send each email once', async () => {
    const booked = [await book(at('09:00', '2027-01-14')), await book(at('09:00', '2027-01-14'))]
    const [a, b] = await Promise.all([tick(), tick()])
    expect(a.sent + b.sent).toBe(2)
    await Promise.all([tick(), tick()])
    for (const bk of booked) expect(mailsOf(bk)).toHaveLength(1)
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(sink.messages.length)
  })

  it('SMTP refusing connections, then back: delivered once, with back-off', async () => {
    const port = sink.port
    await sink.close()
    const b = await book(at('09:30', '2027-01-14'))
    expect(await tick(`smtp://127.0.0.1:${port}`)).toMatchObject({ sent: 0, retried: 1 })
    let [row] = (await rowsOf(b)).filter((r) => r.kind === 'booked')
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    expect(row!.nextAttemptAt.getTime() - clock.now().getTime()).toBe(60_000)
    expect(row!.lastError).toMatch(/ECONNECTION|ECONNREFUSED/)
    clock.set(new Date(clock.now().getTime() + 60_000))
    expect(await tick(`smtp://127.0.0.1:${port}`)).toMatchObject({ retried: 1 })
    ;[row] = (await rowsOf(b)).filter((r) => r.kind === 'booked')
    expect(row!.nextAttemptAt.getTime() - clock.now().getTime()).toBe(120_000)
    sink = await startSmtpSink({ port })
    expect((await tick()).sent).toBe(0) // not due yet
    clock.set(new Date(clock.now().getTime() + 120_000))
    expect((await tick()).sent).toBe(1)
    await tick()
    expect(mailsOf(b)).toHaveLength(1)
  })

  it('SMTP answering 4xx for a while: delivered once after it recovers', async () => {
    sink.behaviour.tempFail = true
    const b = await book(at('10:00', '2027-01-14'))
    for (let i = 0; i < 3; i++) {
      expect(await tick()).toMatchObject({ sent: 0, retried: 1 })
      clock.set(new Date(clock.now().getTime() + 3_600_000))
    }
    const [row] = (await rowsOf(b)).filter((r) => r.kind === 'booked')
    expect(row!.lastError).toContain('451')
    sink.behaviour.tempFail = false
    expect((await tick()).sent).toBe(1)
    await tick()
    expect(mailsOf(b)).toHaveLength(1)
  })

  it('a 5xx for one address fails that email and reports it; the others go', async () => {
    sink.behaviour.rejectRecipients.add('nobody@example.gr')
    const bad = await book(at('10:30', '2027-01-14'), { email: 'nobody@example.gr' })
    const good = await book(at('10:30', '2027-01-14'), { email: 'eleni@example.gr' })
    expect(await tick()).toMatchObject({ sent: 1, failed: 1 })
    expect(mailsOf(good)).toHaveLength(1)
    expect(mailsOf(bad)).toHaveLength(0)
    const failures = await listOutboxFailures(database.db)
    const failure = failures.find((f) => f.bookingId === bad.id)
    expect(failure).toMatchObject({ kind: 'booked', attempts: 1 })
    expect(failure!.lastError).toContain('550')
    expect(failure!.lastError).not.toContain('@')
    expect(JSON.stringify(failures)).not.toContain('nobody@example.gr')

    const queries = new NotificationsQueries()
    const ctx = (actor: Actor) => ({ db: database.db, clock, actor }) as never
    const admin: Actor = {
      kind: 'administrator',
      administratorId: bad.id,
      role: 'auditor',
      sessionId: bad.id,
    }
    expect((await queries.outboxFailures(ctx(admin))).map((f) => f.id)).toContain(failure!.id)
    await expect(queries.outboxFailures(ctx(actorOf(good)))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(queries.outboxFailures(ctx({ kind: 'anonymous' }))).rejects.toBeInstanceOf(
      DomainError,
    )
  })

  it('after 8 failed attempts an email is parked as failed', async () => {
    sink.behaviour.tempFail = true
    const b = await book(at('11:00', '2027-01-14'))
    for (let i = 0; i < 8; i++) {
      await tick()
      clock.set(new Date(clock.now().getTime() + 3_600_000))
    }
    const [row] = (await rowsOf(b)).filter((r) => r.kind === 'booked')
    expect(row).toMatchObject({ status: 'failed', attempts: 8 })
  })

  it('a sender killed mid-tick before SMTP accepted: sent once by the next tick after the lease', async () => {
    const b = await book(at('11:30', '2027-01-14'))
    const dying = { sendMail: () => new Promise<never>(() => {}) }
    void sendDueEmails({ db: database.db, clock, transport: dying, from: 'a@b.gr', publicUrl })
    await new Promise((r) => setTimeout(r, 300))
    expect((await tick()).claimed).toBe(0) // leased
    clock.set(new Date(clock.now().getTime() + leaseMs))
    expect((await tick()).sent).toBe(1)
    await tick()
    expect(mailsOf(b)).toHaveLength(1)
  })

  it('the one case SMTP cannot tell: accepted, then killed before the mark — sent again after the lease', async () => {
    const b = await book(at('12:00', '2027-01-14'))
    const real = createMailTransport(sink.url, { pool: false })
    const acceptedThenKilled = {
      sendMail: async (message: Parameters<typeof real.sendMail>[0]) => {
        await real.sendMail(message)
        return new Promise<never>(() => {})
      },
    }
    const from = 'myKEPlive <no-reply@keplive.example>'
    void sendDueEmails({ db: database.db, clock, transport: acceptedThenKilled, from, publicUrl })
    while (mailsOf(b).length === 0) await new Promise((r) => setTimeout(r, 50))
    clock.set(new Date(clock.now().getTime() + leaseMs))
    expect((await tick()).sent).toBe(1)
    const [first, second] = mailsOf(b) as [ReceivedMail, ReceivedMail]
    expect(second.messageId).toBe(first.messageId) // the same Message-ID: receivers may fold it
    const [row] = (await rowsOf(b)).filter((r) => r.kind === 'booked')
    expect(row).toMatchObject({ status: 'sent', attempts: 2 })
  })
})

describe('the sender job', () => {
  it('R2.3 node-cron ticks deliver what is due, and stop() waits for the tick under way', async () => {
    const b = await book(at('12:30', '2027-01-14'))
    const stop = startOutboxSender(
      {
        db: database.db,
        clock,
        transport: createMailTransport(sink.url, { pool: false }),
        from: 'myKEPlive <no-reply@keplive.example>',
        publicUrl,
      },
      '* * * * * *',
    )
    try {
      for (let i = 0; i < 60 && mailsOf(b).length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
    } finally {
      await stop()
    }
    expect(mailsOf(b)).toHaveLength(1)
  })
})

describe('issue 16 items 5 and 7: what the emails say', () => {
  const bookWith = async (
    startsAt: Date,
    over: {
      locale?: 'el' | 'en'
      procedureId?: string
      specialRequirements?: { signLanguage?: boolean; lipReading?: boolean; other?: string }
    } = {},
  ) =>
    bookAppointment(database.db, clock, await aCitizenActor(), {
      category: 'information',
      procedureId: over.procedureId ?? ids.procedure!,
      kepId: ids.kep,
      startsAt,
      fullName: 'Ελένη Κωνσταντίνου',
      email: 'eleni@example.gr',
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
      locale: over.locale,
      specialRequirements: over.specialRequirements,
    })

  it('R2.3 R2.2 (f) the booking email states the call length, the special requirements, and that an interpreter will be arranged', async () => {
    const b = await bookWith(at('09:00', '2027-01-21'), {
      specialRequirements: { signLanguage: true, lipReading: true },
    })
    const en = await bookWith(at('09:30', '2027-01-21'), {
      locale: 'en',
      specialRequirements: { signLanguage: true, other: 'Wheelchair user' },
    })
    const plain = await bookWith(at('10:00', '2027-01-21'))
    await tick()
    const [mail] = mailsOf(b) as [ReceivedMail]
    for (const part of [
      'Διάρκεια βιντεοκλήσης: 20 λεπτά',
      'Ειδικές απαιτήσεις: Διερμηνεία στην Ελληνική Νοηματική Γλώσσα · Χειλεανάγνωση',
      'το ΚΕΠ θα κανονίσει διερμηνέα',
      'ο υπάλληλος θα ενημερωθεί να μιλά αργά',
    ]) {
      expect(mail.text).toContain(part)
    }
    expect(mail.html).toContain('>20 λεπτά</td>')
    expect(mail.html).toContain('το ΚΕΠ θα κανονίσει διερμηνέα')
    const [english] = mailsOf(en) as [ReceivedMail]
    expect(english.text).toContain('Length of the video call: 20 minutes')
    expect(english.text).toContain(
      'Special requirements: Greek Sign Language interpreting · Wheelchair user',
    )
    expect(english.text).toContain('the KEP will arrange an interpreter')
    expect(english.text).not.toContain('lip-reading')
    const [none] = mailsOf(plain) as [ReceivedMail]
    expect(none.text).toContain('Ειδικές απαιτήσεις: Καμία')
    expect(none.text).not.toContain('διερμηνέα')
    // the reminder says it again
    clock.set(new Date(b.startsAt.getTime() - 30 * 60_000))
    await tick()
    expect(mailsOf(b).at(-1)!.text).toContain('το ΚΕΠ θα κανονίσει διερμηνέα')
  })

  it('R6.1 a procedure that names the identity document itself has it listed once, not twice', async () => {
    const procedure = await aProcedure(database.db, ids.info!, {
      requiredDocumentsEl: ['Αστυνομική ταυτότητα ή διαβατήριο του νόμιμου εκπροσώπου', 'ΑΦΜ'],
      requiredDocumentsEn: ["The legal representative's identity card or passport", 'Tax number'],
      documentKinds: {
        'Αστυνομική ταυτότητα ή διαβατήριο του νόμιμου εκπροσώπου': 'identity',
        ΑΦΜ: 'show',
      },
    })
    const b = await bookWith(at('10:30', '2027-01-21'), { procedureId: procedure.id })
    await tick()
    const [mail] = mailsOf(b) as [ReceivedMail]
    expect(mail.text).toContain('- Αστυνομική ταυτότητα ή διαβατήριο του νόμιμου εκπροσώπου')
    expect(mail.text).not.toContain('δελτίο ταυτότητας')
    expect(mail.text.match(/ταυτότητα/g)).toHaveLength(1)
  })

  it('R2.3 a change of contact details: one email, to the new address, with the new values and no join link or calendar file; the reminders follow to the new address', async () => {
    const b = await bookWith(at('11:00', '2027-01-21'))
    await tick()
    await Promise.all(
      [1, 2].map(() =>
        updateBookingContact(database.db, clock, actorOf(b), {
          bookingId: b.id,
          email: 'eleni.new@example.gr',
          phone: '210 765 4321',
          postalAddress: b.postalAddress,
          specialRequirements: { signLanguage: true },
        }),
      ),
    )
    await tick()
    await tick()
    const [, mail, ...more] = mailsOf(b) as [ReceivedMail, ReceivedMail]
    expect(more).toEqual([])
    expect(mail.to).toEqual(['eleni.new@example.gr'])
    expect(mail.subject).toBe(`Άλλαξαν τα στοιχεία επικοινωνίας του ραντεβού ${b.reference}`)
    for (const part of [
      'Email: eleni.new@example.gr',
      'Τηλέφωνο: +302107654321',
      'Ειδικές απαιτήσεις: Διερμηνεία στην Ελληνική Νοηματική Γλώσσα',
      'το ΚΕΠ θα κανονίσει διερμηνέα',
      `${publicUrl}/bookings/${b.id}`,
    ]) {
      expect(mail.text).toContain(part)
    }
    expect(mail.text).not.toContain('Διεύθυνση επικοινωνίας:')
    expect(mail.text).not.toContain('/join/')
    expect(mail.attachments).toEqual([])
    clock.set(new Date(b.startsAt.getTime() - 30 * 60_000))
    await tick()
    const reminder = mailsOf(b).at(-1)!
    expect(reminder.subject).toContain('Υπενθύμιση')
    expect(reminder.to).toEqual(['eleni.new@example.gr'])
    expect(icsOf(reminder).SEQUENCE).toBe('1')
  })
})
