import { randomUUID } from 'node:crypto'
import { and, eq, inArray, notInArray, notLike, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database, Db } from '../../platform/db/client.js'
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
import { BookingFate } from '../administration/index.js'
import { bookAppointment, bookings } from '../bookings/index.js'
import { municipalities } from '../catalog/index.js'
import { municipalityOfficers, withAfmCheckDigit } from '../identity/index.js'
import { outbox, sendDueEmails } from '../notifications/index.js'
import * as departures from './departures.service.js'
import { municipalityDepartures } from './onboarding.table.js'

// Issue 18 item 6, R2.3: a municipality suspended (or withdrawn) from a date: the preview
// lists every future booking at its KEPs and what becomes of it, the apply does exactly that in
// one transaction — a national field's booking moved to another KEP, a municipal one cancelled —
// with one email per citizen, exactly once, a crash in the middle and a retry included.

const clock = fixedClock('2027-01-11T08:00:00Z') // a Monday
const day = '2027-01-12' // the Tuesday after
const at = (hhmm: string) => new Date(`${day}T${hhmm}:00+02:00`)
const reason = {
  reasonEl: 'Ο δήμος δεν έχει προσωπικό.',
  reasonEn: 'The municipality has no staff.',
}
const tuesday = [{ weekdays: [2], from: '08:00', to: '12:00' }]

let database: Database
let db: Db
let admin: Actor
let info: { id: string }
let municipal: { id: string }
let world: Awaited<ReturnType<typeof aWorld>>
let afmSeq = 40_000_000

async function aWorld() {
  const m = await aMunicipality(db)
  const n = await aMunicipality(db)
  const kepA = await aKep(db, m.id)
  const kepB = await aKep(db, n.id)
  for (const kep of [kepA, kepB]) await openingHours(db, kep.id, '08:00', '16:00', [2])
  await anEmployee(db, kepA.id, { windows: tuesday })
  await anEmployee(db, kepB.id, { windows: tuesday })
  const national = await aProcedure(db, info.id)
  const own = await aProcedure(db, municipal.id, { municipalityId: m.id })
  const book = async (category: 'information' | 'municipal', procedureId: string, hhmm: string) => {
    const citizen = await aCitizen(db)
    const actor: Actor = { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id }
    return bookAppointment(db, clock, actor, {
      category,
      procedureId,
      kepId: kepA.id,
      startsAt: at(hhmm),
      fullName: 'Μαρία Ιωάννου',
      email: `${citizen.id}@example.gr`,
      phone: '694 123 4567',
      postalAddress: 'Ερμού 10, 10563 Αθήνα',
      deliveryMethod: 'email',
    })
  }
  const municipalBooking = await book('municipal', own.id, '09:00')
  const nationalBooking = await book('information', national.id, '10:00')
  const [officer] = await db
    .insert(municipalityOfficers)
    .values({
      taxId: withAfmCheckDigit(String(afmSeq++)),
      fullName: 'Υπάλληλος',
      municipalityId: m.id,
    })
    .returning()
  return { m, n, kepA, kepB, national, own, municipalBooking, nationalBooking, officer: officer! }
}

const suspend = (apply = false, token?: string) =>
  departures.suspendMunicipality(
    db,
    clock,
    admin,
    { municipalityId: world.m.id, from: day, ...reason },
    { apply, token, uncovered: 'keep' as never },
  )

/**
 * The notices (not the reminders a moved booking gets anew) to these bookings' citizens,
 * written after `before` (the outbox's ids then).
 */
const newEmails = async (before: string[]) =>
  db
    .select()
    .from(outbox)
    .where(
      and(
        inArray(outbox.bookingId, [world.municipalBooking.id, world.nationalBooking.id]),
        before.length > 0 ? notInArray(outbox.id, before) : undefined,
        notLike(outbox.kind, 'reminder_%'),
      ),
    )
const outboxIds = async () => (await db.select({ id: outbox.id }).from(outbox)).map((r) => r.id)
/** The public list's municipalities (R5.3: `municipalities(participating: true)`). */
const participating = async () =>
  (
    await db
      .select({ id: municipalities.id })
      .from(municipalities)
      .where(eq(municipalities.participation, 'participating'))
  ).map((m) => m.id)
const bookingRow = async (id: string) =>
  (await db.select().from(bookings).where(eq(bookings.id, id)))[0]!

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  const settings = { callMinutes: 20, bufferMinutes: 10, slotStepMinutes: 10, minNoticeMinutes: 0 }
  info = await aCategory(db, 'information', settings)
  municipal = await aCategory(db, 'municipal', settings)
  admin = {
    kind: 'administrator',
    administratorId: randomUUID(),
    role: 'administrator',
    sessionId: randomUUID(),
  }
})
afterAll(() => database?.close())
beforeEach(async () => {
  world = await aWorld()
})

