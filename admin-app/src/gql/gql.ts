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
  '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n': typeof types.CatalogCountsDocument
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorId\n      }\n    }\n  }\n': typeof types.AuditTrailLineDocument
  '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n': typeof types.AdminMeDocument
  '\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n': typeof types.KepMunicipalitiesDocument
  '\n  fragment KepImpact_impact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n': typeof types.KepImpact_ImpactFragmentDoc
  '\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n': typeof types.SuspendKepDocument
  '\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n': typeof types.CloseKepDocument
  '\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n': typeof types.CreateKepDocument
  '\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.AdminKepDocument
  '\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n': typeof types.UpdateKepDocument
  '\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n': typeof types.ResumeKepDocument
  '\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n': typeof types.AdminKepsDocument
}
const documents: Documents = {
  '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n':
    types.CatalogCountsDocument,
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorId\n      }\n    }\n  }\n':
    types.AuditTrailLineDocument,
  '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n':
    types.AdminMeDocument,
  '\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n':
    types.KepMunicipalitiesDocument,
  '\n  fragment KepImpact_impact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n':
    types.KepImpact_ImpactFragmentDoc,
  '\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n':
    types.SuspendKepDocument,
  '\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n':
    types.CloseKepDocument,
  '\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n':
    types.CreateKepDocument,
  '\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.AdminKepDocument,
  '\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n':
    types.UpdateKepDocument,
  '\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n':
    types.ResumeKepDocument,
  '\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n':
    types.AdminKepsDocument,
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
  source: '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorId\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepMunicipalities {\n    municipalities {\n      id\n      name {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment KepImpact_impact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n',
): (typeof documents)['\n  fragment KepImpact_impact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendKep($input: SuspendKepInput!, $impact: ImpactInput!) {\n    suspendKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseKep($input: CloseKepInput!, $impact: ImpactInput!) {\n    closeKep(input: $input, impact: $impact) {\n      impact {\n        ...KepImpact_impact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateKep($input: CreateKepInput!) {\n    createKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminKep($id: ID!) {\n    adminKep(id: $id) {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipalityId\n      municipalityName {\n        el\n        en\n      }\n      region {\n        el\n        en\n      }\n      address {\n        el\n        en\n      }\n      postalCode\n      city {\n        el\n        en\n      }\n      phone\n      email\n      status\n      statusFrom\n      statusUntil\n      employeeCount\n      futureBookings\n      workstations {\n        id\n        label\n        active\n        futureBookings\n      }\n      statusHistory {\n        id\n        kind\n        from\n        until\n        reason {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateKep($input: UpdateKepInput!) {\n    updateKep(input: $input) {\n      kep {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResumeKep($kepId: ID!) {\n    resumeKep(kepId: $kepId) {\n      kep {\n        id\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {\n    adminKeps(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name {\n          el\n          en\n        }\n        municipalityName {\n          el\n          en\n        }\n        status\n        statusFrom\n        statusUntil\n        workstationCount\n        employeeCount\n      }\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
