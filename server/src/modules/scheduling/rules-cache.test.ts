import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { fixedClock } from '../../platform/clock.js'
import type { Database, Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aKep,
  aMunicipality,
  anEmployee,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { employees } from '../identity/index.js'
import { keps, municipalities, serviceCategories } from '../catalog/index.js'
import * as schedulingA from './scheduling.service.js'
import {
  employeeAbsences,
  employeeAvailability,
  kepClosures,
  kepOpeningHours,
  kepSpecialHours,
  workstations,
} from './scheduling.table.js'

// Every kind of change to what availability is computed from takes effect at once, on every
// server instance (each keeps the rules and the occupancy index in memory, issue 12): written
// straight into the database, as any writer would, the next answer of both instances follows.

const clock = fixedClock('2027-01-04T06:00:00Z')
const day = '2027-01-12' // a Tuesday
let database: Database
let procedureId: string
let categoryId: string
let b: typeof schedulingA

beforeAll(async () => {
  database = await createTestDatabase()
  const category = await aCategory(database.db, 'information', {
    callMinutes: 20,
    bufferMinutes: 10,
    slotStepMinutes: 10,
    minNoticeMinutes: 0,
  })
  categoryId = category.id
  procedureId = (await aProcedure(database.db, category.id)).id
  vi.resetModules()
  b = await import('./scheduling.service.js')
})
afterAll(() => database?.close())

const at = (hhmm: string) => new Date(`${day}T${hhmm}:00+02:00`)

interface Setting {
  municipalityId: string
  kepId: string
  employeeId: string
  workstationId: string
}

/** A KEP open Tuesdays 08:00–16:00 with one employee available 08:00–12:00. */
async function aSetting(db: Db): Promise<Setting> {
  const municipality = await aMunicipality(db)
  const kep = await aKep(db, municipality.id)
  await openingHours(db, kep.id, '08:00', '16:00', [2])
  const employee = await anEmployee(db, kep.id, {
    windows: [{ weekdays: [2], from: '08:00', to: '12:00' }],
  })
  const [availability] = await db
    .select({ workstationId: employeeAvailability.workstationId })
    .from(employeeAvailability)
    .where(eq(employeeAvailability.employeeId, employee.id))
  return {
    municipalityId: municipality.id,
    kepId: kep.id,
    employeeId: employee.id,
    workstationId: availability!.workstationId,
  }
}

/** The first and last start offered, and how many; or the refusal's code. */
async function answer(instance: typeof schedulingA, scope: Record<string, string>) {
  try {
    const { days } = await instance.availability(database.db, clock, {
      category: 'information',
      procedureId,
      from: day,
      to: day,
      ...scope,
    })
    const slots = days[0]!.slots
    return slots.length === 0
      ? 'none'
      : `${slots[0]!.localTime}–${slots.at(-1)!.localTime} (${slots.length})`
  } catch (err) {
    if (err instanceof Error && err.constructor.name === DomainError.name) {
      return (err as DomainError).code
    }
    throw err
  }
}

const changes: [string, (db: Db, s: Setting) => Promise<unknown>, string][] = [
  [
    "the KEP's weekly hours",
    (db, s) =>
      db
        .update(kepOpeningHours)
        .set({ closesAt: '10:00' })
        .where(eq(kepOpeningHours.kepId, s.kepId)),
    '08:00–09:40 (11)',
  ],
  [
    'a closure of the KEP',
    (db, s) =>
      db.insert(kepClosures).values({
        kepId: s.kepId,
        startsOn: day,
        endsOn: day,
        reasonEl: 'Απολύμανση',
        reasonEn: 'Disinfection',
      }),
    'none',
  ],
  [
    'extraordinary hours on the date',
    (db, s) =>
      db.insert(kepSpecialHours).values({
        kepId: s.kepId,
        onDate: day,
        opensAt: '10:00',
        closesAt: '11:00',
        reasonEl: 'Σύντομο ωράριο',
        reasonEn: 'Short hours',
      }),
    '10:00–10:40 (5)',
  ],
  [
    "an employee's availability",
    (db, s) =>
      db
        .update(employeeAvailability)
        .set({ endsAt: '09:00' })
        .where(eq(employeeAvailability.employeeId, s.employeeId)),
    '08:00–08:40 (5)',
  ],
  [
    'an absence',
    (db, s) =>
      db
        .insert(employeeAbsences)
        .values({ employeeId: s.employeeId, startsAt: at('08:00'), endsAt: at('11:00') }),
    '11:00–11:40 (5)',
  ],
  [
    'an employee deactivated',
    (db, s) => db.update(employees).set({ active: false }).where(eq(employees.id, s.employeeId)),
    'none',
  ],
  [
    'a workstation deactivated',
    (db, s) =>
      db.update(workstations).set({ active: false }).where(eq(workstations.id, s.workstationId)),
    'none',
  ],
  [
    'the KEP deactivated',
    (db, s) => db.update(keps).set({ active: false }).where(eq(keps.id, s.kepId)),
    'VALIDATION_FAILED',
  ],
  [
    "the municipality's participation suspended",
    (db, s) =>
      db
        .update(municipalities)
        .set({ participation: 'suspended' })
        .where(eq(municipalities.id, s.municipalityId)),
    'VALIDATION_FAILED',
  ],
]

describe('issue 12 (and 13, item 6): a change of the rules counts at once on every instance', () => {
  it.each(changes)('%s', async (_, change, after) => {
    const db = database.db
    const s = await aSetting(db)
    for (const instance of [schedulingA, b]) {
      expect(await answer(instance, { kepId: s.kepId })).toBe('08:00–11:40 (23)')
    }
    await change(db, s)
    for (const instance of [schedulingA, b]) {
      expect(await answer(instance, { kepId: s.kepId })).toBe(after)
    }
  })

  it('a closure of every KEP', async () => {
    const db = database.db
    const s = await aSetting(db)
    for (const instance of [schedulingA, b]) {
      expect(await answer(instance, { kepId: s.kepId })).toBe('08:00–11:40 (23)')
    }
    const [closure] = await db
      .insert(kepClosures)
      .values({
        kepId: null,
        startsOn: day,
        endsOn: day,
        reasonEl: 'Έκτακτη αργία',
        reasonEn: 'Extraordinary holiday',
      })
      .returning()
    try {
      for (const instance of [schedulingA, b]) {
        expect(await answer(instance, { kepId: s.kepId })).toBe('none')
        expect(await answer(instance, {})).toBe('none')
      }
    } finally {
      await db.delete(kepClosures).where(eq(kepClosures.id, closure!.id))
    }
    for (const instance of [schedulingA, b]) {
      expect(await answer(instance, { kepId: s.kepId })).toBe('08:00–11:40 (23)')
    }
  })

  it("a field's parameters (a longer call): read with every request", async () => {
    const db = database.db
    const s = await aSetting(db)
    for (const instance of [schedulingA, b]) {
      expect(await answer(instance, { kepId: s.kepId })).toBe('08:00–11:40 (23)')
      expect(await answer(instance, { municipalityId: s.municipalityId })).toBe('08:00–11:40 (23)')
    }
    await db
      .update(serviceCategories)
      .set({ callMinutes: 40 })
      .where(eq(serviceCategories.id, categoryId))
    try {
      for (const instance of [schedulingA, b]) {
        expect(await answer(instance, { kepId: s.kepId })).toBe('08:00–11:20 (21)')
        expect(await answer(instance, { municipalityId: s.municipalityId })).toBe(
          '08:00–11:20 (21)',
        )
      }
    } finally {
      await db.execute(
        sql`update service_categories set call_minutes = 20 where id = ${categoryId}`,
      )
    }
  })
})
