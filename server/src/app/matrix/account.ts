import { anyStaff, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of an employee's own settings (issue 14 items 4, 5): each
// employee acknowledges the acceptable-use notice and sets the morning summary for themselves
// only (no argument names anyone else). What an employee who has not yet acknowledged may call
// is tested beside the service (identity/employee-account.test.ts).
export const accountMatrix: Record<string, MatrixRow> = {
  'Mutation.acknowledgeAcceptableUse': {
    document: 'mutation { acknowledgeAcceptableUse { account { acceptableUseAcknowledgedAt } } }',
    expect: anyStaff,
  },
  'Mutation.updateEmployeeSettings': {
    document:
      'mutation { updateEmployeeSettings(input: { morningSummary: false }) { account { morningSummary } } }',
    expect: anyStaff,
  },
}
