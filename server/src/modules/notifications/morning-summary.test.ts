import { eq } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aBooking,
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
} from '../../test/factories.js'
import { bookings, documents } from '../bookings/index.js'
import { employees } from '../identity/index.js'
import { createMailTransport } from './mail-transport.js'
import { enqueueMorningSummaries, morningSummaryKind } from './morning-summary.js'
import { outbox } from './notifications.table.js'
import { sendDueEmails } from './outbox.service.js'
import { startSmtpSink, type SmtpSink } from './smtp-sink.js'

// Issue 14 item 4: the morning summary of an employee's day, written by the job into the outbox
// (one row per employee and day, however many runs and instances) and sent by the outbox's
// sender to the employee's work address. On PGlite and, in its run, on PostgreSQL.

// Tuesday 12 January 2027 in Athens (UTC+2).
const day = '2027-01-12'
const athens = (hhmm: string, d = day) => new Date(`${d}T${hhmm}:00+02:00`)
const clock = fixedClock(athens('07:05'))
const publicUrl = 'https://keplive.example'

let database: Database
let sink: SmtpSink
const world = {} as {
  kepId: string
  categoryId: string
  procedureId: string
  citizenId: string
}

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const category = await aCategory(db, 'information')
  const procedure = await aProcedure(db, category.id, {
    titleEl: 'Έκδοση πιστοποιητικού οικογενειακής κατάστασης',
    titleEn: 'Family status certificate',
  })
  const kep = await aKep(db, (await aMunicipality(db)).id)
  const citizen = await aCitizen(db)
  Object.assign(world, {
    kepId: kep.id,
    categoryId: category.id,
    procedureId: procedure.id,
    citizenId: citizen.id,
  })
}, 60_000)
afterAll(() => database?.close())
beforeEach(async () => {
  clock.set(athens('07:05'))
  sink = await startSmtpSink()
  // each test starts from an empty outbox, earlier tests' employees opted out
  await database.db.delete(outbox)
  await database.db.update(employees).set({ morningSummary: false })
})
afterEach(() => sink.close())

/** An employee of the KEP; `summary` turns the setting on. */
async function employee(options: { summary?: boolean; locale?: 'el' | 'en' } = {}) {
  const e = await anEmployee(database.db, world.kepId)
  await database.db
    .update(employees)
    .set({ morningSummary: options.summary ?? true, locale: options.locale ?? 'el' })
    .where(eq(employees.id, e.id))
  return e
}

const appointment = async (
  of: Awaited<ReturnType<typeof anEmployee>>,
  startsAt: Date,
  over: Partial<typeof bookings.$inferInsert> = {},
) =>
  aBooking(database.db, {
    // a citizen each: one citizen's appointments may not overlap
    citizenId: (await aCitizen(database.db)).id,
    categoryId: world.categoryId,
    procedureId: world.procedureId,
    kepId: world.kepId,
    employee: of,
    startsAt,
    ...over,
  })

const send = () =>
  sendDueEmails({
    db: database.db,
    clock,
    transport: createMailTransport(sink.url, { pool: false }),
    from: 'myKEPlive <no-reply@keplive.example>',
    publicUrl,
  })

const mailsTo = (address: string) => sink.messages.filter((m) => m.to.includes(address))

