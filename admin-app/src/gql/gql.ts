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
  '\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n': typeof types.AdministratorsListDocument
  '\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n': typeof types.AdministratorRow_AdministratorFragmentDoc
  '\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n': typeof types.AddAdministratorDocument
  '\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n': typeof types.SetAdministratorRoleDocument
  '\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n': typeof types.DeactivateAdministratorDocument
  '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n': typeof types.CatalogCountsDocument
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorId\n      }\n    }\n  }\n': typeof types.AuditTrailLineDocument
  '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n': typeof types.AdminMeDocument
  '\n  fragment HoursImpact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n': typeof types.HoursImpactFragmentDoc
  '\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n': typeof types.HoursKepsDocument
  '\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.KepWeeklyHoursDocument
  '\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.SetKepWeeklyHoursDocument
  '\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.BulkSetWeeklyHoursDocument
  '\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n': typeof types.KepClosuresDocument
  '\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n': typeof types.AddKepClosureDocument
  '\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n': typeof types.RemoveKepClosureDocument
  '\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n': typeof types.HoursKepSpecialHoursDocument
  '\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!) {\n    setKepSpecialHours(input: $input) {\n      bookingsOutsideHours\n    }\n  }\n': typeof types.HoursSetKepSpecialHoursDocument
  '\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!) {\n    removeKepSpecialHours(input: $input) {\n      removed\n      bookingsOutsideHours\n    }\n  }\n': typeof types.HoursRemoveKepSpecialHoursDocument
}
const documents: Documents = {
  '\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n':
    types.AdministratorsListDocument,
  '\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n':
    types.AdministratorRow_AdministratorFragmentDoc,
  '\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n':
    types.AddAdministratorDocument,
  '\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n':
    types.SetAdministratorRoleDocument,
  '\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n':
    types.DeactivateAdministratorDocument,
  '\n  query CatalogCounts {\n    municipalities(participating: true) {\n      id\n      procedures {\n        id\n      }\n    }\n    keps {\n      id\n    }\n    serviceCategories {\n      code\n      municipal\n      name {\n        el\n        en\n      }\n      procedures {\n        id\n      }\n    }\n  }\n':
    types.CatalogCountsDocument,
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorId\n      }\n    }\n  }\n':
    types.AuditTrailLineDocument,
  '\n  query AdminMe {\n    me {\n      role\n      displayName\n    }\n  }\n':
    types.AdminMeDocument,
  '\n  fragment HoursImpact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n':
    types.HoursImpactFragmentDoc,
  '\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n':
    types.HoursKepsDocument,
  '\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n':
    types.KepWeeklyHoursDocument,
  '\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.SetKepWeeklyHoursDocument,
  '\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.BulkSetWeeklyHoursDocument,
  '\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n':
    types.KepClosuresDocument,
  '\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n':
    types.AddKepClosureDocument,
  '\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n':
    types.RemoveKepClosureDocument,
  '\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n':
    types.HoursKepSpecialHoursDocument,
  '\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!) {\n    setKepSpecialHours(input: $input) {\n      bookingsOutsideHours\n    }\n  }\n':
    types.HoursSetKepSpecialHoursDocument,
  '\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!) {\n    removeKepSpecialHours(input: $input) {\n      removed\n      bookingsOutsideHours\n    }\n  }\n':
    types.HoursRemoveKepSpecialHoursDocument,
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
  source: '\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n',
): (typeof documents)['\n  query AdministratorsList {\n    administrators {\n      ...AdministratorRow_administrator\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n',
): (typeof documents)['\n  fragment AdministratorRow_administrator on Administrator {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    awaitingFirstLogin\n    you\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddAdministrator($input: AddAdministratorInput!) {\n    addAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAdministratorRole($input: SetAdministratorRoleInput!) {\n    setAdministratorRole(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateAdministrator($input: DeactivateAdministratorInput!) {\n    deactivateAdministrator(input: $input) {\n      administrator {\n        ...AdministratorRow_administrator\n      }\n    }\n  }\n']
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
  source: '\n  fragment HoursImpact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n',
): (typeof documents)['\n  fragment HoursImpact on Impact {\n    applied\n    token\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HoursKeps {\n    keps {\n      id\n      code\n      name {\n        el\n        en\n      }\n      municipality {\n        id\n        name {\n          el\n          en\n        }\n        region {\n          el\n          en\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepWeeklyHours($kepId: ID!) {\n    kepWeeklyHours(kepId: $kepId) {\n      kepId\n      variants {\n        validFrom\n        validTo\n        seasonFrom\n        seasonTo\n        days {\n          weekday\n          windows {\n            opensAt\n            closesAt\n          }\n        }\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetKepWeeklyHours($input: SetKepWeeklyHoursInput!, $impact: ImpactInput!) {\n    setKepWeeklyHours(input: $input, impact: $impact) {\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkSetWeeklyHours($input: BulkSetWeeklyHoursInput!, $impact: ImpactInput!) {\n    bulkSetWeeklyHours(input: $input, impact: $impact) {\n      kepIds\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query KepClosures($kepId: ID, $from: LocalDate!, $to: LocalDate!) {\n    kepClosures(kepId: $kepId, from: $from, to: $to) {\n      id\n      kepId\n      startsOn\n      endsOn\n      recurring\n      kind\n      reason {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddKepClosure($input: AddKepClosureInput!, $impact: ImpactInput!) {\n    addKepClosure(input: $input, impact: $impact) {\n      closure {\n        id\n      }\n      impact {\n        ...HoursImpact\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveKepClosure($id: ID!) {\n    removeKepClosure(id: $id) {\n      id\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HoursKepSpecialHours($kepId: ID!, $from: LocalDate!, $to: LocalDate!) {\n    kepSpecialHours(kepId: $kepId, from: $from, to: $to) {\n      date\n      windows {\n        opensAt\n        closesAt\n      }\n      reason {\n        el\n        en\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!) {\n    setKepSpecialHours(input: $input) {\n      bookingsOutsideHours\n    }\n  }\n',
): (typeof documents)['\n  mutation HoursSetKepSpecialHours($input: SetKepSpecialHoursInput!) {\n    setKepSpecialHours(input: $input) {\n      bookingsOutsideHours\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!) {\n    removeKepSpecialHours(input: $input) {\n      removed\n      bookingsOutsideHours\n    }\n  }\n',
): (typeof documents)['\n  mutation HoursRemoveKepSpecialHours($input: RemoveKepSpecialHoursInput!) {\n    removeKepSpecialHours(input: $input) {\n      removed\n      bookingsOutsideHours\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
