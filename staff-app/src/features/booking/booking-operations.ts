import { graphql } from '../../gql'

// Issue 14 item 3: a booking's page for the KEP's staff, and what they do on the citizen's behalf.

export const staffBookingQuery = graphql(`
  query StaffBooking($id: ID!) {
    booking(id: $id) {
      ...BookingDetails_booking
      status
      endsAt
      version
      changeable
      kep {
        id
      }
      assignedEmployee {
        id
        displayName
      }
      submission {
        protocolNumber
        filedDescription
        deliveryMethod
        notes
        recordedAt
      }
      history {
        action
        at
        actorKind
        actorName
        reason
        fromStartsAt
        toStartsAt
        fromEmployee {
          id
          displayName
        }
        toEmployee {
          id
          displayName
        }
      }
    }
  }
`)

/** The free times of the booking's field and procedure at its KEP (the public availability). */
export const freeTimesQuery = graphql(`
  query StaffFreeTimes($input: AvailabilityInput!) {
    availability(input: $input) {
      lastBookableDate
      days {
        date
        slots {
          startsAt
          localTime
        }
      }
    }
  }
`)

export const rescheduleForCitizenMutation = graphql(`
  mutation RescheduleBookingForCitizen($input: RescheduleBookingForCitizenInput!) {
    rescheduleBookingForCitizen(input: $input) {
      booking {
        id
        startsAt
        endsAt
        version
      }
    }
  }
`)

export const cancelForCitizenMutation = graphql(`
  mutation CancelBookingForCitizen($input: CancelBookingForCitizenInput!) {
    cancelBookingForCitizen(input: $input) {
      booking {
        id
        status
        version
      }
    }
  }
`)
