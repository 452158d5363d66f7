import 'reflect-metadata'
import type { GraphQLSchema } from 'graphql'
import { buildSchema, type NonEmptyArray } from 'type-graphql'
import { authChecker } from '../platform/security/auth-checker.js'
import { auditResolvers } from '../modules/audit/index.js'
import { bookingsResolvers } from '../modules/bookings/index.js'
import { catalogResolvers } from '../modules/catalog/index.js'
import { identityResolvers } from '../modules/identity/index.js'
import { notificationsResolvers } from '../modules/notifications/index.js'
import { schedulingResolvers } from '../modules/scheduling/index.js'

/** Every module's resolvers, in one list: the whole API. */
const resolvers = [
  ...catalogResolvers,
  ...schedulingResolvers,
  ...bookingsResolvers,
  ...identityResolvers,
  ...auditResolvers,
  ...notificationsResolvers,
] as unknown as NonEmptyArray<new (...args: never[]) => object>

let built: Promise<GraphQLSchema> | undefined

/** Builds the code-first schema once per process (type-graphql's metadata is global). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, authChecker })
  return built
}
