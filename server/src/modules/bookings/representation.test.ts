import { createServer as createHttpServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { and, count, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withAfmCheckDigit } from '../../platform/afm.js'
import { fixedClock } from '../../platform/clock.js'
import { loadConfig } from '../../platform/config.js'
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
  startTestServer,
  testServerConfig,
  type GraphQLResponse,
  type TestServer,
} from '../../test/server.js'
import { auditHmac, auditLog } from '../audit/index.js'
import { citizens } from '../identity/index.js'
import { httpKedClient } from '../calls/index.js'
import { outbox } from '../notifications/index.js'
import { heldReservations } from '../scheduling/index.js'
import { bookAppointment } from './bookings.service.js'
import { pseudonymiseBookings } from './pseudonymise.js'
import { bookings } from './bookings.table.js'

// Issue 19 item 6, R1.1, Art. 7.1: booking for a business asks the public registry, through
// the KED stand-in over real HTTP, whether the logged-in person is its legal representative.

const clock = fixedClock('2027-01-04T06:00:00Z')
const config = testServerConfig()
/** The stand-in's demo data (ked-standin/demo-representations.json). */
const representative = '135792468'
const oikonomou = '998877666'
const nobodysCompany = '990000014'
const registryDownFor = '990000026'
const unknownCompany = withAfmCheckDigit('11223344')

let database: Database
let server: TestServer
/** The same database behind a server whose KED_URL points where nothing listens. */
let kedDown: TestServer
let antonis: TestLogin & { gsisUserId: string }
let staff: TestLogin
const ids = {} as Record<string, string>

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const business = await aCategory(db, 'business', { slotStepMinutes: 30, minNoticeMinutes: 0 })
  const kep = await aKep(db, (await aMunicipality(db)).id)
  await openingHours(db, kep.id)
  const employee = await anEmployee(db, kep.id)
  // one employee: each booking below takes its own time
  Object.assign(ids, { kep: kep.id, procedure: (await aProcedure(db, business.id)).id })
  server = await startTestServer(database, { clock, config })
  kedDown = await startTestServer(database, {
    clock,
    config: {
      ...loadConfig({ NODE_ENV: 'test', KED_URL: 'http://127.0.0.1:9/ked', KED_TIMEOUT_MS: '500' }),
      publicUrl: undefined,
    },
  })
  antonis = await representativeLogin(server)
  staff = await loginAs(server, { gsisUserId: employee.gsisUserId!, role: 'staff' })
})
afterAll(async () => {
  await kedDown?.stop()
  await server?.stop()
  await database?.close()
})

