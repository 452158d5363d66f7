import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type RunningServer } from './server.js'
import { fixedClock } from '../platform/clock.js'
import { testServerConfig } from '../test/server.js'
import type { Database } from '../platform/db/client.js'
import { createLogger } from '../platform/logger.js'
import { createTestDatabase } from '../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../test/factories.js'
import { bookAppointment, cancelBooking, type Booking } from '../modules/bookings/index.js'
import {
  createMailTransport,
  sendDueEmails,
  startSmtpSink,
  type ReceivedMail,
  type SmtpSink,
} from '../modules/notifications/index.js'

// Monday 4 January 2027, 08:00 in Athens.
const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
let sink: SmtpSink
let server: RunningServer
let booking: Booking
let cancelled: Booking

beforeAll(async () => {
  database = await createTestDatabase()
  sink = await startSmtpSink()
  const db = database.db
  const info = await aCategory(db, 'information')
  const kep = await aKep(db, (await aMunicipality(db)).id)
  await openingHours(db, kep.id)
  await anEmployee(db, kep.id)
  const procedure = await aProcedure(db, info.id)
  const citizen = await aCitizen(db)
  const actor = { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id } as const
  const bookAt = (startsAt: string) =>
    bookAppointment(db, clock, actor, {
      category: 'information',
      procedureId: procedure.id,
      kepId: kep.id,
      startsAt: new Date(startsAt),
      fullName: 'Μαρία Ιωάννου',
      email: 'maria@example.gr',
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    })
  booking = await bookAt('2027-01-12T08:30:00Z')
  cancelled = await bookAt('2027-01-13T09:00:00Z')
  const app = await createServer({
    database,
    clock,
    logger: createLogger('silent'),
    devMail: sink,
    config: testServerConfig(),
  })
  server = await app.start(0)
  await sendDueEmails({
    db,
    clock,
    transport: createMailTransport(sink.url, { pool: false }),
    from: 'myKEPlive <no-reply@keplive.example>',
    publicUrl: server.url,
  })
  await cancelBooking(db, clock, actor, { bookingId: cancelled.id })
})
afterAll(async () => {
  await server?.stop()
  await sink?.close()
  await database?.close()
})

const json = { accept: 'application/json' }

describe('/dev/mail (development inbox)', () => {
  it('lists what the built-in SMTP server received, as JSON and as an accessible page', async () => {
    const res = await fetch(`${server.url}/dev/mail.json`)
    const { messages } = (await res.json()) as { messages: ReceivedMail[] }
    expect(messages).toHaveLength(2)
    expect(messages.map((m) => m.subject).join(' ')).toContain(booking.reference)
    const page = await (await fetch(`${server.url}/dev/mail`)).text()
    expect(page).toContain('<html lang="en">')
    expect(page).toMatch(/<h1>Development inbox<\/h1>/)
    expect(page).toContain(booking.reference)
    const mail = messages.find((m) => m.subject.includes(booking.reference))!
    const html = await fetch(`${server.url}/dev/mail/${mail.id}.html`)
    expect(await html.text()).toContain('<html lang="el">')
    const text = await fetch(`${server.url}/dev/mail/${mail.id}.txt`)
    expect(await text.text()).toContain(booking.reference)
  })

  it('is not served in production', async () => {
    const app = await createServer({
      database,
      clock,
      logger: createLogger('silent'),
      devMail: sink,
      config: { ...testServerConfig(), env: 'production' },
    })
    const prod = await app.start(0)
    try {
      const res = await fetch(`${prod.url}/dev/mail.json`)
      expect(res.headers.get('content-type') ?? '').not.toContain('application/json')
    } finally {
      await prod.stop()
    }
  })
})

describe('GET /join/:token (R2.5)', () => {
  const tokenOf = (of: Booking = booking) => {
    const mail = sink.messages.find(
      (m) => m.text.includes(of.reference) && m.text.includes('/join/'),
    )
    return /\/join\/([A-Za-z0-9_-]{43})/.exec(mail!.text)![1]!
  }

  it('R2.5 answers for which booking the link is valid, inside its window', async () => {
    clock.set('2027-01-12T08:25:00Z')
    const res = await fetch(`${server.url}/join/${tokenOf()}`, { headers: json })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({
      valid: true,
      bookingId: booking.id,
      reference: booking.reference,
      startsAt: '2027-01-12T08:30:00.000Z',
      endsAt: booking.endsAt.toISOString(),
    })
  })

  it('R2.5 refuses a wrong token and a link before its window', async () => {
    clock.set('2027-01-12T08:25:00Z')
    const wrong = await fetch(`${server.url}/join/${'A'.repeat(43)}`, { headers: json })
    expect(wrong.status).toBe(404)
    expect(await wrong.json()).toEqual({ valid: false, reason: 'unknown' })
    clock.set('2027-01-12T08:00:00Z')
    const early = await fetch(`${server.url}/join/${tokenOf()}`, { headers: json })
    expect(early.status).toBe(409)
    expect(await early.json()).toMatchObject({
      valid: false,
      reason: 'too_early',
      bookingId: expect.any(String),
    })
  })

  it('R2.5 R2.7 issue 15 item 6: a link before its window says when the call opens and when the appointment is', async () => {
    clock.set('2027-01-11T08:00:00Z')
    const res = await fetch(`${server.url}/join/${tokenOf()}`, { headers: json })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      valid: false,
      reason: 'too_early',
      bookingId: booking.id,
      validFrom: '2027-01-12T08:15:00.000Z',
      startsAt: '2027-01-12T08:30:00.000Z',
      endsAt: booking.endsAt.toISOString(),
    })
  })

  it('R2.5 issue 15 item 6: a link past its call says it expired and when the appointment was', async () => {
    clock.set(new Date(booking.endsAt.getTime() + 30 * 60_000))
    const res = await fetch(`${server.url}/join/${tokenOf()}`, { headers: json })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      valid: false,
      reason: 'expired',
      startsAt: '2027-01-12T08:30:00.000Z',
      endsAt: booking.endsAt.toISOString(),
    })
  })

  it('R2.4 R2.5 issue 15 item 6: a cancelled appointment’s link says it was cancelled, and the time, nothing more', async () => {
    clock.set('2027-01-13T08:55:00Z')
    const res = await fetch(`${server.url}/join/${tokenOf(cancelled)}`, { headers: json })
    expect(res.status).toBe(409)
    expect(await res.json()).toEqual({
      valid: false,
      reason: 'cancelled',
      startsAt: '2027-01-13T09:00:00.000Z',
      endsAt: cancelled.endsAt.toISOString(),
    })
  })

  it('R2.5 issue 15 item 6: an unknown or malformed token gives no time at all', async () => {
    clock.set('2027-01-12T08:25:00Z')
    for (const token of ['A'.repeat(43), 'x', tokenOf().slice(0, -1) + '!']) {
      const res = await fetch(`${server.url}/join/${encodeURIComponent(token)}`, { headers: json })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ valid: false, reason: 'unknown' })
    }
  })
})
