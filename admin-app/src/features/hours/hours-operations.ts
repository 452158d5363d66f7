import { graphql } from '../../gql'

// The operations of the hours screens (issue 13 item 2): weekly hours, closures, extraordinary
// hours, bulk. Each change is sent twice: a preview (impact.apply false), then the apply with
// the preview's token.

export const hoursImpactFragment = graphql(`
  fragment HoursImpact on Impact {
    token
    ...ImpactSummary_impact
  }
`)

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

export const kepClosuresQuery = graphql(`
  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {
    kepClosures(kepId: $kepId, from: $from, to: $to) {
      id
      kepId
      startsOn
      endsOn
      recurring
      kind
      reason {
        el
        en
      }
    }
  }
`)

export const addKepClosureMutation = graphql(`
  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {
    addKepClosure(input: $input, impact: $impact) {
      closure {
        id
      }
      impact {
        ...HoursImpact
      }
    }
  }
`)

export const removeKepClosureMutation = graphql(`
  mutation RemoveKepClosure($id: ID!) {
    removeKepClosure(id: $id) {
      id
    }
  }
`)

export const kepSpecialHoursQuery = graphql(`
  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {
    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {
      date
      windows {
        opensAt
        closesAt
      }
      reason {
        el
        en
      }
    }
  }
`)

export const setKepSpecialHoursMutation = graphql(`
  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!, $impact: ImpactInput!) {
    setKepSpecialHoursWithImpact(input: $input, impact: $impact) {
      impact {
        ...HoursImpact
      }
    }
  }
`)

export const removeKepSpecialHoursMutation = graphql(`
  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!, $impact: ImpactInput!) {
    removeKepSpecialHoursWithImpact(input: $input, impact: $impact) {
      removed
      impact {
        ...HoursImpact
      }
    }
  }
`)
