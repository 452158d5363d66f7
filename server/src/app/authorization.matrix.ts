// Who may call what: one row per operation of the schema, one expected outcome per role.
// authorization.test.ts fails when an operation has no row here, and executes every cell
// over HTTP against a real server. Record-level rules (whose booking) are in each module's
// policy; this table states what they must add up to. The roles and presets are in
// matrix/presets.ts; the administration's rows, by area, in matrix/*.ts.

import {
  A,
  UN,
  FB,
  NF,
  everyone,
  anyLoggedInPerson,
  citizensOnly,
  callStaff,
  participantOnly,
  anyStaff,
  anyAdministrator,
  type MatrixRow,
} from './matrix/presets.js'
import { administratorsMatrix } from './matrix/administrators.js'
import { kepsMatrix } from './matrix/keps.js'
import { hoursMatrix } from './matrix/hours.js'
import { parametersMatrix } from './matrix/parameters.js'
import { employeesMatrix } from './matrix/employees.js'
import { managerStaffMatrix } from './matrix/manager-staff.js'
import { proceduresMatrix } from './matrix/procedures.js'
import { staffMatrix } from './matrix/staff.js'
import { handOverMatrix } from './matrix/handover.js'
import { accountMatrix } from './matrix/account.js'
import { glanceMatrix } from './matrix/glance.js'
import { statisticsMatrix } from './matrix/statistics.js'
import { workstationsMatrix } from './matrix/workstations.js'
import { apiClientsMatrix } from './matrix/api-clients.js'
import { auditMailMatrix } from './matrix/audit-mail.js'
import { municipalitiesMatrix } from './matrix/municipalities.js'
import { adminBookingsMatrix } from './matrix/admin-bookings.js'

export {
  matrixRoles,
  type MatrixFixtures,
  type MatrixRole,
  type MatrixRow,
  type Outcome,
} from './matrix/presets.js'
export {
  staffBookingFieldMatrix,
  type StaffFieldOutcome,
  type StaffFieldRow,
} from './matrix/staff.js'

const notAParticipantToken = 'not-a-participant-token'

