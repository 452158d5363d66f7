import { and, count, eq, inArray } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import { anAdministrator, loginAs } from '../../test/identity.js'
import { startTestServer } from '../../test/server.js'
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
import { outbox } from '../notifications/index.js'
import {
  availability,
  kepClosures,
  kepOpeningHours,
  kepSpecialHours,
  rulesVersion,
} from '../scheduling/index.js'
import {
  addKepClosure,
  bulkSetWeeklyHours,
  firstCommonDate,
  kepWeeklyHours,
  listKepClosures,
  removeKepClosure,
  removeKepSpecialHoursWithImpact,
  setKepSpecialHoursWithImpact,
  setKepWeeklyHours,
  type SetWeeklyHoursInput,
} from './hours.service.js'
import { UncoveredChoice, type ImpactInput } from './impact.types.js'

// Monday 4 January 2027, 08:00 in Athens (UTC+2).
const clock = fixedClock('2027-01-04T06:00:00Z')

let database: Database
const ids = {} as Record<'procedure' | 'kep' | 'otherKep' | 'northKep' | 'north' | 'athens', string>
const administrator: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000001',
  role: 'administrator',
  sessionId: 's1',
}
const operator: Actor = { ...administrator, role: 'operator', sessionId: 's2' }
const auditor: Actor = { ...administrator, role: 'auditor', sessionId: 's3' }
let manager: Actor

const preview: ImpactInput = { apply: false, uncovered: UncoveredChoice.KEEP }
const apply = (token: string): ImpactInput => ({
  apply: true,
  token,
  uncovered: UncoveredChoice.KEEP,
})

beforeAll(async () => {
  database = await createTestDatabase()
  const db = database.db
  const info = await aCategory(db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 30,
    minNoticeMinutes: 60,
    horizonDays: 60,
  })
  const athens = await aMunicipality(db, { regionEl: 'Αττική', regionEn: 'Attica' })
  const north = await aMunicipality(db, {
    regionEl: 'Κεντρική Μακεδονία',
    regionEn: 'Central Macedonia',
  })
  const kep = await aKep(db, athens.id)
  const otherKep = await aKep(db, athens.id)
  const northKep = await aKep(db, north.id)
  for (const k of [kep, otherKep, northKep]) {
    await openingHours(db, k.id, '08:00', '15:00')
    // employees who could work every day, evenings too: the KEP's hours decide
    await anEmployee(db, k.id, {
      windows: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], from: '07:00', to: '21:00' }],
    })
  }
  const m = await anEmployee(db, kep.id, { role: 'manager' })
  manager = { kind: 'employee', employeeId: m.id, kepId: kep.id, role: 'manager', sessionId: m.id }
  Object.assign(ids, {
    procedure: (await aProcedure(db, info.id)).id,
    kep: kep.id,
    otherKep: otherKep.id,
    northKep: northKep.id,
    north: north.id,
    athens: athens.id,
  })
})
afterAll(() => database?.close())

const failure = async (p: Promise<unknown>) => {
  try {
    await p
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('expected a DomainError')
}

const fields = (err: DomainError) =>
  (err.details.fields as { field: string; reason: string }[]).map((f) => [f.field, f.reason])

const counts = async () => {
  const [hours] = await database.db.select({ n: count() }).from(kepOpeningHours)
  const [closures] = await database.db.select({ n: count() }).from(kepClosures)
  const [special] = await database.db.select({ n: count() }).from(kepSpecialHours)
  const [audit] = await database.db.select({ n: count() }).from(auditLog)
  return { hours: hours!.n, closures: closures!.n, special: special!.n, audit: audit!.n }
}

const slots = async (date: string, kepId = ids.kep) => {
  const { days } = await availability(database.db, clock, {
    category: 'information',
    procedureId: ids.procedure,
    kepId,
    from: date,
    to: date,
  })
  return days[0]!.slots.map((s) => s.localTime)
}

const weekdays = (opensAt: string, closesAt: string, days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, windows: [{ opensAt, closesAt }] }))

const week = (over: Partial<SetWeeklyHoursInput> = {}): SetWeeklyHoursInput => ({
  kepId: ids.kep,
  days: weekdays('09:00', '13:00'),
  ...over,
})

/** Preview, then apply with the preview's token: the way the admin app changes things. */
async function previewThenApply<T extends { impact: { token: string } }>(
  run: (impact: ImpactInput) => Promise<T>,
): Promise<{ previewed: T; applied: T }> {
  const previewed = await run(preview)
  const applied = await run(apply(previewed.impact.token))
  return { previewed, applied }
}

/**
 * A KEP of its own with one employee, and a citizen's held bookings at given local times; in
 * Athens unless another municipality is named.
 */
async function bookedKep(times: string[], municipalityId = ids.athens) {
  const db = database.db
  const kep = await aKep(db, municipalityId)
  await openingHours(db, kep.id, '08:00', '15:00')
  await anEmployee(db, kep.id)
  const citizen = await aCitizen(db)
  const actor: Actor = { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id }
  const booked = []
  for (const at of times) {
    booked.push(
      await bookAppointment(db, clock, actor, {
        category: 'information',
        procedureId: ids.procedure,
        kepId: kep.id,
        startsAt: new Date(`${at}:00+02:00`),
        fullName: 'Μαρία Ιωάννου',
        email: 'maria@example.gr',
        phone: '694 123 4567',
        postalAddress: 'Ερμού 10, 10563 Αθήνα',
        deliveryMethod: 'email',
      }),
    )
  }
  return { kepId: kep.id, booked }
}

const statuses = async (bookingIds: string[]) =>
  Object.fromEntries(
    (
      await database.db
        .select({ id: bookings.id, status: bookings.status })
        .from(bookings)
        .where(inArray(bookings.id, bookingIds))
    ).map((b) => [b.id, b.status]),
  )

