import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { loginAs, type TestLogin } from '../../test/identity.js'
import {
  expectNoGraphQLErrors,
  roomyRateLimits,
  startTestServer,
  type TestServer,
} from '../../test/server.js'

// Through GraphQL over HTTP, logged in through the GSIS stand-in as a browser would be.

const clock = fixedClock('2027-01-04T06:00:00Z')
let database: Database
let server: TestServer
let maria: TestLogin
let nikos: TestLogin
const ids = {} as Record<string, string>

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const m = await aMunicipality(db)
  const kep = await aKep(db, m.id)
  const lastSlotKep = await aKep(db, m.id)
  for (const k of [kep, lastSlotKep]) await openingHours(db, k.id)
  await anEmployee(db, kep.id)
  await anEmployee(db, lastSlotKep.id)
  Object.assign(ids, {
    kep: kep.id,
    lastSlotKep: lastSlotKep.id,
    procedure: (await aProcedure(db, info.id)).id,
  })
  // Many people behind one address (as at a KEP): the per-IP limits are raised for the race.
  server = await startTestServer(database, { clock, rateLimits: roomyRateLimits(10_000, 600) })
  maria = await loginAs(server, 'citizen')
  nikos = await loginAs(server, 'citizen')
})
afterAll(async () => {
  await server?.stop()
  await database?.close()
})

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    booking { id reference status startsAt endsAt kep { id } procedure { id } category { code }
      specialRequirements { signLanguage lipReading other } history { action } changeable }
  }
}`

const input = (over: Record<string, unknown> = {}) => ({
  category: 'INFORMATION',
  procedureId: ids.procedure,
  kepId: ids.kep,
  startsAt: '2027-01-12T08:00:00.000Z',
  fullName: 'Μαρία Ιωάννου',
  email: 'maria@example.gr',
  phone: '+30 694 123 4567',
  postalAddress: 'Ερμού 10, 10563 Αθήνα',
  deliveryMethod: 'EMAIL',
  specialRequirements: { signLanguage: true },
  ...over,
})

type Booked = {
  bookAppointment: { booking: { id: string; reference: string; history: { action: string }[] } }
}

describe('booking through GraphQL', () => {
  it('R1.2, R2.2 a logged-in citizen books, sees it in myBookings, and another citizen cannot see it', async () => {
    const res = await server.graphql<Booked>(BOOK, { input: input() }, maria.headers)
    const booking = expectNoGraphQLErrors(res).bookAppointment.booking
    expect(booking).toMatchObject({
      status: 'BOOKED',
      kep: { id: ids.kep },
      category: { code: 'INFORMATION' },
      specialRequirements: { signLanguage: true, lipReading: false, other: null },
      history: [{ action: 'booked' }],
      changeable: true,
    })
    const mine = expectNoGraphQLErrors(
      await server.graphql<{ myBookings: { id: string }[] }>(
        '{ myBookings(when: UPCOMING) { id } }',
        {},
        maria.headers,
      ),
    )
    expect(mine.myBookings.map((b) => b.id)).toEqual([booking.id])
    const theirs = await server.graphql(
      'query ($id: ID!) { booking(id: $id) { id email } }',
      { id: booking.id },
      nikos.headers,
    )
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    const anonymous = await server.graphql('query ($id: ID!) { booking(id: $id) { id } }', {
      id: booking.id,
    })
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('R2.2 answers bad input with VALIDATION_FAILED field by field, in Greek and English', async () => {
    const res = await server.graphql(
      BOOK,
      {
        input: input({
          email: 'nope',
          phone: '123',
          deliveryMethod: 'PICKUP',
          startsAt: '2027-01-12T08:10:00.000Z',
        }),
      },
      { ...maria.headers, 'accept-language': 'en' },
    )
    const error = res.errors?.[0]
    expect(error?.extensions?.code).toBe('VALIDATION_FAILED')
    expect(error?.message).toMatch(/Please correct/)
    const fields = error?.extensions?.fields as {
      field: string
      message: { el: string; en: string }
    }[]
    expect(fields.map((f) => f.field).sort()).toEqual([
      'deliveryMethod',
      'email',
      'phone',
      'startsAt',
    ])
    expect(fields.every((f) => f.message.el && f.message.en)).toBe(true)
  })

  it('R2.4 reschedules and cancels through GraphQL, keeping the history', async () => {
    const booked = expectNoGraphQLErrors(
      await server.graphql<Booked>(
        BOOK,
        { input: input({ startsAt: '2027-01-13T08:00:00.000Z' }) },
        nikos.headers,
      ),
    ).bookAppointment.booking
    const moved = expectNoGraphQLErrors(
      await server.graphql<{
        rescheduleBooking: { booking: { startsAt: string; history: { action: string }[] } }
      }>(
        'mutation ($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { startsAt history { action } } } }',
        { input: { bookingId: booked.id, startsAt: '2027-01-13T09:00:00.000Z' } },
        nikos.headers,
      ),
    )
    expect(moved.rescheduleBooking.booking).toEqual({
      startsAt: '2027-01-13T09:00:00.000Z',
      history: [{ action: 'booked' }, { action: 'rescheduled' }],
    })
    const cancelled = expectNoGraphQLErrors(
      await server.graphql<{ cancelBooking: { booking: { status: string; changeable: boolean } } }>(
        'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { status changeable } } }',
        { input: { bookingId: booked.id } },
        nikos.headers,
      ),
    )
    expect(cancelled.cancelBooking.booking).toEqual({ status: 'CANCELLED', changeable: false })
  })

  it('R3.1 50 parallel bookAppointment requests over HTTP for the last free slot: one booking, 49 SLOT_UNAVAILABLE', async () => {
    const citizens = await Promise.all(Array.from({ length: 50 }, () => loginAs(server, 'citizen')))
    const results = await Promise.all(
      citizens.map((c) =>
        server.graphql<Booked>(
          BOOK,
          { input: input({ kepId: ids.lastSlotKep, startsAt: '2027-01-14T10:00:00.000Z' }) },
          c.headers,
        ),
      ),
    )
    const codes = results.map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'BOOKED'))
    expect(codes.filter((c) => c === 'BOOKED')).toHaveLength(1)
    expect(codes.filter((c) => c === 'SLOT_UNAVAILABLE')).toHaveLength(49)
    const unavailable = results.find((r) => r.errors)!.errors![0]!
    expect((unavailable.extensions!.alternatives as unknown[]).length).toBeGreaterThan(0)
  })
})
