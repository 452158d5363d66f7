import type { SignallingDocuments } from '@keplive/call'
import { graphql } from '../../gql'

// What the citizen's and the interpreter's pages show of a call.
graphql(`
  fragment CitizenCall_call on Call {
    id
    bookingId
    status
    identityVerified
    identityDocumentRequestedAt
    participants {
      id
      role
      displayName
      admitted
      videoEnabled
      joinedAt
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
  mutation CitizenJoinCall($input: JoinCallInput!) {
    joinCall(input: $input) {
      participant {
        id
        joinedAt
        role
        admitted
      }
      participantToken
      browserKey
      iceServers {
        urls
        username
        credential
      }
      call {
        ...CitizenCall_call
      }
    }
  }
`)

export const callEventsSubscription = graphql(`
  subscription CitizenCallEvents($callId: ID!, $participantToken: String!) {
    callEvents(callId: $callId, participantToken: $participantToken) {
      type
      participantId
      at
      call {
        ...CitizenCall_call
      }
    }
  }
`)

export const leaveCallMutation = graphql(`
  mutation CitizenLeaveCall($input: ParticipantInput!) {
    leaveCall(input: $input) {
      call {
        id
      }
    }
  }
`)

export const setVideoEnabledMutation = graphql(`
  mutation CitizenSetVideoEnabled($input: SetVideoEnabledInput!) {
    setVideoEnabled(input: $input) {
      call {
        ...CitizenCall_call
      }
    }
  }
`)

export const callBookingQuery = graphql(`
  query CallBooking($id: ID!) {
    booking(id: $id) {
      id
      reference
      status
      startsAt
      endsAt
      callOpensAt
      callClosesAt
      kep {
        id
        name {
          el
          en
        }
      }
      procedure {
        id
        title {
          el
          en
        }
        documents {
          kind
          name {
            el
            en
          }
        }
      }
      submission {
        protocolNumber
        filedDescription
        deliveryMethod
        notes
        recordedAt
      }
    }
  }
`)

export const callInvitationQuery = graphql(`
  query GuestCallInvitation($token: String!) {
    callInvitation(token: $token) {
      valid
      refusal
      kepName
      bookingReference
      startsAt
      endsAt
      expiresAt
    }
  }
`)

export const signallingDocuments: SignallingDocuments = {
  send: graphql(`
    mutation CitizenSendSignal($input: SendSignalInput!) {
      sendSignal(input: $input) {
        seq
      }
    }
  `),
  missed: graphql(`
    query CitizenMissedSignals($callId: ID!, $participantToken: String!, $afterSeq: Int!) {
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
    subscription CitizenCallSignals($callId: ID!, $participantToken: String!, $afterSeq: Int) {
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
