import { eq, inArray, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, rowsOf, type Database, type Db } from '../../platform/db/client.js'
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
import {
  callInvitations,
  callParticipants,
  calls,
  joinTokens,
  submissionRecords,
} from '../calls/index.js'
import { outbox } from '../notifications/index.js'
import { bookingEvents, bookings, documents } from './bookings.table.js'
import { pseudonym, pseudonymiseBookings } from './pseudonymise.js'

let database: Database
let db: Db
let place: Omit<Parameters<typeof aBooking>[1], 'startsAt' | 'citizenId'>
const now = new Date('2029-03-01T10:00:00Z')

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  const category = await aCategory(db, 'information')
  const kep = await aKep(db, (await aMunicipality(db)).id)
  place = {
    categoryId: category.id,
    procedureId: (await aProcedure(db, category.id)).id,
    kepId: kep.id,
    employee: await anEmployee(db, kep.id),
  }
})
afterAll(async () => {
  await database?.close()
})

/** A booking with one row of every kind that holds its person's data. */
async function aBookingWithEverything(startsAt: Date) {
  const citizen = await aCitizen(db)
  const booking = await aBooking(db, {
    ...place,
    citizenId: citizen.id,
    startsAt,
    otherRequirements: 'Χρειάζομαι ράμπα',
    needsSignLanguage: true,
    businessTaxId: '094014201',
    businessName: 'Οικονόμου Α.Ε.',
    status: 'completed',
  })
  const [call] = await db
    .insert(calls)
    .values({ bookingId: booking.id, status: 'ended' })
    .returning()
  const [invitation] = await db
    .insert(callInvitations)
    .values({
      callId: call!.id,
      tokenHash: `inv-${booking.id}`,
      email: 'interpreter@example.gr',
      guestName: 'Ελένη Διερμηνέως',
      invitedBy: place.employee.id,
      expiresAt: startsAt,
    })
    .returning()
  await db.insert(callParticipants).values(
    (['citizen', 'interpreter', 'employee'] as const).map((role) => ({
      callId: call!.id,
      role,
      citizenId: role === 'citizen' ? citizen.id : null,
      employeeId: role === 'employee' ? place.employee.id : null,
      invitationId: role === 'interpreter' ? invitation!.id : null,
      displayName: `name of the ${role}`,
      tokenHash: `${role}-${booking.id}`,
      joinedAt: startsAt,
    })),
  )
  await db.insert(joinTokens).values({
    bookingId: booking.id,
    tokenHash: `join-${booking.id}`,
    validFrom: startsAt,
    validUntil: booking.endsAt,
  })
  await db.insert(outbox).values({
    bookingId: booking.id,
    kind: 'booked',
    recipient: 'maria@example.gr',
    payload: { fullName: booking.fullName },
    dueAt: startsAt,
    nextAttemptAt: startsAt,
    status: 'failed',
  })
  await db.insert(bookingEvents).values([
    {
      bookingId: booking.id,
      action: 'cancelled',
      actorKind: 'citizen',
      details: { reason: 'Είμαι στο νοσοκομείο', onBehalfOfCitizen: true },
    },
    {
      bookingId: booking.id,
      action: 'contact_changed',
      actorKind: 'citizen',
      details: { fields: ['email'] },
    },
  ])
  await db.insert(documents).values({
    ownerCitizenId: citizen.id,
    bookingId: booking.id,
    fileName: 'ταυτότητα.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 3,
    sha256: 'x',
    iv: new Uint8Array([1]),
    authTag: new Uint8Array([1]),
    ciphertext: new Uint8Array([1, 2, 3]),
    deleteAfter: new Date('2099-01-01T00:00:00Z'),
  })
  await db.insert(submissionRecords).values({
    bookingId: booking.id,
    callId: call!.id,
    protocolNumber: 'ΠΡ-1',
    filedDescription: 'Αίτηση',
    deliveryMethod: 'email',
    recordedBy: place.employee.id,
  })
  return { booking, call: call!, citizen }
}

/** Everything held about one booking, as plain JSON (dates as strings). */
async function heldAbout(bookingId: string, callId: string) {
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, bookingId))
  return JSON.parse(
    JSON.stringify({
      booking,
      invitations: await db
        .select()
        .from(callInvitations)
        .where(eq(callInvitations.callId, callId)),
      participants: await db
        .select()
        .from(callParticipants)
        .where(eq(callParticipants.callId, callId))
        .orderBy(callParticipants.role),
      joinTokens: await db.select().from(joinTokens).where(eq(joinTokens.bookingId, bookingId)),
      outbox: await db.select().from(outbox).where(eq(outbox.bookingId, bookingId)),
      events: await db
        .select()
        .from(bookingEvents)
        .where(eq(bookingEvents.bookingId, bookingId))
        .orderBy(bookingEvents.action),
      documents: await db
        .select({ id: documents.id })
        .from(documents)
        .where(eq(documents.bookingId, bookingId)),
      submission: await db
        .select()
        .from(submissionRecords)
        .where(eq(submissionRecords.bookingId, bookingId)),
    }),
  ) as Record<string, unknown>
}

