import { randomUUID } from 'node:crypto'
import { and, eq, inArray, like, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixedClock, type Clock } from '../platform/clock.js'
import { openDatabase, rowsOf, type Database, type Db } from '../platform/db/client.js'
import { createTestDatabase } from '../test/database.js'
import {
  aBooking,
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
} from '../test/factories.js'
import { auditLog } from '../modules/audit/index.js'
import {
  bookings,
  documents,
  forgetInactiveCitizens,
  pseudonym,
  pseudonymiseOldBookings,
} from '../modules/bookings/index.js'
import { callInvitations, calls, deleteOldInvitations, joinTokens } from '../modules/calls/index.js'
import { citizens, deleteEndedSessions, sessions } from '../modules/identity/index.js'
import { deleteOldEmails, outbox } from '../modules/notifications/index.js'

// Issue 19 item 1: each retention job with a moved clock, on PGlite and (DATABASE_URL) on
// PostgreSQL, where "two instances" are two connection pools really running at once.

let database: Database
let parallel: Database
let db: Db
let place: Omit<Parameters<typeof aBooking>[1], 'startsAt' | 'citizenId'>

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  parallel =
    database.kind === 'postgres'
      ? await openDatabase({ url: database.url!, maxConnections: 4 })
      : database
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
  if (parallel && parallel !== database) await parallel.close()
  await database?.close()
})

const minute = 60_000
const day = 86_400_000
const at = (iso: string, plusMs = 0) => new Date(new Date(iso).getTime() + plusMs)

/** What the job's audit entries at `now` say it did, summed over its batches. */
async function audited(action: string, now: Date) {
  const rows = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.at, now)))
  const sum: Record<string, number> = {}
  for (const r of rows) {
    for (const [k, v] of Object.entries(r.details ?? {})) {
      if (typeof v === 'number' && !['days', 'months'].includes(k)) sum[k] = (sum[k] ?? 0) + v
    }
  }
  return { entries: rows.length, ...sum }
}

/** The job run by two instances at once; the rows each handled. */
async function twice(job: (db: Db, clock: Clock) => Promise<number>, clock: Clock) {
  return Promise.all([job(db, clock), job(parallel.db, clock)])
}

async function aBookingEnding(endsAt: Date, over: Partial<typeof bookings.$inferInsert> = {}) {
  const citizen = await aCitizen(db)
  return aBooking(db, {
    ...place,
    citizenId: citizen.id,
    startsAt: new Date(endsAt.getTime() - 20 * minute),
    ...over,
  })
}

describe('sessions are deleted when they end (issue 19 item 1)', () => {
  const now = '2027-05-01T08:00:00Z'

  it('issue 19 item 1: revoked, idle and past their lifetime go, not a minute before; open ones stay', async () => {
    const clock = fixedClock(now)
    const citizenId = randomUUID()
    const session = (over: Partial<typeof sessions.$inferInsert>) => ({
      tokenHash: randomUUID(),
      principalKind: 'citizen' as const,
      principalId: citizenId,
      lastSeenAt: at(now),
      idleTimeoutSeconds: 3600,
      absoluteExpiresAt: at(now, 60 * minute),
      taxId: '090000045',
      ipAddress: '203.0.113.9',
      ...over,
    })
    const made = await db
      .insert(sessions)
      .values([
        // open, and still open when the next test runs a day later
        session({
          lastSeenAt: at(now, -10 * minute),
          idleTimeoutSeconds: 7 * 86_400,
          absoluteExpiresAt: at(now, 7 * day),
        }),
        session({ lastSeenAt: at(now, -29 * minute), idleTimeoutSeconds: 1800 }), // idle in 1 min
        session({ absoluteExpiresAt: at(now, minute) }), // its lifetime ends in 1 min
        session({ revokedAt: at(now, -1000) }), // logged out
      ])
      .returning({ id: sessions.id })
    const [open, idle, lifetime, revoked] = made.map((s) => s.id)
    const left = async () =>
      (
        await db
          .select({ id: sessions.id })
          .from(sessions)
          .where(eq(sessions.principalId, citizenId))
      )
        .map((s) => s.id)
        .sort()

    expect(await deleteEndedSessions(db, clock)).toBe(1)
    expect(await left()).toEqual([open, idle, lifetime].sort())
    expect(revoked).toBeDefined()

    clock.set(at(now, minute - 1))
    expect(await deleteEndedSessions(db, clock)).toBe(0)
    clock.set(at(now, minute))
    expect(await deleteEndedSessions(db, clock)).toBe(2)
    expect(await left()).toEqual([open])
    expect(await audited('retention.sessions_deleted', at(now, minute))).toEqual({
      entries: 1,
      count: 2,
    })
    // a second run finds nothing
    expect(await deleteEndedSessions(db, clock)).toBe(0)
  })

  it('issue 19 item 1: two instances at once delete each ended session once, in batches', async () => {
    const clock = fixedClock('2027-05-02T08:00:00Z')
    await db.execute(sql`
      insert into sessions (token_hash, principal_kind, principal_id, idle_timeout_seconds,
        absolute_expires_at, revoked_at)
      select 'twice-' || g, 'citizen', gen_random_uuid(), 60, '2027-06-01T00:00:00Z',
        '2027-05-01T00:00:00Z'
      from generate_series(1, 1100) g`)
    const [a, b] = await twice(deleteEndedSessions, clock)
    expect(a + b).toBe(1100)
    expect(await audited('retention.sessions_deleted', clock.now())).toMatchObject({ count: 1100 })
    const [left] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(sessions)
      .where(like(sessions.tokenHash, 'twice-%'))
    expect(left!.n).toBe(0)
  })
})