const mails = async (bookingIds: string[]) =>
  (
    await database.db
      .select({ bookingId: outbox.bookingId, kind: outbox.kind })
      .from(outbox)
      .where(inArray(outbox.bookingId, bookingIds))
  ).filter((m) => m.kind !== 'booked' && !m.kind.startsWith('reminder'))

describe('a KEP’s weekly hours (R3.4, R3.5)', () => {
  it('R3.4 reads every variant of a KEP’s hours; a manager reads their own KEP only', async () => {
    const hours = await kepWeeklyHours(database.db, auditor, ids.otherKep)
    expect(hours.variants).toEqual([
      {
        validFrom: null,
        validTo: null,
        seasonFrom: null,
        seasonTo: null,
        days: weekdays('08:00', '15:00'),
      },
    ])
    expect((await kepWeeklyHours(database.db, manager, ids.kep)).kepId).toBe(ids.kep)
    expect((await failure(kepWeeklyHours(database.db, manager, ids.otherKep))).code).toBe(
      'NOT_FOUND',
    )
    expect(
      (await failure(kepWeeklyHours(database.db, auditor, '00000000-0000-4000-8000-00000000dead')))
        .code,
    ).toBe('NOT_FOUND')
  })

  it('R3.5 an OPERATOR replaces the all-year week: a preview writes nothing, apply changes availability at once, audited before/after', async () => {
    expect(await slots('2027-01-05')).toHaveLength(14) // 08:00–14:30
    const before = await counts()
    const previewed = await setKepWeeklyHours(database.db, clock, operator, week(), preview)
    expect(previewed.impact.applied).toBe(false)
    expect(previewed.weeklyHours.variants[0]!.days[0]).toEqual({
      weekday: 1,
      windows: [{ opensAt: '09:00', closesAt: '13:00' }],
    })
    expect(await counts()).toEqual(before)
    expect(await slots('2027-01-05')).toHaveLength(14)

    const applied = await setKepWeeklyHours(
      database.db,
      clock,
      operator,
      week(),
      apply(previewed.impact.token),
    )
    expect(applied.impact.applied).toBe(true)
    expect(await slots('2027-01-05')).toEqual([
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
      '12:00',
      '12:30',
    ])
    expect((await kepWeeklyHours(database.db, operator, ids.kep)).variants).toEqual([
      {
        validFrom: null,
        validTo: null,
        seasonFrom: null,
        seasonTo: null,
        days: weekdays('09:00', '13:00'),
      },
    ])
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'kep.weekly_hours.set'))
    expect(entry).toMatchObject({ entity: 'kep', entityId: ids.kep })
    expect(entry!.details).toMatchObject({
      before: [{ validFrom: null, days: weekdays('08:00', '15:00') }],
      after: { validFrom: null, days: weekdays('09:00', '13:00') },
    })
  })

  it('R3.4 summer hours: the all-year week becomes the winter season in one change, then summer next to it; a Saturday with two windows', async () => {
    const allYear = { validFrom: null, validTo: null, seasonFrom: null, seasonTo: null }
    const summer = week({ kepId: ids.otherKep, seasonFrom: '06-15', seasonTo: '09-15' })
    // two definitions would apply to one date
    expect(
      fields(await failure(setKepWeeklyHours(database.db, clock, operator, summer, preview))),
    ).toEqual([['input.seasonFrom', 'overlaps_variant']])

    const winterDays = [
      ...weekdays('08:00', '15:00'),
      {
        weekday: 6,
        windows: [
          { opensAt: '17:00', closesAt: '18:00' },
          { opensAt: '08:00', closesAt: '09:00' },
        ],
      },
    ]
    const winter = week({
      kepId: ids.otherKep,
      seasonFrom: '09-16',
      seasonTo: '06-14',
      replaces: allYear,
      days: winterDays,
    })
    await previewThenApply((impact) =>
      setKepWeeklyHours(database.db, clock, operator, winter, impact),
    )
    const { applied } = await previewThenApply((impact) =>
      setKepWeeklyHours(database.db, clock, operator, summer, impact),
    )
    expect(applied.weeklyHours.variants).toEqual([
      {
        ...allYear,
        seasonFrom: '06-15',
        seasonTo: '09-15',
        days: weekdays('09:00', '13:00'),
      },
      {
        ...allYear,
        seasonFrom: '09-16',
        seasonTo: '06-14',
        days: [
          ...weekdays('08:00', '15:00'),
          {
            weekday: 6,
            windows: [
              { opensAt: '08:00', closesAt: '09:00' },
              { opensAt: '17:00', closesAt: '18:00' },
            ],
          },
        ],
      },
    ])
    // Saturday 9 January is in the winter season: open 08–09 and 17–18
    expect(await slots('2027-01-09', ids.otherKep)).toEqual(['08:00', '08:30', '17:00', '17:30'])
    expect(await slots('2027-01-05', ids.otherKep)).toHaveLength(14)
    // a month inside summer overlaps it
    expect(
      fields(
        await failure(
          setKepWeeklyHours(
            database.db,
            clock,
            operator,
            week({ kepId: ids.otherKep, validFrom: '2027-07-01', validTo: '2027-07-31' }),
            preview,
          ),
        ),
      ),
    ).toEqual([['input.validFrom', 'overlaps_variant']])
    // replacing a variant the KEP does not have
    expect(
      fields(
        await failure(
          setKepWeeklyHours(
            database.db,
            clock,
            operator,
            week({
              kepId: ids.otherKep,
              replaces: allYear,
              seasonFrom: '06-15',
              seasonTo: '09-15',
            }),
            preview,
          ),
        ),
      ),
    ).toEqual([['input.replaces', 'unknown']])
  })

  it('R3.5 bad input: each a VALIDATION_FAILED naming the field, nothing written', async () => {
    const before = await counts()
    const refused = async (over: Partial<SetWeeklyHoursInput>) =>
      fields(await failure(setKepWeeklyHours(database.db, clock, operator, week(over), preview)))

    // overlapping windows on a day, closing before opening, not HH:MM, a weekday 8
    expect(
      await refused({
        days: [
          { weekday: 1, windows: [{ opensAt: '08:00', closesAt: '12:00' }] },
          { weekday: 2, windows: [{ opensAt: '08:00', closesAt: '12:00' }] },
          {
            weekday: 3,
            windows: [
              { opensAt: '08:00', closesAt: '12:00' },
              { opensAt: '11:00', closesAt: '14:00' },
            ],
          },
          { weekday: 4, windows: [{ opensAt: '14:00', closesAt: '09:00' }] },
          { weekday: 5, windows: [{ opensAt: '8am', closesAt: '24:00' }] },
          { weekday: 8, windows: [] },
          { weekday: 1, windows: [] },
        ],
      }),
    ).toEqual([
      ['input.days[2].windows[1].opensAt', 'overlaps'],
      ['input.days[3].windows[0].closesAt', 'before_opening'],
      ['input.days[4].windows[0].opensAt', 'invalid_format'],
      ['input.days[4].windows[0].closesAt', 'invalid_format'],
      ['input.days[5].weekday', 'out_of_range'],
      ['input.days[6].weekday', 'duplicate'],
    ])
    // a season that never ends, a season day that does not exist
    expect(await refused({ seasonFrom: '06-15' })).toEqual([
      ['input.seasonTo', 'season_never_ends'],
    ])
    expect(await refused({ seasonFrom: '02-30', seasonTo: '13-01' })).toEqual([
      ['input.seasonFrom', 'invalid_format'],
      ['input.seasonTo', 'invalid_format'],
    ])
    // validity ending before it starts, or already over
    expect(await refused({ validFrom: '2027-03-01', validTo: '2027-02-01' })).toEqual([
      ['input.validTo', 'before_start'],
    ])
    expect(await refused({ validTo: '2026-12-31' })).toEqual([['input.validTo', 'in_past']])
    expect(
      await refused({
        days: [
          {
            weekday: 1,
            windows: ['08', '10', '12', '14', '16'].map((h) => ({
              opensAt: `${h}:00`,
              closesAt: `${h}:30`,
            })),
          },
        ],
      }),
    ).toEqual([['input.days[0].windows', 'too_many']])
    // overlapping variants: a date range inside the all-year hours
    expect(await refused({ validFrom: '2027-02-01', validTo: '2027-02-28' })).toEqual([
      ['input.validFrom', 'overlaps_variant'],
    ])
    expect(await counts()).toEqual(before)
  })

  it('R3.5 only OPERATORs and ADMINISTRATORs change hours; an unknown KEP is NOT_FOUND', async () => {
    for (const actor of [auditor, manager]) {
      expect(
        (await failure(setKepWeeklyHours(database.db, clock, actor, week(), preview))).code,
      ).toBe('FORBIDDEN')
    }
    expect(
      (
        await failure(
          setKepWeeklyHours(database.db, clock, operator, week({ kepId: 'x' }), preview),
        )
      ).code,
    ).toBe('NOT_FOUND')
  })

  it('the first common date of two variants: date ranges, seasons that wrap, 29 February', () => {
    const v = (over: Partial<Parameters<typeof firstCommonDate>[0]> = {}) => ({
      validFrom: null,
      validTo: null,
      seasonFrom: null,
      seasonTo: null,
      ...over,
    })
    expect(firstCommonDate(v({ validTo: '2027-01-31' }), v({ validFrom: '2027-02-01' }))).toBe(
      undefined,
    )
    expect(firstCommonDate(v({ validTo: '2027-02-01' }), v({ validFrom: '2027-02-01' }))).toBe(
      '2027-02-01',
    )
    expect(
      firstCommonDate(
        v({ seasonFrom: '06-15', seasonTo: '09-15' }),
        v({ seasonFrom: '09-16', seasonTo: '06-14' }),
      ),
    ).toBe(undefined)
    expect(
      firstCommonDate(
        v({ seasonFrom: '12-20', seasonTo: '01-10', validFrom: '2027-01-11' }),
        v({ seasonFrom: '01-05', seasonTo: '01-06' }),
      ),
    ).toBe('2028-01-05')
    expect(
      firstCommonDate(
        v({ seasonFrom: '02-29', seasonTo: '02-29', validFrom: '2027-01-01' }),
        v({ seasonFrom: '02-28', seasonTo: '03-01' }),
      ),
    ).toBe('2028-02-29')
  })
})

