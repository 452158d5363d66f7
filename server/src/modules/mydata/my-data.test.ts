import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aBooking,
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { auditLog, recordAudit } from '../audit/index.js'
import {
  bookAppointment,
  bookingEvents,
  bookings,
  documents,
  pseudonym,
} from '../bookings/index.js'
import { callInvitations, callParticipants, calls, submissionRecords } from '../calls/index.js'
import { citizens, sessions } from '../identity/index.js'
import {
  createMailTransport,
  outbox,
  sendDueEmails,
  startSmtpSink,
} from '../notifications/index.js'
import { renderMyDataHtml } from './my-data.html.js'
import { eraseMyData, exportMyData, myDataSummary, updateMyContact } from './my-data.service.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
const ids = {} as Record<string, string>
let employee: Awaited<ReturnType<typeof anEmployee>>

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
  const athens = await aMunicipality(db)
  const kep = await aKep(db, athens.id)
  await openingHours(db, kep.id, '08:00', '15:00')
  employee = await anEmployee(db, kep.id)
  Object.assign(ids, {
    category: info.id,
    kep: kep.id,
    procedure: (await aProcedure(db, info.id)).id,
  })
})
afterAll(() => database?.close())

/** A person with one row of every kind held about them, each carrying a value of their own. */
async function aPersonWithEverything(tag: string) {
  const db = database.db
  const person = await aCitizen(db, {
    firstName: `Όνομα${tag}`,
    lastName: `Επώνυμο${tag}`,
    email: `${tag}@own.example.gr`,
    phone: '+302101111111',
    postalAddress: `Οδός ${tag} 1, Αθήνα`,
  })
  const booking = await aBooking(db, {
    citizenId: person.id,
    categoryId: ids.category!,
    procedureId: ids.procedure!,
    kepId: ids.kep!,
    employee,
    startsAt: at('09:00', '2026-12-01'),
    status: 'completed',
    fullName: `Πλήρες ${tag}`,
    email: `${tag}@booking.example.gr`,
    otherRequirements: `ανάγκη ${tag}`,
    // for a business, the registry's answer recorded (issue 19 item 6)
    businessTaxId: '998877666',
    businessName: `Εταιρεία ${tag}`,
    representationStatus: 'verified',
    representationCheckedAt: at('08:00', '2026-11-20'),
    representationReference: `registry-${tag}`,
  })
  const event = `event-${tag}`
  await db.insert(bookingEvents).values({
    bookingId: booking.id,
    action: event,
    actorKind: 'citizen',
    actorId: person.id,
  })
  const bytes = new Uint8Array([1, 2, 3])
  await db.insert(documents).values({
    ownerCitizenId: person.id,
    bookingId: booking.id,
    fileName: `doc-${tag}.pdf`,
    mimeType: 'application/pdf',
    sizeBytes: 3,
    sha256: 'x',
    iv: bytes,
    authTag: bytes,
    ciphertext: bytes,
    deleteAfter: at('09:00', '2027-03-01'),
  })
  const [call] = await db
    .insert(calls)
    .values({ bookingId: booking.id, status: 'ended', kedReference: `ked-${tag}` })
    .returning()
  await db.insert(callParticipants).values({
    callId: call!.id,
    role: 'citizen',
    citizenId: person.id,
    displayName: `Συμμετέχων ${tag}`,
    tokenHash: randomUUID(),
    joinedAt: at('09:00', '2026-12-01'),
  })
  await db.insert(callInvitations).values({
    callId: call!.id,
    tokenHash: randomUUID(),
    email: `${tag}@interpreter.example.gr`,
    invitedBy: employee.id,
    expiresAt: at('10:00', '2026-12-01'),
  })
  await db.insert(submissionRecords).values({
    bookingId: booking.id,
    callId: call!.id,
    protocolNumber: `ΠΡΩΤ-${tag}`,
    filedDescription: 'αίτηση',
    deliveryMethod: 'email',
    recordedBy: employee.id,
  })
  await db.insert(outbox).values({
    bookingId: booking.id,
    kind: 'booked',
    recipient: `${tag}@outbox.example.gr`,
    payload: {},
    dueAt: at('09:00', '2026-11-20'),
    nextAttemptAt: at('09:00', '2026-11-20'),
    status: 'sent',
  })
  await db.insert(sessions).values({
    tokenHash: randomUUID(),
    principalKind: 'citizen',
    principalId: person.id,
    idleTimeoutSeconds: 1800,
    absoluteExpiresAt: at('09:00', '2027-02-01'),
    ipAddress: `10.0.0.${tag.length}`,
    userAgent: `agent-${tag}`,
  })
  await recordAudit(db, {
    actor: asCitizen(person.id),
    action: `action.${tag}`,
    entity: 'booking',
    entityId: booking.id,
  })
  return {
    person,
    booking,
    // what must appear in the person's export, and nowhere else
    marks: [
      person.id,
      person.firstName,
      person.lastName,
      `${tag}@own.example.gr`,
      booking.id,
      booking.reference,
      `Πλήρες ${tag}`,
      `${tag}@booking.example.gr`,
      `ανάγκη ${tag}`,
      `Εταιρεία ${tag}`,
      `registry-${tag}`,
      event,
      `doc-${tag}.pdf`,
      `ked-${tag}`,
      `Συμμετέχων ${tag}`,
      `${tag}@interpreter.example.gr`,
      `ΠΡΩΤ-${tag}`,
      `${tag}@outbox.example.gr`,
      `agent-${tag}`,
      `action.${tag}`,
    ],
  }
}

