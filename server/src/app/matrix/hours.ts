import { kepClosures } from '../../modules/scheduling/index.js'
import { anyAdministrator, kepManagers, operators, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administration's hours (issue 13). The changes run as
// previews (the default ImpactInput), so no cell changes what the next one sees.

const week = [{ weekday: 1, windows: [{ opensAt: '09:00', closesAt: '13:00' }] }]

/** Administrators read any KEP's hours and closures, a manager their own (the fixtures' KEP). */
// A KEP's manager also closes their own KEP and sets its extraordinary hours (issue 14 item 7):
// kepManagers; another KEP's manager gets NOT_FOUND (manager-hours.test.ts). Weekly hours stay
// the ministry's.
const readers = { ...anyAdministrator, manager: 'allowed' } as const

export const hoursMatrix: Record<string, MatrixRow> = {
  'Query.kepWeeklyHours': {
    document: 'query ($kepId: ID!) { kepWeeklyHours(kepId: $kepId) { kepId } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: readers,
  },
  'Mutation.setKepWeeklyHours': {
    document:
      'mutation ($input: SetKepWeeklyHoursInput!) { setKepWeeklyHours(input: $input) { impact { applied } } }',
    variables: (f) => ({ input: { kepId: f.kepId, days: week } }),
    expect: operators,
  },
  'Mutation.bulkSetWeeklyHours': {
    document:
      'mutation ($input: BulkSetWeeklyHoursInput!) { bulkSetWeeklyHours(input: $input) { kepIds } }',
    variables: (f) => ({ input: { municipalityId: f.municipalityId, days: week } }),
    expect: operators,
  },
  'Query.kepClosures': {
    document:
      'query ($kepId: ID) { kepClosures(kepId: $kepId, from: "2027-02-01", to: "2027-02-28") { id } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: readers,
  },
  'Mutation.addKepClosure': {
    document:
      'mutation ($input: AddKepClosureInput!) { addKepClosure(input: $input) { impact { applied } } }',
    variables: (f) => ({
      input: {
        kepId: f.kepId,
        startsOn: '2027-02-01',
        endsOn: '2027-02-01',
        reasonEl: 'Απεργία',
        reasonEn: 'Strike',
      },
    }),
    expect: kepManagers,
  },
  'Mutation.removeKepClosure': {
    document: 'mutation ($id: ID!) { removeKepClosure(id: $id) { id } }',
    variables: async (f) => {
      const [closure] = await f.db
        .insert(kepClosures)
        .values({
          kepId: f.kepId,
          startsOn: '2027-02-02',
          endsOn: '2027-02-02',
          reasonEl: 'Απεργία',
          reasonEn: 'Strike',
        })
        .returning({ id: kepClosures.id })
      return { id: closure!.id }
    },
    expect: kepManagers,
  },
  'Mutation.setKepSpecialHoursWithImpact': {
    document:
      'mutation ($input: SetKepSpecialHoursInput!) { setKepSpecialHoursWithImpact(input: $input) { impact { applied } } }',
    variables: (f) => ({
      input: {
        kepId: f.kepId,
        date: '2027-02-03',
        windows: [{ opensAt: '09:00', closesAt: '13:00' }],
        reasonEl: 'Έκτακτη λειτουργία',
        reasonEn: 'Extraordinary opening',
      },
    }),
    expect: kepManagers,
  },
  'Mutation.removeKepSpecialHoursWithImpact': {
    document:
      'mutation ($input: RemoveKepSpecialHoursInput!) { removeKepSpecialHoursWithImpact(input: $input) { removed } }',
    variables: (f) => ({ input: { kepId: f.kepId, date: '2027-02-03' } }),
    expect: kepManagers,
  },
}