describe('bulk weekly hours (R3.5)', () => {
  it('R3.5 one week to every active KEP of a region in one change, one preview for all', async () => {
    const before = await counts()
    const input = { region: 'central macedonia', days: weekdays('10:00', '12:00') }
    const { previewed, applied } = await previewThenApply((impact) =>
      bulkSetWeeklyHours(database.db, clock, operator, input, impact),
    )
    expect(previewed.kepIds).toEqual([ids.northKep])
    expect(previewed.impact.applied).toBe(false)
    expect(applied.impact.applied).toBe(true)
    expect(await slots('2027-01-05', ids.northKep)).toEqual(['10:00', '10:30', '11:00', '11:30'])
    // the week's five rows replaced the five before it; one audit entry per KEP
    expect((await counts()).audit).toBe(before.audit + 1)

    const { applied: athens } = await previewThenApply((impact) =>
      bulkSetWeeklyHours(
        database.db,
        clock,
        operator,
        { municipalityId: ids.athens, validFrom: '2027-03-01', validTo: '2027-03-31', days: [] },
        impact,
      ),
    )
    expect(athens.kepIds.sort()).toEqual([ids.kep, ids.otherKep].sort())
  })

  it('R3.5 bulk bad input: no selector or two, an unknown KEP, a KEP whose hours would overlap, a region without KEPs — nothing written', async () => {
    const before = await counts()
    const refused = async (input: Parameters<typeof bulkSetWeeklyHours>[3]) =>
      fields(await failure(bulkSetWeeklyHours(database.db, clock, operator, input, preview)))
    const days = weekdays('09:00', '12:00')
    expect(await refused({ days })).toEqual([['input.kepIds', 'one_selector']])
    expect(await refused({ days, region: 'Αττική', municipalityId: ids.athens })).toEqual([
      ['input.kepIds', 'one_selector'],
    ])
    expect(
      await refused({ days, kepIds: [ids.kep, '00000000-0000-4000-8000-00000000dead'] }),
    ).toEqual([['input.kepIds[1]', 'unknown']])
    expect(await refused({ days, region: 'Ατλαντίδα' })).toEqual([['input.region', 'no_keps']])
    expect(
      await refused({ days, kepIds: [ids.kep, ids.northKep], validFrom: '2027-05-01' }),
    ).toEqual([
      ['input.validFrom', 'overlaps_variant'],
      ['input.validFrom', 'overlaps_variant'],
    ])
    expect(await refused({ days: [{ weekday: 0, windows: [] }], kepIds: [ids.kep] })).toEqual([
      ['input.days[0].weekday', 'out_of_range'],
    ])
    expect(await counts()).toEqual(before)
  })
})

