import { randomBytes } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { openDatabase, rowsOf, type Database } from '../../platform/db/client.js'
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
  type BookInput,
} from './bookings.service.js'
import { documents } from './bookings.table.js'
import { storeDocument } from './documents.service.js'

// Issue 12 build 3: how many statements one booking sends to the database. What is counted:
// every statement the driver sends, as openDatabase's onQuery reports it — on PostgreSQL
// postgres.js's own hook (BEGIN, COMMIT, SAVEPOINT, RELEASE, raw `execute` and every
// query); on PGlite drizzle's logger plus the BEGIN and COMMIT PGlite sends itself. Not
// counted: nothing. The statements are then split into scheduling's reads (rules version,
// closures, absences, busy time, candidates' last assignment: the lead's, becoming one
// statement) and the rest, the booking path's own, which must fit in 6 so that the whole
// booking is under 8. Scheduling's reads are told by where they stand, not by their text (which
// the lead is rewriting): after resolveScope and the row lock, before the first KEP-day lock.

const clock = fixedClock('2027-01-04T06:00:00Z')
const at = (hhmm: string, day = '2027-01-12') => new Date(`${day}T${hhmm}:00+02:00`)

/** Which of the statements sent are scheduling's reads: see above. */
function schedulingReads(sent: string[]): Set<number> {
  const after = Math.max(
    sent.findIndex((s) => s.includes('(select 1) as asked')),
    sent.findIndex((s) => /for update$/.test(s.trim())),
  )
  const before = sent.findIndex((s) => s.includes('pg_advisory_xact_lock'))
  const reads = new Set<number>()
  for (let i = after + 1; i < before; i++) reads.add(i)
  return reads
}

let statements: string[] = []
let database: Database
const ids = {} as Record<string, string>
const citizen = async (): Promise<Actor> => {
  const c = await aCitizen(database.db)
  return { kind: 'citizen', citizenId: c.id, sessionId: c.id }
}

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (text) => void statements.push(text) })
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 10,
    minNoticeMinutes: 60,
  })
  const kep = await aKep(db, (await aMunicipality(db)).id)
  await openingHours(db, kep.id, '08:00', '15:00')
  // two employees: the fair spread reads who was assigned last, as it does in production
  await anEmployee(db, kep.id)
  await anEmployee(db, kep.id)
  Object.assign(ids, { kep: kep.id, procedure: (await aProcedure(db, info.id)).id })
})
afterAll(() => database?.close())

const details = (startsAt: Date): BookInput => ({
  category: 'information',
  procedureId: ids.procedure!,
  kepId: ids.kep,
  startsAt,
  fullName: 'Μαρία Ιωάννου',
  email: 'maria@example.gr',
  phone: '694 123 4567',
  postalAddress: 'Ερμού 10, 10563 Αθήνα',
  deliveryMethod: 'email',
})

/** The statements `run` sends, split into scheduling's reads and the rest. */
async function counted<T>(run: () => Promise<T>) {
  statements = []
  const result = await run()
  const sent = [...statements]
  const reads = schedulingReads(sent)
  const scheduling = sent.filter((_, i) => reads.has(i))
  const ours = sent.filter((_, i) => !reads.has(i))
  const breakdown = sent
    .map((s, i) => `${i + 1}. ${reads.has(i) ? '[scheduling] ' : ''}${s.trim().slice(0, 110)}`)
    .join('\n')
  // honest split: what is set aside as scheduling's only reads
  expect(
    scheduling.filter((s) => !/^\s*select/i.test(s)),
    breakdown,
  ).toEqual([])
  return { result, total: sent.length, scheduling: scheduling.length, ours, sent, breakdown }
}