describe('my data: the export (issue 19 item 3, GDPR Art. 15/20)', () => {
  it('issue 19 item 3: the export holds every row about the citizen and nothing about anyone else', async () => {
    const maria = await aPersonWithEverything('mariaX')
    const nikos = await aPersonWithEverything('nikosY')
    const data = await exportMyData(database.db, clock, asCitizen(maria.person.id), 'json', {
      ip: '192.0.2.1',
    })
    const json = JSON.stringify(data)
    for (const mark of maria.marks) expect(json, mark).toContain(mark)
    for (const mark of nikos.marks) expect(json, mark).not.toContain(mark)
    // no secrets: tokens, their hashes, document contents
    expect(json).not.toMatch(/tokenHash|ciphertext|authTag|"iv"/)
    expect(data.citizen.taxNumber).toMatch(/keyed hash/)
    expect(data.bookings).toHaveLength(1)
    expect(data.bookings[0]!.call!.invitations).toHaveLength(1)
    expect(data.sessions).toHaveLength(1)

    // the readable copy shows the same, escaped, and nothing of the other
    const html = renderMyDataHtml(data, 'el')
    expect(html).toContain('<html lang="el">')
    for (const mark of maria.marks) expect(html, mark).toContain(mark)
    for (const mark of nikos.marks) expect(html, mark).not.toContain(mark)
    // fields named as people read them, times in Athens time
    expect(html).toContain('<th scope="row">Αριθμός πρωτοκόλλου</th>')
    expect(html).toContain('1 Δεκεμβρίου 2026')
    const english = renderMyDataHtml(data, 'en')
    expect(english).toContain('<html lang="en">')
    expect(english).toContain('<th scope="row">Protocol number</th>')

    const [audited] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'citizen.data_export'), eq(auditLog.actorId, maria.person.id)))
    expect(audited).toMatchObject({ entityId: maria.person.id, ipAddress: '192.0.2.1' })
    expect(audited!.details).toEqual({ format: 'json' })
  })

  it('issue 19 item 3: the summary counts what is held and gives the contact that prefills the next booking', async () => {
    const { person } = await aPersonWithEverything('summaryZ')
    expect(await myDataSummary(database.db, clock, asCitizen(person.id))).toEqual({
      firstName: 'ΌνομαsummaryZ',
      lastName: 'ΕπώνυμοsummaryZ',
      // their own details first, not their last booking's
      contact: {
        email: 'summaryZ@own.example.gr',
        phone: '+302101111111',
        postalAddress: 'Οδός summaryZ 1, Αθήνα',
      },
      bookings: 1,
      upcomingBookings: 0,
      sessions: 1,
      emails: 1,
    })
    // with none of their own, the last booking's
    const plain = await aCitizen(database.db)
    await aBooking(database.db, {
      citizenId: plain.id,
      categoryId: ids.category!,
      procedureId: ids.procedure!,
      kepId: ids.kep!,
      employee,
      startsAt: at('13:00', '2027-01-20'),
    })
    expect((await myDataSummary(database.db, clock, asCitizen(plain.id))).contact).toEqual({
      email: 'maria@example.gr',
      phone: '2101234567',
      postalAddress: 'Ερμού 1, 10563 Αθήνα',
    })
  })

  it('issue 19 item 3: only a citizen gets an export', async () => {
    const refused = (actor: Actor) =>
      exportMyData(database.db, clock, actor, 'json').then(
        () => 'OK',
        (err: DomainError) => err.code,
      )
    expect(await refused({ kind: 'anonymous' })).toBe('UNAUTHENTICATED')
    expect(
      await refused({
        kind: 'employee',
        employeeId: employee.id,
        kepId: ids.kep!,
        role: 'staff',
        sessionId: randomUUID(),
      }),
    ).toBe('FORBIDDEN')
  })
})

