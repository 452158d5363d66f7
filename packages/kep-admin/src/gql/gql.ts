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
  '\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n': typeof types.EmployeeDetail_EmployeeFragmentDoc
  '\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n': typeof types.EmployeeImpact_ImpactFragmentDoc
  '\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.SetEmployeeAvailabilityDocument
  '\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n': typeof types.AddEmployeeAbsenceDocument
  '\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n': typeof types.RemoveEmployeeAbsenceDocument
}
const documents: Documents = {
  '\n  query AuditTrailLine($filter: AuditLogFilter!) {\n    auditLog(filter: $filter, first: 1) {\n      entries {\n        at\n        actorKind\n        actorName\n      }\n    }\n  }\n':
    types.AuditTrailLineDocument,
  '\n  fragment ImpactSummary_impact on Impact {\n    applied\n    kept\n    outsideRules\n    reassigned\n    moved\n    cancelled\n    bookings {\n      bookingId\n      reference\n      startsAt\n      fate\n      outsideRules\n    }\n  }\n':
    types.ImpactSummary_ImpactFragmentDoc,
  '\n  query KepAtAGlance($kepId: ID!, $date: LocalDate!) {\n    kepAtAGlance(kepId: $kepId, date: $date) {\n      kepId\n      date\n      at\n      day {\n        ...KepGlance_period\n      }\n      week {\n        ...KepGlance_period\n      }\n    }\n  }\n\n  fragment KepGlance_period on KepGlancePeriod {\n    from\n    to\n    booked\n    done\n    noShows\n    cancelled\n    averageWaitSeconds\n    freePlaces {\n      categoryId\n      name {\n        el\n        en\n      }\n      places\n    }\n    employees {\n      employeeId\n      fullName\n      booked\n      done\n      noShows\n      cancelled\n      averageWaitSeconds\n    }\n  }\n':
    types.KepAtAGlanceDocument,
  '\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n':
    types.EmployeeDetail_EmployeeFragmentDoc,
  '\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n':
    types.EmployeeImpact_ImpactFragmentDoc,
  '\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.SetEmployeeAvailabilityDocument,
  '\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n':
    types.AddEmployeeAbsenceDocument,
  '\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n':
    types.RemoveEmployeeAbsenceDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n',
): (typeof documents)['\n  fragment EmployeeDetail_employee on AdminEmployeeDetail {\n    id\n    fullName\n    email\n    taxId\n    role\n    active\n    leavesOn\n    hasLoggedIn\n    kep {\n      id\n      code\n      nameEl\n      nameEn\n    }\n    pendingMove {\n      from\n      kep {\n        id\n        code\n        nameEl\n        nameEn\n      }\n    }\n    availability {\n      id\n      workstationId\n      workstationLabel\n      weekday\n      startsAt\n      endsAt\n      validFrom\n      validTo\n    }\n    absences {\n      id\n      startsAt\n      endsAt\n      reason\n    }\n    workstations {\n      id\n      kepId\n      label\n      active\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n',
): (typeof documents)['\n  fragment EmployeeImpact_impact on Impact {\n    token\n    ...ImpactSummary_impact\n    bookings {\n      bookingId\n      toEmployeeId\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEmployeeAvailability($input: SetEmployeeAvailabilityInput!, $impact: ImpactInput) {\n    setEmployeeAvailability(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddEmployeeAbsence($input: AddEmployeeAbsenceInput!, $impact: ImpactInput) {\n    addEmployeeAbsence(input: $input, impact: $impact) {\n      impact {\n        ...EmployeeImpact_impact\n      }\n      employee {\n        ...EmployeeDetail_employee\n      }\n    }\n  }\n']
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveEmployeeAbsence($input: RemoveEmployeeAbsenceInput!) {\n    removeEmployeeAbsence(input: $input) {\n      ...EmployeeDetail_employee\n    }\n  }\n']

export function graphql(source: string) {
  return (documents as any)[source] ?? {}
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never