describe('closures (R3.4, R3.5)', () => {
  const closure = (over: Partial<Parameters<typeof addKepClosure>[3]> = {}) => ({
    kepId: ids.kep,
    startsOn: '2027-01-07',
    endsOn: '2027-01-08',
    recurring: false,
    reasonEl: 'Απεργία',
    reasonEn: 'Strike',
    ...over,
  })

  it('R3.4 an OPERATOR closes a KEP for two days: previewed, applied, the slots gone at once, listed, audited; removing it opens them again', async () => {
    expect(await slots('2027-01-07')).not.toEqual([])
    const before = await counts()
    const { previewed, applied } = await previewThenApply((impact) =>
      addKepClosure(database.db, clock, operator, closure(), impact),
    )
    expect(previewed.closure).toBeNull()
    expect(applied.closure).toMatchObject({
      kepId: ids.kep,
      startsOn: '2027-01-07',
      endsOn: '2027-01-08',
      kind: 'closure',
      reason: { el: 'Απεργία', en: 'Strike' },
    })
    expect(await counts()).toMatchObject({ closures: before.closures + 1, audit: before.audit + 1 })
    expect(await slots('2027-01-07')).toEqual([])
    expect(await slots('2027-01-08')).toEqual([])
    expect(await slots('2027-01-11')).not.toEqual([])

    const listed = await listKepClosures(database.db, manager, {
      from: '2027-01-01',
      to: '2027-01-31',
    })
    expect(listed.map((c) => c.id)).toEqual([applied.closure!.id])
    expect(
      await listKepClosures(database.db, auditor, {
        kepId: ids.otherKep,
        from: '2027-01-01',
        to: '2027-01-31',
      }),
    ).toEqual([])

    const removed = await removeKepClosure(database.db, clock, operator, applied.closure!.id)
    expect(removed.id).toBe(applied.closure!.id)
    expect(await slots('2027-01-07')).not.toEqual([])
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'kep.closure.remove'))
    expect(entry!.details).toMatchObject({ before: { id: removed.id }, after: null })
    expect((await failure(removeKepClosure(database.db, clock, operator, removed.id))).code).toBe(
      'NOT_FOUND',
    )
  })

  it('R3.4 a recurring closure repeats every year; a closure of every KEP is an ADMINISTRATOR’s', async () => {
    const { applied } = await previewThenApply((impact) =>
      addKepClosure(
        database.db,
        clock,
        operator,
        closure({
          startsOn: '2026-01-18',
          endsOn: '2026-01-18',
          recurring: true,
          reasonEl: 'Τοπική εορτή',
          reasonEn: 'Local feast',
        }),
        impact,
      ),
    )
    expect(await slots('2027-01-18')).toEqual([])
    expect(
      (
        await listKepClosures(database.db, auditor, {
          kepId: ids.kep,
          from: '2028-01-01',
          to: '2028-01-31',
        })
      ).map((c) => c.id),
    ).toEqual([applied.closure!.id])

    expect(
      (
        await failure(
          addKepClosure(database.db, clock, operator, closure({ kepId: null }), preview),
        )
      ).code,
    ).toBe('FORBIDDEN')
    const national = await previewThenApply((impact) =>
      addKepClosure(
        database.db,
        clock,
        administrator,
        closure({ kepId: null, startsOn: '2027-01-19', endsOn: '2027-01-19' }),
        impact,
      ),
    )
    expect(national.applied.closure!.kepId).toBeNull()
    expect(await slots('2027-01-19', ids.northKep)).toEqual([])
    expect(
      (await failure(removeKepClosure(database.db, clock, operator, national.applied.closure!.id)))
        .code,
    ).toBe('FORBIDDEN')
    await removeKepClosure(database.db, clock, administrator, national.applied.closure!.id)
    expect(await slots('2027-01-19', ids.northKep)).not.toEqual([])
  })

  it('R3.4 a suspension is listed read-only: removing it here is refused', async () => {
    const [suspension] = await database.db
      .insert(kepClosures)
      .values({
        kepId: ids.northKep,
        startsOn: '2027-06-01',
        endsOn: '2027-06-30',
        kind: 'suspension',
        reasonEl: 'Ανακαίνιση',
        reasonEn: 'Renovation',
      })
      .returning()
    const listed = await listKepClosures(database.db, auditor, {
      kepId: ids.northKep,
      from: '2027-06-10',
      to: '2027-06-10',
    })
    expect(listed).toMatchObject([{ id: suspension!.id, kind: 'suspension' }])
    const err = await failure(removeKepClosure(database.db, clock, administrator, suspension!.id))
    expect(fields(err)).toEqual([['id', 'not_a_closure']])
  })

  it('R3.5 closure bad input: end before start, in the past, a year or longer every year, no reason — nothing written', async () => {
    const before = await counts()
    const refused = async (over: Partial<Parameters<typeof addKepClosure>[3]>) =>
      fields(await failure(addKepClosure(database.db, clock, operator, closure(over), preview)))
    expect(await refused({ endsOn: '2027-01-06' })).toEqual([['input.endsOn', 'before_from']])
    expect(await refused({ startsOn: '2027-01-01' })).toEqual([['input.startsOn', 'in_past']])
    expect(await refused({ endsOn: '2031-01-01' })).toEqual([['input.endsOn', 'range_too_long']])
    expect(
      await refused({ startsOn: '2027-02-01', endsOn: '2028-02-01', recurring: true }),
    ).toEqual([['input.endsOn', 'too_long']])
    expect(await refused({ reasonEl: ' ', reasonEn: 'x'.repeat(201) })).toEqual([
      ['input.reasonEl', 'required'],
      ['input.reasonEn', 'too_long'],
    ])
    expect(await refused({ startsOn: 'tomorrow' })).toEqual([['input.startsOn', 'invalid_format']])
    expect(
      (
        await failure(
          addKepClosure(database.db, clock, operator, closure({ kepId: ids.procedure }), preview),
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (
        await failure(
          listKepClosures(database.db, auditor, { from: '2027-01-10', to: '2027-01-01' }),
        )
      ).code,
    ).toBe('VALIDATION_FAILED')
    expect(await counts()).toEqual(before)
  })
})