/** A citizen with a booking made through the booking rules (a reservation, its emails). */
async function aBookedCitizen(startsAt: Date, email = 'eleni@example.gr') {
  const person = await aCitizen(database.db)
  clock.set('2027-01-04T06:00:00Z')
  const booking = await bookAppointment(database.db, clock, asCitizen(person.id), {
    category: 'information',
    procedureId: ids.procedure!,
    kepId: ids.kep,
    startsAt,
    fullName: 'Ελένη Μαρκοπούλου',
    email,
    phone: '694 123 4567',
    postalAddress: 'Ερμού 10, 10563 Αθήνα',
    deliveryMethod: 'email',
  })
  return { person, booking, actor: asCitizen(person.id) }
}

async function codeAndFields(p: Promise<unknown>) {
  try {
    await p
    return 'OK'
  } catch (err) {
    if (!(err instanceof DomainError)) throw err
    for (const f of err.details.fields ?? []) {
      expect(f.message.el).toMatch(/\p{Script=Greek}/u)
      expect(f.message.en).not.toMatch(/\p{Script=Greek}/u)
    }
    return [err.code, ...(err.details.fields ?? []).map((f) => `${f.field}:${f.reason}`)].join(' ')
  }
}

describe('my data: contact details (issue 19 item 3, GDPR Art. 16)', () => {
  it('issue 19 item 3: bad contact details are refused field by field, nothing written', async () => {
    const { person, actor } = await aBookedCitizen(at('09:00', '2027-01-13'))
    expect(
      await codeAndFields(
        updateMyContact(database.db, clock, actor, {
          email: 'not-an-email',
          phone: '123',
          postalAddress: 'x',
        }),
      ),
    ).toBe('VALIDATION_FAILED email:invalid_format phone:invalid_format postalAddress:too_short')
    const [row] = await database.db.select().from(citizens).where(eq(citizens.id, person.id))
    expect(row!.email).toBeNull()
  })

  it('issue 19 item 3: corrected details are the citizen’s and, by default, their upcoming booking’s, with one change email; audited', async () => {
    const { person, booking, actor } = await aBookedCitizen(at('09:30', '2027-01-13'))
    const input = {
      email: 'Eleni.New@Example.gr',
      phone: '6941112233',
      postalAddress: 'Πατησίων 5, Αθήνα',
    }
    const result = await updateMyContact(database.db, clock, actor, input, { ip: '192.0.2.9' })
    expect(result).toEqual({
      contact: {
        email: 'eleni.new@example.gr',
        phone: '+306941112233',
        postalAddress: 'Πατησίων 5, Αθήνα',
      },
      updatedBookings: 1,
    })
    const [row] = await database.db.select().from(citizens).where(eq(citizens.id, person.id))
    expect(row).toMatchObject(result.contact)
    const [after] = await database.db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(after).toMatchObject({ ...result.contact, version: booking.version + 1 })
    const changeEmails = await database.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.bookingId, booking.id), eq(outbox.kind, 'contact_changed')))
    expect(changeEmails.map((m) => m.recipient)).toEqual(['eleni.new@example.gr'])
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'citizen.update_contact'), eq(auditLog.actorId, person.id)))
    expect(audit.map((a) => a.details)).toEqual([
      { fields: ['email', 'phone', 'postalAddress'], updatedBookings: 1 },
    ])
    expect(JSON.stringify(audit)).not.toContain('eleni.new')

    // the same again changes nothing and writes nothing
    expect(await updateMyContact(database.db, clock, actor, input)).toMatchObject({
      updatedBookings: 0,
    })
    const again = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'citizen.update_contact'), eq(auditLog.actorId, person.id)))
    expect(again).toHaveLength(1)
    expect((await myDataSummary(database.db, clock, actor)).contact).toEqual(result.contact)
  })

  it('issue 19 item 3: with applyToUpcoming off, the bookings keep their details', async () => {
    const { booking, actor } = await aBookedCitizen(at('10:00', '2027-01-13'))
    const result = await updateMyContact(database.db, clock, actor, {
      email: 'other@example.gr',
      phone: '2109998877',
      postalAddress: 'Σταδίου 2, Αθήνα',
      applyToUpcoming: false,
    })
    expect(result.updatedBookings).toBe(0)
    const [after] = await database.db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(after).toMatchObject({ email: booking.email, version: booking.version })
  })
})