export const authorizationMatrix: Record<string, MatrixRow> = {
  // The public catalog and availability.
  'Query.serviceCategories': { document: '{ serviceCategories { code } }', expect: everyone },
  'Query.procedures': { document: '{ procedures { id } }', expect: everyone },
  'Query.municipalities': { document: '{ municipalities { id } }', expect: everyone },
  'Query.municipality': {
    document: 'query ($id: ID!) { municipality(id: $id) { id } }',
    variables: (f) => ({ id: f.municipalityId }),
    expect: everyone,
  },
  'Query.keps': { document: '{ keps { id } }', expect: everyone },
  'Query.kep': {
    document: 'query ($id: ID!) { kep(id: $id) { id } }',
    variables: (f) => ({ id: f.kepId }),
    expect: everyone,
  },
  'Query.availability': {
    document:
      'query ($input: AvailabilityInput!) { availability(input: $input) { days { date } } }',
    variables: (f) => ({
      input: {
        category: f.categoryCode,
        procedureId: f.procedureId,
        kepId: f.kepId,
        from: '2027-01-18',
        to: '2027-01-19',
      },
    }),
    expect: everyone,
  },
  'Query.kepSpecialHours': {
    document:
      'query ($kepId: ID!) { kepSpecialHours(kepId: $kepId, from: "2027-01-01", to: "2027-01-31") { date } }',
    variables: (f) => ({ kepId: f.kepId }),
    expect: everyone,
  },
  // Changing them: the administration's hours (matrix/hours.ts), through the impact preview.

  // Identity.
  'Query.me': {
    document: '{ me { role } }',
    // Nobody logged in gets null, not an error; an API key is not a person.
    expect: { ...anyLoggedInPerson, anonymous: A },
  },
  'Mutation.logout': {
    document: 'mutation { logout { endedSessions } }',
    endsSessions: true,
    expect: anyLoggedInPerson,
  },
  'Mutation.logoutEverywhere': {
    document: 'mutation { logoutEverywhere { endedSessions } }',
    endsSessions: true,
    expect: anyLoggedInPerson,
  },
  // API clients (issue 17 item 5): matrix/api-clients.ts.

  // Audit (R7.2).
  // actorName: the names of the people behind the trail, administrators' only like the rest
  'Query.auditLog': {
    document: '{ auditLog { entries { seq actorName } } }',
    expect: anyAdministrator,
  },
  // Notifications (R2.3): undelivered emails.
  'Query.outboxFailures': { document: '{ outboxFailures { id } }', expect: anyAdministrator },

  // Bookings (R2.4): the citizen their own; staff their KEP's; administrators all.
  'Query.myBookings': {
    document: '{ myBookings(when: ALL) { id } }',
    expect: citizensOnly,
  },
  'Query.booking': {
    document: 'query ($id: ID!) { booking(id: $id) { id } }',
    variables: (f) => ({ id: f.bookingId }),
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: NF,
      staff: A,
      otherKepStaff: NF,
      manager: A,
      administrator: A,
      operator: A,
      auditor: A,
      officer: NF,
      apiClient: FB,
    },
  },
  'Mutation.bookAppointment': {
    document:
      'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booking { id } } }',
    variables: (f) => ({
      input: {
        category: f.categoryCode,
        procedureId: f.procedureId,
        kepId: f.kepId,
        startsAt: '2027-01-18T08:00:00Z',
        fullName: 'Μαρία Παπαδοπούλου',
        email: 'maria@example.gr',
        phone: '2101234567',
        postalAddress: 'Ερμού 1, 10563 Αθήνα',
        deliveryMethod: 'EMAIL',
      },
    }),
    expect: citizensOnly,
  },
  // Issue 16 item 1: a citizen holds the time they chose, for themselves only; the hold's
  // fields (SlotHold, its KEP) are reached through this mutation alone.
  'Mutation.holdSlot': {
    document:
      'mutation ($input: HoldSlotInput!) { holdSlot(input: $input) { hold { id expiresAt kep { id } } } }',
    variables: (f) => ({
      input: {
        category: f.categoryCode,
        procedureId: f.procedureId,
        kepId: f.kepId,
        startsAt: '2027-01-18T10:00:00Z',
      },
    }),
    expect: citizensOnly,
  },
  // Without an id: whichever hold the caller has (a citizen's own only).
  'Mutation.releaseHold': { document: 'mutation { releaseHold }', expect: citizensOnly },
  'Mutation.rescheduleBooking': {
    document:
      'mutation ($input: RescheduleBookingInput!) { rescheduleBooking(input: $input) { booking { id } } }',
    variables: async (f) => ({
      input: { bookingId: await f.newBooking(), startsAt: '2027-01-19T09:00:00Z' },
    }),
    // Only the citizen moves their appointment; those who may read it are refused, the
    // others are told it does not exist.
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: NF,
      staff: FB,
      otherKepStaff: NF,
      manager: FB,
      administrator: FB,
      operator: FB,
      auditor: FB,
      officer: NF,
      apiClient: FB,
    },
  },
  // Issue 19 item 3: a citizen's own data, seen, corrected and erased by the citizen alone.
  'Query.myData': {
    document: '{ myData { firstName contact { email } bookings } }',
    expect: citizensOnly,
  },
  'Mutation.updateMyContact': {
    document:
      'mutation ($input: UpdateMyContactInput!) { updateMyContact(input: $input) { updatedBookings } }',
    // the matrix's own bookings keep their details: other rows use them
    variables: () => ({
      input: {
        email: 'matrix@example.gr',
        phone: '2101234567',
        postalAddress: 'Ερμού 1, 10563 Αθήνα',
        applyToUpcoming: false,
      },
    }),
    expect: citizensOnly,
  },
  // the preview only: applying it would erase the matrix's citizens
  'Mutation.eraseMyData': {
    document: 'mutation { eraseMyData(input: {}) { upcomingCancelled token } }',
    expect: citizensOnly,
  },
  // Issue 16 item 2: the citizen's own count and limit.
  'Query.myBookingAllowance': {
    document: '{ myBookingAllowance { upcoming limit remaining } }',
    expect: citizensOnly,
  },
  // Issue 16 item 5: only the citizen changes their appointment's contact details; those who
  // may read it are refused, the others are told it does not exist.
  'Mutation.updateBookingContact': {
    document:
      'mutation ($input: UpdateBookingContactInput!) { updateBookingContact(input: $input) { booking { id } } }',
    variables: async (f) => ({
      input: {
        bookingId: await f.newBooking(),
        email: 'maria.new@example.gr',
        phone: '2101234567',
        postalAddress: 'Ερμού 1, 10563 Αθήνα',
      },
    }),
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: NF,
      staff: FB,
      otherKepStaff: NF,
      manager: FB,
      administrator: FB,
      operator: FB,
      auditor: FB,
      officer: NF,
      apiClient: FB,
    },
  },
  'Mutation.cancelBooking': {
    document:
      'mutation ($input: CancelBookingInput!) { cancelBooking(input: $input) { booking { id } } }',
    variables: async (f) => ({ input: { bookingId: await f.newBooking() } }),
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: NF,
      staff: A,
      otherKepStaff: NF,
      manager: A,
      administrator: A,
      operator: A,
      auditor: FB,
      officer: NF,
      apiClient: FB,
    },
  },

  // The call (issue 7): R2.7, R2.8, R6.1–R6.3, R7.1, R7.3.
  'Mutation.joinCall': {
    document: 'mutation ($input: JoinCallInput!) { joinCall(input: $input) { participantToken } }',
    // The call is not open yet (CALL_NOT_OPEN) for those let in: the gate is what is tested.
    variables: (f) => ({ input: { bookingId: f.bookingId } }),
    expect: {
      anonymous: UN,
      citizen: A,
      otherCitizen: NF,
      staff: A,
      otherKepStaff: NF,
      manager: A,
      administrator: FB,
      operator: FB,
      auditor: FB,
      officer: FB,
      apiClient: FB,
    },
  },
  'Query.callInvitation': {
    document: 'query ($token: String!) { callInvitation(token: $token) { valid } }',
    variables: () => ({ token: 'x'.repeat(43) }),
    expect: { ...everyone, apiClient: FB },
  },
  'Mutation.admitCitizen': {
    document: 'mutation ($id: ID!) { admitCitizen(input: { callId: $id }) { call { id } } }',
    variables: (f) => ({ id: f.callId }),
    expect: callStaff,
  },
  'Mutation.admitInterpreter': {
    document:
      'mutation ($id: ID!, $p: ID!) { admitInterpreter(input: { callId: $id, participantId: $p }) { call { id } } }',
    // Nobody waits (VALIDATION_FAILED) for those let in: the gate is what is tested.
    variables: (f) => ({ id: f.callId, p: f.callId }),
    expect: callStaff,
  },
  'Mutation.requestIdentityDocument': {
    document:
      'mutation ($id: ID!) { requestIdentityDocument(input: { callId: $id }) { call { id } } }',
    variables: (f) => ({ id: f.callId }),
    expect: callStaff,
  },
  'Query.kepCalls': { document: '{ kepCalls { booking { id } } }', expect: anyStaff },
  'Subscription.kepCallUpdates': {
    document: 'subscription { kepCallUpdates { id } }',
    expect: anyStaff,
  },
  'Mutation.sendSignal': {
    document: 'mutation ($input: SendSignalInput!) { sendSignal(input: $input) { seq } }',
    variables: (f) => ({
      input: {
        callId: f.callId,
        participantToken: notAParticipantToken,
        to: f.callId,
        negotiationId: 'n1',
        payload: { type: 'offer' },
      },
    }),
    expect: participantOnly,
  },
  'Query.missedSignals': {
    document:
      'query ($id: ID!, $t: String!) { missedSignals(callId: $id, participantToken: $t, afterSeq: 0) { hasMore } }',
    variables: (f) => ({ id: f.callId, t: notAParticipantToken }),
    expect: participantOnly,
  },
  'Query.iceServers': {
    document:
      'query ($id: ID!, $t: String!) { iceServers(callId: $id, participantToken: $t) { urls } }',
    variables: (f) => ({ id: f.callId, t: notAParticipantToken }),
    expect: participantOnly,
  },
  'Mutation.leaveCall': {
    document:
      'mutation ($id: ID!, $t: String!) { leaveCall(input: { callId: $id, participantToken: $t }) { call { id } } }',
    variables: (f) => ({ id: f.callId, t: notAParticipantToken }),
    expect: participantOnly,
  },
  'Mutation.setVideoEnabled': {
    document:
      'mutation ($id: ID!, $t: String!) { setVideoEnabled(input: { callId: $id, participantToken: $t, enabled: false }) { call { id } } }',
    variables: (f) => ({ id: f.callId, t: notAParticipantToken }),
    expect: participantOnly,
  },
  'Subscription.callSignals': {
    document:
      'subscription ($id: ID!, $t: String!) { callSignals(callId: $id, participantToken: $t) { seq } }',
    variables: (f) => ({ id: f.callId, t: notAParticipantToken }),
    expect: participantOnly,
  },
  'Subscription.callEvents': {
    document:
      'subscription ($id: ID!, $t: String!) { callEvents(callId: $id, participantToken: $t) { type } }',
    variables: (f) => ({ id: f.callId, t: notAParticipantToken }),
    expect: participantOnly,
  },
  'Mutation.checkIdentityDocument': {
    document:
      'mutation ($id: ID!) { checkIdentityDocument(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ123456" }) { status } }',
    variables: (f) => ({ id: f.callId }),
    expect: callStaff,
  },
  'Mutation.confirmIdentity': {
    document:
      'mutation ($id: ID!) { confirmIdentity(input: { callId: $id, documentType: ID_CARD, documentNumber: "ΑΚ999999", verified: false }) { call { id } } }',
    variables: (f) => ({ id: f.callId }),
    expect: callStaff,
  },
  'Mutation.inviteToCall': {
    document: 'mutation ($id: ID!) { inviteToCall(input: { callId: $id }) { link } }',
    variables: (f) => ({ id: f.callId }),
    expect: callStaff,
  },
  'Mutation.recordSubmission': {
    document:
      'mutation ($id: ID!) { recordSubmission(input: { callId: $id, protocolNumber: "", filedDescription: "", deliveryMethod: EMAIL }) { call { id } } }',
    // An empty form: refused by validation for those let in, so the call stays open.
    variables: (f) => ({ id: f.callId }),
    expect: callStaff,
  },
  'Mutation.endCall': {
    document: 'mutation ($id: ID!) { endCall(input: { callId: $id }) { call { id } } }',
    // Each cell its own call: the first that is let through ends it.
    variables: async (f) => ({ id: await f.newCall() }),
    expect: callStaff,
  },
  'Mutation.recordNoShow': {
    document: 'mutation ($id: ID!) { recordNoShow(input: { bookingId: $id }) { call { id } } }',
    variables: async (f) => ({ id: await f.newBooking() }),
    expect: callStaff,
  },

  // The administration (issue 13), area by area.
  ...administratorsMatrix,
  ...kepsMatrix,
  ...hoursMatrix,
  ...parametersMatrix,
  ...employeesMatrix,
  ...managerStaffMatrix,
  ...proceduresMatrix,

  // The staff app's back office (issue 14).
  ...staffMatrix,
  // Who runs a booking's call, and handing it over (issue 14 item 2).
  ...handOverMatrix,
  // An employee's own settings: the acceptable-use notice, the morning summary (items 4, 5).
  ...accountMatrix,
  // The KEP at a glance (issue 14 item 9).
  ...glanceMatrix,
  // Usage statistics (issue 17 item 2).
  ...statisticsMatrix,
  // A KEP's workstations (issue 14 item 8).
  ...workstationsMatrix,
  ...apiClientsMatrix,
  ...auditMailMatrix,
  ...municipalitiesMatrix,
  // Every booking, for the ministry's administrators (issue 17 item 1).
  ...adminBookingsMatrix,
}

