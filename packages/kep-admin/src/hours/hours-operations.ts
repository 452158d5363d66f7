import { graphql } from '../gql'

// The operations of a KEP's closures and extraordinary hours (issue 13 item 2, issue 14 item 7),
// for the ministry's administrators (any KEP) and a KEP's manager (their own): each change is
// sent twice, a preview (impact.apply false), then the apply with the preview's token.

export const hoursImpactFragment = graphql(`
  fragment HoursImpact on Impact {
    token
    ...ImpactSummary_impact
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
