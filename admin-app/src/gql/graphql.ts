/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type AddAdministratorInput = {
  email: string
  fullName: string
  role: AdministratorRole
  /** Tax number (ΑΦΜ), nine digits with its check digit. */
  taxId: string
}

export type AddKepClosureInput = {
  /** Not before startsOn; a one-off closure at most 731 days ahead, a yearly one shorter than a year. */
  endsOn: string
  /** null: every KEP (ADMINISTRATORs only). */
  kepId?: string | number | null | undefined
  /** Why, in Greek, as citizens will see it. */
  reasonEl: string
  /** Why, in English. */
  reasonEn: string
  /** Every year on the same month-days. */
  recurring?: boolean
  /** A one-off closure starts today or later. */
  startsOn: string
}

/** Art. 3.5: ADMINISTRATOR changes everything (roles and parameters included); OPERATOR hours, closures, extraordinary hours, employees and their availability; AUDITOR reads everything and changes nothing. */
export type AdministratorRole = 'ADMINISTRATOR' | 'AUDITOR' | 'OPERATOR'

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

/** One week to many KEPs, chosen by exactly one of kepIds, region or municipalityId (active KEPs), each KEP’s variant of the same range and season replaced. A variant of a KEP’s weekly hours is named by its date range (validFrom..validTo, either end open) and its yearly season (seasonFrom..seasonTo, MM-DD, both or neither, may wrap the new year); it holds on the dates inside both. Two variants of one KEP may never hold on the same date: summer hours next to all-year hours are two seasons that share no day (e.g. 06-15..09-15 and 09-16..06-14). */
export type BulkSetWeeklyHoursInput = {
  /** The whole week of this variant; weekdays left out are closed. No window at all removes the variant. */
  days: Array<WeeklyHoursDayInput>
  kepIds?: Array<string | number> | null | undefined
  municipalityId?: string | number | null | undefined
  /** A region’s name, Greek or English, as municipalities carry it. */
  region?: string | null | undefined
  /** The variant these hours take the place of, to change its range or season in one change (e.g. all-year hours becoming the winter season); default: the variant of the same range and season. */
  replaces?: WeeklyHoursVariantKeyInput | null | undefined
  /** Yearly season start, MM-DD. */
  seasonFrom?: string | null | undefined
  /** Yearly season end, MM-DD (with seasonFrom). */
  seasonTo?: string | null | undefined
  /** The variant’s first date. */
  validFrom?: string | null | undefined
  /** The variant’s last date; not before validFrom nor past. */
  validTo?: string | null | undefined
}

export type DeactivateAdministratorInput = {
  administratorId: string | number
}

/** Preview first (apply: false, the default): nothing is written. Then apply with the preview’s token: the change is made, with exactly what the preview listed, or refused with STALE_PREVIEW. */
export type ImpactInput = {
  apply?: boolean
  /** The token of the preview being applied. */
  token?: string | null | undefined
  uncovered?: UncoveredChoice
}

/** CLOSURE: days a KEP is closed (a local holiday, a strike), added and removed here; SUSPENSION and PERMANENT: decided on the KEP itself, listed here read-only. */
export type KepClosureKind = 'CLOSURE' | 'PERMANENT' | 'SUSPENSION'

export type RemoveKepSpecialHoursInput = {
  date: string
  kepId: string | number
}

/** The thematic fields of Article 4 (R4.1–R4.4). */
export type ServiceCategoryCode = 'BUSINESS' | 'DISABILITY' | 'INFORMATION' | 'MUNICIPAL'

export type SetAdministratorRoleInput = {
  administratorId: string | number
  role: AdministratorRole
}

export type SetKepSpecialHoursInput = {
  /** From today to 366 days ahead. */
  date: string
  kepId: string | number
  /** Why, in Greek, as citizens will see it. */
  reasonEl: string
  /** Why, in English. */
  reasonEn: string
  /** 1 to 4 windows that do not overlap. */
  windows: Array<TimeWindowInput>
}

