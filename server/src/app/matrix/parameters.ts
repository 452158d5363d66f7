import {
  administratorsOnly,
  anyAdministrator,
  type MatrixFixtures,
  type MatrixRow,
} from './presets.js'
import { eq } from 'drizzle-orm'
import { serviceCategories, serviceCategoryParameters } from '../../modules/catalog/index.js'

// The authorisation matrix's rows of the administration's parameters (issue 13 item 3): every
// administrator reads them, ADMINISTRATORs alone change them (Art. 3.5: OPERATORs and AUDITORs
// are refused).

/** A version of the fixtures' field months on (each cell its own), for a cell to cancel. */
async function aScheduledVersion(f: MatrixFixtures) {
  const [category] = await f.db
    .select({ id: serviceCategories.id })
    .from(serviceCategories)
    .where(eq(serviceCategories.code, 'information'))
  const [row] = await f.db
    .insert(serviceCategoryParameters)
    .values({
      categoryId: category!.id,
      effectiveFrom: new Date(Date.now() + 200 * 86_400_000 + Math.floor(Math.random() * 1e9)),
      callMinutes: 30,
      bufferMinutes: 5,
      slotStepMinutes: 10,
      minNoticeMinutes: 60,
      horizonDays: 30,
    })
    .returning({ id: serviceCategoryParameters.id })
  return row!.id
}

export const parametersMatrix: Record<string, MatrixRow> = {
  'Query.fieldParameters': {
    document: '{ fieldParameters { category inForce { callMinutes } } }',
    expect: anyAdministrator,
  },
  'Mutation.scheduleFieldParameters': {
    document:
      'mutation ($input: ScheduleFieldParametersInput!) { scheduleFieldParameters(input: $input, preview: true) { applied } }',
    variables: () => ({
      input: {
        category: 'INFORMATION',
        callMinutes: 25,
        bufferMinutes: 5,
        slotStepMinutes: 10,
        minNoticeMinutes: 60,
        horizonDays: 30,
      },
    }),
    expect: administratorsOnly,
  },
  'Mutation.cancelScheduledFieldParameters': {
    document: 'mutation ($id: ID!) { cancelScheduledFieldParameters(id: $id) { category } }',
    variables: async (f) => ({ id: await aScheduledVersion(f) }),
    expect: administratorsOnly,
  },
  'Query.settingsList': {
    document: '{ settingsList { key value } }',
    expect: anyAdministrator,
  },
  'Mutation.scheduleSetting': {
    document:
      'mutation ($input: ScheduleSettingInput!) { scheduleSetting(input: $input, preview: true) { applied } }',
    variables: () => ({ input: { key: 'BOOKINGS_PER_CITIZEN', value: [4] } }),
    expect: administratorsOnly,
  },
}
