import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { count, sql } from 'drizzle-orm'
import { serverRoot } from '../platform/config.js'
import type { Db } from '../platform/db/client.js'
import type { Logger } from '../platform/logger.js'
import {
  keps,
  municipalities,
  procedureSearchText,
  procedures,
  serviceCategories,
  type DocumentKind,
} from '../modules/catalog/index.js'
import { administrators, employees, municipalityOfficers } from '../modules/identity/index.js'
import { municipalityApplications } from '../modules/onboarding/index.js'
import {
  employeeAvailability,
  kepClosures,
  kepOpeningHours,
  workstations,
} from '../modules/scheduling/index.js'
import { settings } from '../modules/settings/index.js'

export const seedDir = path.join(serverRoot, 'seed')

// The shapes of the data files in server/seed/ (see its README.md).
interface CategoryFile {
  code: string
  nameEl: string
  nameEn: string
  descriptionEl: string
  descriptionEn: string
  municipal: boolean
  callMinutes: number
  bufferMinutes: number
  slotStepMinutes: number
  minNoticeMinutes: number
  horizonDays: number
  sortOrder: number
}
interface ProcedureFile {
  code: string
  category?: string
  titleEl: string
  titleEn: string
  descriptionEl: string
  descriptionEn: string
  requiredDocumentsEl: string[]
  requiredDocumentsEn: string[]
  /** Issue 16 item 2: how each required document is given, by its Greek text. */
  documentKinds?: Record<string, DocumentKind>
}
interface HoursWindow {
  weekdays: number[]
  opens: string
  closes: string
  validFrom?: string
  validTo?: string
}
interface KepFile {
  code: string
  nameEl: string
  nameEn: string
  addressEl: string
  addressEn: string
  postalCode: string
  cityEl: string
  cityEn: string
  phone: string
  email: string
  hours: string
  workstations: number
}
interface MunicipalityFile {
  code: string
  nameEl: string
  nameEn: string
  regionEl: string
  regionEn: string
  participation: 'applied' | 'participating' | 'suspended' | 'withdrawn'
  joinedOn?: string | null
  closures?: { date: string; reasonEl: string; reasonEn: string }[]
  keps: KepFile[]
  procedures?: ProcedureFile[]
}
interface StaffFile {
  kep: string
  fullName: string
  email: string
  gsisUserId: string
  role: 'staff' | 'manager'
  workstation: number
  availability: { weekdays: number[]; from: string; to: string }[]
}
interface AdministratorFile {
  fullName: string
  email: string
  gsisUserId: string
  /** Art. 3.5; an entry without one is an ADMINISTRATOR (the column's default). */
  role?: 'administrator' | 'operator' | 'auditor'
}

/** Issue 18: officers, and the applications of the municipalities that applied (applications.json). */
interface ApplicationsFile {
  officers: { gsisUserId: string; taxId: string; fullName: string; municipality: string }[]
  applications: {
    municipality: string
    decisionNumber: string
    decisionDate: string
    contact: { name: string; email: string; phone: string }
    /** An existing KEP by its code (existingKep), or a new one with its fields and hours. */
    keps: (
      | { key: string; existingKep: string }
      | (Omit<KepFile, 'code' | 'hours' | 'workstations'> & {
          key: string
          hours: { weekday: number; opens: string; closes: string }[]
        })
    )[]
    employees: { fullName: string; taxId: string; kepKey: string; email: string }[]
    services: {
      titleEl: string
      titleEn: string
      descriptionEl: string
      descriptionEn: string
      requiredDocumentsEl: string[]
      requiredDocumentsEn: string[]
      formUrl: string | null
      pickUpAtKep: boolean
    }[]
    submittedAt: string
  }[]
}

export interface SeedData {
  categories: CategoryFile[]
  procedures: ProcedureFile[]
  openingHours: Record<string, HoursWindow[]>
  municipalities: MunicipalityFile[]
  staff: StaffFile[]
  administrators: AdministratorFile[]
  settings: Record<string, unknown>
  applications: ApplicationsFile
}

