import { graphql } from '../../gql'

export const administratorsQuery = graphql(`
  query AdministratorsList {
    administrators {
      ...AdministratorRow_administrator
    }
  }
`)

export const administratorRowFragment = graphql(`
  fragment AdministratorRow_administrator on Administrator {
    id
    fullName
    email
    taxId
    role
    active
    awaitingFirstLogin
    you
  }
`)

export const addAdministratorMutation = graphql(`
  mutation AddAdministrator($input: AddAdministratorInput!) {
    addAdministrator(input: $input) {
      administrator {
        ...AdministratorRow_administrator
      }
    }
  }
`)

export const setAdministratorRoleMutation = graphql(`
  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {
    setAdministratorRole(input: $input) {
      administrator {
        ...AdministratorRow_administrator
      }
    }
  }
`)

export const deactivateAdministratorMutation = graphql(`
  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {
    deactivateAdministrator(input: $input) {
      administrator {
        ...AdministratorRow_administrator
      }
    }
  }
`)