describe('issue 12: statements per booking', () => {
  let booking: { total: number; scheduling: number; ours: string[]; breakdown: string }

  beforeAll(async () => {
    // warm: the national rules are cached per process after the first read
    await bookAppointment(database.db, clock, await citizen(), details(at('09:00')))
    const actor = await citizen()
    booking = await counted(() => bookAppointment(database.db, clock, actor, details(at('10:00'))))
    // eslint-disable-next-line no-console -- the counts and what was sent, for the CI log
    console.info(
      `issue 12 booking on ${database.kind}: ${booking.total} statements, ` +
        `${booking.ours.length} of the booking path, ${booking.scheduling} of scheduling's reads\n` +
        booking.breakdown,
    )
  })

  it('issue 12: the booking path sends at most 6 statements (BEGIN, COMMIT and resolveScope included)', () => {
    expect(booking.ours.length, booking.breakdown).toBeLessThanOrEqual(6)
    expect(booking.ours[0], booking.breakdown).toMatch(/service_categories/)
    expect(
      booking.ours.filter((s) => /^begin/i.test(s)),
      booking.breakdown,
    ).toHaveLength(1)
    expect(
      booking.ours.filter((s) => /^commit/i.test(s)),
      booking.breakdown,
    ).toHaveLength(1)
    expect(
      booking.ours.filter((s) => /savepoint/i.test(s)),
      booking.breakdown,
    ).toEqual([])
  })

  // scheduling's reads are one statement: the rules version with the occupancy index's changes
  it('issue 12: one booking sends fewer than 8 statements in all, scheduling reading once', () => {
    expect(booking.total, booking.breakdown).toBeLessThan(8)
    expect(booking.scheduling, booking.breakdown).toBe(1)
  })

  it('R2.4 issue 12: a reschedule and a cancellation stay small', async () => {
    const actor = await citizen()
    const first = await bookAppointment(database.db, clock, actor, details(at('11:00')))
    const moved = await counted(() =>
      rescheduleBooking(database.db, clock, actor, { bookingId: first.id, startsAt: at('12:00') }),
    )
    const cancelled = await counted(() =>
      cancelBooking(database.db, clock, actor, { bookingId: first.id }),
    )
    // eslint-disable-next-line no-console -- the counts and what was sent, for the CI log
    console.info(
      `issue 12 reschedule on ${database.kind}: ${moved.total} statements ` +
        `(${moved.scheduling} scheduling reads)\n${moved.breakdown}\n` +
        `issue 12 cancel on ${database.kind}: ${cancelled.total} statements\n${cancelled.breakdown}`,
    )
    expect(moved.result.startsAt).toEqual(at('12:00'))
    expect(moved.ours.length, moved.breakdown).toBeLessThanOrEqual(9)
    expect(cancelled.result.status).toBe('cancelled')
    expect(cancelled.total, cancelled.breakdown).toBeLessThanOrEqual(4)
  })
})

describe('issue 12: statements per booking with documents', () => {
  it('R2.2 (e) issue 12: attaching documents adds one statement (their look-up), the attachment rides in the write', async () => {
    const actor = await citizen()
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2000)])
    const document = await storeDocument(database.db, clock, actor, randomBytes(32), {
      fileName: 'ταυτότητα.pdf',
      bytes: pdf,
    })
    const withDocument = await counted(() =>
      bookAppointment(database.db, clock, actor, {
        ...details(at('09:00', '2027-01-14')),
        documentIds: [document.id],
      }),
    )
    // eslint-disable-next-line no-console -- the counts and what was sent, for the CI log
    console.info(
      `issue 12 booking with a document on ${database.kind}: ${withDocument.total} statements, ` +
        `${withDocument.ours.length} of the booking path\n${withDocument.breakdown}`,
    )
    expect(withDocument.ours.length, withDocument.breakdown).toBeLessThanOrEqual(7)
    const [attached] = await database.db
      .select({ bookingId: documents.bookingId })
      .from(documents)
      .where(eq(documents.id, document.id))
    expect(attached!.bookingId).toBe(withDocument.result.id)
  })
})

describe.runIf(process.env.DATABASE_URL)('issue 12: prepared statements on PostgreSQL', () => {
  it("issue 12: a booking's statements, scheduling's read included, run as prepared statements of the session", async () => {
    // one connection, so the session whose prepared statements we list is the one that booked
    const single = await openDatabase({
      url: database.url!,
      maxConnections: 1,
      onQuery: (text) => void statements.push(text),
    })
    try {
      const actor = await citizen()
      await bookAppointment(single.db, clock, actor, details(at('13:00', '2027-01-13')))
      const { sent } = await counted(() =>
        bookAppointment(single.db, clock, actor, details(at('14:00', '2027-01-13'))),
      )
      const prepared = new Set(
        rowsOf<{ statement: string }>(
          await single.db.execute(sql`select statement from pg_prepared_statements`),
        ).map((r) => r.statement),
      )
      const unprepared = sent.filter((s) => !/^(begin|commit)/i.test(s) && !prepared.has(s))
      expect(unprepared).toEqual([])
      expect(sent.length).toBeGreaterThanOrEqual(5)
    } finally {
      await single.close()
    }
  })
})
