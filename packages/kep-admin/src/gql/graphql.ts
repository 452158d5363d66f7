/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type AuditLogFilter = {
  action?: string | null | undefined
  actorId?: string | number | null | undefined
  actorKind?: string | null | undefined
  entity?: string | null | undefined
  entityId?: string | null | undefined
  /** From this instant (inclusive). */
  from?: string | null | undefined
  /** Until this instant (exclusive). */
  to?: string | null | undefined
}

/** KEPT: unchanged, or outside the new rules and kept for follow-up (outsideRules); REASSIGNED: to a colleague of the same KEP; MOVED: to another KEP; CANCELLED: with one email to the citizen. */
export type BookingFate = 'CANCELLED' | 'KEPT' | 'MOVED' | 'REASSIGNED'

export type AuditTrailLineQueryVariables = Exact<{
  filter: AuditLogFilter
}>

export type AuditTrailLineQuery = {
  auditLog: { entries: Array<{ at: string; actorKind: string; actorName: string | null }> }
}

export type ImpactSummary_ImpactFragment = {
  applied: boolean
  kept: number
  outsideRules: number
  reassigned: number
  moved: number
  cancelled: number
  bookings: Array<{
    bookingId: string
    reference: string
    startsAt: string
    fate: BookingFate
    outsideRules: boolean
  }>
}

export const ImpactSummary_ImpactFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactSummary_impact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outsideRules' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reassigned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bookingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outsideRules' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactSummary_ImpactFragment, unknown>
export const AuditTrailLineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditTrailLine' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditTrailLineQuery, AuditTrailLineQueryVariables>