// Issue 11 defect 6: field by field, who reads the data a call carries. The operations above
// decide who reaches a call at all; these cells decide what each participant then sees of it.
// authorization.test.ts fails when a field of the call's types has no row here, and executes
// every cell: each role joins a live call (identity checked, submission recorded) and reads it.

export const callFieldRoles = ['citizen', 'staff', 'interpreter'] as const
export type CallFieldRole = (typeof callFieldRoles)[number]

/**
 * The object types a participant reads through `Call`, and the interpreter's page through
 * `callInvitation`; each of their fields needs a row.
 */
export const callFieldTypes = [
  'Call',
  'CallParticipant',
  'IdentityCheck',
  'SubmissionRecord',
  'CallInvitationInfo',
]

/** shown: the value; withheld: null, or for a name the role's name (never an error). */
export type FieldOutcome = 'shown' | 'withheld'

/** The values the cells' call holds, to tell a shown field from a withheld one. */
export interface CallFieldValues {
  callId: string
  bookingId: string
  reference: string
  citizenName: string
  protocolNumber: string
  notes: string
  kedReference: string
}

export interface CallFieldRow {
  /** The selection inside `call { … }` of joinCall, or of `callInvitation(token)` (`via`). */
  select: string
  via?: 'invitation'
  /** Whether the answer shows the field's value (the call as JSON, the cell's values). */
  shows: (callJson: string, values: CallFieldValues) => boolean
  expect: Record<CallFieldRole, FieldOutcome>
}