describe('my data: erasure (issue 19 item 3, GDPR Art. 17)', () => {
  it('issue 19 item 3: preview, then erasure cancels the future booking with its email, pseudonymises the past, logs out; the export then holds nothing personal', async () => {
    const {
      person,
      booking: future,
      actor,
    } = await aBookedCitizen(at('11:00', '2027-01-14'), 'erase.me@example.gr')
    const db = database.db
    const past = await aBooking(db, {
      citizenId: person.id,
      categoryId: ids.category!,
      procedureId: ids.procedure!,
      kepId: ids.kep!,
      employee,
      startsAt: at('09:00', '2026-11-02'),
      status: 'completed',
      fullName: 'Ελένη Μαρκοπούλου',
      email: 'erase.me@example.gr',
    })
    await db.insert(submissionRecords).values({
      bookingId: past.id,
      protocolNumber: 'ΠΡΩΤ-ERASE',
      filedDescription: 'αίτηση',
      deliveryMethod: 'email',
      recordedBy: employee.id,
    })
    await db.insert(sessions).values({
      tokenHash: randomUUID(),
      principalKind: 'citizen',
      principalId: person.id,
      idleTimeoutSeconds: 1800,
      absoluteExpiresAt: at('09:00', '2027-02-01'),
    })

    const preview = await eraseMyData(db, clock, actor, {})
    expect(preview).toMatchObject({
      upcomingCancelled: 1,
      pastPseudonymised: 1,
      submissionRecordsKept: 1,
      applied: false,
    })
    // a preview writes nothing
    const [still] = await db.select().from(bookings).where(eq(bookings.id, future.id))
    expect(still!.status).toBe('booked')
    // a wrong token is refused, nothing done
    expect(await codeAndFields(eraseMyData(db, clock, actor, { token: 'stale' }))).toBe(
      'STALE_PREVIEW',
    )

    const done = await eraseMyData(db, clock, actor, { token: preview.token }, { ip: '192.0.2.7' })
    expect(done).toEqual({ ...preview, applied: true })

    const [cancelled] = await db.select().from(bookings).where(eq(bookings.id, future.id))
    expect(cancelled).toMatchObject({ status: 'cancelled', fullName: pseudonym, email: '' })
    const [pastAfter] = await db.select().from(bookings).where(eq(bookings.id, past.id))
    expect(pastAfter).toMatchObject({ status: 'completed', fullName: pseudonym, phone: '' })
    expect(pastAfter!.pseudonymisedAt).not.toBeNull()
    // logged out everywhere: the sessions are gone
    expect(await db.select().from(sessions).where(eq(sessions.principalId, person.id))).toEqual([])
    const [husk] = await db.select().from(citizens).where(eq(citizens.id, person.id))
    expect(husk).toMatchObject({ firstName: '', lastName: '', email: null, taxIdHmac: null })
    expect(husk!.gsisUserId).not.toBe(person.gsisUserId)
    // what the law requires stays with the KEP
    const [kept] = await db
      .select()
      .from(submissionRecords)
      .where(eq(submissionRecords.bookingId, past.id))
    expect(kept!.protocolNumber).toBe('ΠΡΩΤ-ERASE')
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'citizen.erase'), eq(auditLog.actorId, person.id)))
    expect(audit!.details).toEqual({
      upcomingCancelled: 1,
      pastPseudonymised: 1,
      submissionRecordsKept: 1,
      endedSessions: 1,
    })
    expect(JSON.stringify(audit)).not.toContain('erase.me')

    // exactly one email tells of the cancellation, through the real SMTP path, once
    const sink = await startSmtpSink()
    try {
      const send = () =>
        sendDueEmails({
          db,
          clock,
          transport: createMailTransport(sink.url, { pool: false }),
          from: 'myKEPlive <no-reply@keplive.example>',
          publicUrl: 'https://keplive.example',
        })
      await send()
      await send()
      const mails = sink.messages.filter((m) => m.to.includes('erase.me@example.gr'))
      expect(mails.map((m) => m.subject)).toEqual([
        'Τα δεδομένα σας διαγράφηκαν και τα ραντεβού σας ακυρώθηκαν',
      ])
      expect(mails[0]!.text).toContain(future.reference)
      expect(mails[0]!.text).toContain('Πέμπτη 14 Ιανουαρίου 2027, 11:00')
      expect(mails[0]!.text).not.toContain(past.reference)
    } finally {
      await sink.close()
    }

    // the export afterwards holds nothing personal
    const after = JSON.stringify(await exportMyData(db, clock, actor, 'json'))
    for (const personal of [
      'Ελένη',
      'Μαρκοπούλου',
      'erase.me',
      '694',
      'Ερμού',
      person.lastName,
      person.firstName,
    ]) {
      expect(after, personal).not.toContain(personal)
    }
    expect(after).toContain(future.reference)
  })

  it('issue 19 item 3: a booking made after the preview makes it stale: nothing is done', async () => {
    const { person, booking, actor } = await aBookedCitizen(at('12:00', '2027-01-15'))
    const preview = await eraseMyData(database.db, clock, actor, {})
    expect(preview.upcomingCancelled).toBe(1)
    await bookAppointment(database.db, clock, actor, {
      category: 'information',
      procedureId: ids.procedure!,
      kepId: ids.kep,
      startsAt: at('12:00', '2027-01-18'),
      fullName: 'Ελένη Μαρκοπούλου',
      email: 'eleni@example.gr',
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    })
    expect(
      await codeAndFields(eraseMyData(database.db, clock, actor, { token: preview.token })),
    ).toBe('STALE_PREVIEW')
    const [still] = await database.db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(still).toMatchObject({ status: 'booked', fullName: 'Ελένη Μαρκοπούλου' })
    const [row] = await database.db.select().from(citizens).where(eq(citizens.id, person.id))
    expect(row!.gsisUserId).toBe(person.gsisUserId)
    // the new preview counts both
    expect((await eraseMyData(database.db, clock, actor, {})).upcomingCancelled).toBe(2)
  })
})
