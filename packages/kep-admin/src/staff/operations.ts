import { graphql } from '../gql'

// The typed operations of an employee's availability and absences, shared by the admin app
// (any KEP's employees) and the staff app (a manager's own KEP, issue 14 item 6). The apps'
// own operations spread `...EmployeeDetail_employee` and `...EmployeeImpact_impact`.

export const employeeDetailFragment = graphql(`
  fragment EmployeeDetail_employee on AdminEmployeeDetail {
    id
    fullName
    email
    taxId
    role
    active
    leavesOn
    hasLoggedIn
    kep {
      id
      code
      nameEl
      nameEn
    }
    pendingMove {
      from
      kep {
        id
        code
        nameEl
        nameEn
      }
    }
    availability {
      id
      workstationId
      workstationLabel
      weekday
      startsAt
      endsAt
      validFrom
      validTo
    }
    absences {
      id
      startsAt
      endsAt
      reason
    }
    workstations {
      id
      kepId
      label
      active
    }
  }
`)

export const impactFragment = graphql(`
  fragment EmployeeImpact_impact on Impact {
    token
    ...ImpactSummary_impact
    bookings {
      bookingId
      toEmployeeId
    }
  }
`)

export const setEmployeeAvailabilityMutation = graphql(`
  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {
    setEmployeeAvailability(input: $input, impact: $impact) {
      impact {
        ...EmployeeImpact_impact
      }
      employee {
        ...EmployeeDetail_employee
      }
    }
  }
`)

export const addEmployeeAbsenceMutation = graphql(`
  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {
    addEmployeeAbsence(input: $input, impact: $impact) {
      impact {
        ...EmployeeImpact_impact
      }
      employee {
        ...EmployeeDetail_employee
      }
    }
  }
`)

export const removeEmployeeAbsenceMutation = graphql(`
  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {
    removeEmployeeAbsence(input: $input) {
      ...EmployeeDetail_employee
    }
  }
`)
