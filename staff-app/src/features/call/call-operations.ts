import type { SignallingDocuments } from '@keplive/call'
import { graphql } from '../../gql'

// What the console shows of a call; every call operation returns it, so the cache stays current.
graphql(`
  fragment StaffCall_call on Call {
    id
    bookingId
    status
    admittedAt
    endedAt
    identityVerified
    identityDocumentRequestedAt
    audioOnly
    participants {
      id
      role
      displayName
      admitted
      videoEnabled
      joinedAt
    }
    identityCheck {
      verified
      documentType
      checkedAt
      kedReference
    }
    submission {
      protocolNumber
      filedDescription
      deliveryMethod
      notes
      recordedAt
    }
  }
`)

export const joinCallMutation = graphql(`
  mutation StaffJoinCall($input: JoinCallInput!) {
    joinCall(input: $input) {
      participant {
        id
        joinedAt
        role
      }
      participantToken
      iceServers {
        urls
        username
        credential
      }
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const callEventsSubscription = graphql(`
  subscription StaffCallEvents($callId: ID!, $participantToken: String!) {
    callEvents(callId: $callId, participantToken: $participantToken) {
      type
      participantId
      at
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const leaveCallMutation = graphql(`
  mutation StaffLeaveCall($input: ParticipantInput!) {
    leaveCall(input: $input) {
      call {
        id
      }
    }
  }
`)

export const setVideoEnabledMutation = graphql(`
  mutation StaffSetVideoEnabled($input: SetVideoEnabledInput!) {
    setVideoEnabled(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const admitCitizenMutation = graphql(`
  mutation AdmitCitizen($input: CallIdInput!) {
    admitCitizen(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const admitInterpreterMutation = graphql(`
  mutation AdmitInterpreter($input: AdmitInterpreterInput!) {
    admitInterpreter(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const checkIdentityDocumentMutation = graphql(`
  mutation CheckIdentityDocument($input: CheckIdentityDocumentInput!) {
    checkIdentityDocument(input: $input) {
      status
      kedReference
      matchesBooking
      holder {
        firstName
        lastName
        fatherName
        birthDate
      }
    }
  }
`)

export const requestIdentityDocumentMutation = graphql(`
  mutation RequestIdentityDocument($input: CallIdInput!) {
    requestIdentityDocument(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const confirmIdentityMutation = graphql(`
  mutation ConfirmIdentity($input: ConfirmIdentityInput!) {
    confirmIdentity(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const inviteToCallMutation = graphql(`
  mutation InviteToCall($input: InviteToCallInput!) {
    inviteToCall(input: $input) {
      link
      expiresAt
      emailSent
    }
  }
`)

export const recordSubmissionMutation = graphql(`
  mutation RecordSubmission($input: RecordSubmissionInput!) {
    recordSubmission(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const endCallMutation = graphql(`
  mutation EndCall($input: CallIdInput!) {
    endCall(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const recordNoShowMutation = graphql(`
  mutation RecordNoShow($input: RecordNoShowInput!) {
    recordNoShow(input: $input) {
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const signallingDocuments: SignallingDocuments = {
  send: graphql(`
    mutation StaffSendSignal($input: SendSignalInput!) {
      sendSignal(input: $input) {
        seq
      }
    }
  `),
  missed: graphql(`
    query StaffMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {
      missedSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {
        hasMore
        signals {
          seq
          from
          to
          negotiationId
          payload
        }
      }
    }
  `),
  live: graphql(`
    subscription StaffCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {
      callSignals(callId: $callId, participantToken: $participantToken, afterSeq: $afterSeq) {
        seq
        from
        to
        negotiationId
        payload
      }
    }
  `),
}

// Issue 14 item 2: who runs the call, and handing it over.
export const callAssignmentQuery = graphql(`
  query CallAssignment($bookingId: ID!) {
    callAssignment(bookingId: $bookingId) {
      bookingId
      assignedToId
      assignedToName
      conductsCall
      canHandOver
    }
  }
`)

export const freeColleaguesQuery = graphql(`
  query FreeColleagues($bookingId: ID!) {
    freeColleagues(bookingId: $bookingId) {
      id
      displayName
    }
  }
`)

export const handOverBookingMutation = graphql(`
  mutation HandOverBooking($input: HandOverBookingInput!) {
    handOverBooking(input: $input) {
      assignedToId
      assignedToName
      booking {
        id
      }
    }
  }
`)

/** Any change of a call of the KEP: the console reads again whom its booking is assigned to. */
export const consoleKepCallUpdatesSubscription = graphql(`
  subscription ConsoleKepCallUpdates {
    kepCallUpdates {
      id
      bookingId
    }
  }
`)