async function readJson<T>(name: string, dir: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, name), 'utf8')) as T
}

export async function loadSeedData(dir = seedDir): Promise<SeedData> {
  const [
    categories,
    procedures_,
    openingHours,
    municipalities_,
    staff,
    administrators_,
    settings_,
    applications_,
  ] = await Promise.all([
    readJson<CategoryFile[]>('categories.json', dir),
    readJson<ProcedureFile[]>('procedures.json', dir),
    readJson<Record<string, HoursWindow[]>>('opening-hours.json', dir),
    readJson<MunicipalityFile[]>('municipalities.json', dir),
    readJson<StaffFile[]>('staff.json', dir),
    readJson<AdministratorFile[]>('administrators.json', dir),
    readJson<Record<string, unknown>>('settings.json', dir),
    readJson<ApplicationsFile>('applications.json', dir),
  ])
  return {
    categories,
    procedures: procedures_,
    openingHours,
    municipalities: municipalities_,
    staff,
    administrators: administrators_,
    settings: settings_,
    applications: applications_,
  }
}

/** Every reference the data files make between themselves; empty when consistent. */
export function validateSeedData(data: SeedData): string[] {
  const problems: string[] = []
  const categories = new Set(data.categories.map((c) => c.code))
  for (const p of data.procedures) {
    if (!p.category || !categories.has(p.category)) {
      problems.push(`procedures.json ${p.code}: unknown category "${p.category}"`)
    }
  }
  const procedureFiles = [
    ...data.procedures.map((p) => ({ file: 'procedures.json', p })),
    ...data.municipalities.flatMap((m) =>
      (m.procedures ?? []).map((p) => ({ file: 'municipalities.json', p })),
    ),
  ]
  for (const { file, p } of procedureFiles) {
    for (const name of Object.keys(p.documentKinds ?? {})) {
      if (!p.requiredDocumentsEl.includes(name)) {
        problems.push(`${file} ${p.code}: a kind for "${name}", not a required document`)
      }
    }
  }
  if (!categories.has('municipal')) problems.push('categories.json: no "municipal" category')
  const kepWorkstations = new Map<string, number>()
  for (const m of data.municipalities) {
    for (const k of m.keps) {
      if (kepWorkstations.has(k.code)) problems.push(`municipalities.json: KEP ${k.code} twice`)
      kepWorkstations.set(k.code, k.workstations)
      if (!data.openingHours[k.hours]) {
        problems.push(`municipalities.json ${k.code}: unknown hours "${k.hours}"`)
      }
    }
  }
  for (const s of data.staff) {
    const stations = kepWorkstations.get(s.kep)
    if (stations === undefined) problems.push(`staff.json ${s.gsisUserId}: unknown KEP "${s.kep}"`)
    else if (s.workstation < 1 || s.workstation > stations) {
      problems.push(`staff.json ${s.gsisUserId}: no workstation ${s.workstation} at ${s.kep}`)
    }
  }
  const municipalityCodes = new Map(data.municipalities.map((m) => [m.code, m]))
  for (const o of data.applications.officers) {
    if (!municipalityCodes.has(o.municipality)) {
      problems.push(
        `applications.json officer ${o.gsisUserId}: unknown municipality "${o.municipality}"`,
      )
    }
  }
  for (const a of data.applications.applications) {
    const m = municipalityCodes.get(a.municipality)
    if (!m) problems.push(`applications.json: unknown municipality "${a.municipality}"`)
    for (const k of a.keps) {
      if ('existingKep' in k && !m?.keps.some((mk) => mk.code === k.existingKep)) {
        problems.push(`applications.json ${a.municipality}: KEP ${k.existingKep} is not of it`)
      }
    }
  }
  return problems
}

/** Recurring closures keep month and day; the year 2000 is a placeholder (a leap year). */
const recurringDate = (monthDay: string) => `2000-${monthDay}`

