import { anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's row of the KEP at a glance (issue 14 item 9): the ministry's
// administrators (AUDITORs included) read any KEP's, a KEP's manager their own (the fixtures'
// KEP); another KEP's manager gets NOT_FOUND (statistics/glance.test.ts), an employee FORBIDDEN.

export const glanceMatrix: Record<string, MatrixRow> = {
  'Query.kepAtAGlance': {
    document:
      'query ($kepId: ID!) { kepAtAGlance(kepId: $kepId, date: "2027-01-12") { day { booked } week { employees { fullName } } } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: { ...anyAdministrator, manager: 'allowed' },
  },
}
