import { graphql } from '../../gql'

// The parameters page's requests (issue 13 item 3); codegen types them.

export const FieldParametersQuery = graphql(`
  query AdminFieldParameters {
    fieldParameters {
      categoryId
      category
      inForce {
        effectiveFrom
        callMinutes
        bufferMinutes
        slotStepMinutes
        minNoticeMinutes
        horizonDays
      }
      scheduled {
        id
        effectiveFrom
        callMinutes
        bufferMinutes
        slotStepMinutes
        minNoticeMinutes
        horizonDays
      }
    }
  }
`)

export const ScheduleFieldParametersMutation = graphql(`
  mutation AdminScheduleFieldParameters($input: ScheduleFieldParametersInput!, $preview: Boolean!) {
    scheduleFieldParameters(input: $input, preview: $preview) {
      applied
      version {
        id
        effectiveFrom
      }
      impact {
        totalBefore
        totalAfter
        days {
          date
          before
          after
          difference
        }
      }
    }
  }
`)

export const CancelScheduledFieldParametersMutation = graphql(`
  mutation AdminCancelScheduledFieldParameters($id: ID!) {
    cancelScheduledFieldParameters(id: $id) {
      categoryId
    }
  }
`)

export const SettingsListQuery = graphql(`
  query AdminSettingsList {
    settingsList {
      key
      value
      effectiveFrom
      scheduled {
        effectiveFrom
        value
      }
      rule {
        kind
        min
        max
        maxItems
      }
    }
  }
`)

export const ScheduleSettingMutation = graphql(`
  mutation AdminScheduleSetting($input: ScheduleSettingInput!, $preview: Boolean!) {
    scheduleSetting(input: $input, preview: $preview) {
      applied
      key
      before
      after
      effectiveFrom
    }
  }
`)