/** When the seed's officers were granted their municipality. */
const seededAt = '2026-11-01T09:00:00Z'

/** Availability in the seed holds from this date on, with no end. */
const availabilityFrom = '2024-01-01'

/**
 * Loads the seed data in one transaction: all of it or, on any failure, nothing.
 * @throws Error naming the file and record when the data refers to something that is not there.
 */
export async function seed(db: Db, data: SeedData): Promise<void> {
  const problems = validateSeedData(data)
  if (problems.length > 0) {
    throw new Error(`The seed data has problems:\n  - ${problems.join('\n  - ')}`)
  }
  await db.transaction(async (tx) => {
    const categoryIds = new Map<string, string>()
    for (const row of await tx.insert(serviceCategories).values(data.categories).returning()) {
      categoryIds.set(row.code, row.id)
    }
    const categoryId = (code: string | undefined) => categoryIds.get(code!)!

    await insertBatched(
      tx,
      procedures,
      data.procedures.map((p) => ({
        ...p,
        categoryId: categoryId(p.category),
        searchText: procedureSearchText(p),
      })),
    )

    const municipalityRows = await insertBatched(
      tx,
      municipalities,
      data.municipalities.map((m) => ({
        code: m.code,
        nameEl: m.nameEl,
        nameEn: m.nameEn,
        regionEl: m.regionEl,
        regionEn: m.regionEn,
        participation: m.participation,
        joinedOn: m.joinedOn ?? null,
      })),
    )
    const municipalityIds = new Map(municipalityRows.map((m) => [m.code, m.id]))

    const municipalCategory = categoryId('municipal')
    await insertBatched(
      tx,
      procedures,
      data.municipalities.flatMap((m) =>
        (m.procedures ?? []).map((p) => ({
          ...p,
          categoryId: municipalCategory,
          municipalityId: municipalityIds.get(m.code)!,
          searchText: procedureSearchText(p),
        })),
      ),
    )

    const kepRows = await insertBatched(
      tx,
      keps,
      data.municipalities.flatMap((m) =>
        m.keps.map(({ hours: _hours, workstations: _ws, ...k }) => ({
          ...k,
          municipalityId: municipalityIds.get(m.code)!,
        })),
      ),
    )
    const kepIds = new Map(kepRows.map((k) => [k.code, k.id]))
    const kepFiles = new Map(data.municipalities.flatMap((m) => m.keps.map((k) => [k.code, k])))

    await insertBatched(
      tx,
      kepOpeningHours,
      [...kepFiles.values()].flatMap((k) => {
        return data.openingHours[k.hours]!.flatMap((w) =>
          w.weekdays.map((weekday) => ({
            kepId: kepIds.get(k.code)!,
            weekday,
            opensAt: w.opens,
            closesAt: w.closes,
            seasonFrom: w.validFrom ?? null,
            seasonTo: w.validTo ?? null,
          })),
        )
      }),
    )

    await insertBatched(
      tx,
      kepClosures,
      data.municipalities.flatMap((m) =>
        (m.closures ?? []).flatMap((c) =>
          m.keps.map((k) => ({
            kepId: kepIds.get(k.code)!,
            startsOn: recurringDate(c.date),
            endsOn: recurringDate(c.date),
            recurring: true,
            reasonEl: c.reasonEl,
            reasonEn: c.reasonEn,
          })),
        ),
      ),
    )

    const workstationRows = await insertBatched(
      tx,
      workstations,
      [...kepFiles.values()].flatMap((k) =>
        Array.from({ length: k.workstations }, (_, i) => ({
          kepId: kepIds.get(k.code)!,
          label: `${i + 1}`,
        })),
      ),
    )
    const workstationIds = new Map(workstationRows.map((w) => [`${w.kepId}/${w.label}`, w.id]))

    const employeeRows = await insertBatched(
      tx,
      employees,
      data.staff.map((s) => ({
        kepId: kepIds.get(s.kep)!,
        gsisUserId: s.gsisUserId,
        fullName: s.fullName,
        email: s.email,
        role: s.role,
      })),
    )
    const employeeIds = new Map(employeeRows.map((e) => [e.gsisUserId, e]))

    await insertBatched(
      tx,
      employeeAvailability,
      data.staff.flatMap((s) => {
        const employee = employeeIds.get(s.gsisUserId)!
        const workstationId = workstationIds.get(`${employee.kepId}/${s.workstation}`)!
        return s.availability.flatMap((a) =>
          a.weekdays.map((weekday) => ({
            employeeId: employee.id,
            workstationId,
            weekday,
            startsAt: a.from,
            endsAt: a.to,
            validFrom: availabilityFrom,
          })),
        )
      }),
    )

    await insertBatched(tx, administrators, data.administrators)
    await insertBatched(
      tx,
      municipalityOfficers,
      data.applications.officers.map((o) => ({
        gsisUserId: o.gsisUserId,
        taxId: o.taxId,
        fullName: o.fullName,
        municipalityId: municipalityIds.get(o.municipality)!,
        grantedAt: new Date(seededAt),
      })),
    )
    // issue 18: the municipalities that applied are in the ministry's queue
    await insertBatched(
      tx,
      municipalityApplications,
      data.applications.applications.map((a) => ({
        municipalityId: municipalityIds.get(a.municipality)!,
        status: 'submitted' as const,
        decisionNumber: a.decisionNumber,
        decisionDate: a.decisionDate,
        contactName: a.contact.name,
        contactEmail: a.contact.email,
        contactPhone: a.contact.phone,
        keps: a.keps.map((k) =>
          'existingKep' in k
            ? {
                key: k.key,
                existingKepId: kepIds.get(k.existingKep)!,
                ...Object.fromEntries(
                  (
                    [
                      'nameEl',
                      'nameEn',
                      'addressEl',
                      'addressEn',
                      'postalCode',
                      'cityEl',
                      'cityEn',
                      'phone',
                      'email',
                    ] as const
                  ).map((f) => [f, kepFiles.get(k.existingKep)![f]]),
                ),
                hours: [],
              }
            : { ...k, existingKepId: null },
        ) as (typeof municipalityApplications.$inferInsert)['keps'],
        employees: a.employees,
        services: a.services,
        submittedAt: new Date(a.submittedAt),
        createdAt: new Date(a.submittedAt),
        updatedAt: new Date(a.submittedAt),
        version: 2,
        history: [
          { status: 'draft', at: a.submittedAt, note: null },
          { status: 'submitted', at: a.submittedAt, note: null },
        ],
      })),
    )
    await insertBatched(
      tx,
      settings,
      Object.entries(data.settings).map(([key, value]) => ({ key, value })),
    )
  })
}

/** Inserts many rows in chunks, below the protocol's limit on bound parameters. */
async function insertBatched<T extends Parameters<Db['insert']>[0]>(
  db: Db,
  table: T,
  rows: T['$inferInsert'][],
): Promise<T['$inferSelect'][]> {
  const out: T['$inferSelect'][] = []
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500)
    out.push(...((await db.insert(table).values(chunk).returning()) as T['$inferSelect'][]))
  }
  return out
}

/**
 * Seeds an empty database; does nothing when it holds data. Several instances starting at once
 * serialise on a transaction lock, so only the first seeds.
 * @returns whether it seeded.
 */
export async function seedIfEmpty(db: Db, logger: Logger, dir = seedDir): Promise<boolean> {
  const data = await loadSeedData(dir)
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4242002)`)
    const [row] = await tx.select({ n: count() }).from(serviceCategories)
    if ((row?.n ?? 0) > 0) return false
    await seed(tx, data)
    logger.info(
      {
        municipalities: data.municipalities.length,
        keps: data.municipalities.reduce((n, m) => n + m.keps.length, 0),
        employees: data.staff.length,
      },
      'seeded an empty database',
    )
    return true
  })
}
