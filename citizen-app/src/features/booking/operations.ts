import { graphql } from '../../gql'

// Every request of the booking flow, my bookings and the booking page; codegen types them.

export const BookingFlowMeQuery = graphql(`
  query BookingFlowMe {
    me {
      role
      firstName
      lastName
      displayName
    }
  }
`)

export const BookingFlowCategoriesQuery = graphql(`
  query BookingFlowCategories {
    serviceCategories {
      id
      code
      municipal
      callMinutes
      name {
        el
        en
      }
      description {
        el
        en
      }
    }
  }
`)

export const BookingFlowProceduresQuery = graphql(`
  query BookingFlowProcedures($category: ServiceCategoryCode!, $municipalityId: ID) {
    procedures(category: $category, municipalityId: $municipalityId) {
      id
      code
      title {
        el
        en
      }
      description {
        el
        en
      }
      municipality {
        id
      }
      documents {
        kind
        name {
          el
          en
        }
      }
    }
  }
`)

export const BookingFlowMunicipalitiesQuery = graphql(`
  query BookingFlowMunicipalities {
    municipalities(participating: true) {
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
  }
`)

export const BookingFlowKepsQuery = graphql(`
  query BookingFlowKeps($municipalityId: ID!) {
    keps(municipalityId: $municipalityId) {
      id
      name {
        el
        en
      }
      address {
        el
        en
      }
      city {
        el
        en
      }
      postalCode
    }
  }
`)

export const BookingFlowAvailabilityQuery = graphql(`
  query BookingFlowAvailability($input: AvailabilityInput!) {
    availability(input: $input) {
      timeZone
      lastBookableDate
      days {
        date
        closed
        holiday {
          el
          en
        }
        specialHours {
          el
          en
        }
        slots {
          startsAt
          endsAt
          localTime
        }
      }
    }
  }
`)

export const BookingFlowPreviousContactQuery = graphql(`
  query BookingFlowPreviousContact {
    myData {
      contact {
        email
        phone
        postalAddress
      }
    }
    myBookings(when: ALL) {
      id
      createdAt
      business {
        name
        taxId
      }
    }
  }
`)

export const BookingFullFragment = graphql(`
  fragment BookingFull on Booking {
    id
    reference
    status
    changeable
    startsAt
    endsAt
    version
    fullName
    email
    phone
    postalAddress
    deliveryMethod
    category {
      id
      code
      municipal
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
      requiredDocuments {
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
    kep {
      id
      name {
        el
        en
      }
      address {
        el
        en
      }
      city {
        el
        en
      }
      postalCode
      municipality {
        id
      }
    }
    specialRequirements {
      signLanguage
      lipReading
      other
    }
    business {
      name
      taxId
      representation
    }
    documents {
      id
      fileName
      sizeBytes
    }
  }
`)

export const BookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      booking {
        ...BookingFull
      }
    }
  }
`)

export const RescheduleBookingMutation = graphql(`
  mutation RescheduleBooking($input: RescheduleBookingInput!) {
    rescheduleBooking(input: $input) {
      booking {
        ...BookingFull
      }
    }
  }
`)

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking {
        ...BookingFull
      }
    }
  }
`)

export const BookingQuery = graphql(`
  query Booking($id: ID!) {
    booking(id: $id) {
      ...BookingFull
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

export const MyBookingsQuery = graphql(`
  query MyBookings {
    upcoming: myBookings(when: UPCOMING) {
      ...BookingCard
    }
    past: myBookings(when: PAST) {
      ...BookingCard
    }
  }
`)

export const BookingCardFragment = graphql(`
  fragment BookingCard on Booking {
    id
    reference
    status
    startsAt
    procedure {
      id
      title {
        el
        en
      }
    }
    kep {
      id
      name {
        el
        en
      }
    }
  }
`)

// Issue 16 item 1: the chosen time is held while the citizen books; the KEP it chose is named.
export const HoldSlotMutation = graphql(`
  mutation HoldSlot($input: HoldSlotInput!) {
    holdSlot(input: $input) {
      hold {
        id
        startsAt
        expiresAt
        heldAt
        kep {
          id
          name {
            el
            en
          }
          municipality {
            id
            name {
              el
              en
            }
          }
        }
      }
    }
  }
`)

export const ReleaseHoldMutation = graphql(`
  mutation ReleaseHold($holdId: ID) {
    releaseHold(holdId: $holdId)
  }
`)

/** The citizen's own upcoming appointments: their times are not offered (issue 16 item 2). */
export const BookingFlowMyTimesQuery = graphql(`
  query BookingFlowMyTimes {
    myBookings(when: UPCOMING) {
      id
      startsAt
      endsAt
    }
  }
`)
