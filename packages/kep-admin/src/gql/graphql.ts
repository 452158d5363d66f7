/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] }
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never }
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core'
export type AddEmployeeAbsenceInput = {
  employeeId: string | number
  endsAt: string
  /** Leave, sickness, training… (seen by administrators only). */
  reason: string
  startsAt: string
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

export type AuditLogFilter = {
  action?: string | null | undefined
  actorId?: string | number | null | undefined
  actorKind?: string | null | undefined
  /** administrator, operator, auditor, staff or manager (entries since issue 17). */
  actorRole?: string | null | undefined
  entity?: string | null | undefined
  entityId?: string | null | undefined
  /** From this instant (inclusive). */
  from?: string | null | undefined
  /** Entries about this KEP (since issue 17). */
  kepId?: string | number | null | undefined
  /** Until this instant (exclusive). */
  to?: string | null | undefined
}

/** KEPT: unchanged (its employee may serve it at another desk), or outside the new rules and kept for follow-up (outsideRules); REASSIGNED: to a colleague of the same KEP; MOVED: to another KEP; CANCELLED: with one email to the citizen. */
export type BookingFate = 'CANCELLED' | 'KEPT' | 'MOVED' | 'REASSIGNED'

export type ChangeKepWorkstationsInput = {
  /** 1 to 50 changes, made together. */
  changes: Array<KepWorkstationChange>
  kepId: string | number
}

export type EmployeeAvailabilityRowInput = {
  /** HH:MM */
  endsAt: string
  /** HH:MM */
  startsAt: string
  /** Today or later. */
  validFrom: string
  /** Omit: until further notice. */
  validTo?: string | null | undefined
  /** 1 = Monday … 7 = Sunday. */
  weekday: number
  workstationId: string | number
}

/** An employee's role at their KEP: STAFF takes calls, MANAGER also runs the KEP. */
export type EmployeeRoleCode = 'MANAGER' | 'STAFF'

/** Preview first (apply: false, the default): nothing is written. Then apply with the preview’s token: the change is made, with exactly what the preview listed, or refused with STALE_PREVIEW. */
export type ImpactInput = {
  apply?: boolean
  /** The token of the preview being applied. */
  token?: string | null | undefined
  uncovered?: UncoveredChoice
}

/** CLOSURE: days a KEP is closed (a local holiday, a strike), added and removed here; SUSPENSION and PERMANENT: decided on the KEP itself, listed here read-only. */
export type KepClosureKind = 'CLOSURE' | 'PERMANENT' | 'SUSPENSION'

/** One change of a KEP’s workstations. */
export type KepWorkstationChange = {
  /** RENAME, RETIRE: the workstation. */
  id?: string | number | null | undefined
  kind: WorkstationChangeKind
  /** ADD, RENAME: 1 to 40 characters once trimmed, unique in the KEP (any case). */
  label?: string | null | undefined
}

export type RemoveEmployeeAbsenceInput = {
  absenceId: string | number
}

export type RemoveKepSpecialHoursInput = {
  date: string
  kepId: string | number
}

/** Replaces the employee's availability from today on: rows that began earlier end yesterday. */
export type SetEmployeeAvailabilityInput = {
  employeeId: string | number
  rows: Array<EmployeeAvailabilityRowInput>
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

/** A window of opening, in Europe/Athens wall-clock time. */
export type TimeWindowInput = {
  /** HH:MM, after opensAt. */
  closesAt: string
  /** HH:MM */
  opensAt: string
}

/** What becomes of a booking that no colleague of its KEP can take: KEEP it (listed for follow-up), MOVE it to another KEP of the same municipality (national fields), or CANCEL it; MOVE and CANCEL email the citizen once. */
export type UncoveredChoice = 'CANCEL' | 'KEEP' | 'MOVE'

/** ADD a workstation (label), RENAME one (id, label), RETIRE one (id): its availability windows end and the bookings held at it are kept by their employee at another free desk, given to a free colleague, or follow ImpactInput.uncovered. */
export type WorkstationChangeKind = 'ADD' | 'RENAME' | 'RETIRE'

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

export type HoursImpactFragment = {
  token: string
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
      token: string
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
  impact: ImpactInput
}>

export type HoursSetKepSpecialHoursMutation = {
  setKepSpecialHoursWithImpact: {
    impact: {
      token: string
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
  }
}

export type HoursRemoveKepSpecialHoursMutationVariables = Exact<{
  input: RemoveKepSpecialHoursInput
  impact: ImpactInput
}>

export type HoursRemoveKepSpecialHoursMutation = {
  removeKepSpecialHoursWithImpact: {
    removed: boolean
    impact: {
      token: string
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
  }
}

export type KepAdminWeeklyHoursQueryVariables = Exact<{
  kepId: string | number
}>

export type KepAdminWeeklyHoursQuery = {
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

export type EmployeeDetail_EmployeeFragment = {
  id: string
  fullName: string
  email: string
  taxId: string | null
  role: EmployeeRoleCode
  active: boolean
  leavesOn: string | null
  hasLoggedIn: boolean
  kep: { id: string; code: string; nameEl: string; nameEn: string }
  pendingMove: {
    from: string
    kep: { id: string; code: string; nameEl: string; nameEn: string }
  } | null
  availability: Array<{
    id: string
    workstationId: string
    workstationLabel: string
    weekday: number
    startsAt: string
    endsAt: string
    validFrom: string
    validTo: string | null
  }>
  absences: Array<{ id: string; startsAt: string; endsAt: string; reason: string }>
  workstations: Array<{ id: string; kepId: string; label: string; active: boolean }>
}

export type EmployeeImpact_ImpactFragment = {
  token: string
  applied: boolean
  kept: number
  outsideRules: number
  reassigned: number
  moved: number
  cancelled: number
  bookings: Array<{
    bookingId: string
    toEmployeeId: string | null
    reference: string
    startsAt: string
    fate: BookingFate
    outsideRules: boolean
  }>
}

export type SetEmployeeAvailabilityMutationVariables = Exact<{
  input: SetEmployeeAvailabilityInput
  impact?: ImpactInput | null | undefined
}>

export type SetEmployeeAvailabilityMutation = {
  setEmployeeAvailability: {
    impact: {
      token: string
      applied: boolean
      kept: number
      outsideRules: number
      reassigned: number
      moved: number
      cancelled: number
      bookings: Array<{
        bookingId: string
        toEmployeeId: string | null
        reference: string
        startsAt: string
        fate: BookingFate
        outsideRules: boolean
      }>
    }
    employee: {
      id: string
      fullName: string
      email: string
      taxId: string | null
      role: EmployeeRoleCode
      active: boolean
      leavesOn: string | null
      hasLoggedIn: boolean
      kep: { id: string; code: string; nameEl: string; nameEn: string }
      pendingMove: {
        from: string
        kep: { id: string; code: string; nameEl: string; nameEn: string }
      } | null
      availability: Array<{
        id: string
        workstationId: string
        workstationLabel: string
        weekday: number
        startsAt: string
        endsAt: string
        validFrom: string
        validTo: string | null
      }>
      absences: Array<{ id: string; startsAt: string; endsAt: string; reason: string }>
      workstations: Array<{ id: string; kepId: string; label: string; active: boolean }>
    }
  }
}

export type AddEmployeeAbsenceMutationVariables = Exact<{
  input: AddEmployeeAbsenceInput
  impact?: ImpactInput | null | undefined
}>

export type AddEmployeeAbsenceMutation = {
  addEmployeeAbsence: {
    impact: {
      token: string
      applied: boolean
      kept: number
      outsideRules: number
      reassigned: number
      moved: number
      cancelled: number
      bookings: Array<{
        bookingId: string
        toEmployeeId: string | null
        reference: string
        startsAt: string
        fate: BookingFate
        outsideRules: boolean
      }>
    }
    employee: {
      id: string
      fullName: string
      email: string
      taxId: string | null
      role: EmployeeRoleCode
      active: boolean
      leavesOn: string | null
      hasLoggedIn: boolean
      kep: { id: string; code: string; nameEl: string; nameEn: string }
      pendingMove: {
        from: string
        kep: { id: string; code: string; nameEl: string; nameEn: string }
      } | null
      availability: Array<{
        id: string
        workstationId: string
        workstationLabel: string
        weekday: number
        startsAt: string
        endsAt: string
        validFrom: string
        validTo: string | null
      }>
      absences: Array<{ id: string; startsAt: string; endsAt: string; reason: string }>
      workstations: Array<{ id: string; kepId: string; label: string; active: boolean }>
    }
  }
}

export type RemoveEmployeeAbsenceMutationVariables = Exact<{
  input: RemoveEmployeeAbsenceInput
}>

export type RemoveEmployeeAbsenceMutation = {
  removeEmployeeAbsence: {
    id: string
    fullName: string
    email: string
    taxId: string | null
    role: EmployeeRoleCode
    active: boolean
    leavesOn: string | null
    hasLoggedIn: boolean
    kep: { id: string; code: string; nameEl: string; nameEn: string }
    pendingMove: {
      from: string
      kep: { id: string; code: string; nameEl: string; nameEn: string }
    } | null
    availability: Array<{
      id: string
      workstationId: string
      workstationLabel: string
      weekday: number
      startsAt: string
      endsAt: string
      validFrom: string
      validTo: string | null
    }>
    absences: Array<{ id: string; startsAt: string; endsAt: string; reason: string }>
    workstations: Array<{ id: string; kepId: string; label: string; active: boolean }>
  }
}

export type KepWorkstationsQueryVariables = Exact<{
  kepId: string | number
}>

export type KepWorkstationsQuery = {
  kepWorkstations: Array<{ id: string; label: string; active: boolean; futureBookings: number }>
}

export type ChangeKepWorkstationsMutationVariables = Exact<{
  input: ChangeKepWorkstationsInput
  impact: ImpactInput
}>

export type ChangeKepWorkstationsMutation = {
  changeKepWorkstations: {
    impact: {
      token: string
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
    workstations: Array<{ id: string; label: string; active: boolean; futureBookings: number }>
  }
}

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
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
        ],
      },
    },
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
} as unknown as DocumentNode<HoursImpactFragment, unknown>
export const EmployeeDetail_EmployeeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeDetail_employee' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminEmployeeDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasLoggedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kep' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingMove' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kep' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availability' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'absences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workstations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeDetail_EmployeeFragment, unknown>
export const EmployeeImpact_ImpactFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeImpact_impact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bookingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toEmployeeId' } },
              ],
            },
          },
        ],
      },
    },
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
} as unknown as DocumentNode<EmployeeImpact_ImpactFragment, unknown>
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
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
            name: { kind: 'Name', value: 'setKepSpecialHoursWithImpact' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
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
            name: { kind: 'Name', value: 'removeKepSpecialHoursWithImpact' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  HoursRemoveKepSpecialHoursMutation,
  HoursRemoveKepSpecialHoursMutationVariables
>
export const KepAdminWeeklyHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KepAdminWeeklyHours' },
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
} as unknown as DocumentNode<KepAdminWeeklyHoursQuery, KepAdminWeeklyHoursQueryVariables>
export const SetEmployeeAvailabilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetEmployeeAvailability' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SetEmployeeAvailabilityInput' },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setEmployeeAvailability' },
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EmployeeImpact_impact' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EmployeeDetail_employee' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeImpact_impact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bookingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toEmployeeId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeDetail_employee' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminEmployeeDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasLoggedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kep' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingMove' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kep' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availability' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'absences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workstations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SetEmployeeAvailabilityMutation,
  SetEmployeeAvailabilityMutationVariables
