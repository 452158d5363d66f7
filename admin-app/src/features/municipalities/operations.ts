import { graphql } from '../../gql'

// The municipalities' area's operations (issue 18). Each screen asks for what it shows; the
// application's fields come from one fragment, shared by the form, its check page and the review.

graphql(`
  fragment MunicipalityApplication_application on MunicipalityApplication {
    id
    municipalityId
    municipalityName {
      el
      en
    }
    municipalityRegion {
      el
      en
    }
    status
    decisionNumber
    decisionDate
    contact {
      name
      email
      phone
    }
    keps {
      key
      existingKepId
      nameEl
      nameEn
      addressEl
      addressEn
      postalCode
      cityEl
      cityEn
      phone
      email
      hours {
        weekday
        opens
        closes
      }
    }
    employees {
      fullName
      taxId
      kepKey
      email
    }
    services {
      titleEl
      titleEn
      descriptionEl
      descriptionEn
      requiredDocumentsEl
      requiredDocumentsEn
      formUrl
      pickUpAtKep
    }
    reviewComments {
      section
      comment
    }
    decisionNote
    createdAt
    updatedAt
    submittedAt
    decidedAt
    startedByMe
    history {
      status
      at
      note
    }
  }
`)

export const myApplicationsQuery = graphql(`
  query MyMunicipalityApplications {
    myMunicipalityApplications {
      id
      municipalityId
      municipalityName {
        el
        en
      }
      status
      updatedAt
    }
  }
`)

export const applicationQuery = graphql(`
  query MunicipalityApplicationDetail($id: ID!) {
    municipalityApplication(id: $id) {
      ...MunicipalityApplication_application
    }
  }
`)

/** The municipalities to apply for, and the KEPs each already has (to pick as existing). */
export const applicationChoicesQuery = graphql(`
  query MunicipalityApplicationChoices {
    municipalities {
      id
      participation
      name {
        el
        en
      }
      region {
        el
        en
      }
      keps {
        id
        name {
          el
          en
        }
      }
    }
  }
`)

export const startApplicationMutation = graphql(`
  mutation StartMunicipalityApplication($input: StartMunicipalityApplicationInput!) {
    startMunicipalityApplication(input: $input) {
      application {
        id
      }
    }
  }
`)

export const saveApplicationMutation = graphql(`
  mutation SaveMunicipalityApplication($input: SaveMunicipalityApplicationInput!) {
    saveMunicipalityApplication(input: $input) {
      application {
        ...MunicipalityApplication_application
      }
    }
  }
`)

export const submitApplicationMutation = graphql(`
  mutation SubmitMunicipalityApplication($id: ID!) {
    submitMunicipalityApplication(id: $id) {
      application {
        ...MunicipalityApplication_application
      }
    }
  }
`)

export const withdrawApplicationMutation = graphql(`
  mutation WithdrawMunicipalityApplication($id: ID!) {
    withdrawMunicipalityApplication(id: $id) {
      application {
        ...MunicipalityApplication_application
      }
    }
  }
`)

export const applicationQueueQuery = graphql(`
  query MunicipalityApplicationQueue($filter: MunicipalityApplicationFilter, $after: String) {
    municipalityApplications(filter: $filter, first: 25, after: $after) {
      totalCount
      endCursor
      nodes {
        id
        municipalityName {
          el
          en
        }
        municipalityRegion {
          el
          en
        }
        status
        submittedAt
        services {
          titleEl
        }
      }
    }
  }
`)

export const approveApplicationMutation = graphql(`
  mutation ApproveMunicipalityApplication($id: ID!) {
    approveMunicipalityApplication(id: $id) {
      application {
        ...MunicipalityApplication_application
      }
    }
  }
`)

export const rejectApplicationMutation = graphql(`
  mutation RejectMunicipalityApplication($id: ID!, $reason: String!) {
    rejectMunicipalityApplication(id: $id, reason: $reason) {
      application {
        ...MunicipalityApplication_application
      }
    }
  }
`)

export const requestChangesMutation = graphql(`
  mutation RequestMunicipalityApplicationChanges($id: ID!, $comments: [ApplicationCommentInput!]!) {
    requestMunicipalityApplicationChanges(id: $id, comments: $comments) {
      application {
        ...MunicipalityApplication_application
      }
    }
  }
`)

export const myMunicipalityQuery = graphql(`
  query MyMunicipality {
    myMunicipality {
      id
      name {
        el
        en
      }
      region {
        el
        en
      }
      participation
      joinedOn
      leavesOn
    }
  }
`)

graphql(`
  fragment MunicipalProcedure_procedure on MunicipalProcedure {
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
    requiredDocuments {
      el
      en
    }
    formUrl
    pickUpAtKep
    active
    updatedAt
  }
`)

export const municipalProceduresQuery = graphql(`
  query MunicipalProcedures {
    municipalProcedures {
      ...MunicipalProcedure_procedure
    }
  }
`)

export const createMunicipalProcedureMutation = graphql(`
  mutation CreateMunicipalProcedure($input: MunicipalProcedureInput!) {
    createMunicipalProcedure(input: $input) {
      procedure {
        ...MunicipalProcedure_procedure
      }
    }
  }
`)

export const updateMunicipalProcedureMutation = graphql(`
  mutation UpdateMunicipalProcedure($id: ID!, $input: MunicipalProcedureInput!) {
    updateMunicipalProcedure(id: $id, input: $input) {
      procedure {
        ...MunicipalProcedure_procedure
      }
    }
  }
`)

export const retireMunicipalProcedureMutation = graphql(`
  mutation RetireMunicipalProcedure($id: ID!) {
    retireMunicipalProcedure(id: $id) {
      procedure {
        ...MunicipalProcedure_procedure
      }
    }
  }
`)

export const municipalKepUsageQuery = graphql(`
  query MunicipalKepUsage($from: LocalDate!, $to: LocalDate!) {
    municipalKepUsage(from: $from, to: $to) {
      kepId
      kepName {
        el
        en
      }
      booked
      municipalBooked
      completed
      cancelled
      noShow
    }
  }
`)

export const participatingMunicipalitiesQuery = graphql(`
  query AdminParticipatingMunicipalities {
    municipalities(participating: true) {
      id
      joinedOn
      name {
        el
        en
      }
      region {
        el
        en
      }
      keps {
        id
      }
      procedures {
        id
      }
    }
  }
`)

graphql(`
  fragment MunicipalityImpact_impact on Impact {
    token
    ...ImpactSummary_impact
  }
`)

export const suspendMunicipalityMutation = graphql(`
  mutation SuspendMunicipality($input: SuspendMunicipalityInput!, $impact: ImpactInput!) {
    suspendMunicipality(input: $input, impact: $impact) {
      impact {
        ...MunicipalityImpact_impact
      }
      municipality {
        id
        participation
        leavesOn
      }
    }
  }
`)

export const withdrawMunicipalityMutation = graphql(`
  mutation WithdrawMunicipality($input: WithdrawMunicipalityInput!, $impact: ImpactInput!) {
    withdrawMunicipality(input: $input, impact: $impact) {
      impact {
        ...MunicipalityImpact_impact
      }
      municipality {
        id
        participation
        leavesOn
      }
    }
  }
`)