const representativeLogin = async (on: TestServer) => {
  const gsisUserId = `rep-${randomBytes(4).toString('hex')}`
  const login = await loginAs(on, {
    gsisUserId,
    taxId: representative,
    firstName: 'Αντώνης',
    lastName: 'Οικονόμου',
  })
  return { ...login, gsisUserId }
}

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) {
    booking { id reference business { taxId name representation representationCheckedAt } }
  }
}`

type Booked = {
  bookAppointment: {
    booking: {
      id: string
      reference: string
      business: {
        taxId: string
        name: string
        representation: string
        representationCheckedAt: string | null
      } | null
    }
  }
}

let taken = 0
/** A time of its own for each booking (one employee; 08:00–14:00 in Athens, UTC+2 in January). */
const nextTime = () => {
  const [day, hour] = [12 + Math.floor(taken / 7), 6 + (taken % 7)]
  taken++
  return `2027-01-${day}T${String(hour).padStart(2, '0')}:00:00.000Z`
}

const input = (business: { taxId: string; name: string } | null, startsAt = nextTime()) => ({
  category: 'BUSINESS',
  procedureId: ids.procedure,
  kepId: ids.kep,
  startsAt,
  fullName: 'Αντώνης Οικονόμου',
  email: 'antonis@oikonomou.example.gr',
  phone: '2310123456',
  postalAddress: 'Τσιμισκή 50, 54623 Θεσσαλονίκη',
  deliveryMethod: 'EMAIL',
  business,
})

const book = (on: TestServer, who: TestLogin, business: { taxId: string; name: string } | null) =>
  on.graphql<Booked>(BOOK, { input: input(business) }, who.headers)

const rowOf = async (id: string) =>
  (await database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!

const checksOf = (id: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'booking.representation_checked')))

const totals = async () => ({
  bookings: (await database.db.select({ n: count() }).from(bookings))[0]!.n,
  audit: (await database.db.select({ n: count() }).from(auditLog))[0]!.n,
  outbox: (await database.db.select({ n: count() }).from(outbox))[0]!.n,
})

/** The stored record and audit of a booking, as text: no tax number may appear in clear. */
const expectNoClearTaxNumbers = async (id: string) => {
  const row = await rowOf(id)
  const record = JSON.stringify([
    row.representationStatus,
    row.representationReference,
    row.representationPersonHmac,
    row.representationCompanyHmac,
  ])
  const audit = JSON.stringify(
    await database.db.select().from(auditLog).where(eq(auditLog.entityId, id)),
  )
  for (const text of [record, audit]) {
    expect(text).not.toContain(representative)
    expect(text).not.toContain(row.businessTaxId!)
  }
}

const fieldsOf = (res: GraphQLResponse) => {
  expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
  return res.errors![0]!.extensions!.fields as { field: string; reason: string }[]
}

describe('issue 19 item 6: the legal representative of a business (R1.1)', () => {
  it('R1.1 / issue 19 item 6: the registry says the person represents the company → booked, VERIFIED, recorded with hashes and audited', async () => {
    const res = await book(server, antonis, { taxId: oikonomou, name: 'Οικονόμου Α.Ε.' })
    const booking = expectNoGraphQLErrors(res).bookAppointment.booking
    expect(booking.business).toEqual({
      taxId: oikonomou,
      name: 'Οικονόμου Α.Ε.',
      representation: 'VERIFIED',
      representationCheckedAt: clock.now().toISOString(),
    })
    const row = await rowOf(booking.id)
    expect(row).toMatchObject({
      representationStatus: 'verified',
      representationCheckedAt: clock.now(),
      representationPersonHmac: auditHmac(config.auditKey, representative),
      representationCompanyHmac: auditHmac(config.auditKey, oikonomou),
    })
    expect(row.representationReference).toMatch(/^KED-STANDIN-[0-9A-F]{12}$/)
    const [check, ...more] = await checksOf(booking.id)
    expect(more).toEqual([])
    expect(check!.details).toMatchObject({
      status: 'verified',
      registryStatus: 'REPRESENTS',
      kedReference: row.representationReference,
      reference: booking.reference,
      kepId: ids.kep,
      personTaxIdHmac: auditHmac(config.auditKey, representative),
      companyTaxIdHmac: auditHmac(config.auditKey, oikonomou),
    })
    await expectNoClearTaxNumbers(booking.id)

    // issue 19 item 1: pseudonymised, the booking keeps the registry's answer, not the
    // person's hash
    await pseudonymiseBookings(database.db, [booking.id], clock.now())
    expect(await rowOf(booking.id)).toMatchObject({
      representationStatus: 'verified',
      representationPersonHmac: null,
      representationCompanyHmac: auditHmac(config.auditKey, oikonomou),
    })
  })

  it('R1.1 / issue 19 item 6: someone the registry does not list as representative → VALIDATION_FAILED on business.taxId (Greek and English), nothing written, the held time still held', async () => {
    const maria = await loginAs(server, 'citizen')
    const startsAt = nextTime()
    const held = expectNoGraphQLErrors(
      await server.graphql<{ holdSlot: { hold: { id: string } } }>(
        `mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { hold { id } } }`,
        {
          input: { category: 'BUSINESS', procedureId: ids.procedure, kepId: ids.kep, startsAt },
        },
        maria.headers,
      ),
    ).holdSlot.hold
    const before = await totals()
    const res = await server.graphql(
      BOOK,
      {
        input: {
          ...input({ taxId: oikonomou, name: 'Οικονόμου Α.Ε.' }, startsAt),
          holdId: held.id,
        },
      },
      maria.headers,
    )
    expect(fieldsOf(res)).toEqual([
      expect.objectContaining({ field: 'business.taxId', reason: 'not_representative' }),
    ])
    const { message } = (
      res.errors![0]!.extensions!.fields as {
        message: { el: string; en: string }
      }[]
    )[0]!
    expect(message.el).toMatch(/^Σύμφωνα με το Γενικό Εμπορικό Μητρώο δεν είστε/)
    expect(message.en).toMatch(/not a legal representative/)
    expect(await totals()).toEqual(before)
    expect(await heldReservations(database.db, [held.id])).toHaveLength(1)

    // a company of the registry that nobody represents: the same for the representative
    const nobodys = await book(server, antonis, { taxId: nobodysCompany, name: 'Παράδειγμα ΙΚΕ' })
    expect(fieldsOf(nobodys)).toEqual([
      expect.objectContaining({ field: 'business.taxId', reason: 'not_representative' }),
    ])
    expect(await totals()).toEqual(before)
  })

  it('R1.1 / issue 19 item 6: a valid tax number the registry does not know → VALIDATION_FAILED on business.taxId, nothing written', async () => {
    const before = await totals()
    const res = await book(server, antonis, { taxId: unknownCompany, name: 'Άγνωστη Α.Ε.' })
    expect(fieldsOf(res)).toEqual([
      expect.objectContaining({ field: 'business.taxId', reason: 'company_not_found' }),
    ])
    expect(await totals()).toEqual(before)
  })

  it('R1.1 / issue 19 item 6: KED unreachable → booked, flagged TO_CHECK; the KEP’s staff see the flag through GraphQL; recorded and audited without clear tax numbers', async () => {
    const onDown = await representativeLogin(kedDown)
    const res = await book(kedDown, onDown, { taxId: oikonomou, name: 'Οικονόμου Α.Ε.' })
    const booking = expectNoGraphQLErrors(res).bookAppointment.booking
    expect(booking.business).toMatchObject({ representation: 'TO_CHECK' })
    expect(await rowOf(booking.id)).toMatchObject({
      representationStatus: 'to_check',
      representationReference: null,
      representationPersonHmac: auditHmac(config.auditKey, representative),
      representationCompanyHmac: auditHmac(config.auditKey, oikonomou),
    })
    const [check] = await checksOf(booking.id)
    expect(check!.details).toMatchObject({ status: 'to_check', registryStatus: 'UNAVAILABLE' })
    await expectNoClearTaxNumbers(booking.id)

    const seen = expectNoGraphQLErrors(
      await server.graphql<{ booking: { business: { representation: string } } }>(
        'query ($id: ID!) { booking(id: $id) { business { representation } } }',
        { id: booking.id },
        staff.headers,
      ),
    )
    expect(seen.booking.business.representation).toBe('TO_CHECK')
  })

  it('R1.1 / issue 19 item 6: a retry with the same idempotency key returns the booking made, without asking the registry again', async () => {
    // booked while KED was down (TO_CHECK) by someone the registry would refuse
    const gsisUserId = `not-rep-${randomBytes(4).toString('hex')}`
    const notRepresentative = await loginAs(kedDown, {
      gsisUserId,
      taxId: withAfmCheckDigit('24681357'),
      firstName: 'Ελένη',
      lastName: 'Σταύρου',
    })
    const request = {
      input: {
        ...input({ taxId: oikonomou, name: 'Οικονόμου Α.Ε.' }),
        idempotencyKey: `retry-${gsisUserId}`,
      },
    }
    const first = expectNoGraphQLErrors(
      await kedDown.graphql<Booked>(BOOK, request, notRepresentative.headers),
    ).bookAppointment.booking
    expect(first.business?.representation).toBe('TO_CHECK')
    // the retry reaches a server whose registry answers (and would refuse): the same booking
    const before = await totals()
    const retried = expectNoGraphQLErrors(
      await server.graphql<Booked>(BOOK, request, notRepresentative.headers),
    ).bookAppointment.booking
    expect(retried).toEqual(first)
    expect(await totals()).toEqual(before)
    // and without the key, the registry is asked and refuses
    const fresh = await server.graphql(
      BOOK,
      { input: input({ taxId: oikonomou, name: 'Οικονόμου Α.Ε.' }) },
      notRepresentative.headers,
    )
    expect(fieldsOf(fresh)).toEqual([
      expect.objectContaining({ field: 'business.taxId', reason: 'not_representative' }),
    ])
  })

  it('R1.1 / issue 19 item 6: the registry answering 503 (the stand-in’s “down” company) → booked TO_CHECK as well', async () => {
    const res = await book(server, antonis, { taxId: registryDownFor, name: 'Κάτω Μητρώο Ο.Ε.' })
    const booking = expectNoGraphQLErrors(res).bookAppointment.booking
    expect(booking.business?.representation).toBe('TO_CHECK')
    expect((await checksOf(booking.id))[0]!.details).toMatchObject({
      registryStatus: 'UNAVAILABLE',
    })
  })

  it('R1.1 / issue 19 item 6: a session that does not know the person’s tax number (from before it was kept) cannot ask: booked TO_CHECK, nothing sent to KED about them', async () => {
    const [citizen] = await database.db
      .select({ id: citizens.id })
      .from(citizens)
      .where(eq(citizens.gsisUserId, antonis.gsisUserId))
    const registry = {
      asked: 0,
      async verifyRepresentation() {
        registry.asked++
        return { status: 'REPRESENTS' as const, companyName: null, role: null, reference: 'X' }
      },
    }
    const booked = await bookAppointment(
      database.db,
      clock,
      { kind: 'citizen', citizenId: citizen!.id, sessionId: citizen!.id, taxId: null },
      {
        ...input({ taxId: oikonomou, name: 'Οικονόμου Α.Ε.' }),
        procedureId: ids.procedure!,
        kepId: ids.kep!,
        category: 'business',
        deliveryMethod: 'email',
        startsAt: new Date(nextTime()),
      },
      { representation: { registry, auditKey: config.auditKey } },
    )
    expect(registry.asked).toBe(0)
    expect(booked).toMatchObject({
      representationStatus: 'to_check',
      representationPersonHmac: null,
      representationCompanyHmac: auditHmac(config.auditKey, oikonomou),
    })
    expect((await checksOf(booked.id))[0]!.details).toMatchObject({ registryStatus: 'NOT_ASKED' })
  })

  it('R1.2 / issue 19 item 6: a citizen’s own booking without a business is not affected, even with KED down: no check, no flag', async () => {
    const onDown = await loginAs(kedDown, 'citizen')
    const booking = expectNoGraphQLErrors(await book(kedDown, onDown, null)).bookAppointment.booking
    expect(booking.business).toBeNull()
    expect(await rowOf(booking.id)).toMatchObject({
      businessTaxId: null,
      representationStatus: null,
      representationCheckedAt: null,
      representationPersonHmac: null,
      representationCompanyHmac: null,
    })
    expect(await checksOf(booking.id)).toEqual([])
  })
})

describe('issue 19 item 6: the KED client’s representation check', () => {
  it('R7.1 / issue 19 item 6: the stand-in answers the protocol; a slow KED or refused credentials are UNAVAILABLE', async () => {
    const client = (url: string, clientSecret = config.ked.clientSecret, timeoutMs = 2_000) =>
      httpKedClient({ url, clientId: config.ked.clientId, clientSecret, timeoutMs })
    const standIn = `${server.url}/dev/ked`
    const query = { personTaxId: representative, companyTaxId: oikonomou }
    expect(await client(standIn).verifyRepresentation(query)).toMatchObject({
      status: 'REPRESENTS',
      companyName: 'ΟΙΚΟΝΟΜΟΥ Α.Ε.',
      role: expect.any(String),
      reference: expect.stringMatching(/^KED-STANDIN-/),
    })
    expect(
      await client(standIn).verifyRepresentation({ ...query, personTaxId: '123456783' }),
    ).toMatchObject({ status: 'DOES_NOT_REPRESENT', companyName: 'ΟΙΚΟΝΟΜΟΥ Α.Ε.', role: null })
    expect(
      await client(standIn).verifyRepresentation({ ...query, companyTaxId: unknownCompany }),
    ).toMatchObject({ status: 'COMPANY_NOT_FOUND', companyName: null })
    const unavailable = { status: 'UNAVAILABLE', companyName: null, role: null, reference: null }
    expect(await client(standIn, 'not-the-secret').verifyRepresentation(query)).toEqual(unavailable)

    const silent: Server = createHttpServer(() => {
      // never answers
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
      expect(await client(url, config.ked.clientSecret, 200).verifyRepresentation(query)).toEqual(
        unavailable,
      )
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })
})
