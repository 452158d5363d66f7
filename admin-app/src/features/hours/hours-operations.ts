import { graphql } from '../../gql'

// The operations of the hours screens (issue 13 item 2): weekly hours, closures, extraordinary
// hours, bulk. Each change is sent twice: a preview (impact.apply false), then the apply with
// the preview's token (the fragment HoursImpact is @keplive/kep-admin's). Closures and
// extraordinary hours are the package's (shared with a manager's staff app).

export const hoursKepsQuery = graphql(`
  query HoursKeps {
    keps {
      id
      code
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
        region {
          el
          en
        }
      }
    }
  }
`)

export const kepWeeklyHoursQuery = graphql(`
  query KepWeeklyHours($kepId: ID!) {
    kepWeeklyHours(kepId: $kepId) {
      kepId
      variants {
        validFrom
        validTo
        seasonFrom
        seasonTo
        days {
          weekday
          windows {
            opensAt
            closesAt
          }
        }
      }
    }
  }
`)

export const setKepWeeklyHoursMutation = graphql(`
  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {
    setKepWeeklyHours(input: $input, impact: $impact) {
      impact {
        ...HoursImpact
      }
    }
  }
`)

export const bulkSetWeeklyHoursMutation = graphql(`
  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {
    bulkSetWeeklyHours(input: $input, impact: $impact) {
      kepIds
      impact {
        ...HoursImpact
      }
    }
  }
`)
