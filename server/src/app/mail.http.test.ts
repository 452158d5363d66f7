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
import { bookAppointment, type Booking } from '../modules/bookings/index.js'
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
  booking = await bookAppointment(
    db,
    clock,
    { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
    {
      category: 'information',
      procedureId: procedure.id,
      kepId: kep.id,
      startsAt: new Date('2027-01-12T08:30:00Z'),
      fullName: 'Μαρία Ιωάννου',
      email: 'maria@example.gr',
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    },
  )
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
    expect(messages).toHaveLength(1)
    expect(messages[0]!.subject).toContain(booking.reference)
    const page = await (await fetch(`${server.url}/dev/mail`)).text()
    expect(page).toContain('<html lang="en">')
    expect(page).toMatch(/<h1>Development inbox<\/h1>/)
    expect(page).toContain(booking.reference)
    const html = await fetch(`${server.url}/dev/mail/${messages[0]!.id}.html`)
    expect(await html.text()).toContain('<html lang="el">')
    const text = await fetch(`${server.url}/dev/mail/${messages[0]!.id}.txt`)
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
  const tokenOf = () => /\/join\/([A-Za-z0-9_-]{43})/.exec(sink.messages[0]!.text)![1]!

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
})
