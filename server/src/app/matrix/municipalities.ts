import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { procedureSearchText, procedures, serviceCategories } from '../../modules/catalog/index.js'
import { municipalityOfficers, withAfmCheckDigit } from '../../modules/identity/index.js'
import { municipalityApplications } from '../../modules/onboarding/index.js'
import type { Db } from '../../platform/db/client.js'
import {
  administratorsOnly,
  anyAdministrator,
  officersAndAdministrators,
  officersOnly,
  type MatrixFixtures,
  type MatrixRow,
} from './presets.js'

// The authorisation matrix's rows of issue 18: the municipalities' officers, the applications
// to join and their review, running a municipality's procedures, suspension and withdrawal.
// The `officer` role is an officer of the fixture municipality (which participates: its own
// application is refused by validation, which is "allowed" here).

const hex = () => randomBytes(4).toString('hex')
const randomAfm = () =>
  withAfmCheckDigit(String(10_000_000 + Math.floor(Math.random() * 89_999_999)))

/** An application of the fixture municipality, written as it stands at `status`. */
async function anApplication(f: MatrixFixtures, status: 'draft' | 'submitted'): Promise<string> {
  const [row] = await f.db
    .insert(municipalityApplications)
    .values({
      municipalityId: f.municipalityId,
      status,
      decisionNumber: `M-${hex()}`,
      contactName: 'Υπεύθυνος Πίνακα',
      contactEmail: 'matrix@example.gr',
      contactPhone: '2101234567',
      services: [],
      submittedAt: status === 'draft' ? null : new Date(),
    })
    .returning({ id: municipalityApplications.id })
  return row!.id
}

/** The municipal field, made once (the matrix's database has only the information field). */
async function municipalField(db: Db): Promise<string> {
  await db
    .insert(serviceCategories)
    .values({
      code: 'municipal',
      nameEl: 'Υπηρεσίες του δήμου',
      nameEn: 'Municipal services',
      descriptionEl: '',
      descriptionEn: '',
      municipal: true,
      callMinutes: 20,
      bufferMinutes: 10,
      slotStepMinutes: 30,
      minNoticeMinutes: 60,
      horizonDays: 60,
    })
    .onConflictDoNothing()
  const [row] = await db
    .select({ id: serviceCategories.id })
    .from(serviceCategories)
    .where(eq(serviceCategories.code, 'municipal'))
  return row!.id
}

/** A procedure of the fixture municipality, for a cell that changes it. */
async function aMunicipalProcedure(f: MatrixFixtures): Promise<string> {
  const categoryId = await municipalField(f.db)
  const code = `MX-${hex().toUpperCase()}`
  const titleEl = `Υπηρεσία Πίνακα ${code}`
  const titleEn = `Matrix service ${code}`
  const [row] = await f.db
    .insert(procedures)
    .values({
      categoryId,
      municipalityId: f.municipalityId,
      code,
      titleEl,
      titleEn,
      searchText: procedureSearchText({ code, titleEl, titleEn }),
    })
    .returning({ id: procedures.id })
  return row!.id
}

const procedureInput = () => ({
  titleEl: `Βεβαίωση Πίνακα ${hex()}`,
  titleEn: `Matrix certificate ${hex()}`,
  descriptionEl: 'Περιγραφή',
  descriptionEn: 'Description',
  requiredDocumentsEl: ['Ταυτότητα'],
  requiredDocumentsEn: ['Identity card'],
  pickUpAtKep: true,
})

