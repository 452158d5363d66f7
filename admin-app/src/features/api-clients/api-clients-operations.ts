import { graphql } from '../../gql'

export const apiClientsQuery = graphql(`
  query ApiClientsList {
    apiClients {
      ...ApiClientRow_apiClient
    }
  }
`)

export const apiClientRowFragment = graphql(`
  fragment ApiClientRow_apiClient on ApiClient {
    id
    name
    keyPrefix
    scopes
    rateLimitPerMinute
    createdAt
    createdByName
    lastUsedAt
    requestsLastDay
    revokedAt
  }
`)

export const createApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      key
      client {
        ...ApiClientRow_apiClient
      }
    }
  }
`)

export const revokeApiClientMutation = graphql(`
  mutation RevokeApiClient($input: RevokeApiClientInput!) {
    revokeApiClient(input: $input) {
      client {
        ...ApiClientRow_apiClient
      }
    }
  }
`)
