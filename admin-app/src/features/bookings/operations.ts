import { graphql } from '../../gql'

// Issue 17 item 1: the administrators' bookings list, its filters' choices, a booking's page.

export const adminBookingsQuery = graphql(`
  query AdminBookings(
    $filter: AdminBookingsFilter
    $sort: AdminBookingsSort
    $first: Int
    $after: String
  ) {
    adminBookings(filter: $filter, sort: $sort, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        status
        startsAt
        fullName
        kepName {
          el
          en
        }
        procedureTitle {
          el
          en
        }
        employeeName
      }
    }
  }
`)

export const bookingFilterChoicesQuery = graphql(`
  query BookingFilterChoices {
    municipalities {
      id
      name {
        el
        en
      }
      region {
        el
        en
      }
    }
    keps {
      id
      code
      name {
        el
        en
      }
      municipality {
        id
      }
    }
    serviceCategories {
      id
      name {
        el
        en
      }
    }
    procedures {
      id
      title {
        el
        en
      }
      category {
        id
      }
    }
  }
`)

export const bookingEmployeeChoicesQuery = graphql(`
  query BookingEmployeeChoices($kepId: ID!) {
    adminEmployees(filter: { kepId: $kepId }, first: 100) {
      employees {
        id
        fullName
      }
    }
  }
`)

export const adminBookingQuery = graphql(`
  query AdminBooking($id: ID!) {
    booking(id: $id) {
      id
      reference
      status
      startsAt
      endsAt
      createdAt
      fullName
      email
      phone
      postalAddress
      deliveryMethod
      business {
        name
        taxId
        representation
      }
      category {
        name {
          el
          en
        }
      }
      procedure {
        title {
          el
          en
        }
      }
      kep {
        name {
          el
          en
        }
      }
      assignedEmployee {
        displayName
      }
      specialRequirements {
        signLanguage
        lipReading
        other
      }
      documents {
        id
        fileName
        sizeBytes
      }
      history {
        action
        at
        actorKind
        actorName
        fromStartsAt
        toStartsAt
        reason
      }
      callTimes {
        status
        citizenJoinedAt
        admittedAt
        identityCheckedAt
        identityVerified
        endedAt
      }
      submission {
        protocolNumber
        filedDescription
        recordedAt
      }
    }
  }
`)
