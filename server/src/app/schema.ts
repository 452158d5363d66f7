import 'reflect-metadata'
import type { GraphQLSchema } from 'graphql'
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql'
import { authChecker } from '../platform/security/auth-checker.js'
import { administrationResolvers } from '../modules/administration/index.js'
import { auditResolvers } from '../modules/audit/index.js'
import { bookingsResolvers } from '../modules/bookings/index.js'
import { callsResolvers } from '../modules/calls/index.js'
import { catalogResolvers } from '../modules/catalog/index.js'
import { identityResolvers } from '../modules/identity/index.js'
import { myDataResolvers } from '../modules/mydata/index.js'
import { notificationsResolvers } from '../modules/notifications/index.js'
import { onboardingResolvers } from '../modules/onboarding/index.js'
import { schedulingResolvers } from '../modules/scheduling/index.js'
import { statisticsResolvers } from '../modules/statistics/index.js'

/** Every module's resolvers, in one list: the whole API. */
const resolvers = [
  ...catalogResolvers,
  ...schedulingResolvers,
  ...bookingsResolvers,
  ...identityResolvers,
  ...auditResolvers,
  ...notificationsResolvers,
  ...callsResolvers,
  ...administrationResolvers,
  ...statisticsResolvers,
  ...onboardingResolvers,
  ...myDataResolvers,
] as unknown as NonEmptyArray<new (...args: never[]) => object>

// Every subscription names its own `subscribe` and takes the pub/sub from the request context:
// the schema is built once per process, the pub/sub is per server (tests run several). This is
// only what type-graphql insists on being given; a topic-based subscription would fail loudly.
const contextOnlyPubSub: PubSub = {
  publish() {
    throw new Error('publish through the context’s pub/sub (platform/pubsub.ts)')
  },
  subscribe() {
    throw new Error('subscribe through the context’s pub/sub (platform/pubsub.ts)')
  },
}

let built: Promise<GraphQLSchema> | undefined

/** Builds the code-first schema once per process (type-graphql's metadata is global). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers, validate: false, authChecker, pubSub: contextOnlyPubSub })
  return built
}
