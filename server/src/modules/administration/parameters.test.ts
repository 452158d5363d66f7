import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Actor, AdministratorRole } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import { rowsOf, type Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { expectNoGraphQLErrors, startTestServer } from '../../test/server.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { auditLog } from '../audit/index.js'
import { bookAppointment, bookings } from '../bookings/index.js'
import { serviceCategoryParameters, type CategoryCode } from '../catalog/index.js'
import { availability, reserve, resolveScope } from '../scheduling/index.js'
import { getSetting, settingVersions } from '../settings/index.js'
import * as parameters from './parameters.service.js'

// Issue 13 item 3 (R3.3, R4.3): a field's parameters and the settings, versioned with an
// effective date. A version applies to bookings made from its instant on; a booking keeps the
// length it was made with; the preview of a change says what it does to next week's free
// places, and the change then does exactly that.

// Monday 4 January 2027, 08:00 in Athens (UTC+2); next week is 11–17 January.
const t0 = new Date('2027-01-04T06:00:00Z')
const day = '2027-01-12' // a Tuesday of next week
const at = (hhmm: string, date = day) => new Date(`${date}T${hhmm}:00+02:00`)

let database: Database
const procedures = {} as Record<'information' | 'disability', string>

const anAdmin = (role: AdministratorRole = 'administrator'): Actor => ({
  kind: 'administrator',
  administratorId: randomUUID(),
  role,
  sessionId: randomUUID(),
})
const admin = anAdmin()

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const information = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 10,
    minNoticeMinutes: 0,
    horizonDays: 60,
  })
  const disability = await aCategory(db, 'disability', {
    callMinutes: 40,
    bufferMinutes: 10,
    slotStepMinutes: 30,
    minNoticeMinutes: 0,
    horizonDays: 60,
  })
  await aCategory(db, 'business')
  procedures.information = (await aProcedure(db, information.id)).id
  procedures.disability = (await aProcedure(db, disability.id)).id
  const place = await aMunicipality(db)
  for (const employees of [1, 2]) {
    const kep = await aKep(db, place.id)
    await openingHours(db, kep.id, '08:00', '14:00')
    for (let i = 0; i < employees; i++) await anEmployee(db, kep.id)
  }
})
afterAll(() => database?.close())

const input = (
  over: Partial<parameters.ScheduleFieldParametersInput> = {},
): parameters.ScheduleFieldParametersInput => ({
  category: 'information',
  callMinutes: 20,
  bufferMinutes: 10,
  slotStepMinutes: 10,
  minNoticeMinutes: 0,
  horizonDays: 60,
  ...over,
})

async function slotsOn(
  clock: ReturnType<typeof fixedClock>,
  category: 'information' | 'disability',
  date = day,
) {
  const answer = await availability(database.db, clock, {
    category,
    procedureId: procedures[category],
    from: date,
    to: date,
  })
  return { callMinutes: answer.callMinutes, slots: answer.days[0]!.slots }
}

async function reserveAt(startsAt: Date, now: Date) {
  const resolved = await resolveScope(database.db, {
    category: 'information',
    procedureId: procedures.information,
  })
  const outcome = await database.db.transaction((tx) => reserve(tx, { resolved, startsAt, now }))
  if (!('reservation' in outcome)) throw new Error(`refused: ${outcome.refused}`)
  return outcome.reservation
}

async function versionCount() {
  const [row] = rowsOf<{ n: number }>(
    await database.db.execute(
      sql`select (select count(*) from service_category_parameters)::int
        + (select count(*) from setting_versions)::int as n`,
    ),
  )
  return row!.n
}

async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run()
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('not refused')
}