export const municipalitiesMatrix: Record<string, MatrixRow> = {
  // officers (item 1)
  'Query.municipalityOfficers': {
    document: 'query ($id: ID) { municipalityOfficers(municipalityId: $id) { id fullName } }',
    variables: (f) => ({ id: f.municipalityId }),
    expect: anyAdministrator,
  },
  'Mutation.grantMunicipalityOfficer': {
    document:
      'mutation ($input: GrantMunicipalityOfficerInput!) { grantMunicipalityOfficer(input: $input) { officer { id } } }',
    variables: (f) => ({
      input: { municipalityId: f.municipalityId, taxId: randomAfm(), fullName: 'Νέος Υπάλληλος' },
    }),
    expect: administratorsOnly,
  },
  'Mutation.revokeMunicipalityOfficer': {
    document:
      'mutation ($id: ID!) { revokeMunicipalityOfficer(officerId: $id) { officer { id } } }',
    variables: async (f) => {
      const [row] = await f.db
        .insert(municipalityOfficers)
        .values({
          taxId: randomAfm(),
          fullName: 'Υπάλληλος προς ανάκληση',
          municipalityId: f.municipalityId,
          grantedAt: new Date(),
        })
        .returning({ id: municipalityOfficers.id })
      return { id: row!.id }
    },
    expect: administratorsOnly,
  },

  // the application (items 2, 4)
  'Query.myMunicipalityApplications': {
    document: '{ myMunicipalityApplications { id status } }',
    expect: officersOnly,
  },
  'Query.municipalityApplication': {
    document:
      'query ($id: ID!) { municipalityApplication(id: $id) { id status contact { name } } }',
    variables: async (f) => ({ id: await anApplication(f, 'submitted') }),
    expect: officersAndAdministrators,
  },
  'Query.municipalityApplications': {
    document:
      'query { municipalityApplications(filter: { statuses: [SUBMITTED] }, first: 5) { totalCount nodes { id } } }',
    expect: anyAdministrator,
  },
  // the fixture municipality participates: the allowed cell is its VALIDATION_FAILED
  'Mutation.startMunicipalityApplication': {
    document:
      'mutation ($input: StartMunicipalityApplicationInput!) { startMunicipalityApplication(input: $input) { application { id } } }',
    variables: (f) => ({ input: { municipalityId: f.municipalityId, decisionNumber: '1/2027' } }),
    expect: officersOnly,
  },
  'Mutation.saveMunicipalityApplication': {
    document:
      'mutation ($input: SaveMunicipalityApplicationInput!) { saveMunicipalityApplication(input: $input) { application { id } } }',
    variables: async (f) => ({
      input: { id: await anApplication(f, 'draft'), decisionDate: '2026-12-01' },
    }),
    expect: officersOnly,
  },
  // incomplete: the allowed cell is its VALIDATION_FAILED
  'Mutation.submitMunicipalityApplication': {
    document:
      'mutation ($id: ID!) { submitMunicipalityApplication(id: $id) { application { id } } }',
    variables: async (f) => ({ id: await anApplication(f, 'draft') }),
    expect: officersOnly,
  },
  'Mutation.withdrawMunicipalityApplication': {
    document:
      'mutation ($id: ID!) { withdrawMunicipalityApplication(id: $id) { application { id } } }',
    variables: async (f) => ({ id: await anApplication(f, 'draft') }),
    expect: officersOnly,
  },
  // incomplete: the allowed cell is its VALIDATION_FAILED
  'Mutation.approveMunicipalityApplication': {
    document:
      'mutation ($id: ID!) { approveMunicipalityApplication(id: $id) { application { id } } }',
    variables: async (f) => ({ id: await anApplication(f, 'submitted') }),
    expect: administratorsOnly,
  },
  'Mutation.rejectMunicipalityApplication': {
    document:
      'mutation ($id: ID!) { rejectMunicipalityApplication(id: $id, reason: "Ελλιπής") { application { id } } }',
    variables: async (f) => ({ id: await anApplication(f, 'submitted') }),
    expect: administratorsOnly,
  },
  'Mutation.requestMunicipalityApplicationChanges': {
    document:
      'mutation ($id: ID!) { requestMunicipalityApplicationChanges(id: $id, comments: [{ section: CONTACT, comment: "Τηλέφωνο" }]) { application { id } } }',
    variables: async (f) => ({ id: await anApplication(f, 'submitted') }),
    expect: administratorsOnly,
  },

  // running it (item 5)
  'Query.myMunicipality': {
    document: '{ myMunicipality { id participation } }',
    expect: officersOnly,
  },
  'Query.municipalProcedures': {
    document: '{ municipalProcedures { id active } }',
    expect: officersOnly,
  },
  'Mutation.createMunicipalProcedure': {
    document:
      'mutation ($input: MunicipalProcedureInput!) { createMunicipalProcedure(input: $input) { procedure { id } } }',
    variables: async (f) => {
      await municipalField(f.db)
      return { input: procedureInput() }
    },
    expect: officersOnly,
  },
  'Mutation.updateMunicipalProcedure': {
    document:
      'mutation ($id: ID!, $input: MunicipalProcedureInput!) { updateMunicipalProcedure(id: $id, input: $input) { procedure { id } } }',
    variables: async (f) => ({ id: await aMunicipalProcedure(f), input: procedureInput() }),
    expect: officersOnly,
  },
  'Mutation.retireMunicipalProcedure': {
    document:
      'mutation ($id: ID!) { retireMunicipalProcedure(id: $id) { procedure { id active } } }',
    variables: async (f) => ({ id: await aMunicipalProcedure(f) }),
    expect: officersOnly,
  },
  'Query.municipalKepUsage': {
    document: 'query { municipalKepUsage(from: "2027-01-01", to: "2027-01-31") { kepId booked } }',
    expect: officersOnly,
  },

  // leaving (item 6): previews only, the fixture municipality stays for the other rows
  'Mutation.suspendMunicipality': {
    document:
      'mutation ($input: SuspendMunicipalityInput!) { suspendMunicipality(input: $input, impact: { apply: false }) { impact { applied cancelled } } }',
    variables: (f) => ({
      input: {
        municipalityId: f.municipalityId,
        from: '2027-01-25',
        reasonEl: 'Λόγος',
        reasonEn: 'Reason',
      },
    }),
    expect: administratorsOnly,
  },
  'Mutation.withdrawMunicipality': {
    document:
      'mutation ($input: WithdrawMunicipalityInput!) { withdrawMunicipality(input: $input, impact: { apply: false }) { impact { applied } } }',
    variables: () => ({ input: { from: '2027-01-25', reasonEl: 'Λόγος', reasonEn: 'Reason' } }),
    expect: officersOnly,
  },
}
