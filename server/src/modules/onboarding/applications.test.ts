import { randomUUID } from 'node:crypto'
import { and, count, eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Actor } from '../../platform/actor.js'
import { fixedClock } from '../../platform/clock.js'
import type { Database, Db } from '../../platform/db/client.js'
import { DomainError } from '../../platform/errors.js'
import { createTestDatabase } from '../../test/database.js'
import { aCategory, aKep, aMunicipality, anEmployee } from '../../test/factories.js'
import { anAdministrator } from '../../test/identity.js'
import { auditLog } from '../audit/index.js'
import { keps, municipalities, procedures } from '../catalog/index.js'
import { employees, municipalityOfficers, withAfmCheckDigit } from '../identity/index.js'
import { applicationMailKind, outbox } from '../notifications/index.js'
import { availability, employeeAvailability, kepOpeningHours } from '../scheduling/index.js'
import * as applications from './applications.service.js'
import { municipalityApplications } from './onboarding.table.js'
import { ApplicationSection, ApplicationStatus } from './onboarding.types.js'
import * as running from './running.service.js'

// Issue 18 items 1-5, R5.1, R5.2, R4.4: a municipality's application from its draft to the
// ministry's decision; the approval makes everything in one transaction (and a failure leaves
// nothing); every bad input of the issue is a typed error naming the field, nothing written.

const clock = fixedClock('2027-01-11T08:00:00Z') // a Monday
let database: Database
let db: Db
let admin: Actor
let adminTaxId: string

let afmSeq = 30_000_000
const anAfm = () => withAfmCheckDigit(String(afmSeq++))

async function anOfficial(municipalityId: string | null = null, taxId = anAfm()) {
  const [row] = await db
    .insert(municipalityOfficers)
    .values({ taxId, fullName: 'Σταύρος Δημητρίου', municipalityId })
    .returning()
  const actor: Actor = {
    kind: 'officer',
    officerId: row!.id,
    municipalityId,
    sessionId: randomUUID(),
  }
  return { row: row!, actor }
}

const kepInput = (over: Record<string, unknown> = {}) => ({
  key: 'kep-1',
  nameEl: 'ΚΕΠ Νέο',
  nameEn: 'New KEP',
  addressEl: 'Ερμού 1',
  addressEn: '1 Ermou Street',
  postalCode: '10563',
  cityEl: 'Αθήνα',
  cityEn: 'Athens',
  phone: '2101234567',
  email: 'kep@example.gr',
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '15:00' })),
  ...over,
})

const service = (titleEl: string, titleEn: string) => ({
  titleEl,
  titleEn,
  descriptionEl: `Περιγραφή: ${titleEl}`,
  descriptionEn: `About: ${titleEn}`,
  requiredDocumentsEl: ['Ταυτότητα'],
  requiredDocumentsEn: ['Identity card'],
  formUrl: 'https://www.gov.gr/form',
  pickUpAtKep: true,
})

/** A complete application's sections. */
const complete = (taxIds: string[]) => ({
  decisionNumber: '45/2026',
  decisionDate: '2026-12-01',
  contact: { name: 'Ελένη Μαυρίδου', email: 'contact@dimos.example.gr', phone: '2101234567' },
  keps: [kepInput()],
  employees: taxIds.map((taxId, i) => ({
    fullName: `Υπάλληλος ${i + 1}`,
    taxId,
    kepKey: 'kep-1',
    email: `e${i}@dimos.example.gr`,
  })),
  services: [
    service('Βεβαίωση μόνιμης κατοικίας', 'Certificate of residence'),
    service('Άδεια στάθμευσης', 'Parking permit'),
  ],
})

/** The field errors of a refusal, as `field reason`. */
async function refusal(work: Promise<unknown>): Promise<string[]> {
  const err = await work.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(DomainError)
  const e = err as DomainError
  expect(e.code).toBe('VALIDATION_FAILED')
  return (e.details.fields ?? []).map((f) => `${f.field} ${f.reason}`)
}

async function code(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    () => undefined,
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  )
}

const emailsOf = (applicationId: string) =>
  db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.kind, applicationMailKind),
        sql`${outbox.payload}->>'applicationId' = ${applicationId}`,
      ),
    )