describe('issue 13 item 3: field parameters with an effective date', () => {
  it('R3.3 a version takes effect at its instant: availability before it has the old call, from it on the new one', async () => {
    const clock = fixedClock(t0)
    const from = new Date('2027-01-04T07:00:00Z')
    const { version } = await parameters.scheduleFieldParameters(
      database.db,
      clock,
      admin,
      input({ effectiveFrom: from, callMinutes: 30, bufferMinutes: 0 }),
      false,
    )
    expect(version).toMatchObject({ effectiveFrom: from, callMinutes: 30, bufferMinutes: 0 })

    clock.set(new Date(from.getTime() - 1))
    const before = await slotsOn(clock, 'information')
    expect(before.callMinutes).toBe(20)
    expect(before.slots[0]!.endsAt.getTime() - before.slots[0]!.startsAt.getTime()).toBe(
      20 * 60_000,
    )

    clock.set(from)
    const after = await slotsOn(clock, 'information')
    expect(after.callMinutes).toBe(30)
    expect(after.slots[0]!.endsAt.getTime() - after.slots[0]!.startsAt.getTime()).toBe(30 * 60_000)

    const listed = await parameters.fieldParameters(database.db, fixedClock(t0), admin)
    const information = listed.find((f) => f.code === 'information')!
    expect(information.inForce).toMatchObject({ callMinutes: 20, effectiveFrom: null })
    expect(information.scheduled.map((v) => v.callMinutes)).toEqual([30])
    const later = await parameters.fieldParameters(database.db, fixedClock(from), admin)
    expect(later.find((f) => f.code === 'information')!.inForce).toMatchObject({
      callMinutes: 30,
      effectiveFrom: from,
      versionId: version!.id,
    })
  })

  it('R3.3 an existing booking keeps its length; a booking made after the version uses the new one', async () => {
    // the version of the previous test: 30-minute calls, no buffer, from 09:00 on 4 January
    const made = await reserveAt(at('10:00'), t0)
    expect(made.endsAt).toEqual(at('10:20'))
    expect(made.blockedUntil).toEqual(at('10:30'))
    const citizen = await aCitizen(database.db)
    const actor: Actor = { kind: 'citizen', citizenId: citizen.id, sessionId: randomUUID() }
    const book = (startsAt: Date, now: Date) =>
      bookAppointment(database.db, fixedClock(now), actor, {
        category: 'information',
        procedureId: procedures.information,
        startsAt,
        deliveryMethod: 'email',
        fullName: 'Μαρία Παπαδοπούλου',
        email: 'maria@example.gr',
        phone: '2101234567',
        postalAddress: 'Ερμού 1, 10563 Αθήνα',
      })
    const booked = await book(at('12:00'), t0)
    expect(booked.endsAt).toEqual(at('12:20'))

    const later = new Date('2027-01-04T07:30:00Z')
    const next = await reserveAt(at('11:00'), later)
    expect(next.endsAt).toEqual(at('11:30'))
    expect(next.blockedUntil).toEqual(at('11:30'))
    const bookedAfter = await book(at('13:00'), later)
    expect(bookedAfter.endsAt).toEqual(at('13:30'))
    // the first booking, read after the version took effect, is as long as it was
    const [kept] = await database.db.select().from(bookings).where(eq(bookings.id, booked.id))
    expect(kept!.endsAt).toEqual(at('12:20'))
  })

  it('R3.3 the preview of a change gives next week’s free places per day, before and after, as availability then counts them; the apply answers the same numbers', async () => {
    const clock = fixedClock(t0)
    const dates = parameters.nextWeek(t0)
    expect(dates).toEqual([
      '2027-01-11',
      '2027-01-12',
      '2027-01-13',
      '2027-01-14',
      '2027-01-15',
      '2027-01-16',
      '2027-01-17',
    ])
    const countNow = async () => {
      const counts: number[] = []
      for (const date of dates) {
        const { slots } = await slotsOn(clock, 'disability', date)
        counts.push(slots.reduce((sum, s) => sum + s.freeEmployees, 0))
      }
      return counts
    }
    const before = await countNow()
    const change = input({
      category: 'disability',
      callMinutes: 90,
      bufferMinutes: 0,
      slotStepMinutes: 30,
    })
    const written = await versionCount()
    const preview = await parameters.scheduleFieldParameters(
      database.db,
      clock,
      admin,
      change,
      true,
    )
    expect(preview.version).toBeNull()
    expect(await versionCount()).toBe(written)
    expect(preview.impact.days.map((d) => d.before)).toEqual(before)
    expect(preview.impact.before).toMatchObject({ callMinutes: 40, bufferMinutes: 10 })
    expect(preview.impact.after).toMatchObject({ callMinutes: 90, bufferMinutes: 0 })
    // a weekday has places, the weekend none; a longer call leaves fewer starts
    expect(preview.impact.days[0]!.before).toBeGreaterThan(0)
    expect(preview.impact.days[5]).toMatchObject({ before: 0, after: 0, difference: 0 })
    for (const d of preview.impact.days) expect(d.difference).toBe(d.after - d.before)

    const applied = await parameters.scheduleFieldParameters(
      database.db,
      clock,
      admin,
      change,
      false,
    )
    expect(applied.version).not.toBeNull()
    expect(applied.impact).toEqual(preview.impact)
    expect(await countNow()).toEqual(preview.impact.days.map((d) => d.after))
    expect(preview.impact.totalAfter).not.toBe(preview.impact.totalBefore)

    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'field_parameters.schedule'),
          eq(auditLog.entityId, applied.field.categoryId),
        ),
      )
    expect(entry!.details).toMatchObject({
      before: { callMinutes: 40, bufferMinutes: 10 },
      after: { callMinutes: 90, bufferMinutes: 0 },
    })
  })

  it('R3.3 a version takes effect at once on a second server instance (its own cached rules and counts)', async () => {
    const clock = fixedClock('2027-01-05T06:00:00Z')
    vi.resetModules()
    const other = await import('../scheduling/scheduling.service.js')
    const ask = (instance: { availability: typeof availability }) =>
      instance
        .availability(database.db, clock, {
          category: 'information',
          procedureId: procedures.information,
          from: day,
          to: day,
        })
        .then((a) => ({ call: a.callMinutes, slots: a.days[0]!.slots.length }))
    const first = await ask({ availability })
    expect(await ask(other)).toEqual(first)
    await parameters.scheduleFieldParameters(
      database.db,
      clock,
      admin,
      input({ callMinutes: 45, bufferMinutes: 15, slotStepMinutes: 60 }),
      false,
    )
    const changed = await ask(other)
    expect(changed.call).toBe(45)
    expect(changed.slots).toBeLessThan(first.slots)
    expect(await ask({ availability })).toEqual(changed)
  })

  it('cancels a version that has not taken effect; one in force stays; an unknown id is NOT_FOUND', async () => {
    const clock = fixedClock(t0)
    const { version } = await parameters.scheduleFieldParameters(
      database.db,
      clock,
      admin,
      input({ category: 'business', effectiveFrom: new Date('2027-03-01T00:00:00Z') }),
      false,
    )
    const field = await parameters.cancelScheduledFieldParameters(
      database.db,
      clock,
      admin,
      version!.id,
    )
    expect(field.scheduled).toEqual([])
    const [gone] = await database.db
      .select()
      .from(serviceCategoryParameters)
      .where(eq(serviceCategoryParameters.id, version!.id))
    expect(gone).toBeUndefined()

    const inForce = await parameters.scheduleFieldParameters(
      database.db,
      clock,
      admin,
      input({ category: 'business' }),
      false,
    )
    const refused = await refusal(() =>
      parameters.cancelScheduledFieldParameters(database.db, clock, admin, inForce.version!.id),
    )
    expect(refused.code).toBe('VALIDATION_FAILED')
    expect(refused.details.fields?.[0]).toMatchObject({ field: 'id', reason: 'in_force' })
    for (const id of [randomUUID(), 'not-an-id']) {
      const missing = await refusal(() =>
        parameters.cancelScheduledFieldParameters(database.db, clock, admin, id),
      )
      expect(missing.code).toBe('NOT_FOUND')
    }
  })

  it('bad input: each a VALIDATION_FAILED naming the field, in Greek and English, nothing written', async () => {
    const clock = fixedClock(t0)
    const cases: [Partial<parameters.ScheduleFieldParametersInput>, string, string][] = [
      [{ effectiveFrom: new Date(t0.getTime() - 60_000) }, 'input.effectiveFrom', 'in_past'],
      [
        { effectiveFrom: new Date(t0.getTime() + 400 * 86_400_000) },
        'input.effectiveFrom',
        'too_far',
      ],
      [{ effectiveFrom: new Date('2027-01-04T07:00:00Z') }, 'input.effectiveFrom', 'taken'],
      [{ bufferMinutes: 1500 }, 'input.bufferMinutes', 'longer_than_a_day'],
      [{ bufferMinutes: 121 }, 'input.bufferMinutes', 'out_of_range'],
      [{ bufferMinutes: -1 }, 'input.bufferMinutes', 'out_of_range'],
      [{ callMinutes: 4 }, 'input.callMinutes', 'out_of_range'],
      [{ callMinutes: 241 }, 'input.callMinutes', 'out_of_range'],
      [{ slotStepMinutes: 7 }, 'input.slotStepMinutes', 'does_not_fit'],
      [{ slotStepMinutes: 90 }, 'input.slotStepMinutes', 'does_not_fit'],
      [{ slotStepMinutes: 121 }, 'input.slotStepMinutes', 'out_of_range'],
      [{ minNoticeMinutes: 43_201 }, 'input.minNoticeMinutes', 'out_of_range'],
      [{ horizonDays: 0 }, 'input.horizonDays', 'out_of_range'],
      [{ horizonDays: 367 }, 'input.horizonDays', 'out_of_range'],
      [{ horizonDays: 1.5 }, 'input.horizonDays', 'not_an_integer'],
      [{ category: 'nonsense' as CategoryCode }, 'input.category', 'unknown'],
    ]
    const written = await versionCount()
    for (const [over, field, reason] of cases) {
      for (const preview of [true, false]) {
        const err = await refusal(() =>
          parameters.scheduleFieldParameters(database.db, clock, admin, input(over), preview),
        )
        expect(err.code, JSON.stringify(over)).toBe('VALIDATION_FAILED')
        expect(err.details.fields, JSON.stringify(over)).toEqual([
          expect.objectContaining({
            field,
            reason,
            message: { el: expect.any(String), en: expect.any(String) },
          }),
        ])
      }
    }
    // every bad field at once: each named
    const all = await refusal(() =>
      parameters.scheduleFieldParameters(
        database.db,
        clock,
        admin,
        input({ callMinutes: 1, bufferMinutes: 2000, slotStepMinutes: 7, horizonDays: 0 }),
        false,
      ),
    )
    expect(all.details.fields?.map((f) => f.field)).toEqual([
      'input.callMinutes',
      'input.bufferMinutes',
      'input.slotStepMinutes',
      'input.horizonDays',
    ])
    expect(await versionCount()).toBe(written)
  })

  it('Art. 3.5: OPERATORs and AUDITORs are refused changes (FORBIDDEN); every administrator reads', async () => {
    const clock = fixedClock(t0)
    for (const role of ['operator', 'auditor'] as const) {
      const actor = anAdmin(role)
      for (const run of [
        () => parameters.scheduleFieldParameters(database.db, clock, actor, input(), true),
        () => parameters.cancelScheduledFieldParameters(database.db, clock, actor, randomUUID()),
        () =>
          parameters.scheduleSetting(
            database.db,
            clock,
            actor,
            { key: 'calls.noShowGraceMinutes', value: [5] },
            true,
          ),
      ]) {
        expect((await refusal(run)).code).toBe('FORBIDDEN')
      }
      expect(await parameters.fieldParameters(database.db, clock, actor)).toHaveLength(3)
      expect(await parameters.settingsList(database.db, clock, actor)).toHaveLength(
        Object.keys(parameters.settingRules).length,
      )
    }
    const citizen: Actor = {
      kind: 'citizen',
      citizenId: randomUUID(),
      sessionId: randomUUID(),
    } as Actor
    expect(
      (await refusal(() => parameters.fieldParameters(database.db, clock, citizen))).code,
    ).toBe('FORBIDDEN')
  })
})

