import { useQuery } from '@apollo/client/react'
import { graphql } from '../../gql'
import type { UserRole } from '../../gql/graphql'

/** The roles of the ministry's administrators (Art. 3.5). */
export const adminRoles = ['ADMINISTRATOR', 'OPERATOR', 'AUDITOR'] as const
export type AdminRole = (typeof adminRoles)[number]

/**
 * Issue 18: the municipalities' people, logged in through the public-administration login: a
 * municipality's OFFICER (their own municipality), and an OFFICIAL with no other role, who may
 * start an application to join.
 */
export const municipalityRoles = ['OFFICER', 'OFFICIAL'] as const
export type MunicipalityRole = (typeof municipalityRoles)[number]

/** Everyone this app serves; any other login has no use for it. */
export const appRoles = [...adminRoles, ...municipalityRoles] as const
export type AppRole = (typeof appRoles)[number]

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

export function isAppRole(role: UserRole | undefined): role is AppRole {
  return (appRoles as readonly string[]).includes(role ?? '')
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

/** The logged-in person's role in this app, municipalities' people included. */
export function useAppRole(): AppRole | undefined {
  const { data } = useQuery(adminMeQuery)
  const role = data?.me?.role
  return isAppRole(role) ? role : undefined
}