describe('invitations and join links go 30 days after the appointment (issue 19 item 1)', () => {
  const ends = '2027-02-01T09:20:00Z'

  async function withInvitationAndLink(endsAt: Date) {
    const booking = await aBookingEnding(endsAt)
    const [call] = await db.insert(calls).values({ bookingId: booking.id }).returning()
    await db.insert(callInvitations).values({
      callId: call!.id,
      tokenHash: randomUUID(),
      email: 'interpreter@example.gr',
      invitedBy: place.employee.id,
      expiresAt: endsAt,
    })
    await db.insert(joinTokens).values({
      bookingId: booking.id,
      tokenHash: randomUUID(),
      validFrom: booking.startsAt,
      validUntil: endsAt,
    })
    return { booking, call: call! }
  }

  const held = async (x: { booking: { id: string }; call: { id: string } }) => ({
    invitations: (
      await db.select().from(callInvitations).where(eq(callInvitations.callId, x.call.id))
    ).length,
    links: (await db.select().from(joinTokens).where(eq(joinTokens.bookingId, x.booking.id)))
      .length,
  })

  it('issue 19 item 1: deleted at 30 days, not a minute before; a later appointment’s stay', async () => {
    const due = await withInvitationAndLink(at(ends))
    const later = await withInvitationAndLink(at(ends, day))
    const clock = fixedClock(at(ends, 30 * day - minute))
    expect(await deleteOldInvitations(db, clock)).toBe(0)
    expect(await held(due)).toEqual({ invitations: 1, links: 1 })
    clock.set(at(ends, 30 * day))
    expect(await deleteOldInvitations(db, clock)).toBe(2)
    expect(await held(due)).toEqual({ invitations: 0, links: 0 })
    expect(await held(later)).toEqual({ invitations: 1, links: 1 })
    // the booking and its call stay
    expect(await db.select().from(bookings).where(eq(bookings.id, due.booking.id))).toHaveLength(1)
    expect(await db.select().from(calls).where(eq(calls.id, due.call.id))).toHaveLength(1)
    expect(await audited('retention.invitations_deleted', clock.now())).toEqual({
      entries: 1,
      invitations: 1,
      joinLinks: 1,
    })
    expect(await deleteOldInvitations(db, clock)).toBe(0)
  })

  it('issue 19 item 1: two instances at once delete each once', async () => {
    const made = []
    for (let i = 0; i < 5; i++)
      made.push(await withInvitationAndLink(at(ends, 2 * day + i * 60 * minute)))
    const clock = fixedClock(at(ends, 40 * day))
    const [a, b] = await twice(deleteOldInvitations, clock)
    expect(a + b).toBe(12) // these five, and the later one of the test before
    expect(await audited('retention.invitations_deleted', clock.now())).toMatchObject({
      invitations: 6,
      joinLinks: 6,
    })
    for (const x of made) expect(await held(x)).toEqual({ invitations: 0, links: 0 })
  })
})