describe('the impact preview equals the outcome (R3.5)', () => {
  it('R3.5 KEEP (the default): the bookings outside the new hours are listed outsideRules and stay booked, as previewed', async () => {
    const { kepId, booked } = await bookedKep(['2027-01-05T09:00', '2027-01-05T14:00'])
    const [inside, outside] = booked
    const run = (impact: ImpactInput) =>
      setKepWeeklyHours(
        database.db,
        clock,
        operator,
        { kepId, days: weekdays('08:00', '12:00') },
        impact,
      )
    const { previewed, applied } = await previewThenApply(run)
    expect(previewed.impact).toMatchObject({ applied: false, outsideRules: 1, cancelled: 0 })
    expect(previewed.impact.bookings).toMatchObject([
      { bookingId: outside!.id, fate: 'kept', outsideRules: true },
    ])
    const { token: _p, applied: _a, ...predicted } = previewed.impact
    const { token: _t, applied: done, ...outcome } = applied.impact
    expect(done).toBe(true)
    expect(outcome).toEqual(predicted)
    expect(await statuses([inside!.id, outside!.id])).toEqual({
      [inside!.id]: 'booked',
      [outside!.id]: 'booked',
    })
    expect(await mails([inside!.id, outside!.id])).toEqual([])
  })

  it('R3.5 CANCEL: a closure cancels exactly the bookings on its days, one email each, as previewed', async () => {
    const { kepId, booked } = await bookedKep([
      '2027-01-07T09:00',
      '2027-01-07T10:00',
      '2027-01-08T11:00',
    ])
    const [first, second, nextDay] = booked
    const run = (impact: ImpactInput) =>
      addKepClosure(
        database.db,
        clock,
        operator,
        {
          kepId,
          startsOn: '2027-01-07',
          endsOn: '2027-01-07',
          recurring: false,
          reasonEl: 'Απεργία',
          reasonEn: 'Strike',
        },
        { ...impact, uncovered: UncoveredChoice.CANCEL },
      )
    const previewed = await run(preview)
    expect(previewed.impact).toMatchObject({ cancelled: 2, kept: 0 })
    expect(previewed.impact.bookings.map((b) => [b.bookingId, b.fate])).toEqual([
      [first!.id, 'cancelled'],
      [second!.id, 'cancelled'],
    ])
    expect(await mails([first!.id, second!.id])).toEqual([])
    const applied = await run(apply(previewed.impact.token))
    expect(applied.impact.bookings).toEqual(previewed.impact.bookings)
    expect(await statuses([first!.id, second!.id, nextDay!.id])).toMatchObject({
      [nextDay!.id]: 'booked',
    })
    expect((await statuses([first!.id, second!.id]))[first!.id]).not.toBe('booked')
    expect((await statuses([first!.id, second!.id]))[second!.id]).not.toBe('booked')
    const sent = await mails([first!.id, second!.id, nextDay!.id])
    expect(sent.map((m) => m.bookingId).sort()).toEqual([first!.id, second!.id].sort())
    // the slot they held is free again, but the KEP is closed that day
    expect(await slots('2027-01-07', kepId)).toEqual([])
  })

  it('R3.5 bulk: one preview lists the bookings of every KEP changed; a stale token is refused and nothing written', async () => {
    const a = await bookedKep(['2027-01-12T14:00'])
    const b = await bookedKep(['2027-01-12T14:30'])
    const input = { kepIds: [a.kepId, b.kepId], days: weekdays('08:00', '12:00') }
    const previewed = await bulkSetWeeklyHours(database.db, clock, operator, input, preview)
    expect(previewed.impact.bookings.map((x) => x.bookingId)).toEqual([
      a.booked[0]!.id,
      b.booked[0]!.id,
    ])
    expect(previewed.impact.outsideRules).toBe(2)
    // the world changes after the preview: one more booking outside the new hours
    const c = await bookAppointment(
      database.db,
      clock,
      { kind: 'citizen', citizenId: (await aCitizen(database.db)).id, sessionId: 'x' },
      {
        category: 'information',
        procedureId: ids.procedure,
        kepId: a.kepId,
        startsAt: new Date('2027-01-13T13:00:00+02:00'),
        fullName: 'Νίκος Παππάς',
        email: 'nikos@example.gr',
        phone: '694 765 4321',
        postalAddress: 'Αθηνάς 2, 10551 Αθήνα',
        deliveryMethod: 'email',
      },
    )
    expect(c.kepId).toBe(a.kepId)
    const before = await counts()
    const stale = await failure(
      bulkSetWeeklyHours(database.db, clock, operator, input, apply(previewed.impact.token)),
    )
    expect(stale.code).toBe('STALE_PREVIEW')
    expect(await counts()).toEqual(before)
  })
})

