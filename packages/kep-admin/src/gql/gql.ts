/* eslint-disable */
import * as types from './graphql'
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n': typeof types.AuditTrailLineDocument
  '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n': typeof types.ImpactSummary_ImpactFragmentDoc
  '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n': typeof types.KepAtAGlanceDocument
}
const documents: Documents = {
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n':
    types.AuditTrailLineDocument,
  '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n':
    types.ImpactSummary_ImpactFragmentDoc,
  '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n':
    types.KepAtAGlanceDocument,
}

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n',
): (typeof documents)['\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n',
): (typeof documents)['\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