let municipality: Awaited<ReturnType<typeof aMunicipality>>

beforeAll(async () => {
  database = await createTestDatabase()
  db = database.db
  await aCategory(db, 'information')
  await aCategory(db, 'municipal', { minNoticeMinutes: 0, slotStepMinutes: 30 })
  adminTaxId = anAfm()
  const a = await anAdministrator(db, { taxId: adminTaxId })
  admin = {
    kind: 'administrator',
    administratorId: a.id,
    role: 'administrator',
    sessionId: randomUUID(),
  }
})
afterAll(() => database?.close())
beforeEach(async () => {
  municipality = await aMunicipality(db, { participation: 'applied', joinedOn: null })
})

/** Started, filled in and submitted by a person with no role yet. */
async function aSubmitted(taxIds = [anAfm(), anAfm()]) {
  const official = await anOfficial()
  const started = await applications.startApplication(db, clock, official.actor, {
    municipalityId: municipality.id,
    decisionNumber: '45/2026',
  })
  await applications.saveApplication(db, clock, official.actor, {
    id: started.id,
    ...complete(taxIds),
  })
  const submitted = await applications.submitApplication(db, clock, official.actor, started.id)
  return { official, submitted, taxIds }
}

describe('issue 18: an application to join, from its draft to the ministry’s decision (R5.1, R5.2)', () => {
  it('R5.1 a draft is saved over two sessions, submitted, sent back, answered and approved: everything exists at once, one email per step', async () => {
    const official = await anOfficial()
    const draft = await applications.startApplication(db, clock, official.actor, {
      municipalityId: municipality.id,
      decisionNumber: '45/2026',
    })
    expect(draft.status).toBe(ApplicationStatus.DRAFT)
    // first session: the contact person and the decision only (a draft may be incomplete)
    await applications
      .saveApplication(db, clock, official.actor, {
        id: draft.id,
        decisionDate: '2026-12-01',
        contact: { name: 'Ελένη Μαυρίδου', email: 'contact@dimos.example.gr', phone: '210 000' },
      })
      .then(
        () => expect.unreachable('a phone of 6 digits is refused'),
        () => undefined,
      )
    await applications.saveApplication(db, clock, official.actor, {
      id: draft.id,
      decisionDate: '2026-12-01',
      contact: { name: 'Ελένη Μαυρίδου', email: 'contact@dimos.example.gr', phone: '2101234567' },
    })
    // second session: the rest, then submit
    const [t1, t2] = [anAfm(), anAfm()]
    const resumed = (await applications.myApplications(db, official.actor)).find(
      (a) => a.id === draft.id,
    )!
    expect(resumed.contact?.name).toBe('Ελένη Μαυρίδου')
    const { contact: _c, ...rest } = complete([t1, t2])
    await applications.saveApplication(db, clock, official.actor, { id: draft.id, ...rest })
    const submitted = await applications.submitApplication(db, clock, official.actor, draft.id)
    expect(submitted.status).toBe(ApplicationStatus.SUBMITTED)
    // submitted: no longer editable
    expect(
      await refusal(
        applications.saveApplication(db, clock, official.actor, {
          id: draft.id,
          decisionNumber: 'x',
        }),
      ),
    ).toEqual(['id wrong_status'])

    const queue = await applications.listApplications(
      db,
      admin,
      { statuses: [ApplicationStatus.SUBMITTED] },
      100,
    )
    expect(queue.nodes.map((n) => n.id)).toContain(draft.id)

    const sentBack = await applications.requestChanges(db, clock, admin, draft.id, [
      { section: ApplicationSection.CONTACT, comment: 'Δώστε κινητό τηλέφωνο.' },
    ])
    expect(sentBack.status).toBe(ApplicationStatus.CHANGES_REQUESTED)
    expect(sentBack.reviewComments).toEqual([
      { section: ApplicationSection.CONTACT, comment: 'Δώστε κινητό τηλέφωνο.' },
    ])
    await applications.saveApplication(db, clock, official.actor, {
      id: draft.id,
      contact: { name: 'Ελένη Μαυρίδου', email: 'contact@dimos.example.gr', phone: '6944123456' },
    })
    await applications.submitApplication(db, clock, official.actor, draft.id)

    const approved = await applications.approveApplication(db, clock, admin, draft.id)
    expect(approved.status).toBe(ApplicationStatus.APPROVED)
    expect(approved.history.map((h) => h.status)).toEqual([
      'draft',
      'submitted',
      'changes_requested',
      'submitted',
      'approved',
    ])

    // the municipality participates, in the public list
    const [m] = await db.select().from(municipalities).where(eq(municipalities.id, municipality.id))
    expect(m).toMatchObject({ participation: 'participating', joinedOn: '2027-01-11' })
    // its new KEP with its hours, the two employees with their availability
    const newKeps = await db.select().from(keps).where(eq(keps.municipalityId, municipality.id))
    expect(newKeps).toHaveLength(1)
    expect(
      (await db.select().from(kepOpeningHours).where(eq(kepOpeningHours.kepId, newKeps[0]!.id)))
        .length,
    ).toBe(5)
    const staff = await db.select().from(employees).where(eq(employees.kepId, newKeps[0]!.id))
    expect(staff.map((e) => e.taxId).sort()).toEqual([t1, t2].sort())
    const [{ n: windows }] = (await db
      .select({ n: count() })
      .from(employeeAvailability)
      .where(eq(employeeAvailability.employeeId, staff[0]!.id))) as [{ n: number }]
    expect(windows).toBe(5)
    // its procedures, offered at once: a citizen finds free times at the new KEP
    const offered = await db
      .select()
      .from(procedures)
      .where(and(eq(procedures.municipalityId, municipality.id), eq(procedures.active, true)))
    expect(offered.map((p) => p.titleEn).sort()).toEqual([
      'Certificate of residence',
      'Parking permit',
    ])
    const { days } = await availability(db, clock, {
      category: 'municipal',
      procedureId: offered[0]!.id,
      kepId: newKeps[0]!.id,
      from: '2027-01-12',
      to: '2027-01-12',
    })
    expect(days[0]!.slots.length).toBeGreaterThan(0)
    // the applicant is now the municipality's officer
    const [officer] = await db
      .select()
      .from(municipalityOfficers)
      .where(eq(municipalityOfficers.id, official.row.id))
    expect(officer!.municipalityId).toBe(municipality.id)
    // one email per step to the contact person, each once
    const emails = await emailsOf(draft.id)
    expect(emails.map((e) => (e.payload as { step: string }).step).sort()).toEqual(
      ['approved', 'changes_requested', 'submitted', 'submitted'].sort(),
    )
    expect(new Set(emails.map((e) => e.dedupeKey)).size).toBe(4)
    expect(emails.every((e) => e.recipient === 'contact@dimos.example.gr')).toBe(true)
    // audited
    const audited = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, draft.id))
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'municipality_application.start',
        'municipality_application.save',
        'municipality_application.submitted',
        'municipality_application.changes_requested',
        'municipality_application.approved',
      ]),
    )
  })

  it('R5.1 each section saved on its own, then the contact saved again: the sections read back from the saved draft pass again (no server error)', async () => {
    const official = await anOfficial()
    const draft = await applications.startApplication(db, clock, official.actor, {
      municipalityId: municipality.id,
      decisionNumber: '45/2026',
    })
    const {
      contact,
      decisionNumber,
      decisionDate,
      keps: kepList,
      employees: staff,
    } = complete([anAfm(), anAfm()])
    const save = (section: Record<string, unknown>) =>
      applications.saveApplication(db, clock, official.actor, { id: draft.id, ...section })
    await save({ contact })
    await save({ decisionNumber, decisionDate })
    await save({ keps: kepList })
    await save({ employees: staff })
    const again = await save({
      contact: { ...contact, phone: '6944123456' },
    })
    expect(again.contact).toMatchObject({ name: contact.name, phone: '6944123456' })
    expect(again.keps.map((k) => k.nameEl)).toEqual(['ΚΕΠ Νέο'])
    expect(again.employees).toHaveLength(2)
    // and once more every section, as the form's last step does
    await save({ keps: kepList })
    await save({ employees: staff })
    expect((await save({ contact })).contact?.phone).toBe(contact.phone)
  })

  it('R5.1 the approval is one transaction: a failure while making the procedures leaves nothing made', async () => {
    const { submitted, taxIds } = await aSubmitted()
    await db.execute(sql`
      create function refuse_procedures() returns trigger language plpgsql as $$
      begin raise exception 'forced failure'; end $$`)
    await db.execute(sql`
      create trigger refuse_procedures before insert on procedures
      for each row execute function refuse_procedures()`)
    try {
      await expect(
        applications.approveApplication(db, clock, admin, submitted.id),
      ).rejects.toThrow()
    } finally {
      await db.execute(sql`drop trigger refuse_procedures on procedures`)
      await db.execute(sql`drop function refuse_procedures()`)
    }
    const [m] = await db.select().from(municipalities).where(eq(municipalities.id, municipality.id))
    expect(m!.participation).toBe('applied')
    expect(await db.select().from(keps).where(eq(keps.municipalityId, municipality.id))).toEqual([])
    for (const taxId of taxIds) {
      expect(await db.select().from(employees).where(eq(employees.taxId, taxId))).toEqual([])
    }
    const [row] = await db
      .select()
      .from(municipalityApplications)
      .where(eq(municipalityApplications.id, submitted.id))
    expect(row!.status).toBe('submitted')
    expect((await emailsOf(submitted.id)).map((e) => (e.payload as { step: string }).step)).toEqual(
      ['submitted'],
    )
    // and once the cause is gone, the same approval goes through
    expect((await applications.approveApplication(db, clock, admin, submitted.id)).status).toBe(
      ApplicationStatus.APPROVED,
    )
  })

  it('rejects with a reason, and the application can be withdrawn until decided; a rejoin starts from the previous one', async () => {
    const { official, submitted } = await aSubmitted()
    expect(
      await refusal(applications.rejectApplication(db, clock, admin, submitted.id, '  ')),
    ).toEqual(['reason required'])
    const rejected = await applications.rejectApplication(
      db,
      clock,
      admin,
      submitted.id,
      'Ελλιπής απόφαση.',
    )
    expect(rejected).toMatchObject({
      status: ApplicationStatus.REJECTED,
      decisionNote: 'Ελλιπής απόφαση.',
    })
    expect(
      await refusal(applications.withdrawApplication(db, clock, official.actor, submitted.id)),
    ).toEqual(['id wrong_status'])
    const again = await applications.startApplication(db, clock, official.actor, {
      municipalityId: municipality.id,
      decisionNumber: '46/2026',
      copyFromId: submitted.id,
    })
    expect(again).toMatchObject({ copiedFromId: submitted.id, status: ApplicationStatus.DRAFT })
    expect(again.services.map((s) => s.titleEn)).toEqual([
      'Certificate of residence',
      'Parking permit',
    ])
    const withdrawn = await applications.withdrawApplication(db, clock, official.actor, again.id)
    expect(withdrawn.status).toBe(ApplicationStatus.WITHDRAWN)
  })
})

