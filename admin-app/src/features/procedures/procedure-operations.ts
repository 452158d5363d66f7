import { graphql } from '../../gql'

// The procedure tables' operations (R4.1–R4.4): typed by codegen from the schema.

export const adminProceduresQuery = graphql(`
  query AdminProcedures($first: Int!, $after: String, $filter: ProcedureFilterInput) {
    adminProcedures(first: $first, after: $after, filter: $filter) {
      nodes {
        id
        code
        titleEl
        titleEn
        active
        formUrl
        form {
          url
        }
        category {
          code
          name {
            el
            en
          }
        }
        municipality {
          id
          name {
            el
            en
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`)

export const procedureChoicesQuery = graphql(`
  query ProcedureChoices {
    serviceCategories {
      code
      municipal
      name {
        el
        en
      }
    }
    municipalities {
      id
      name {
        el
        en
      }
    }
  }
`)

export const adminProcedureQuery = graphql(`
  query AdminProcedure($id: ID!) {
    adminProcedure(id: $id) {
      id
      code
      titleEl
      titleEn
      descriptionEl
      descriptionEn
      requiredDocumentsEl
      requiredDocumentsEn
      formUrl
      active
      updatedAt
      category {
        code
        name {
          el
          en
        }
      }
      municipality {
        id
        name {
          el
          en
        }
      }
      form {
        fileName
        sizeBytes
        url
      }
      lastChange {
        at
        byName
      }
    }
  }
`)

export const createProcedureMutation = graphql(`
  mutation CreateProcedure($input: CreateProcedureInput!) {
    createProcedure(input: $input) {
      procedure {
        id
      }
    }
  }
`)

export const updateProcedureMutation = graphql(`
  mutation UpdateProcedure($id: ID!, $input: UpdateProcedureInput!) {
    updateProcedure(id: $id, input: $input) {
      procedure {
        id
      }
    }
  }
`)

export const retireProcedureMutation = graphql(`
  mutation RetireProcedure($id: ID!) {
    retireProcedure(id: $id) {
      procedure {
        id
        active
      }
    }
  }
`)

export const restoreProcedureMutation = graphql(`
  mutation RestoreProcedure($id: ID!) {
    restoreProcedure(id: $id) {
      procedure {
        id
        active
      }
    }
  }
`)

export const removeProcedureFormMutation = graphql(`
  mutation RemoveProcedureForm($id: ID!) {
    removeProcedureForm(id: $id) {
      removed
    }
  }
`)
