import { anyAdministrator, type MatrixRow } from './presets.js'

// The authorisation matrix's rows of the administrators' bookings list (issue 17 item 1, R3.5):
// the ministry's administrators read it (ADMINISTRATOR, OPERATOR, AUDITOR, as the network's other
// lists); never staff, citizens or API clients. A booking's page is `booking(id)`, in the main file.
export const adminBookingsMatrix: Record<string, MatrixRow> = {
  'Query.adminBookings': {
    document:
      'query ($filter: AdminBookingsFilter) { adminBookings(filter: $filter, first: 5) { nodes { id reference fullName } pageInfo { hasNextPage endCursor } } }',
    variables: (f) => ({ filter: { kepId: f.kepId } }),
    expect: anyAdministrator,
  },
}