>
export const AddEmployeeAbsenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEmployeeAbsence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddEmployeeAbsenceInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'impact' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEmployeeAbsence' },
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
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EmployeeImpact_impact' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EmployeeDetail_employee' },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeImpact_impact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'bookingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toEmployeeId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeDetail_employee' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminEmployeeDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasLoggedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kep' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingMove' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kep' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availability' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'absences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workstations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddEmployeeAbsenceMutation, AddEmployeeAbsenceMutationVariables>
export const RemoveEmployeeAbsenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveEmployeeAbsence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RemoveEmployeeAbsenceInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeEmployeeAbsence' },
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
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'EmployeeDetail_employee' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EmployeeDetail_employee' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminEmployeeDetail' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasLoggedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'kep' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pendingMove' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kep' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'availability' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workstationLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validTo' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'absences' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workstations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveEmployeeAbsenceMutation, RemoveEmployeeAbsenceMutationVariables>
export const KepWorkstationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KepWorkstations' },
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
            name: { kind: 'Name', value: 'kepWorkstations' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'futureBookings' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<KepWorkstationsQuery, KepWorkstationsQueryVariables>
export const ChangeKepWorkstationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeKepWorkstations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ChangeKepWorkstationsInput' },
            },
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
            name: { kind: 'Name', value: 'changeKepWorkstations' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'workstations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'futureBookings' } },
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
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursImpact' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Impact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'token' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactSummary_impact' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeKepWorkstationsMutation, ChangeKepWorkstationsMutationVariables>
