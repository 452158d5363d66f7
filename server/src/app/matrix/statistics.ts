import { anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's row of the usage statistics (issue 17 item 2): any of the
// ministry's administrators (AUDITORs included) reads them, nationally or for a scope; never
// staff, managers, citizens or API clients (aggregates of every KEP).

export const statisticsMatrix: Record<string, MatrixRow> = {
  'Query.usageStatistics': {
    document:
      'query ($kepId: ID) { usageStatistics(input: { from: "2027-01-01", to: "2027-01-31", kepId: $kepId }) { totals { booked } heatMap { hour } } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: anyAdministrator,
  },
}