describe('emails go 90 days after sending; failed ones once handled (issue 19 item 1)', () => {
  const sent = '2027-03-01T10:00:00Z'

  const email = (key: string, over: Partial<typeof outbox.$inferInsert>) => ({
    dedupeKey: `retention-${key}-${randomUUID()}`,
    kind: 'morning_summary',
    recipient: 'someone@example.gr',
    payload: {},
    dueAt: at(sent, -minute),
    nextAttemptAt: at(sent, -minute),
    ...over,
  })

  it('issue 19 item 1: sent, cancelled and handled ones go at 90 days, not a minute before; the rest stay', async () => {
    const rows = await db
      .insert(outbox)
      .values([
        email('sent', { status: 'sent', sentAt: at(sent) }),
        email('cancelled', { status: 'cancelled', dueAt: at(sent) }),
        email('handled', { status: 'failed', handledAt: at(sent) }),
        email('failed', { status: 'failed', createdAt: at(sent, -365 * day) }),
        email('pending', { status: 'pending', createdAt: at(sent, -365 * day) }),
        email('recent', { status: 'sent', sentAt: at(sent, day) }),
      ])
      .returning({ id: outbox.id, key: outbox.dedupeKey })
    const left = async () =>
      (
        await db
          .select({ key: outbox.dedupeKey })
          .from(outbox)
          .where(
            inArray(
              outbox.id,
              rows.map((r) => r.id),
            ),
          )
      )
        .map((r) => r.key!.split('-')[1])
        .sort()
    const clock = fixedClock(at(sent, 90 * day - minute))
    expect(await deleteOldEmails(db, clock)).toBe(0)
    clock.set(at(sent, 90 * day))
    expect(await deleteOldEmails(db, clock)).toBe(3)
    expect(await left()).toEqual(['failed', 'pending', 'recent'])
    expect(await audited('retention.emails_deleted', clock.now())).toEqual({ entries: 1, count: 3 })
    expect(await deleteOldEmails(db, clock)).toBe(0)
  })

  it('issue 19 item 1: two instances at once delete each once, in batches', async () => {
    await db.execute(sql`
      insert into outbox (dedupe_key, kind, recipient, payload, due_at, next_attempt_at, status, sent_at)
      select 'twice-' || g, 'morning_summary', 'x@example.gr', '{}', '2027-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z', 'sent', '2027-01-01T00:00:00Z'
      from generate_series(1, 700) g`)
    const clock = fixedClock('2027-12-01T00:00:00Z')
    const [a, b] = await twice(deleteOldEmails, clock)
    // these 700, and the recent one of the test before
    expect(a + b).toBe(701)
    expect(await audited('retention.emails_deleted', clock.now())).toMatchObject({ count: 701 })
  })
})

describe('bookings are pseudonymised 24 months after the appointment (issue 19 item 1)', () => {
  const ends = '2025-01-10T09:20:00Z'
  const twoYearsLater = '2027-01-10T09:20:00Z'

  it('issue 19 item 1: pseudonymised at 24 months, not a minute before; later ones stay', async () => {
    const due = await aBookingEnding(at(ends))
    const later = await aBookingEnding(at(ends, day))
    const clock = fixedClock(at(twoYearsLater, -minute))
    expect(await pseudonymiseOldBookings(db, clock)).toBe(0)
    clock.set(twoYearsLater)
    expect(await pseudonymiseOldBookings(db, clock)).toBe(1)
    const [d] = await db.select().from(bookings).where(eq(bookings.id, due.id))
    const [l] = await db.select().from(bookings).where(eq(bookings.id, later.id))
    expect(d).toMatchObject({ fullName: pseudonym, email: '', phone: '', postalAddress: '' })
    expect(d!.pseudonymisedAt).toEqual(clock.now())
    expect(l).toEqual(later)
    expect(await audited('retention.bookings_pseudonymised', clock.now())).toEqual({
      entries: 1,
      count: 1,
    })
    expect(await pseudonymiseOldBookings(db, clock)).toBe(0)
  })

  it('issue 19 item 1: two instances at once pseudonymise each once', async () => {
    for (let i = 0; i < 6; i++) await aBookingEnding(at(ends, 2 * day + i * 60 * minute))
    const clock = fixedClock(at(twoYearsLater, 10 * day))
    const [a, b] = await twice(pseudonymiseOldBookings, clock)
    expect(a + b).toBe(7) // these six, and the later one of the test before
    expect(await audited('retention.bookings_pseudonymised', clock.now())).toMatchObject({
      count: 7,
    })
  })
})

