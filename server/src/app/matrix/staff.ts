import { anyStaff, FB, NF, UN, type MatrixRole, type MatrixRow, type Outcome } from './presets.js'

// The authorisation matrix's rows of the staff app's back office (issue 14): an employee reads
// their own KEP's agenda and bookings; administrators have the administration for that.

export const staffMatrix: Record<string, MatrixRow> = {
  'Query.staffAgenda': {
    document:
      'query { staffAgenda(from: "2027-01-18", to: "2027-01-22", scope: KEP) { booking { id } state } }',
    expect: anyStaff,
  },
  'Query.findKepBookings': {
    document: 'query { findKepBookings(query: "KEP-2027") { booking { id } } }',
    expect: anyStaff,
  },
}

// Fields of a booking for staff only (issue 14): the booking itself is read as
// `Query.booking`'s row says; these cells decide what each reader then sees of it.
// authorization.test.ts executes every cell on the matrix's booking, which `staff` takes.

/** shown: the value; withheld: null (the citizen still gets their booking); else the refusal. */
export type StaffFieldOutcome = 'shown' | 'withheld' | Exclude<Outcome, 'allowed'>

export interface StaffFieldRow {
  /** The selection inside `booking(id) { … }`. */
  select: string
  /** Whether the booking as JSON shows the value (`employeeId`: the employee who takes it). */
  shows: (bookingJson: string, values: { employeeId: string }) => boolean
  expect: Record<MatrixRole, StaffFieldOutcome>
}

/** The staff of the booking's KEP and the ministry's administrators; the citizen sees null. */
const kepStaffAndAdministrators = {
  anonymous: UN,
  citizen: 'withheld',
  otherCitizen: NF,
  staff: 'shown',
  otherKepStaff: NF,
  manager: 'shown',
  administrator: 'shown',
  operator: 'shown',
  auditor: 'shown',
  apiClient: FB,
} as const satisfies Record<MatrixRole, StaffFieldOutcome>

export const staffBookingFieldMatrix: Record<string, StaffFieldRow> = {
  'Booking.assignedEmployee': {
    select: 'assignedEmployee { id displayName }',
    shows: (json, v) => json.includes(v.employeeId) && json.includes('"displayName":"'),
    expect: kepStaffAndAdministrators,
  },
}