describe('issue 18: a municipality suspended from a date, previewed then applied', () => {
  it('the preview writes nothing; the apply cancels the municipal booking and moves the national one to another KEP, one email each, and the municipality leaves the public list', async () => {
    const before = await outboxIds()
    const preview = await suspend()
    expect(preview.impact).toMatchObject({ applied: false, cancelled: 1, moved: 1 })
    const fates = new Map(preview.impact.bookings.map((b) => [b.bookingId, b]))
    expect(fates.get(world.municipalBooking.id)!.fate).toBe(BookingFate.CANCELLED)
    expect(fates.get(world.nationalBooking.id)).toMatchObject({
      fate: BookingFate.MOVED,
      toKepId: world.kepB.id,
    })
    expect(await newEmails(before)).toEqual([])
    expect((await bookingRow(world.municipalBooking.id)).status).toBe('booked')

    const applied = await suspend(true, preview.impact.token)
    expect({ ...applied.impact, applied: undefined }).toEqual({
      ...preview.impact,
      applied: undefined,
    })
    expect(applied.municipality.participation).toBe('suspended')
    expect((await bookingRow(world.municipalBooking.id)).status).toBe('cancelled')
    expect((await bookingRow(world.nationalBooking.id)).kepId).toBe(world.kepB.id)
    const emails = await newEmails(before)
    expect(emails.map((e) => e.bookingId).sort()).toEqual(
      [world.municipalBooking.id, world.nationalBooking.id].sort(),
    )
    // the reason, and how to get the service otherwise
    const cancellation = emails.find((e) => e.bookingId === world.municipalBooking.id)!
    expect(JSON.stringify(cancellation.payload)).toMatch(/φυσική παρουσία/)
    expect(JSON.stringify(cancellation.payload)).toMatch(/in person/)

    expect(await participating()).not.toContain(world.m.id)
    const [departure] = await db
      .select()
      .from(municipalityDepartures)
      .where(eq(municipalityDepartures.municipalityId, world.m.id))
    expect(departure).toMatchObject({ kind: 'suspended', fromDate: day, endedAt: null })

    // sending twice sends each email once
    const sent: string[] = []
    const deps = {
      db,
      clock,
      transport: {
        sendMail: async (m: { headers?: Record<string, string> }) => {
          sent.push(m.headers?.['X-Keplive-Outbox'] ?? '')
          return {}
        },
      },
      from: 'myKEPlive <noreply@example.gr>',
      publicUrl: 'https://keplive.example.gr',
    }
    await sendDueEmails(deps as never)
    await sendDueEmails(deps as never)
    expect(sent.filter((id) => id === cancellation.id)).toHaveLength(1)
  })

  it('a crash in the middle of the apply leaves nothing; the retry does it all, every email exactly once', async () => {
    const before = await outboxIds()
    const preview = await suspend()
    // the second email of the apply fails: the database breaks the transaction there
    await db.execute(
      sql.raw(`
      create function crash_second_email() returns trigger language plpgsql as $$
      begin
        if new.booking_id = '${world.nationalBooking.id}' then raise exception 'crash'; end if;
        return new;
      end $$`),
    )
    await db.execute(sql`
      create trigger crash_second_email before insert on outbox
      for each row execute function crash_second_email()`)
    try {
      await expect(suspend(true, preview.impact.token)).rejects.toThrow()
    } finally {
      await db.execute(sql`drop trigger crash_second_email on outbox`)
      await db.execute(sql`drop function crash_second_email()`)
    }
    expect(await newEmails(before)).toEqual([])
    expect((await bookingRow(world.municipalBooking.id)).status).toBe('booked')
    expect(
      await db
        .select()
        .from(municipalityDepartures)
        .where(eq(municipalityDepartures.municipalityId, world.m.id)),
    ).toEqual([])

    const retried = await suspend(true, preview.impact.token)
    expect(retried.impact).toMatchObject({ applied: true, cancelled: 1, moved: 1 })
    const emails = await newEmails(before)
    expect(emails).toHaveLength(2)
    expect(new Set(emails.map((e) => e.bookingId)).size).toBe(2)
    // applying again is refused: the municipality no longer participates
    const again = await suspend(true, preview.impact.token).catch((e: unknown) => e)
    expect(again).toBeInstanceOf(DomainError)
    expect((await newEmails(before)).length).toBe(2)
  })

  it('STALE_PREVIEW when a booking was made since the preview; the officer withdraws their own municipality the same way', async () => {
    const preview = await suspend()
    const citizen = await aCitizen(db)
    await bookAppointment(
      db,
      clock,
      { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
      {
        category: 'information',
        procedureId: world.national.id,
        kepId: world.kepA.id,
        startsAt: at('11:00'),
        fullName: 'Γιώργος Νικολάου',
        email: 'g@example.gr',
        phone: '694 123 4567',
        postalAddress: 'Ερμού 10, 10563 Αθήνα',
        deliveryMethod: 'email',
      },
    )
    const stale = await suspend(true, preview.impact.token).catch((e: unknown) => e)
    expect((stale as DomainError).code).toBe('STALE_PREVIEW')
    expect(await participating()).toContain(world.m.id)

    const officer: Actor = {
      kind: 'officer',
      officerId: world.officer.id,
      municipalityId: world.m.id,
      sessionId: randomUUID(),
    }
    const withdraw = (apply: boolean, token?: string) =>
      departures.withdrawMunicipality(
        db,
        clock,
        officer,
        { from: day, ...reason },
        {
          apply,
          token,
          uncovered: 'keep' as never,
        },
      )
    const p = await withdraw(false)
    expect(p.impact).toMatchObject({ cancelled: 1, moved: 2 })
    const done = await withdraw(true, p.impact.token)
    expect(done.municipality).toMatchObject({ participation: 'withdrawn', leavesOn: day })
  })
})