/** Every statistics counter row, in a stable order. */
async function counters() {
  const out: Record<string, unknown[]> = {}
  for (const table of [
    'daily_counters',
    'usage_counters',
    'usage_hour_counters',
    'usage_made_counters',
  ]) {
    out[table] = rowsOf(
      await db.execute(sql.raw(`select * from ${table} order by 1, 2, 3, 4`)),
    ).map((r) => JSON.stringify(r))
  }
  return out
}

describe('pseudonymiseBookings (issue 19 items 1 and 3)', () => {
  it('issue 19 item 1: replaces the person’s data of the booking and of what it pulls along, and keeps what the KEP must', async () => {
    const target = await aBookingWithEverything(new Date('2027-01-12T09:00:00Z'))
    const other = await aBookingWithEverything(new Date('2027-01-12T10:00:00Z'))
    const otherBefore = await heldAbout(other.booking.id, other.call.id)

    expect(await pseudonymiseBookings(db, [target.booking.id], now)).toBe(1)

    const after = await heldAbout(target.booking.id, target.call.id)
    expect(after.booking).toMatchObject({
      fullName: pseudonym,
      email: '',
      phone: '',
      postalAddress: '',
      otherRequirements: null,
      pseudonymisedAt: now.toISOString(),
      // the statistics' flags, the company's record, the appointment itself stay
      needsSignLanguage: true,
      businessTaxId: '094014201',
      businessName: 'Οικονόμου Α.Ε.',
      status: 'completed',
      startsAt: target.booking.startsAt.toISOString(),
      citizenId: target.citizen.id,
    })
    expect(after.invitations).toEqual([expect.objectContaining({ email: null, guestName: null })])
    expect(after.participants).toEqual([
      expect.objectContaining({ role: 'citizen', displayName: pseudonym }),
      expect.objectContaining({ role: 'employee', displayName: 'name of the employee' }),
      expect.objectContaining({ role: 'interpreter', displayName: pseudonym }),
    ])
    expect(after.joinTokens).toEqual([])
    expect(after.outbox).toEqual([])
    expect(after.documents).toEqual([])
    expect(after.events).toEqual([
      expect.objectContaining({ action: 'cancelled', details: { onBehalfOfCitizen: true } }),
      expect.objectContaining({ action: 'contact_changed', details: { fields: ['email'] } }),
    ])
    // the submission record stays with the KEP, as the law requires
    expect(after.submission).toEqual([expect.objectContaining({ protocolNumber: 'ΠΡ-1' })])
    const held = JSON.stringify(after)
    for (const personal of [
      'Μαρία Παπαδοπούλου',
      'maria@example.gr',
      '2101234567',
      'Ερμού',
      'ράμπα',
      'interpreter@example.gr',
      'Ελένη',
      'νοσοκομείο',
    ]) {
      expect(held).not.toContain(personal)
    }
    // nothing of the other booking changed
    expect(await heldAbout(other.booking.id, other.call.id)).toEqual(otherBefore)
  })

  it('issue 19 item 1: a second run is a no-op and unknown ids are ignored', async () => {
    const { booking } = await aBookingWithEverything(new Date('2027-02-01T09:00:00Z'))
    expect(await pseudonymiseBookings(db, [booking.id], now)).toBe(1)
    const [first] = await db.select().from(bookings).where(eq(bookings.id, booking.id))
    const later = new Date(now.getTime() + 86_400_000)
    expect(await pseudonymiseBookings(db, [booking.id], later)).toBe(0)
    const [second] = await db.select().from(bookings).where(eq(bookings.id, booking.id))
    expect(second).toEqual(first)
    expect(await pseudonymiseBookings(db, [], now)).toBe(0)
    expect(await pseudonymiseBookings(db, ['6f1c1a34-3c8e-4f0e-9d3a-0d2b7b1f0a99'], now)).toBe(0)
  })

  it('issue 19 item 1: statistics keep every counter as it was', async () => {
    const made = await Promise.all(
      ['2027-03-01T09:00:00Z', '2027-03-01T11:00:00Z', '2027-03-02T09:00:00Z'].map((at) =>
        aBookingWithEverything(new Date(at)),
      ),
    )
    const before = await counters()
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true)
    expect(
      await pseudonymiseBookings(
        db,
        made.map((m) => m.booking.id),
        now,
      ),
    ).toBe(3)
    expect(await counters()).toEqual(before)
  })

  it('issue 19 item 1: two callers at once pseudonymise each booking once', async () => {
    const parallel =
      database.kind === 'postgres'
        ? await openDatabase({ url: database.url!, maxConnections: 4 })
        : database
    try {
      const made = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          aBookingWithEverything(new Date(Date.UTC(2027, 3, 1, 8 + i))),
        ),
      )
      const ids = made.map((m) => m.booking.id)
      const run = (on: Db) => on.transaction((tx) => pseudonymiseBookings(tx, ids, now))
      const [a, b] = await Promise.all([run(db), run(parallel.db)])
      expect(a + b).toBe(ids.length)
      const rows = await db
        .select({ name: bookings.fullName })
        .from(bookings)
        .where(inArray(bookings.id, ids))
      expect(rows.every((r) => r.name === pseudonym)).toBe(true)
    } finally {
      if (parallel !== database) await parallel.close()
    }
  })
})
