import {
  anyStaff,
  callStaff,
  FB,
  NF,
  UN,
  type MatrixRole,
  type MatrixRow,
  type Outcome,
} from './presets.js'

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
  // Issue 14 item 3: the KEP's employees (its manager too) act on the citizen's behalf; another
  // KEP's are told it does not exist. Not the citizen (who has rescheduleBooking/cancelBooking)
  // and not the ministry's administrators: they change a KEP's bookings only through the
  // administration's previewed changes (hours, closures, absences), never one by hand.
  'Mutation.rescheduleBookingForCitizen': {
    document:
      'mutation ($input: RescheduleBookingForCitizenInput!) { rescheduleBookingForCitizen(input: $input) { booking { id } } }',
    variables: async (f) => ({
      input: {
        bookingId: await f.newBooking(),
        startsAt: '2027-01-19T09:00:00Z',
        reason: 'Ο πολίτης ζήτησε άλλη ώρα στο τηλέφωνο.',
        version: 0,
      },
    }),
    expect: callStaff,
  },
  'Mutation.cancelBookingForCitizen': {
    document:
      'mutation ($input: CancelBookingForCitizenInput!) { cancelBookingForCitizen(input: $input) { booking { id } } }',
    variables: async (f) => ({
      input: {
        bookingId: await f.newBooking(),
        reason: 'Ο πολίτης ζήτησε ακύρωση στο τηλέφωνο.',
        version: 0,
      },
    }),
    expect: callStaff,
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
  officer: NF,
  apiClient: FB,
} as const satisfies Record<MatrixRole, StaffFieldOutcome>

export const staffBookingFieldMatrix: Record<string, StaffFieldRow> = {
  'Booking.assignedEmployee': {
    select: 'assignedEmployee { id displayName }',
    shows: (json, v) => json.includes(v.employeeId) && json.includes('"displayName":"'),
    expect: kepStaffAndAdministrators,
  },
  // Issue 14 item 3: the people behind a booking's history. The matrix's booking has an event
  // made by `staff` and assigning it to them (authorization.test.ts writes it); the citizen
  // reads the event, without the names.
  'BookingEvent.actorName': {
    select: 'history { action actorName }',
    shows: (json) => /"actorName":"[^"]+"/.test(json),
    expect: kepStaffAndAdministrators,
  },
  'BookingEvent.fromEmployee': {
    select: 'history { fromEmployee { id displayName } }',
    shows: (json, v) => json.includes(v.employeeId),
    expect: kepStaffAndAdministrators,
  },
  'BookingEvent.toEmployee': {
    select: 'history { toEmployee { id displayName } }',
    shows: (json, v) => json.includes(v.employeeId),
    expect: kepStaffAndAdministrators,
  },
}
