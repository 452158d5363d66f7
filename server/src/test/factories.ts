import { randomBytes } from 'node:crypto'
import type { Db } from '../platform/db/client.js'
import { bookings } from '../modules/bookings/index.js'
import {
  keps,
  municipalities,
  procedureSearchText,
  procedures,
  serviceCategories,
  type CategoryCode,
} from '../modules/catalog/index.js'
import { citizens, employees } from '../modules/identity/index.js'
import { employeeAvailability, kepOpeningHours, workstations } from '../modules/scheduling/index.js'

// Tests build their own data: each factory inserts one row with sensible defaults.

const unique = () => randomBytes(4).toString('hex')

type Insert<T extends { $inferInsert: unknown }> = Partial<T['$inferInsert']>

export async function aCategory(
  db: Db,
  code: CategoryCode,
  over: Insert<typeof serviceCategories> = {},
) {
  const [row] = await db
    .insert(serviceCategories)
    .values({
      code,
      nameEl: `Πεδίο ${code}`,
      nameEn: `Field ${code}`,
      descriptionEl: '',
      descriptionEn: '',
      municipal: code === 'municipal',
      callMinutes: code === 'disability' ? 40 : 20,
      bufferMinutes: 10,
      slotStepMinutes: 30,
      minNoticeMinutes: 60,
      horizonDays: 60,
      ...over,
    })
    .returning()
  return row!
}

export async function aMunicipality(db: Db, over: Insert<typeof municipalities> = {}) {
  const u = unique()
  const [row] = await db
    .insert(municipalities)
    .values({
      code: `m-${u}`,
      nameEl: `Δήμος Δοκιμής ${u}`,
      nameEn: `Test Municipality ${u}`,
      regionEl: 'Αττική',
      regionEn: 'Attica',
      participation: 'participating',
      joinedOn: '2022-05-01',
      ...over,
    })
    .returning()
  return row!
}

export async function aKep(db: Db, municipalityId: string, over: Insert<typeof keps> = {}) {
  const u = unique()
  const [row] = await db
    .insert(keps)
    .values({
      municipalityId,
      code: `KEP-${u}`,
      nameEl: `ΚΕΠ ${u}`,
      nameEn: `KEP ${u}`,
      addressEl: 'Ερμού 1',
      addressEn: '1 Ermou Street',
      postalCode: '10563',
      cityEl: 'Αθήνα',
      cityEn: 'Athens',
      phone: '2101234567',
      email: `kep-${u}@example.gr`,
      ...over,
    })
    .returning()
  return row!
}

export async function aProcedure(
  db: Db,
  categoryId: string,
  over: Insert<typeof procedures> & { titleEl?: string; titleEn?: string } = {},
) {
  const code = over.code ?? `P-${unique()}`
  const titleEl = over.titleEl ?? `Διαδικασία ${code}`
  const titleEn = over.titleEn ?? `Procedure ${code}`
  const [row] = await db
    .insert(procedures)
    .values({
      categoryId,
      code,
      titleEl,
      titleEn,
      searchText: procedureSearchText({ code, titleEl, titleEn }),
      ...over,
    })
    .returning()
  return row!
}

/** Weekday hours for a KEP, Monday to Friday unless told otherwise. */
export async function openingHours(
  db: Db,
  kepId: string,
  opensAt = '08:00',
  closesAt = '15:00',
  weekdays = [1, 2, 3, 4, 5],
) {
  await db
    .insert(kepOpeningHours)
    .values(weekdays.map((weekday) => ({ kepId, weekday, opensAt, closesAt })))
}

/** A workstation of a KEP. */
export async function aWorkstation(db: Db, kepId: string, label = `ws-${unique()}`) {
  const [row] = await db.insert(workstations).values({ kepId, label }).returning()
  return row!
}

/**
 * An employee of a KEP who takes calls at a workstation in the given weekly windows
 * (default Monday to Friday 08:00–15:00), valid from 2020 on.
 */
export async function anEmployee(
  db: Db,
  kepId: string,
  options: {
    workstationId?: string
    windows?: { weekdays: number[]; from: string; to: string }[]
    role?: 'staff' | 'manager'
    validFrom?: string
    validTo?: string | null
  } = {},
) {
  const u = unique()
  const [employee] = await db
    .insert(employees)
    .values({
      kepId,
      gsisUserId: `emp-${u}`,
      fullName: `Υπάλληλος ${u}`,
      email: `emp-${u}@example.gr`,
      role: options.role ?? 'staff',
    })
    .returning()
  const workstationId = options.workstationId ?? (await aWorkstation(db, kepId)).id
  const windows = options.windows ?? [{ weekdays: [1, 2, 3, 4, 5], from: '08:00', to: '15:00' }]
  await db.insert(employeeAvailability).values(
    windows.flatMap((w) =>
      w.weekdays.map((weekday) => ({
        employeeId: employee!.id,
        workstationId,
        weekday,
        startsAt: w.from,
        endsAt: w.to,
        validFrom: options.validFrom ?? '2020-01-01',
        validTo: options.validTo ?? null,
      })),
    ),
  )
  // made with one, so never null here
  return { ...employee!, gsisUserId: employee!.gsisUserId!, workstationId }
}

/** A citizen as the identity module would create at first login. */
export async function aCitizen(db: Db, over: Insert<typeof citizens> = {}) {
  const u = unique()
  const [row] = await db
    .insert(citizens)
    .values({
      gsisUserId: `cit-${u}`,
      firstName: 'Μαρία',
      lastName: `Ιωάννου ${u}`,
      ...over,
    })
    .returning()
  return row!
}

/**
 * A booking written straight into the table, past the booking rules (those have tests of their
 * own in the bookings module): a 20-minute call at `startsAt` with `employee` at their
 * workstation, for Μαρία Παπαδοπούλου, the result delivered by email. It has no reservation, so
 * it holds nobody's time: occupancy is scheduling's, made only by its reserve (issue 12).
 */
export async function aBooking(
  db: Db,
  of: {
    citizenId: string
    categoryId: string
    procedureId: string
    kepId: string
    employee: { id: string; workstationId: string }
    startsAt: Date
  } & Insert<typeof bookings>,
) {
  const { employee, startsAt, ...over } = of
  const [row] = await db
    .insert(bookings)
    .values({
      reference: `KEP-${startsAt.getUTCFullYear()}-${unique()}`,
      employeeId: employee.id,
      workstationId: employee.workstationId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      fullName: 'Μαρία Παπαδοπούλου',
      email: 'maria@example.gr',
      phone: '2101234567',
      postalAddress: 'Ερμού 1, 10563 Αθήνα',
      deliveryMethod: 'email',
      ...over,
    })
    .returning()
  return row!
}
