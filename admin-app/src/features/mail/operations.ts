import { graphql } from '../../gql'

// Issue 17 item 6: undelivered mail's operations.

export const undeliveredMailQuery = graphql(`
  query UndeliveredMail($after: String) {
    undeliveredMail(first: 25, after: $after) {
      entries {
        id
        kind
        bookingReference
        recipientMasked
        attempts
        lastError
        lastAttemptAt
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`)

export const mailCountsQuery = graphql(`
  query MailCounts {
    mailCounts {
      pending
      sentToday
      failedToday
      undelivered
    }
  }
`)

export const retryMailMutation = graphql(`
  mutation RetryUndeliveredMail($id: ID!) {
    retryUndeliveredMail(id: $id) {
      id
    }
  }
`)

export const retryAllMailMutation = graphql(`
  mutation RetryAllUndeliveredMail {
    retryAllUndeliveredMail
  }
`)

export const markMailHandledMutation = graphql(`
  mutation MarkMailHandled($id: ID!, $note: String!) {
    markMailHandled(id: $id, note: $note) {
      id
    }
  }
`)