describe('issue 13: extraordinary hours through the impact preview (R3.4, R3.5)', () => {
  const special = (kepId: string, date: string, windows: [string, string][]) => ({
    kepId,
    date,
    windows: windows.map(([opensAt, closesAt]) => ({ opensAt, closesAt })),
    reasonEl: 'Έκτακτο ωράριο για απογραφή',
    reasonEn: 'Extraordinary hours for a stocktake',
  })
  const choosing = (uncovered: UncoveredChoice) => (impact: ImpactInput) => ({
    ...impact,
    uncovered,
  })
  /** The impact as the preview and the apply should both say it (token and flag apart). */
  const outcomeOf = ({ token: _t, applied: _a, ...rest }: { token: string; applied: boolean }) =>
    rest

  it('issue 13: KEEP: the preview writes nothing and lists the booking outside the new hours; the apply does exactly that, availability follows at once, one audit entry before/after', async () => {
    const { kepId, booked } = await bookedKep(['2027-01-14T09:00', '2027-01-14T14:00'])
    const [inside, outside] = booked
    const input = special(kepId, '2027-01-14', [['08:00', '12:00']])
    const before = await counts()
    const version = await rulesVersion(database.db)
    const slotsBefore = await slots('2027-01-14', kepId)

    const previewed = await setKepSpecialHoursWithImpact(
      database.db,
      clock,
      operator,
      input,
      preview,
    )
    expect(previewed.impact).toMatchObject({ applied: false, outsideRules: 1, kept: 1 })
    expect(previewed.impact.bookings).toMatchObject([
      { bookingId: outside!.id, fate: 'kept', outsideRules: true, kepId },
    ])
    expect(previewed.specialHours).toMatchObject({
      date: '2027-01-14',
      windows: [{ opensAt: '08:00', closesAt: '12:00' }],
    })
    expect(await counts()).toEqual(before)
    expect(await rulesVersion(database.db)).toBe(version)
    expect(await slots('2027-01-14', kepId)).toEqual(slotsBefore)

    const applied = await setKepSpecialHoursWithImpact(
      database.db,
      clock,
      operator,
      input,
      apply(previewed.impact.token),
    )
    expect(applied.impact.applied).toBe(true)
    expect(outcomeOf(applied.impact)).toEqual(outcomeOf(previewed.impact))
    expect(await statuses([inside!.id, outside!.id])).toEqual({
      [inside!.id]: 'booked',
      [outside!.id]: 'booked',
    })
    expect(await mails([inside!.id, outside!.id])).toEqual([])
    // availability follows at once: 08:00–12:00, the 09:00 booking's slot taken
    expect(await rulesVersion(database.db)).toBeGreaterThan(version)
    expect(await slots('2027-01-14', kepId)).toEqual([
      '08:00',
      '08:30',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '11:30',
    ])
    expect(await counts()).toMatchObject({ special: before.special + 1, audit: before.audit + 1 })
    const entries = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, kepId), eq(auditLog.action, 'kep.special_hours.set')))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ actorKind: 'administrator' })
    expect(entries[0]!.details).toEqual({
      date: '2027-01-14',
      before: null,
      after: {
        windows: [{ opensAt: '08:00', closesAt: '12:00' }],
        reason: { el: input.reasonEl, en: input.reasonEn },
      },
    })
  })

  it('issue 13: MOVE: the booking outside the new hours goes to the other KEP of the municipality, its citizen emailed once, as previewed', async () => {
    const municipality = await aMunicipality(database.db)
    const { kepId, booked } = await bookedKep(['2027-01-15T14:00'], municipality.id)
    const other = await bookedKep([], municipality.id)
    const run = (impact: ImpactInput) =>
      setKepSpecialHoursWithImpact(
        database.db,
        clock,
        operator,
        special(kepId, '2027-01-15', [['08:00', '12:00']]),
        choosing(UncoveredChoice.MOVE)(impact),
      )
    const previewed = await run(preview)
    expect(previewed.impact).toMatchObject({ moved: 1, kept: 0, outsideRules: 0 })
    expect(previewed.impact.bookings).toMatchObject([
      { bookingId: booked[0]!.id, fate: 'moved', toKepId: other.kepId },
    ])
    expect(await mails([booked[0]!.id])).toEqual([])

    const applied = await run(apply(previewed.impact.token))
    expect(outcomeOf(applied.impact)).toEqual(outcomeOf(previewed.impact))
    const [row] = await database.db.select().from(bookings).where(eq(bookings.id, booked[0]!.id))
    expect(row).toMatchObject({ kepId: other.kepId, status: 'booked' })
    expect(row!.startsAt).toEqual(booked[0]!.startsAt)
    expect(await mails([booked[0]!.id])).toEqual([
      { bookingId: booked[0]!.id, kind: 'rescheduled' },
    ])
  })

  it('issue 13: CANCEL: exactly the bookings outside the new hours are cancelled, one email each, as previewed', async () => {
    // a citizen holds at most three upcoming appointments
    const { kepId, booked } = await bookedKep([
      '2027-01-18T08:00',
      '2027-01-18T12:00',
      '2027-01-18T13:00',
    ])
    const [inside, late, later] = booked
    const run = (impact: ImpactInput) =>
      setKepSpecialHoursWithImpact(
        database.db,
        clock,
        operator,
        special(kepId, '2027-01-18', [
          ['07:30', '09:00'],
          ['10:00', '11:00'],
        ]),
        choosing(UncoveredChoice.CANCEL)(impact),
      )
    const { previewed, applied } = await previewThenApply(run)
    expect(previewed.impact).toMatchObject({ cancelled: 2, kept: 0 })
    expect(previewed.impact.bookings.map((b) => [b.bookingId, b.fate])).toEqual([
      [late!.id, 'cancelled'],
      [later!.id, 'cancelled'],
    ])
    expect(outcomeOf(applied.impact)).toEqual(outcomeOf(previewed.impact))
    const after = await statuses([inside!.id, late!.id, later!.id])
    expect(after[inside!.id]).toBe('booked')
    expect(after[late!.id]).not.toBe('booked')
    expect(after[later!.id]).not.toBe('booked')
    const sent = await mails([inside!.id, late!.id, later!.id])
    expect(sent.map((m) => m.bookingId).sort()).toEqual([late!.id, later!.id].sort())
  })

  it('issue 13: STALE_PREVIEW when a booking outside the new hours was made after the preview; nothing written', async () => {
    const { kepId } = await bookedKep([])
    const input = special(kepId, '2027-01-20', [['08:00', '11:00']])
    const previewed = await setKepSpecialHoursWithImpact(
      database.db,
      clock,
      operator,
      input,
      preview,
    )
    expect(previewed.impact.bookings).toEqual([])
    const citizen = await aCitizen(database.db)
    await bookAppointment(
      database.db,
      clock,
      { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
      {
        category: 'information',
        procedureId: ids.procedure,
        kepId,
        startsAt: new Date('2027-01-20T13:00:00+02:00'),
        fullName: 'Νίκος Παππάς',
        email: 'nikos@example.gr',
        phone: '694 765 4321',
        postalAddress: 'Αθηνάς 2, 10551 Αθήνα',
        deliveryMethod: 'email',
      },
    )
    const before = await counts()
    const stale = await failure(
      setKepSpecialHoursWithImpact(
        database.db,
        clock,
        operator,
        input,
        apply(previewed.impact.token),
      ),
    )
    expect(stale.code).toBe('STALE_PREVIEW')
    expect(await counts()).toEqual(before)
    // a token of another change is refused too
    const other = { ...input, windows: [{ opensAt: '08:00', closesAt: '15:00' }] }
    expect(
      (
        await failure(
          setKepSpecialHoursWithImpact(
            database.db,
            clock,
            operator,
            other,
            apply(previewed.impact.token),
          ),
        )
      ).code,
    ).toBe('STALE_PREVIEW')
    expect(await counts()).toEqual(before)
  })

  it('issue 13: removing extraordinary hours previews too: the weekly hours apply again and the evening booking is listed, kept, as previewed', async () => {
    // an employee who could work evenings: the KEP's hours decide
    const { id: kepId } = await aKep(database.db, ids.athens)
    await openingHours(database.db, kepId, '08:00', '15:00')
    await anEmployee(database.db, kepId, {
      windows: [{ weekdays: [1, 2, 3, 4, 5], from: '07:00', to: '21:00' }],
    })
    const date = '2027-01-21'
    await previewThenApply((impact) =>
      setKepSpecialHoursWithImpact(
        database.db,
        clock,
        operator,
        special(kepId, date, [['08:00', '18:00']]),
        impact,
      ),
    )
    const citizen = await aCitizen(database.db)
    const evening = await bookAppointment(
      database.db,
      clock,
      { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
      {
        category: 'information',
        procedureId: ids.procedure,
        kepId,
        startsAt: new Date(`${date}T16:00:00+02:00`),
        fullName: 'Ελένη Γεωργίου',
        email: 'eleni@example.gr',
        phone: '694 111 2233',
        postalAddress: 'Πατησίων 5, 10434 Αθήνα',
        deliveryMethod: 'email',
      },
    )
    expect(await slots(date, kepId)).toContain('17:30')
    const before = await counts()
    const run = (impact: ImpactInput) =>
      removeKepSpecialHoursWithImpact(database.db, clock, operator, { kepId, date }, impact)

    const previewed = await run(preview)
    expect(previewed).toMatchObject({ removed: true, impact: { applied: false, outsideRules: 1 } })
    expect(previewed.impact.bookings).toMatchObject([
      { bookingId: evening.id, fate: 'kept', outsideRules: true },
    ])
    expect(await counts()).toEqual(before)

    const applied = await run(apply(previewed.impact.token))
    expect(applied.removed).toBe(true)
    expect(outcomeOf(applied.impact)).toEqual(outcomeOf(previewed.impact))
    expect(await statuses([evening.id])).toEqual({ [evening.id]: 'booked' })
    expect(await slots(date, kepId)).toHaveLength(14) // 08:00–14:30, the weekly hours
    expect(await counts()).toMatchObject({ special: before.special - 1, audit: before.audit + 1 })
    const [entry] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, kepId), eq(auditLog.action, 'kep.special_hours.remove')))
    expect(entry!.details).toMatchObject({
      date,
      before: { windows: [{ opensAt: '08:00', closesAt: '18:00' }] },
      after: null,
    })

    // nothing left to remove: nothing written; the booking is still listed for follow-up
    const again = await previewThenApply(run)
    expect(again.applied.removed).toBe(false)
    expect(again.applied.impact.bookings).toMatchObject([
      { bookingId: evening.id, fate: 'kept', outsideRules: true },
    ])
    expect((await counts()).audit).toBe(before.audit + 1)
  })

  it('issue 13: bad input is VALIDATION_FAILED naming the field, nothing written', async () => {
    const before = await counts()
    const refused = async (windows: [string, string][], date = '2027-01-22') =>
      fields(
        await failure(
          setKepSpecialHoursWithImpact(
            database.db,
            clock,
            operator,
            special(ids.northKep, date, windows),
            preview,
          ),
        ),
      )
    expect(await refused([['12:00', '10:00']])).toEqual([
      ['input.windows[0].closesAt', 'before_opening'],
    ])
    expect(
      await refused([
        ['11:00', '13:00'],
        ['09:00', '11:30'],
      ]),
    ).toEqual([['input.windows[0].opensAt', 'overlaps']])
    expect(
      await refused([
        ['08:00', '08:30'],
        ['10:00', '10:30'],
        ['12:00', '12:30'],
        ['14:00', '14:30'],
        ['16:00', '16:30'],
      ]),
    ).toEqual([['input.windows', 'too_many']])
    expect(await refused([['09:00', '12:00']], '2027-01-03')).toEqual([['input.date', 'in_past']])
    expect(await refused([])).toEqual([['input.windows', 'required']])
    expect(
      fields(
        await failure(
          setKepSpecialHoursWithImpact(
            database.db,
            clock,
            operator,
            { ...special(ids.northKep, '2027-01-22', [['09:00', '12:00']]), reasonEl: ' ' },
            preview,
          ),
        ),
      ),
    ).toEqual([['input.reasonEl', 'required']])
    expect(
      fields(
        await failure(
          removeKepSpecialHoursWithImpact(
            database.db,
            clock,
            operator,
            { kepId: ids.northKep, date: '2027-01-03' },
            preview,
          ),
        ),
      ),
    ).toEqual([['input.date', 'in_past']])
    expect(await counts()).toEqual(before)
  })

  it('issue 13: OPERATORs and ADMINISTRATORs change extraordinary hours; an AUDITOR is refused; an unknown KEP is NOT_FOUND (managers: manager-hours.test.ts)', async () => {
    const input = special(ids.kep, '2027-01-25', [['09:00', '12:00']])
    const before = await counts()
    for (const actor of [auditor]) {
      expect(
        (await failure(setKepSpecialHoursWithImpact(database.db, clock, actor, input, preview)))
          .code,
      ).toBe('FORBIDDEN')
      expect(
        (
          await failure(
            removeKepSpecialHoursWithImpact(
              database.db,
              clock,
              actor,
              { kepId: ids.kep, date: '2027-01-25' },
              preview,
            ),
          )
        ).code,
      ).toBe('FORBIDDEN')
    }
    const unknown = { ...input, kepId: '00000000-0000-4000-8000-00000000dead' }
    expect(
      (await failure(setKepSpecialHoursWithImpact(database.db, clock, operator, unknown, preview)))
        .code,
    ).toBe('NOT_FOUND')
    expect(await counts()).toEqual(before)
    const { applied } = await previewThenApply((impact) =>
      setKepSpecialHoursWithImpact(database.db, clock, administrator, input, impact),
    )
    expect(applied.impact.applied).toBe(true)
  })
})

