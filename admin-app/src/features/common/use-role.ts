import { useQuery } from '@apollo/client/react'
import { graphql } from '../../gql'
import type { UserRole } from '../../gql/graphql'

/** The roles of the ministry's administrators (Art. 3.5); any other login has no use for this app. */
export const adminRoles = ['ADMINISTRATOR', 'OPERATOR', 'AUDITOR'] as const
export type AdminRole = (typeof adminRoles)[number]

export const adminMeQuery = graphql(`
  query AdminMe {
    me {
      role
      displayName
    }
  }
`)

export function isAdminRole(role: UserRole | undefined): role is AdminRole {
  return (adminRoles as readonly string[]).includes(role ?? '')
}

/**
 * The logged-in administrator's role, from `me` (one request, then Apollo's cache); `undefined`
 * while loading, for an anonymous visitor and for anyone who is not an administrator. It only
 * shapes the screens: the server checks every operation again.
 */
export function useRole(): AdminRole | undefined {
  const { data } = useQuery(adminMeQuery)
  const role = data?.me?.role
  return isAdminRole(role) ? role : undefined
}