describe('inactive citizens are forgotten after 24 months (issue 19 item 1)', () => {
  const lastLogin = '2024-05-01T08:00:00Z'
  const twoYearsLater = '2026-05-01T08:00:00Z'

  it('issue 19 item 1: deleted with no booking, pseudonymised with only pseudonymised ones, kept otherwise', async () => {
    const inactive = { lastLoginAt: at(lastLogin), createdAt: at(lastLogin, -100 * day) }
    const alone = await aCitizen(db, { ...inactive, email: 'alone@example.gr' })
    const neverLoggedIn = await aCitizen(db, { lastLoginAt: null, createdAt: at(lastLogin) })
    const done = await aCitizen(db, { ...inactive, phone: '2101234567' })
    await aBooking(db, {
      ...place,
      citizenId: done.id,
      startsAt: at('2023-01-10T09:00:00Z'),
      pseudonymisedAt: at('2025-01-10T09:20:00Z'),
    })
    const booked = await aCitizen(db, inactive)
    await aBooking(db, { ...place, citizenId: booked.id, startsAt: at('2023-02-10T09:00:00Z') })
    const recent = await aCitizen(db, { lastLoginAt: at(lastLogin, day) })
    // chose a time once, never booked: the released hold's row still names them (a row as
    // scheduling leaves it two years on; its API makes holds only for now)
    const heldOnce = await aCitizen(db, inactive)
    // eslint-disable-next-line no-restricted-syntax -- a fixture of scheduling's history
    await db.execute(sql`
      insert into occupancy (kep_id, employee_id, workstation_id, starts_at, ends_at,
        blocked_until, held_for, expires_at, released_at)
      values (${place.kepId}, ${place.employee.id}, ${place.employee.workstationId},
        '2024-04-20T09:00:00Z', '2024-04-20T09:20:00Z', '2024-04-20T09:30:00Z', ${heldOnce.id},
        '2024-04-10T09:10:00Z', '2024-04-10T09:10:00Z')`)
    await db.insert(sessions).values(
      [alone, recent].map((c) => ({
        tokenHash: randomUUID(),
        principalKind: 'citizen' as const,
        principalId: c.id,
        idleTimeoutSeconds: 60,
        absoluteExpiresAt: at(twoYearsLater, day),
        lastSeenAt: at(twoYearsLater),
      })),
    )
    await db.insert(documents).values({
      ownerCitizenId: alone.id,
      fileName: 'x.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1,
      sha256: 'x',
      iv: new Uint8Array([1]),
      authTag: new Uint8Array([1]),
      ciphertext: new Uint8Array([1]),
      deleteAfter: at('2099-01-01T00:00:00Z'),
    })
    const ids = [alone, neverLoggedIn, done, booked, recent, heldOnce].map((c) => c.id)
    const held = async () =>
      db.select().from(citizens).where(inArray(citizens.id, ids)).orderBy(citizens.id)

    const clock = fixedClock(at(twoYearsLater, -minute))
    expect(await forgetInactiveCitizens(db, clock)).toBe(0)
    const before = await held()
    expect(before).toHaveLength(6)

    clock.set(twoYearsLater)
    expect(await forgetInactiveCitizens(db, clock)).toBe(4)
    const after = await held()
    expect(after.map((c) => c.id).sort()).toEqual(
      [done.id, booked.id, recent.id, heldOnce.id].sort(),
    )
    for (const kept of [done, heldOnce]) {
      expect(after.find((c) => c.id === kept.id)).toMatchObject({
        gsisUserId: `erased:${kept.id}`,
        firstName: pseudonym,
        lastName: '',
        taxIdHmac: null,
        email: null,
        phone: null,
        postalAddress: null,
      })
    }
    // the others as they were
    for (const c of after.filter((c) => c.id !== done.id && c.id !== heldOnce.id)) {
      expect(c).toEqual(before.find((b) => b.id === c.id))
    }
    const sessionsLeft = await db
      .select({ of: sessions.principalId })
      .from(sessions)
      .where(inArray(sessions.principalId, ids))
    expect(sessionsLeft).toEqual([{ of: recent.id }])
    expect(await db.select().from(documents).where(eq(documents.ownerCitizenId, alone.id))).toEqual(
      [],
    )
    expect(await audited('retention.citizens_forgotten', clock.now())).toEqual({
      entries: 1,
      deleted: 2,
      pseudonymised: 2,
    })
    expect(await forgetInactiveCitizens(db, clock)).toBe(0)
  })

  it('issue 19 item 1: two instances at once forget each once, in batches', async () => {
    await db.execute(sql`
      insert into citizens (gsis_user_id, first_name, last_name, created_at, last_login_at)
      select 'twice-' || g, 'Α', 'Β', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'
      from generate_series(1, 600) g`)
    const clock = fixedClock('2026-03-01T00:00:00Z')
    const [a, b] = await twice(forgetInactiveCitizens, clock)
    expect(a + b).toBe(600)
    expect(await audited('retention.citizens_forgotten', clock.now())).toMatchObject({
      deleted: 600,
    })
    const left = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(*)::int as n from citizens where gsis_user_id like 'twice-%'`,
      ),
    )
    expect(left[0]!.n).toBe(0)
  })
})