describe('issue 14 item 4: the morning summary', () => {
  it('issue 14.4: an opted-in employee with two appointments today gets one email listing both (time, procedure, citizen, requirements, documents) with a link to their agenda; tomorrow and cancelled ones are not in it', async () => {
    const e = await employee()
    const first = await appointment(e, athens('09:30'), {
      fullName: 'Γιώργος Νικολάου',
      needsSignLanguage: true,
    })
    await appointment(e, athens('08:40'), {
      fullName: 'Ελένη Παππά',
      otherRequirements: 'Αμαξίδιο',
    })
    await appointment(e, athens('11:00'), { fullName: 'Άκυρη Ακύρωση', status: 'cancelled' })
    await appointment(e, athens('09:00', '2027-01-13'), { fullName: 'Αύριο Αυριανός' })
    await database.db.insert(documents).values({
      ownerCitizenId: world.citizenId,
      bookingId: first.id,
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 10,
      sha256: 'x',
      iv: Buffer.alloc(12),
      authTag: Buffer.alloc(16),
      ciphertext: Buffer.from('x'),
      deleteAfter: athens('12:00', '2027-02-12'),
    })

    expect(await enqueueMorningSummaries(database.db, clock)).toBe(1)
    const result = await send()
    expect(result.sent).toBe(1)

    const [mail] = mailsTo(e.email)
    expect(mailsTo(e.email)).toHaveLength(1)
    expect(mail!.subject).toBe('Τα ραντεβού σας: Τρίτη 12 Ιανουαρίου 2027 (2 ραντεβού)')
    const text = mail!.text
    // by time: 08:40 first
    expect(text.indexOf('08:40')).toBeLessThan(text.indexOf('09:30'))
    expect(text).toContain('08:40 — Έκδοση πιστοποιητικού οικογενειακής κατάστασης')
    expect(text).toContain('Πολίτης: Ελένη Παππά')
    expect(text).toContain('Ειδικές ανάγκες: Αμαξίδιο')
    expect(text).toContain('Πολίτης: Γιώργος Νικολάου')
    expect(text).toContain('Ειδικές ανάγκες: Νοηματική γλώσσα')
    expect(text).toMatch(/Γιώργος Νικολάου\n.*\n\s+Έγγραφα: 1/)
    expect(text).not.toContain('Άκυρη')
    expect(text).not.toContain('Αυριανός')
    expect(text).toContain(`${publicUrl}/staff/?view=day&date=2027-01-12&scope=mine`)
    expect(mail!.html).toContain('<html lang="el">')
    expect(mail!.html).toContain('<th scope="col"')
  })

  it('issue 14.4: in English when the employee chose English', async () => {
    const e = await employee({ locale: 'en' })
    await appointment(e, athens('10:00'))
    await enqueueMorningSummaries(database.db, clock)
    await send()
    const [mail] = mailsTo(e.email)
    expect(mail!.subject).toBe('Your appointments: Tuesday, 12 January 2027 (1 appointment)')
    expect(mail!.text).toContain('10:00 — Family status certificate')
    expect(mail!.html).toContain('<html lang="en">')
  })

  it('issue 14.4: an employee who did not opt in gets none; one with no appointments today gets none', async () => {
    const off = await employee({ summary: false })
    await appointment(off, athens('10:00'))
    const idle = await employee()
    await appointment(idle, athens('10:00', '2027-01-13'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(0)
    await send()
    expect(mailsTo(off.email)).toHaveLength(0)
    expect(mailsTo(idle.email)).toHaveLength(0)
  })

  it('issue 14.4: before 07:00 and after the morning nothing is written; at 07:00 it is', async () => {
    const e = await employee()
    await appointment(e, athens('13:00'))
    clock.set(athens('06:59'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(0)
    clock.set(athens('12:00'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(0)
    clock.set(athens('07:00'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(1)
  })

  it('issue 14.4: two runs of the job write one email; the next day writes the next day’s', async () => {
    const e = await employee()
    await appointment(e, athens('10:00'))
    await appointment(e, athens('10:00', '2027-01-13'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(1)
    clock.set(athens('07:10'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(0)
    await send()
    clock.set(athens('09:00'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(0)
    await send()
    expect(mailsTo(e.email)).toHaveLength(1)

    clock.set(athens('07:01', '2027-01-13'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(1)
    await send()
    expect(mailsTo(e.email)).toHaveLength(2)
    const keys = await database.db
      .select({ key: outbox.dedupeKey })
      .from(outbox)
      .where(eq(outbox.kind, morningSummaryKind))
    expect(keys.map((k) => k.key).sort()).toEqual([
      `morning_summary:${e.id}:2027-01-12`,
      `morning_summary:${e.id}:2027-01-13`,
    ])
  })

  it('issue 14.4: two instances at once (job and sender each) send one email', async () => {
    const e = await employee()
    await appointment(e, athens('10:00'))
    const written = await Promise.all([
      enqueueMorningSummaries(database.db, clock),
      enqueueMorningSummaries(database.db, clock),
    ])
    expect(written.reduce((a, b) => a + b, 0)).toBe(1)
    const sent = await Promise.all([send(), send()])
    expect(sent.reduce((a, r) => a + r.sent, 0)).toBe(1)
    expect(mailsTo(e.email)).toHaveLength(1)
  })

  it('issue 14.4: turned off, or every appointment cancelled, after the row was written: no email, the row is dropped', async () => {
    const e = await employee()
    const only = await appointment(e, athens('10:00'))
    const other = await employee()
    await appointment(other, athens('10:30'))
    expect(await enqueueMorningSummaries(database.db, clock)).toBe(2)
    await database.db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, only.id))
    await database.db
      .update(employees)
      .set({ morningSummary: false })
      .where(eq(employees.id, other.id))
    const result = await send()
    expect(result).toMatchObject({ sent: 0, dropped: 2 })
    expect(sink.messages).toHaveLength(0)
  })

  it('issue 14.4: the database refuses an email with neither a booking nor a dedupe key, and a second row with the same key', async () => {
    const row = {
      kind: morningSummaryKind,
      recipient: 'x@example.gr',
      payload: {},
      dueAt: clock.now(),
      nextAttemptAt: clock.now(),
    }
    await expect(database.db.insert(outbox).values(row)).rejects.toThrow()
    await database.db.insert(outbox).values({ ...row, dedupeKey: 'k' })
    await expect(database.db.insert(outbox).values({ ...row, dedupeKey: 'k' })).rejects.toThrow()
  })
})
