import { graphql } from '../../gql'

// Issue 16 items 2, 4 and 5: what the booking flow and the booking page ask up front; codegen
// types them.

export const BookingAllowanceQuery = graphql(`
  query BookingAllowance {
    myBookingAllowance {
      upcoming
      limit
      remaining
    }
    myBookings(when: UPCOMING) {
      id
      reference
      startsAt
      changeable
      procedure {
        id
        title {
          el
          en
        }
      }
    }
  }
`)

export const UpdateBookingContactMutation = graphql(`
  mutation UpdateBookingContact($input: UpdateBookingContactInput!) {
    updateBookingContact(input: $input) {
      booking {
        ...BookingFull
      }
    }
  }
`)
