import { graphql } from '../../gql'

// Issue 14 items 4, 5: the employee's own settings — the acceptable-use notice of Art. 7.2
// acknowledged once, the morning summary and the language of their emails.

export const staffAccountQuery = graphql(`
  query StaffAccount {
    me {
      role
      employeeAccount {
        acceptableUseAcknowledgedAt
        morningSummary
        emailLocale
      }
    }
  }
`)

export const acknowledgeAcceptableUseMutation = graphql(`
  mutation AcknowledgeAcceptableUse {
    acknowledgeAcceptableUse {
      account {
        acceptableUseAcknowledgedAt
      }
    }
  }
`)

export const updateEmployeeSettingsMutation = graphql(`
  mutation UpdateEmployeeSettings($input: UpdateEmployeeSettingsInput!) {
    updateEmployeeSettings(input: $input) {
      account {
        acceptableUseAcknowledgedAt
        morningSummary
        emailLocale
      }
    }
  }
`)