/** One variant of a KEP’s weekly hours, replacing the variant of the same range and season. A variant of a KEP’s weekly hours is named by its date range (validFrom..validTo, either end open) and its yearly season (seasonFrom..seasonTo, MM-DD, both or neither, may wrap the new year); it holds on the dates inside both. Two variants of one KEP may never hold on the same date: summer hours next to all-year hours are two seasons that share no day (e.g. 06-15..09-15 and 09-16..06-14). */
export type SetKepWeeklyHoursInput = {
  /** The whole week of this variant; weekdays left out are closed. No window at all removes the variant. */
  days: Array<WeeklyHoursDayInput>
  kepId: string | number
  /** The variant these hours take the place of, to change its range or season in one change (e.g. all-year hours becoming the winter season); default: the variant of the same range and season. */
  replaces?: WeeklyHoursVariantKeyInput | null | undefined
  /** Yearly season start, MM-DD. */
  seasonFrom?: string | null | undefined
  /** Yearly season end, MM-DD (with seasonFrom). */
  seasonTo?: string | null | undefined
  /** The variant’s first date. */
  validFrom?: string | null | undefined
  /** The variant’s last date; not before validFrom nor past. */
  validTo?: string | null | undefined
}

/** A window of opening, in Europe/Athens wall-clock time. */
export type TimeWindowInput = {
  /** HH:MM, after opensAt. */
  closesAt: string
  /** HH:MM */
  opensAt: string
}

/** What becomes of a booking that no colleague of its KEP can take: KEEP it (listed for follow-up), MOVE it to another KEP of the same municipality (national fields), or CANCEL it; MOVE and CANCEL email the citizen once. */
export type UncoveredChoice = 'CANCEL' | 'KEEP' | 'MOVE'

/** The role our own tables give the caller (never the identity provider). */
export type UserRole =
  'ADMINISTRATOR' | 'API_CLIENT' | 'AUDITOR' | 'CITIZEN' | 'MANAGER' | 'OPERATOR' | 'STAFF'

export type WeeklyHoursDayInput = {
  /** ISO weekday: 1 = Monday … 7 = Sunday; each at most once. */
  weekday: number
  /** 0 to 4 windows that do not overlap; none: closed that day. */
  windows: Array<WeeklyWindowInput>
}

/** The range and season that name a variant of weekly hours. */
export type WeeklyHoursVariantKeyInput = {
  seasonFrom?: string | null | undefined
  seasonTo?: string | null | undefined
  validFrom?: string | null | undefined
  validTo?: string | null | undefined
}

/** A window of opening, Europe/Athens wall-clock time. */
export type WeeklyWindowInput = {
  /** HH:MM, after opensAt. */
  closesAt: string
  /** HH:MM */
  opensAt: string
}

export type AdministratorsListQueryVariables = Exact<{ [key: string]: never }>

export type AdministratorsListQuery = {
  administrators: Array<{
    id: string
    fullName: string
    email: string
    taxId: string | null
    role: AdministratorRole
    active: boolean
    awaitingFirstLogin: boolean
    you: boolean
  }>
}

export type AdministratorRow_AdministratorFragment = {
  id: string
  fullName: string
  email: string
  taxId: string | null
  role: AdministratorRole
  active: boolean
  awaitingFirstLogin: boolean
  you: boolean
}

export type AddAdministratorMutationVariables = Exact<{
  input: AddAdministratorInput
}>

export type AddAdministratorMutation = {
  addAdministrator: {
    administrator: {
      id: string
      fullName: string
      email: string
      taxId: string | null
      role: AdministratorRole
      active: boolean
      awaitingFirstLogin: boolean
      you: boolean
    }
  }
}

export type SetAdministratorRoleMutationVariables = Exact<{
  input: SetAdministratorRoleInput
}>

export type SetAdministratorRoleMutation = {
  setAdministratorRole: {
    administrator: {
      id: string
      fullName: string
      email: string
      taxId: string | null
      role: AdministratorRole
      active: boolean
      awaitingFirstLogin: boolean
      you: boolean
    }
  }
}

export type DeactivateAdministratorMutationVariables = Exact<{
  input: DeactivateAdministratorInput
}>

export type DeactivateAdministratorMutation = {
  deactivateAdministrator: {
    administrator: {
      id: string
      fullName: string
      email: string
      taxId: string | null
      role: AdministratorRole
      active: boolean
      awaitingFirstLogin: boolean
      you: boolean
    }
  }
}