describe('issue 18 "Bad input": typed errors naming the field, nothing written', () => {
  it('refuses an application for a municipality already participating or with one pending', async () => {
    const official = await anOfficial()
    const participating = await aMunicipality(db)
    const before = await db.select({ n: count() }).from(municipalityApplications)
    expect(
      await refusal(
        applications.startApplication(db, clock, official.actor, {
          municipalityId: participating.id,
          decisionNumber: '1/2027',
        }),
      ),
    ).toEqual(['input.municipalityId already_participating'])
    await applications.startApplication(db, clock, official.actor, {
      municipalityId: municipality.id,
      decisionNumber: '1/2027',
    })
    const other = await anOfficial()
    expect(
      await refusal(
        applications.startApplication(db, clock, other.actor, {
          municipalityId: municipality.id,
          decisionNumber: '2/2027',
        }),
      ),
    ).toEqual(['input.municipalityId pending'])
    const after = await db.select({ n: count() }).from(municipalityApplications)
    expect(after[0]!.n).toBe(before[0]!.n + 1)
  })

  it('refuses a KEP outside the region, an ΑΦΜ employed elsewhere, a service without a title, field by field, saving nothing', async () => {
    const official = await anOfficial()
    const draft = await applications.startApplication(db, clock, official.actor, {
      municipalityId: municipality.id,
      decisionNumber: '45/2026',
    })
    const elsewhere = await aKep(db, (await aMunicipality(db)).id)
    const employedTaxId = anAfm()
    await anEmployee(db, elsewhere.id).then((e) =>
      db.update(employees).set({ taxId: employedTaxId }).where(eq(employees.id, e.id)),
    )
    const input = complete([anAfm(), employedTaxId])
    input.keps = [kepInput({ postalCode: '54630' })] // Thessaloniki, not Attica
    input.services[1] = service('', '')
    expect(
      await refusal(
        applications.saveApplication(db, clock, official.actor, { id: draft.id, ...input }),
      ),
    ).toEqual([
      'input.keps[0].postalCode outside_region',
      'input.employees[1].taxId employed_elsewhere',
    ])
    // a draft may have an empty title; submitting it may not
    input.keps = [kepInput()]
    input.employees = input.employees.slice(0, 1)
    await applications.saveApplication(db, clock, official.actor, { id: draft.id, ...input })
    expect(
      await refusal(applications.submitApplication(db, clock, official.actor, draft.id)),
    ).toEqual(['input.services[1].titleEl required', 'input.services[1].titleEn required'])
    const [row] = await db
      .select()
      .from(municipalityApplications)
      .where(eq(municipalityApplications.id, draft.id))
    expect(row!.status).toBe('draft')
    // an invalid ΑΦΜ is refused on save already
    expect(
      await refusal(
        applications.saveApplication(db, clock, official.actor, {
          id: draft.id,
          employees: [
            { fullName: 'Χ', taxId: '123456789', kepKey: 'kep-1', email: 'x@example.gr' },
          ],
        }),
      ),
    ).toEqual(['input.employees[0].taxId invalid_format'])
  })

  it('refuses a reviewer approving their own application (the same ΑΦΜ), and who may not see it is told it does not exist', async () => {
    const own = await anOfficial(null, adminTaxId)
    const draft = await applications.startApplication(db, clock, own.actor, {
      municipalityId: municipality.id,
      decisionNumber: '45/2026',
    })
    await applications.saveApplication(db, clock, own.actor, {
      id: draft.id,
      ...complete([anAfm()]),
    })
    await applications.submitApplication(db, clock, own.actor, draft.id)
    expect(await refusal(applications.approveApplication(db, clock, admin, draft.id))).toEqual([
      'id own_application',
    ])
    const stranger = await anOfficial()
    expect(await code(applications.getApplication(db, clock, stranger.actor, draft.id))).toBe(
      'NOT_FOUND',
    )
    expect(await code(applications.withdrawApplication(db, clock, stranger.actor, draft.id))).toBe(
      'NOT_FOUND',
    )
    const [m] = await db.select().from(municipalities).where(eq(municipalities.id, municipality.id))
    expect(m!.participation).toBe('applied')
  })

  it('R4.4 an officer keeps their own procedures (live at once, retired ones kept) and gets NOT_FOUND for another municipality’s', async () => {
    const own = await aMunicipality(db)
    const other = await aMunicipality(db)
    const officer = await anOfficial(own.id)
    const otherOfficer = await anOfficial(other.id)
    const created = await running.createProcedure(db, clock, officer.actor, {
      ...service('Βεβαίωση οφειλών', 'Certificate of debts'),
    })
    expect(created.active).toBe(true)
    expect(
      await refusal(
        running.createProcedure(db, clock, officer.actor, { ...service('', 'No Greek title') }),
      ),
    ).toContain('input.titleEl required')
    expect(
      await code(
        running.updateProcedure(db, clock, otherOfficer.actor, created.id, {
          ...service('Άλλο', 'Other'),
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(await code(running.retireProcedure(db, clock, otherOfficer.actor, created.id))).toBe(
      'NOT_FOUND',
    )
    const retired = await running.retireProcedure(db, clock, officer.actor, created.id)
    expect(retired.active).toBe(false)
    expect((await running.listProcedures(db, officer.actor)).map((p) => [p.id, p.active])).toEqual([
      [created.id, false],
    ])
    const [row] = await db.select().from(procedures).where(eq(procedures.id, created.id))
    expect(row!.titleEl).toBe('Βεβαίωση οφειλών')
  })
})
