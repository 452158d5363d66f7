import { callStaff, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of who runs a booking's call and handing it over (issue 14
// item 2). The matrix's `staff` is the bookings' assigned employee; a colleague of the same KEP
// who is not (FORBIDDEN when acting) is tested beside the service (calls/handover.test.ts).
export const handOverMatrix: Record<string, MatrixRow> = {
  'Query.callAssignment': {
    document:
      'query ($id: ID!) { callAssignment(bookingId: $id) { assignedToId assignedToName conductsCall canHandOver } }',
    variables: (f) => ({ id: f.bookingId }),
    expect: callStaff,
  },
  'Query.freeColleagues': {
    document: 'query ($id: ID!) { freeColleagues(bookingId: $id) { id displayName } }',
    variables: (f) => ({ id: f.bookingId }),
    expect: callStaff,
  },
  // each cell its own booking: an allowed cell hands it over (or finds nobody free)
  'Mutation.handOverBooking': {
    document:
      'mutation ($id: ID!) { handOverBooking(input: { bookingId: $id }) { assignedToId assignedToName booking { id } } }',
    variables: async (f) => ({ id: await f.newBooking() }),
    expect: callStaff,
  },
}
