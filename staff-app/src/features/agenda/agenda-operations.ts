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

export const kepCallsQuery = graphql(`
  query KepCalls($date: LocalDate) {
    kepCalls(date: $date) {
      booking {
        id
        reference
        startsAt
        endsAt
        fullName
        status
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
      }
      call {
        ...StaffCall_call
      }
    }
  }
`)

export const kepCallUpdatesSubscription = graphql(`
  subscription KepCallUpdates {
    kepCallUpdates {
      ...StaffCall_call
    }
  }
`)