/** The call's own state: every participant's page needs it. */
const everyParticipant = { citizen: 'shown', staff: 'shown', interpreter: 'shown' } as const

/** Personal or case data: read as the booking is (calls.policy.ts canReadCallCaseData). */
const bookingReaders = { citizen: 'shown', staff: 'shown', interpreter: 'withheld' } as const

const hasKey = (key: string) => (json: string) => json.includes(`"${key}":`)
const hasValue = (key: string) => (json: string) =>
  json.includes(`"${key}":`) && !json.includes(`"${key}":null`)

export const callFieldMatrix: Record<string, CallFieldRow> = {
  'Call.id': { select: 'id', shows: (j, v) => j.includes(v.callId), expect: everyParticipant },
  'Call.bookingId': {
    select: 'bookingId',
    shows: (j, v) => j.includes(v.bookingId),
    expect: everyParticipant,
  },
  'Call.status': {
    select: 'status',
    shows: (j) => j.includes('IN_CALL'),
    expect: everyParticipant,
  },
  'Call.admittedAt': {
    select: 'admittedAt',
    shows: hasValue('admittedAt'),
    expect: everyParticipant,
  },
  'Call.endedAt': { select: 'endedAt', shows: hasKey('endedAt'), expect: everyParticipant },
  'Call.audioOnly': { select: 'audioOnly', shows: hasKey('audioOnly'), expect: everyParticipant },
  'Call.participants': {
    select: 'participants { id }',
    shows: (j) => (j.match(/"id":/g) ?? []).length >= 3,
    expect: everyParticipant,
  },
  'Call.booking': {
    select: 'booking { reference }',
    shows: (j, v) => j.includes(v.reference),
    expect: bookingReaders,
  },
  'Call.identityCheck': {
    select: 'identityCheck { verified }',
    shows: hasValue('identityCheck'),
    expect: bookingReaders,
  },
  'Call.identityVerified': {
    select: 'identityVerified',
    shows: hasValue('identityVerified'),
    expect: bookingReaders,
  },
  'Call.identityDocumentRequestedAt': {
    select: 'identityDocumentRequestedAt',
    shows: hasValue('identityDocumentRequestedAt'),
    expect: bookingReaders,
  },
  'Call.submission': {
    select: 'submission { recordedAt }',
    shows: hasValue('submission'),
    expect: bookingReaders,
  },
  'CallParticipant.id': {
    select: 'participants { id }',
    shows: hasValue('id'),
    expect: everyParticipant,
  },
  'CallParticipant.role': {
    select: 'participants { role }',
    shows: (j) => j.includes('CITIZEN') && j.includes('INTERPRETER'),
    expect: everyParticipant,
  },
  'CallParticipant.displayName': {
    select: 'participants { displayName }',
    shows: (j, v) => j.includes(v.citizenName),
    expect: bookingReaders,
  },
  'CallParticipant.admitted': {
    select: 'participants { admitted }',
    shows: hasValue('admitted'),
    expect: everyParticipant,
  },
  'CallParticipant.videoEnabled': {
    select: 'participants { videoEnabled }',
    shows: hasValue('videoEnabled'),
    expect: everyParticipant,
  },
  'CallParticipant.joinedAt': {
    select: 'participants { joinedAt }',
    shows: hasValue('joinedAt'),
    expect: everyParticipant,
  },
  'IdentityCheck.documentType': {
    select: 'identityCheck { documentType }',
    shows: (j) => j.includes('ID_CARD'),
    expect: bookingReaders,
  },
  'IdentityCheck.verified': {
    select: 'identityCheck { verified }',
    shows: hasValue('verified'),
    expect: bookingReaders,
  },
  'IdentityCheck.checkedAt': {
    select: 'identityCheck { checkedAt }',
    shows: hasValue('checkedAt'),
    expect: bookingReaders,
  },
  'IdentityCheck.kedReference': {
    select: 'identityCheck { kedReference }',
    shows: (j, v) => j.includes(v.kedReference),
    expect: bookingReaders,
  },
  'SubmissionRecord.protocolNumber': {
    select: 'submission { protocolNumber }',
    shows: (j, v) => j.includes(v.protocolNumber),
    expect: bookingReaders,
  },
  'SubmissionRecord.filedDescription': {
    select: 'submission { filedDescription }',
    shows: hasValue('filedDescription'),
    expect: bookingReaders,
  },
  'SubmissionRecord.deliveryMethod': {
    select: 'submission { deliveryMethod }',
    shows: hasValue('deliveryMethod'),
    expect: bookingReaders,
  },
  'SubmissionRecord.notes': {
    select: 'submission { notes }',
    shows: (j, v) => j.includes(v.notes),
    expect: bookingReaders,
  },
  'SubmissionRecord.recordedAt': {
    select: 'submission { recordedAt }',
    shows: hasValue('recordedAt'),
    expect: bookingReaders,
  },
  'CallInvitationInfo.valid': {
    via: 'invitation',
    select: 'valid',
    shows: hasValue('valid'),
    expect: everyParticipant,
  },
  'CallInvitationInfo.refusal': {
    via: 'invitation',
    select: 'refusal',
    // the cells' call is live, so the answer is null ("the link works") — for every role alike
    shows: (j) => j.includes('"refusal":null'),
    expect: everyParticipant,
  },
  'CallInvitationInfo.bookingReference': {
    via: 'invitation',
    select: 'bookingReference',
    shows: (j, v) => j.includes(v.reference),
    expect: bookingReaders,
  },
  'CallInvitationInfo.kepName': {
    via: 'invitation',
    select: 'kepName',
    shows: hasValue('kepName'),
    expect: everyParticipant,
  },
  'CallInvitationInfo.startsAt': {
    via: 'invitation',
    select: 'startsAt',
    shows: hasValue('startsAt'),
    expect: everyParticipant,
  },
  'CallInvitationInfo.endsAt': {
    via: 'invitation',
    select: 'endsAt',
    shows: hasValue('endsAt'),
    expect: everyParticipant,
  },
  'CallInvitationInfo.expiresAt': {
    via: 'invitation',
    select: 'expiresAt',
    shows: hasValue('expiresAt'),
    expect: everyParticipant,
  },
}