export type CatalogCountsQueryVariables = Exact<{ [key: string]: never }>

export type CatalogCountsQuery = {
  municipalities: Array<{ id: string; procedures: Array<{ id: string }> }>
  keps: Array<{ id: string }>
  serviceCategories: Array<{
    code: ServiceCategoryCode
    municipal: boolean
    name: { el: string; en: string }
    procedures: Array<{ id: string }>
  }>
}

export type AuditTrailLineQueryVariables = Exact<{
  filter: AuditLogFilter
}>

export type AuditTrailLineQuery = {
  auditLog: { entries: Array<{ at: string; actorKind: string; actorId: string | null }> }
}

export type AdminMeQueryVariables = Exact<{ [key: string]: never }>

export type AdminMeQuery = { me: { role: UserRole; displayName: string } | null }

export type HoursImpactFragment = {
  applied: boolean
  token: string
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

export type HoursKepsQueryVariables = Exact<{ [key: string]: never }>

export type HoursKepsQuery = {
  keps: Array<{
    id: string
    code: string
    name: { el: string; en: string }
    municipality: {
      id: string
      name: { el: string; en: string }
      region: { el: string; en: string }
    }
  }>
}

export type KepWeeklyHoursQueryVariables = Exact<{
  kepId: string | number
}>

export type KepWeeklyHoursQuery = {
  kepWeeklyHours: {
    kepId: string
    variants: Array<{
      validFrom: string | null
      validTo: string | null
      seasonFrom: string | null
      seasonTo: string | null
      days: Array<{ weekday: number; windows: Array<{ opensAt: string; closesAt: string }> }>
    }>
  }
}

export type SetKepWeeklyHoursMutationVariables = Exact<{
  input: SetKepWeeklyHoursInput
  impact: ImpactInput
}>

export type SetKepWeeklyHoursMutation = {
  setKepWeeklyHours: {
    impact: {
      applied: boolean
      token: string
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
  }
}

export type BulkSetWeeklyHoursMutationVariables = Exact<{
  input: BulkSetWeeklyHoursInput
  impact: ImpactInput
}>

export type BulkSetWeeklyHoursMutation = {
  bulkSetWeeklyHours: {
    kepIds: Array<string>
    impact: {
      applied: boolean
      token: string
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
  }
}

export type KepClosuresQueryVariables = Exact<{
  kepId?: string | number | null | undefined
  from: string
  to: string
}>

export type KepClosuresQuery = {
  kepClosures: Array<{
    id: string
    kepId: string | null
    startsOn: string
    endsOn: string
    recurring: boolean
    kind: KepClosureKind
    reason: { el: string; en: string }
  }>
}

export type AddKepClosureMutationVariables = Exact<{
  input: AddKepClosureInput
  impact: ImpactInput
}>

export type AddKepClosureMutation = {
  addKepClosure: {
    closure: { id: string } | null
    impact: {
      applied: boolean
      token: string
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
  }
}

export type RemoveKepClosureMutationVariables = Exact<{
  id: string | number
}>

export type RemoveKepClosureMutation = { removeKepClosure: { id: string } }

export type HoursKepSpecialHoursQueryVariables = Exact<{
  kepId: string | number
  from: string
  to: string
}>

export type HoursKepSpecialHoursQuery = {
  kepSpecialHours: Array<{
    date: string
    windows: Array<{ opensAt: string; closesAt: string }>
    reason: { el: string; en: string }
  }>
}

export type HoursSetKepSpecialHoursMutationVariables = Exact<{
  input: SetKepSpecialHoursInput
}>

export type HoursSetKepSpecialHoursMutation = {
  setKepSpecialHours: { bookingsOutsideHours: number }
}

export type HoursRemoveKepSpecialHoursMutationVariables = Exact<{
  input: RemoveKepSpecialHoursInput
}>

export type HoursRemoveKepSpecialHoursMutation = {
  removeKepSpecialHours: { removed: boolean; bookingsOutsideHours: number }
}

export const AdministratorRow_AdministratorFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdministratorRow_administrator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Administrator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingFirstLogin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'you' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdministratorRow_AdministratorFragment, unknown>
export const HoursImpactFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<HoursImpactFragment, unknown>
export const AdministratorsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdministratorsList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'administrators' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'AdministratorRow_administrator' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdministratorRow_administrator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Administrator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingFirstLogin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'you' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdministratorsListQuery, AdministratorsListQueryVariables>
export const AddAdministratorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddAdministrator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddAdministratorInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAdministrator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administrator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AdministratorRow_administrator' },
                      },
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
      name: { kind: 'Name', value: 'AdministratorRow_administrator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Administrator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingFirstLogin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'you' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddAdministratorMutation, AddAdministratorMutationVariables>
export const SetAdministratorRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAdministratorRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetAdministratorRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAdministratorRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administrator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AdministratorRow_administrator' },
                      },
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
      name: { kind: 'Name', value: 'AdministratorRow_administrator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Administrator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingFirstLogin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'you' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAdministratorRoleMutation, SetAdministratorRoleMutationVariables>
export const DeactivateAdministratorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateAdministrator' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DeactivateAdministratorInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateAdministrator' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'administrator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'AdministratorRow_administrator' },
                      },
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
      name: { kind: 'Name', value: 'AdministratorRow_administrator' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Administrator' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'awaitingFirstLogin' } },
          { kind: 'Field', name: { kind: 'Name', value: 'you' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeactivateAdministratorMutation,
  DeactivateAdministratorMutationVariables
>
export const CatalogCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'participating' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'procedures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCategories' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipal' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'procedures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogCountsQuery, CatalogCountsQueryVariables>
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
                      { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
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
export const AdminMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminMe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminMeQuery, AdminMeQueryVariables>
export const HoursKepsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HoursKeps' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'municipality' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
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
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'region' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
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
      },
    },
  ],
} as unknown as DocumentNode<HoursKepsQuery, HoursKepsQueryVariables>
export const KepWeeklyHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KepWeeklyHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kepWeeklyHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'variants' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seasonFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seasonTo' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'days' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'windows' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
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
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KepWeeklyHoursQuery, KepWeeklyHoursQueryVariables>
export const SetKepWeeklyHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetKepWeeklyHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetKepWeeklyHoursInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setKepWeeklyHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'impact' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'impact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursImpact' } },
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
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<SetKepWeeklyHoursMutation, SetKepWeeklyHoursMutationVariables>
export const BulkSetWeeklyHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BulkSetWeeklyHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulkSetWeeklyHoursInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulkSetWeeklyHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'impact' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kepIds' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'impact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursImpact' } },
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
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<BulkSetWeeklyHoursMutation, BulkSetWeeklyHoursMutationVariables>
export const KepClosuresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KepClosures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
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
            name: { kind: 'Name', value: 'kepClosures' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recurring' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
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
} as unknown as DocumentNode<KepClosuresQuery, KepClosuresQueryVariables>
export const AddKepClosureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddKepClosure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddKepClosureInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addKepClosure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'impact' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'closure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'impact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursImpact' } },
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
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
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
} as unknown as DocumentNode<AddKepClosureMutation, AddKepClosureMutationVariables>
export const RemoveKepClosureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveKepClosure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeKepClosure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveKepClosureMutation, RemoveKepClosureMutationVariables>
export const HoursKepSpecialHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HoursKepSpecialHours' },
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
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
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
            name: { kind: 'Name', value: 'kepSpecialHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kepId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'windows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'opensAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closesAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reason' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
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
} as unknown as DocumentNode<HoursKepSpecialHoursQuery, HoursKepSpecialHoursQueryVariables>
export const HoursSetKepSpecialHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HoursSetKepSpecialHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetKepSpecialHoursInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setKepSpecialHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bookingsOutsideHours' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  HoursSetKepSpecialHoursMutation,
  HoursSetKepSpecialHoursMutationVariables
>
export const HoursRemoveKepSpecialHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HoursRemoveKepSpecialHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RemoveKepSpecialHoursInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeKepSpecialHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bookingsOutsideHours' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  HoursRemoveKepSpecialHoursMutation,
  HoursRemoveKepSpecialHoursMutationVariables
>
