import { graphql } from '../../gql'

// The typed operations of the employees' pages (codegen from schema/schema.graphql).

export const kepChoicesQuery = graphql(`
  query EmployeeKepChoices {
    keps {
      id
      code
      name {
        el
        en
      }
    }
  }
`)

export const adminEmployeesQuery = graphql(`
  query AdminEmployees($first: Int!, $after: String, $filter: AdminEmployeesFilter) {
    adminEmployees(first: $first, after: $after, filter: $filter) {
      employees {
        id
        fullName
        role
        active
        leavesOn
        kep {
          id
          code
          nameEl
          nameEn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`)

export const adminEmployeeQuery = graphql(`
  query AdminEmployee($id: ID!) {
    adminEmployee(id: $id) {
      ...EmployeeDetail_employee
    }
  }
`)

export const addEmployeeMutation = graphql(`
  mutation AddEmployee($input: AddEmployeeInput!) {
    addEmployee(input: $input) {
      id
    }
  }
`)

export const setEmployeeRoleMutation = graphql(`
  mutation SetEmployeeRole($input: SetEmployeeRoleInput!) {
    setEmployeeRole(input: $input) {
      ...EmployeeDetail_employee
    }
  }
`)

export const reactivateEmployeeMutation = graphql(`
  mutation ReactivateEmployee($input: ReactivateEmployeeInput!) {
    reactivateEmployee(input: $input) {
      ...EmployeeDetail_employee
    }
  }
`)

export const deactivateEmployeeMutation = graphql(`
  mutation DeactivateEmployee($input: DeactivateEmployeeInput!, $impact: ImpactInput) {
    deactivateEmployee(input: $input, impact: $impact) {
      impact {
        ...EmployeeImpact_impact
      }
      employee {
        ...EmployeeDetail_employee
      }
    }
  }
`)

export const moveEmployeeMutation = graphql(`
  mutation MoveEmployee($input: MoveEmployeeInput!, $impact: ImpactInput) {
    moveEmployee(input: $input, impact: $impact) {
      impact {
        ...EmployeeImpact_impact
      }
      employee {
        ...EmployeeDetail_employee
      }
    }
  }
`)

export const cancelEmployeeMoveMutation = graphql(`
  mutation CancelEmployeeMove($input: CancelEmployeeMoveInput!, $impact: ImpactInput) {
    cancelEmployeeMove(input: $input, impact: $impact) {
      impact {
        ...EmployeeImpact_impact
      }
      employee {
        ...EmployeeDetail_employee
      }
    }
  }
`)

export const importEmployeesCsvMutation = graphql(`
  mutation ImportEmployeesCsv($input: ImportEmployeesCsvInput!) {
    importEmployeesCsv(input: $input) {
      applied
      valid
      invalid
      rows {
        line
        afm
        fullName
        email
        kepCode
        role
        outcome
        errors {
          column
          reason
          messageEl
          messageEn
        }
      }
    }
  }
`)
