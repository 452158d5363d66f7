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

export type KepAtAGlanceQueryVariables = Exact<{
  kepId: string | number
  date: string
}>

export type KepAtAGlanceQuery = {
  kepAtAGlance: {
    kepId: string
    date: string
    at: string
    day: {
      from: string
      to: string
      booked: number
      done: number
      noShows: number
      cancelled: number
      averageWaitSeconds: number | null
      freePlaces: Array<{ categoryId: string; places: number; name: { el: string; en: string } }>
      employees: Array<{
        employeeId: string
        fullName: string
        booked: number
        done: number
        noShows: number
        cancelled: number
        averageWaitSeconds: number | null
      }>
    }
    week: {
      from: string
      to: string
      booked: number
      done: number
      noShows: number
      cancelled: number
      averageWaitSeconds: number | null
      freePlaces: Array<{ categoryId: string; places: number; name: { el: string; en: string } }>
      employees: Array<{
        employeeId: string
        fullName: string
        booked: number
        done: number
        noShows: number
        cancelled: number
        averageWaitSeconds: number | null
      }>
    }
  }
}

export type KepGlance_PeriodFragment = {
  from: string
  to: string
  booked: number
  done: number
  noShows: number
  cancelled: number
  averageWaitSeconds: number | null
  freePlaces: Array<{ categoryId: string; places: number; name: { el: string; en: string } }>
  employees: Array<{
    employeeId: string
    fullName: string
    booked: number
    done: number
    noShows: number
    cancelled: number
    averageWaitSeconds: number | null
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
export const KepGlance_PeriodFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KepGlance_period' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KepGlancePeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'averageWaitSeconds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'freePlaces' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageWaitSeconds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KepGlance_PeriodFragment, unknown>
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
export const KepAtAGlanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KepAtAGlance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kepAtAGlance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'day' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KepGlance_period' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'week' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KepGlance_period' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KepGlance_period' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'KepGlancePeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'averageWaitSeconds' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'freePlaces' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'name' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'places' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'employeeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageWaitSeconds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KepAtAGlanceQuery, KepAtAGlanceQueryVariables>