describe('issue 13 item 3: settings with an effective date', () => {
  it('a setting’s version takes effect at its instant; before it, the setting’s own value', async () => {
    const clock = fixedClock(t0)
    const from = new Date('2027-01-10T22:00:00Z')
    const preview = await parameters.scheduleSetting(
      database.db,
      clock,
      admin,
      { key: 'calls.noShowGraceMinutes', value: [15], effectiveFrom: from },
      true,
    )
    expect(preview).toMatchObject({ applied: false, before: 10, after: 15 })
    expect(await getSetting(database.db, 'calls.noShowGraceMinutes', from)).toBe(10)

    const applied = await parameters.scheduleSetting(
      database.db,
      clock,
      admin,
      { key: 'calls.noShowGraceMinutes', value: [15], effectiveFrom: from },
      false,
    )
    expect(applied).toMatchObject({ applied: true, before: 10, after: 15 })
    expect(applied.setting).toMatchObject({ value: 10, effectiveFrom: null })
    expect(applied.setting.scheduled).toEqual([{ effectiveFrom: from, value: 15 }])
    expect(
      await getSetting(database.db, 'calls.noShowGraceMinutes', new Date(from.getTime() - 1)),
    ).toBe(10)
    expect(await getSetting(database.db, 'calls.noShowGraceMinutes', from)).toBe(15)
    const listed = await parameters.settingsList(database.db, fixedClock(from), admin)
    expect(listed.find((s) => s.key === 'calls.noShowGraceMinutes')).toMatchObject({
      value: 15,
      effectiveFrom: from,
      scheduled: [],
    })

    const leads = await parameters.scheduleSetting(
      database.db,
      clock,
      admin,
      { key: 'notifications.reminderLeadMinutes', value: [60, 2880] },
      false,
    )
    expect(leads).toMatchObject({ before: [1440, 30], after: [2880, 60] })
    expect(await getSetting(database.db, 'notifications.reminderLeadMinutes', t0)).toEqual([
      2880, 60,
    ])
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'setting.schedule'))
      .orderBy(sql`${auditLog.at} desc`)
    expect(entry!.details).toMatchObject({ before: expect.anything(), after: expect.anything() })
  })

  it('bad input: a wrong type, a value out of range, an unknown setting, a date in the past — VALIDATION_FAILED naming the field, nothing written', async () => {
    const clock = fixedClock(t0)
    const cases: [parameters.ScheduleSettingInput, string, string][] = [
      [{ key: 'booking.maxFutureBookingsPerCitizen', value: [3, 4] }, 'input.value', 'wrong_type'],
      [{ key: 'booking.maxFutureBookingsPerCitizen', value: [] }, 'input.value', 'wrong_type'],
      [{ key: 'booking.maxFutureBookingsPerCitizen', value: [0] }, 'input.value', 'out_of_range'],
      [
        { key: 'documents.retentionDaysAfterAppointment', value: [1.5] },
        'input.value',
        'out_of_range',
      ],
      [{ key: 'calls.joinOpensMinutesBefore', value: [-5] }, 'input.value', 'out_of_range'],
      [
        { key: 'notifications.reminderLeadMinutes', value: [30, 30] },
        'input.value',
        'out_of_range',
      ],
      [
        { key: 'notifications.reminderLeadMinutes', value: [10, 20, 30, 40, 50, 60] },
        'input.value',
        'too_many',
      ],
      [{ key: 'no.such.setting', value: [1] }, 'input.key', 'unknown'],
      [
        {
          key: 'calls.noShowGraceMinutes',
          value: [5],
          effectiveFrom: new Date(t0.getTime() - 1),
        },
        'input.effectiveFrom',
        'in_past',
      ],
      [
        {
          key: 'calls.noShowGraceMinutes',
          value: [5],
          effectiveFrom: new Date('2027-01-10T22:00:00Z'),
        },
        'input.effectiveFrom',
        'taken',
      ],
    ]
    const written = await versionCount()
    for (const [given, field, reason] of cases) {
      const err = await refusal(() =>
        parameters.scheduleSetting(database.db, clock, admin, given, false),
      )
      expect(err.code, JSON.stringify(given)).toBe('VALIDATION_FAILED')
      expect(err.details.fields, JSON.stringify(given)).toEqual([
        expect.objectContaining({ field, reason }),
      ])
    }
    expect(await versionCount()).toBe(written)
    const [none] = await database.db
      .select()
      .from(settingVersions)
      .where(eq(settingVersions.key, 'booking.maxFutureBookingsPerCitizen'))
    expect(none).toBeUndefined()
  })
})

