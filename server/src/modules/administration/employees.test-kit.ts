import { afterAll, beforeAll, expect } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Database } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import {
  aCategory,
  aCitizen,
  aKep,
  aMunicipality,
  aProcedure,
  openingHours,
} from '../../test/factories.js'
import { bookAppointment } from '../bookings/index.js'
import { UncoveredChoice, type ImpactInput } from './impact.types.js'

// What the tests of employees' changes (availability, absences, leaving, moving) share.

export const operator: Actor = {
  kind: 'administrator',
  administratorId: '00000000-0000-4000-8000-000000000001',
  role: 'operator',
  sessionId: '00000000-0000-4000-8000-000000000002',
}
export const auditor: Actor = { ...operator, role: 'auditor' }

export const preview = (uncovered = UncoveredChoice.KEEP): ImpactInput => ({
  apply: false,
  token: null,
  uncovered,
})
export const apply = (token: string, uncovered = UncoveredChoice.KEEP): ImpactInput => ({
  apply: true,
  token,
  uncovered,
})

/** The DomainError `promise` is refused with (the test fails if it is not refused). */
export async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(DomainError)
  return err as DomainError
}

/**
 * A database for the file (made before its tests, closed after them) with the information
 * field (20-minute calls, 10 minutes' buffer, slots every 30 minutes), a municipality and a
 * procedure; `openKep` and `book` make KEPs and bookings in it at `clock`'s now.
 */
export function employeesTestKit(clock: Clock) {
  let database: Database | undefined
  const ids = { municipality: '', procedure: '' }
  beforeAll(async () => {
    database = await createTestDatabase()
    const info = await aCategory(database.db, 'information', {
      callMinutes: 20,
      bufferMinutes: 10,
      slotStepMinutes: 30,
      minNoticeMinutes: 60,
      horizonDays: 60,
    })
    ids.municipality = (await aMunicipality(database.db)).id
    ids.procedure = (await aProcedure(database.db, info.id)).id
  })
  afterAll(() => database?.close())
  const kit = {
    ids,
    /** The file's database (after its `beforeAll`). */
    get database(): Database {
      if (!database) throw new Error('the test database is made in beforeAll')
      return database
    },
    /** A KEP open Monday to Friday 08:00–15:00. */
    async openKep() {
      const kep = await aKep(kit.database.db, ids.municipality)
      await openingHours(kit.database.db, kep.id, '08:00', '15:00')
      return kep
    },
    /** A booking by a new citizen at `kepId`, at Athens wall-clock `at` (e.g. 2027-01-05T10:00). */
    async book(kepId: string, at: string) {
      const citizen = await aCitizen(kit.database.db)
      return bookAppointment(
        kit.database.db,
        clock,
        { kind: 'citizen', citizenId: citizen.id, sessionId: citizen.id },
        {
          category: 'information',
          procedureId: ids.procedure,
          kepId,
          startsAt: new Date(`${at}:00+02:00`),
          fullName: 'Μαρία Ιωάννου',
          email: 'maria@example.gr',
          phone: '694 123 4567',
          postalAddress: 'Ερμού 10, 10563 Αθήνα',
          deliveryMethod: 'email',
        },
      )
    },
  }
  return kit
}
