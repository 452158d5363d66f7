import { anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of a KEP's staff as its manager runs it (issue 14 item 6):
// any of the ministry's administrators reads any KEP's; the KEP's own manager reads theirs.
// Another KEP's manager is told the KEP does not exist (NOT_FOUND), tested beside the service
// (administration/employees.manager.test.ts), as the matrix has no second KEP's manager.
// Availability and absences: Mutation.setEmployeeAvailability, addEmployeeAbsence and
// removeEmployeeAbsence in matrix/employees.ts.

/** Any of the ministry's administrators, or the KEP's own manager. */
const kepReaders = { ...anyAdministrator, manager: 'allowed' } as const

export const managerStaffMatrix: Record<string, MatrixRow> = {
  'Query.kepStaff': {
    document:
      'query($kepId: ID!) { kepStaff(kepId: $kepId) { id fullName availability { id } absences { id } } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: kepReaders,
  },
  'Query.kepBookingsNeedingAttention': {
    document:
      'query($kepId: ID!) { kepBookingsNeedingAttention(kepId: $kepId) { bookingId reference startsAt employeeName colleagueFree } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: kepReaders,
  },
}
