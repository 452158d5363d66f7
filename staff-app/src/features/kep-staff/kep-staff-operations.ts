import { graphql } from '../../gql'

// The typed operations of a manager's staff pages (issue 14 item 6). The employee's fields and
// the changes (availability, absences) are the shared KEP administration's (@keplive/kep-admin).

export const kepStaffQuery = graphql(`
  query KepStaff($kepId: ID!) {
    kepStaff(kepId: $kepId) {
      ...EmployeeDetail_employee
    }
  }
`)

export const kepEmployeeQuery = graphql(`
  query KepEmployee($id: ID!) {
    adminEmployee(id: $id) {
      ...EmployeeDetail_employee
    }
  }
`)

export const bookingsNeedingAttentionQuery = graphql(`
  query KepBookingsNeedingAttention($kepId: ID!) {
    kepBookingsNeedingAttention(kepId: $kepId) {
      bookingId
      reference
      startsAt
      endsAt
      employeeName
      colleagueFree
    }
  }
`)