describe('issue 13 item 3 through GraphQL', () => {
  it('an ADMINISTRATOR previews and schedules over HTTP; every administrator reads the fields and settings with their versions', async () => {
    const server = await startTestServer(database, { clock: fixedClock(t0) })
    try {
      const administrator = await loginAs(server, {
        gsisUserId: (await anAdministrator(database.db)).gsisUserId,
        role: 'admin',
      })
      const auditor = await loginAs(server, {
        gsisUserId: (await anAdministrator(database.db, { role: 'auditor' })).gsisUserId,
        role: 'admin',
      })
      const change = {
        category: 'BUSINESS',
        effectiveFrom: '2027-02-01T08:00:00.000Z',
        callMinutes: 25,
        bufferMinutes: 5,
        slotStepMinutes: 15,
        minNoticeMinutes: 30,
        horizonDays: 90,
      }
      const document = `mutation ($input: ScheduleFieldParametersInput!, $preview: Boolean!) {
        scheduleFieldParameters(input: $input, preview: $preview) {
          applied
          version { id effectiveFrom callMinutes }
          impact { totalBefore totalAfter before { callMinutes } after { callMinutes }
            days { date before after difference } }
          field { category scheduled { effectiveFrom slotStepMinutes } }
        }
      }`
      const preview = expectNoGraphQLErrors(
        await server.graphql(document, { input: change, preview: true }, administrator.headers),
      ) as { scheduleFieldParameters: Record<string, unknown> }
      expect(preview.scheduleFieldParameters).toMatchObject({
        applied: false,
        version: null,
        impact: { after: { callMinutes: 25 } },
      })
      const applied = expectNoGraphQLErrors(
        await server.graphql(document, { input: change, preview: false }, administrator.headers),
      ) as { scheduleFieldParameters: Record<string, unknown> }
      expect(applied.scheduleFieldParameters).toMatchObject({
        applied: true,
        version: { effectiveFrom: change.effectiveFrom, callMinutes: 25 },
        impact: (preview.scheduleFieldParameters as { impact: unknown }).impact,
      })

      const setting = expectNoGraphQLErrors(
        await server.graphql(
          `mutation { scheduleSetting(input: { key: REMINDER_LEAD_MINUTES, value: [30, 120],
            effectiveFrom: "2027-03-01T00:00:00Z" }) { applied key before after effectiveFrom } }`,
          {},
          administrator.headers,
        ),
      )
      expect(setting).toEqual({
        scheduleSetting: {
          applied: true,
          key: 'REMINDER_LEAD_MINUTES',
          // what the earlier test scheduled from t0 on, or the default when run alone
          before: expect.any(Array),
          after: [120, 30],
          effectiveFrom: '2027-03-01T00:00:00.000Z',
        },
      })

      const read = expectNoGraphQLErrors(
        await server.graphql(
          `{ fieldParameters { category inForce { callMinutes effectiveFrom }
               scheduled { effectiveFrom callMinutes } }
             settingsList { key value effectiveFrom scheduled { effectiveFrom value }
               rule { kind min max maxItems } } }`,
          {},
          auditor.headers,
        ),
      ) as {
        fieldParameters: { category: string; scheduled: { callMinutes: number }[] }[]
        settingsList: { key: string; scheduled: unknown[]; rule: { kind: string } }[]
      }
      expect(read.fieldParameters.map((f) => f.category).sort()).toEqual([
        'BUSINESS',
        'DISABILITY',
        'INFORMATION',
      ])
      expect(read.fieldParameters.find((f) => f.category === 'BUSINESS')!.scheduled).toContainEqual(
        {
          effectiveFrom: change.effectiveFrom,
          callMinutes: 25,
        },
      )
      const leads = read.settingsList.find((s) => s.key === 'REMINDER_LEAD_MINUTES')!
      expect(leads).toMatchObject({
        rule: { kind: 'INTEGERS', maxItems: 5 },
        scheduled: [{ effectiveFrom: '2027-03-01T00:00:00.000Z', value: [120, 30] }],
      })

      const refused = await server.graphql(
        document,
        { input: { ...change, effectiveFrom: '2027-02-02T08:00:00Z' }, preview: false },
        auditor.headers,
      )
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    } finally {
      await server.stop()
    }
  })
})
