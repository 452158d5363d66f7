import { count, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rowsOf, type Database } from '../platform/db/client.js'
import { createLogger } from '../platform/logger.js'
import { foldForSearch } from '../platform/text.js'
import { createTestDatabase } from '../test/database.js'
import { keps, municipalities, procedures, serviceCategories } from '../modules/catalog/index.js'
import { administrators, employees } from '../modules/identity/index.js'
import { employeeAvailability, kepOpeningHours } from '../modules/scheduling/index.js'
import { loadSeedData, seed, seedIfEmpty, validateSeedData } from './seed.js'

let database: Database
const logger = createLogger('silent')

beforeAll(async () => {
  database = await createTestDatabase()
})
afterAll(() => database?.close())

const named34 = [
  'Αθηναίων',
  'Περιστερίου',
  'Γλυφάδας',
  'Ηλιούπολης',
  'Καισαριανής',
  'Λυκόβρυσης-Πεύκης',
  'Ηρακλείου Αττικής',
  'Αγίας Βαρβάρας',
  'Ελευσίνας',
  'Μάνδρας-Ειδυλλίας',
  'Λαυρεωτικής',
  'Αγρινίου',
  'Τρίπολης',
  'Καστοριάς',
  'Έδεσσας',
  'Ορεστιάδας',
  'Μακρακώμης',
  'Ναυπακτίας',
  'Παλαμά',
  'Θάσου',
  'Τήνου',
  'Πάρου',
  'Κεντρικής Κέρκυρας',
  'Μίνωα Πεδιάδας',
  'Πύλης',
  'Βοΐου',
  'Λευκάδας',
  'Ηράκλειας',
  'Θέρμης',
  'Παύλου Μελά',
  'Βόλβης',
  'Πωγωνίου',
  'Σύμης',
  'Ψαρών',
]

describe('the seed data', () => {
  it('loads into an empty database once, and never twice', async () => {
    expect(await seedIfEmpty(database.db, logger)).toBe(true)
    expect(await seedIfEmpty(database.db, logger)).toBe(false)
  })

  it('R4.1–R4.4 has the four fields, the disability field with the longest calls', async () => {
    const rows = await database.db.select().from(serviceCategories)
    expect(rows.map((r) => r.code).sort()).toEqual([
      'business',
      'disability',
      'information',
      'municipal',
    ])
    const longest = rows.reduce((a, b) => (a.callMinutes >= b.callMinutes ? a : b))
    expect(longest.code).toBe('disability')
    expect(rows.every((r) => r.nameEl && r.nameEn)).toBe(true)
  })

  it('R4.1–R4.3 has at least 40 national procedures in Greek and English; R4.4 municipal ones', async () => {
    const national = await database.db
      .select({ n: count() })
      .from(procedures)
      .where(sql`${procedures.municipalityId} is null`)
    expect(national[0]!.n).toBeGreaterThanOrEqual(40)
    const municipal = await database.db
      .select({ municipalities: sql<number>`count(distinct ${procedures.municipalityId})::int` })
      .from(procedures)
    expect(municipal[0]!.municipalities).toBeGreaterThanOrEqual(5)
  })

  it('issue 16 item 2 gives every required document of every procedure how it is given, the identity document among them', async () => {
    const rows = await database.db
      .select({
        code: procedures.code,
        documents: procedures.requiredDocumentsEl,
        kinds: procedures.documentKinds,
      })
      .from(procedures)
    expect(rows.length).toBeGreaterThan(40)
    for (const p of rows) {
      for (const d of p.documents) {
        expect(['identity', 'upload', 'show'], `${p.code}: ${d}`).toContain(p.kinds[d])
      }
      expect(Object.values(p.kinds), p.code).toContain('identity')
    }
    // a kind for a document the procedure does not list is a mistake in the data
    const data = await loadSeedData()
    data.procedures[0] = { ...data.procedures[0]!, documentKinds: { Διαβατήριο: 'identity' } }
    expect(validateSeedData(data)).toEqual([
      `procedures.json ${data.procedures[0].code}: a kind for "Διαβατήριο", not a required document`,
    ])
  })

  it('R5.3 has the 34 municipalities of the text as participating, and totals near 96 / 133', async () => {
    const participating = await database.db
      .select()
      .from(municipalities)
      .where(eq(municipalities.participation, 'participating'))
    for (const name of named34) {
      expect(
        participating.some((m) => foldForSearch(m.nameEl).includes(foldForSearch(name))),
        `Δήμος ${name} participates`,
      ).toBe(true)
    }
    expect(participating.length).toBe(96)
    const [kepCount] = await database.db
      .select({ n: count() })
      .from(keps)
      .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
      .where(eq(municipalities.participation, 'participating'))
    expect(kepCount!.n).toBe(133)
  })

  it('R3.3, R3.4 gives every participating KEP opening hours, staff with a manager, and availability', async () => {
    interface PerKep {
      code: string
      hours: number
      staff: number
      managers: number
      slots: number
    }
    const rows = rowsOf<PerKep>(
      await database.db.execute(sql`
      select k.code,
        (select count(*)::int from ${kepOpeningHours} h where h.kep_id = k.id) as hours,
        (select count(*)::int from ${employees} e where e.kep_id = k.id) as staff,
        (select count(*)::int from ${employees} e where e.kep_id = k.id and e.role = 'manager') as managers,
        (select count(*)::int from ${employeeAvailability} a join ${employees} e on e.id = a.employee_id where e.kep_id = k.id) as slots
      from ${keps} k join ${municipalities} m on m.id = k.municipality_id
      where m.participation = 'participating'`),
    )
    expect(rows.length).toBe(133)
    for (const r of rows) {
      expect(r.hours, r.code).toBeGreaterThan(0)
      expect(r.staff, r.code).toBeGreaterThanOrEqual(2)
      expect(r.managers, r.code).toBe(1)
      expect(r.slots, r.code).toBeGreaterThan(0)
    }
    const [admins] = await database.db.select({ n: count() }).from(administrators)
    expect(admins!.n).toBeGreaterThanOrEqual(1)
  })

  it('Art. 3.5 seeds an OPERATOR and an AUDITOR beside the ADMINISTRATORs, each role as its file says', async () => {
    const rows = await database.db
      .select({ gsisUserId: administrators.gsisUserId, role: administrators.role })
      .from(administrators)
    const roles = new Map(rows.map((r) => [r.gsisUserId, r.role]))
    expect(roles.get('admin01')).toBe('administrator')
    expect(roles.get('admin04')).toBe('operator')
    expect(roles.get('admin05')).toBe('auditor')
  })

  it('refuses data that refers to something missing, and leaves nothing half-written', async () => {
    const fresh = await createTestDatabase()
    try {
      const data = await loadSeedData()
      data.staff = [{ ...data.staff[0]!, kep: 'KEP-9999' }]
      await expect(seed(fresh.db, data)).rejects.toThrow(/unknown KEP "KEP-9999"/)
      // and a failure in the middle of the writes rolls everything back
      const broken = await loadSeedData()
      broken.administrators = [{ fullName: 'x', email: 'x', gsisUserId: null as unknown as string }]
      await expect(seed(fresh.db, broken)).rejects.toThrow()
      const [n] = await fresh.db.select({ n: count() }).from(serviceCategories)
      expect(n!.n).toBe(0)
    } finally {
      await fresh.close()
    }
  })
})
