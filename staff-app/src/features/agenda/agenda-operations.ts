import { graphql } from '../../gql'

export const staffMeQuery = graphql(`
  query StaffMe {
    me {
      role
      displayName
      kep {
        id
        code
        name {
          el
          en
        }
      }
    }
  }
`)

export const agendaAppointmentFragment = graphql(`
  fragment AgendaAppointment_appointment on AgendaAppointment {
    state
    booking {
      id
      reference
      startsAt
      endsAt
      fullName
      status
      business {
        representation
      }
      procedure {
        id
        title {
          el
          en
        }
      }
      specialRequirements {
        signLanguage
        lipReading
      }
      documents {
        id
      }
      assignedEmployee {
        id
        displayName
      }
    }
    call {
      id
      bookingId
      status
    }
  }
`)

export const staffAgendaQuery = graphql(`
  query StaffAgenda($from: LocalDate!, $to: LocalDate!, $scope: AgendaScope!) {
    staffAgenda(from: $from, to: $to, scope: $scope) {
      ...AgendaAppointment_appointment
    }
  }
`)

export const findKepBookingsQuery = graphql(`
  query FindKepBookings($query: String!) {
    findKepBookings(query: $query) {
      ...AgendaAppointment_appointment
    }
  }
`)

export const kepCallUpdatesSubscription = graphql(`
  subscription KepCallUpdates {
    kepCallUpdates {
      id
      bookingId
      status
      participants {
        id
        role
        admitted
      }
    }
  }
`)