describe('over GraphQL (R3.5)', () => {
  it('R3.5 an OPERATOR logged in gets VALIDATION_FAILED naming the nested field, then previews a week', async () => {
    const server = await startTestServer(database, { clock })
    try {
      const admin = await anAdministrator(database.db, { role: 'operator' })
      const { headers } = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
      const set = `mutation ($input: SetKepWeeklyHoursInput!) {
        setKepWeeklyHours(input: $input) { impact { applied token } weeklyHours { variants { days { weekday windows { opensAt closesAt } } } } }
      }`
      const bad = await server.graphql(
        set,
        {
          input: {
            kepId: ids.northKep,
            days: [
              { weekday: 1, windows: [] },
              { weekday: 2, windows: [{ opensAt: '12:00', closesAt: '09:00' }] },
            ],
          },
        },
        headers,
      )
      expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED')
      expect(bad.errors?.[0]?.extensions?.fields).toMatchObject([
        {
          field: 'input.days[1].windows[0].closesAt',
          reason: 'before_opening',
          message: { en: 'The closing time must be after the opening time.' },
        },
      ])
      const ok = await server.graphql<{
        setKepWeeklyHours: { impact: { applied: boolean } }
      }>(set, { input: { kepId: ids.northKep, days: weekdays('08:30', '14:30') } }, headers)
      expect(ok.errors).toBeUndefined()
      expect(ok.data?.setKepWeeklyHours.impact.applied).toBe(false)
    } finally {
      await server.stop()
    }
  })

  it('issue 13: an OPERATOR logged in previews extraordinary hours, then applies them with the token', async () => {
    const server = await startTestServer(database, { clock })
    try {
      const admin = await anAdministrator(database.db, { role: 'operator' })
      const { headers } = await loginAs(server, { gsisUserId: admin.gsisUserId, role: 'admin' })
      const set = `mutation ($input: SetKepSpecialHoursInput!, $impact: ImpactInput) {
        setKepSpecialHoursWithImpact(input: $input, impact: $impact) {
          impact { applied token outsideRules } specialHours { date windows { opensAt closesAt } }
        }
      }`
      type Set = {
        setKepSpecialHoursWithImpact: {
          impact: { applied: boolean; token: string; outsideRules: number }
          specialHours: { date: string }
        }
      }
      const input = {
        kepId: ids.northKep,
        date: '2027-01-26',
        windows: [{ opensAt: '10:00', closesAt: '09:00' }],
        reasonEl: 'Έκτακτο ωράριο',
        reasonEn: 'Extraordinary hours',
      }
      const bad = await server.graphql(set, { input }, headers)
      expect(bad.errors?.[0]?.extensions).toMatchObject({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'input.windows[0].closesAt', reason: 'before_opening' }],
      })
      const good = { ...input, windows: [{ opensAt: '09:00', closesAt: '12:00' }] }
      const previewed = await server.graphql<Set>(set, { input: good }, headers)
      expect(previewed.errors).toBeUndefined()
      expect(previewed.data?.setKepSpecialHoursWithImpact.impact.applied).toBe(false)
      const token = previewed.data!.setKepSpecialHoursWithImpact.impact.token
      const applied = await server.graphql<Set>(
        set,
        { input: good, impact: { apply: true, token } },
        headers,
      )
      expect(applied.errors).toBeUndefined()
      expect(applied.data?.setKepSpecialHoursWithImpact).toMatchObject({
        impact: { applied: true },
        specialHours: { date: '2027-01-26' },
      })
      expect(await slots('2027-01-26', ids.northKep)).toEqual([
        '09:00',
        '09:30',
        '10:00',
        '10:30',
        '11:00',
        '11:30',
      ])
    } finally {
      await server.stop()
    }
  })
})
