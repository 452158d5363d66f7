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

export type AddEmployeeAbsenceInput = {
  employeeId: string | number
  endsAt: string
  /** Leave, sickness, training… (seen by administrators only). */
  reason: string
  startsAt: string
}

export type AddEmployeeInput = {
  email: string
  fullName: string
  kepId: string | number
  role?: EmployeeRoleCode
  /** The tax number (ΑΦΜ): 9 digits, the last a check digit. */
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

/** Which bookings: every condition given must hold. */
export type AdminBookingsFilter = {
  /** The field (service category). */
  categoryId?: string | number | null | undefined
  /** The assigned employee. */
  employeeId?: string | number | null | undefined
  /** Appointments from this date (Athens), included. */
  from?: string | null | undefined
  kepId?: string | number | null | undefined
  municipalityId?: string | number | null | undefined
  procedureId?: string | number | null | undefined
  /** A region, in Greek or English. */
  region?: string | null | undefined
  /** A reference (KEP-2027-004211, exact), an email (exact, any case), or the starts of the words of the citizen’s name (accents and case ignored). */
  search?: string | null | undefined
  specialRequirement?: SpecialRequirementKind | null | undefined
  /** Any of these states. */
  statuses?: Array<BookingStatus> | null | undefined
  /** Appointments until this date (Athens), included; at most two years after `from`. */
  to?: string | null | undefined
}

/** By appointment time (then id), earliest or latest first. */
export type AdminBookingsSort = 'STARTS_AT_ASC' | 'STARTS_AT_DESC'

export type AdminEmployeesFilter = {
  /** true: working today; false: not. */
  active?: boolean | null | undefined
  kepId?: string | number | null | undefined
  /** Part of the name, email or ΑΦΜ. */
  search?: string | null | undefined
}

export type AdminKepFilter = {
  municipalityId?: string | number | null | undefined
  /** A region, in Greek or English. */
  region?: string | null | undefined
  /** Words of the name, code or city; accents and case ignored. */
  search?: string | null | undefined
  status?: KepStatus | null | undefined
}

/** Art. 3.5: ADMINISTRATOR changes everything (roles and parameters included); OPERATOR hours, closures, extraordinary hours, employees and their availability; AUDITOR reads everything and changes nothing. */
export type AdministratorRole = 'ADMINISTRATOR' | 'AUDITOR' | 'OPERATOR'

/** What an API key may read: the public catalog, and availability. */
export type ApiScope = 'AVAILABILITY_READ' | 'CATALOG_READ'

export type ApplicationCommentInput = {
  comment: string
  section: MunicipalityApplicationSection
}

export type ApplicationContactInput = {
  email: string
  name: string
  phone: string
}

export type ApplicationEmployeeInput = {
  email: string
  fullName: string
  kepKey: string
  taxId: string
}

export type ApplicationKepHoursInput = {
  /** "HH:MM" */
  closes: string
  /** "HH:MM" */
  opens: string
  weekday: number
}

/** An existing KEP of the municipality (existingKepId, nothing else needed) or a new one (every other field). */
export type ApplicationKepInput = {
  addressEl?: string | null | undefined
  addressEn?: string | null | undefined
  cityEl?: string | null | undefined
  cityEn?: string | null | undefined
  email?: string | null | undefined
  existingKepId?: string | number | null | undefined
  hours?: Array<ApplicationKepHoursInput> | null | undefined
  key: string
  nameEl?: string | null | undefined
  nameEn?: string | null | undefined
  phone?: string | null | undefined
  postalCode?: string | null | undefined
}

export type ApplicationServiceInput = {
  descriptionEl?: string
  descriptionEn?: string
  formUrl?: string | null | undefined
  pickUpAtKep?: boolean
  requiredDocumentsEl?: Array<string>
  requiredDocumentsEn?: Array<string>
  titleEl: string
  titleEn: string
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

export type BookingStatus = 'BOOKED' | 'CANCELLED' | 'COMPLETED' | 'IN_PROGRESS' | 'NO_SHOW'

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

export type CancelEmployeeMoveInput = {
  employeeId: string | number
}

export type ChangeKepWorkstationsInput = {
  /** 1 to 50 changes, made together. */
  changes: Array<KepWorkstationChange>
  kepId: string | number
}

export type CloseKepInput = {
  /** The first day closed: today or later. */
  from: string
  kepId: string | number
  /** Why, in Greek: the citizens’ email says it. */
  reasonEl: string
  /** Why, in English. */
  reasonEn: string
}

export type CreateApiClientInput = {
  /** Who the key is for, e.g. "gov.gr portal": 2 to 100 characters. */
  name: string
  /** Requests a minute, 1 to 60,000; 600 if not given. */
  rateLimitPerMinute?: number | null | undefined
  scopes: Array<ApiScope>
}

/** A new KEP: every field required, at least one workstation. */
export type CreateKepInput = {
  addressEl: string
  addressEn: string
  cityEl: string
  cityEn: string
  code: string
  email: string
  municipalityId: string | number
  nameEl: string
  nameEn: string
  /** A Greek landline or mobile number. */
  phone: string
  /** Five digits. */
  postalCode: string
  /** The workstations’ labels, unique. */
  workstations: Array<string>
}

/** A new procedure of a national table or of a municipality’s table. */
export type CreateProcedureInput = {
  category: ServiceCategoryCode
  /** Unique, e.g. "INF-101": Latin capitals, digits, hyphens. */
  code: string
  descriptionEl: string
  descriptionEn: string
  /** A link (https) to the form (έντυπο); an uploaded PDF takes precedence. */
  formUrl?: string | null | undefined
  /** Required for the municipal field (R4.4); none for the national fields. */
  municipalityId?: string | number | null | undefined
  /** What the citizen needs at hand, in Greek. */
  requiredDocumentsEl: Array<string>
  /** The same documents in English, one for one with the Greek list. */
  requiredDocumentsEn: Array<string>
  titleEl: string
  titleEn: string
}

export type CsvRowOutcome = 'ADDED' | 'ERROR' | 'WOULD_ADD'

export type DeactivateAdministratorInput = {
  administratorId: string | number
}

export type DeactivateEmployeeInput = {
  employeeId: string | number
  /** The first day they no longer work: today or later. */
  from: string
}

/** How the requested document reaches the citizen (R2.2 g); pick-up only for municipal services. */
export type DeliveryMethod = 'EMAIL' | 'PICKUP' | 'POST'

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

/** A CSV file of employees, UTF-8 (a BOM is allowed), comma- or semicolon-separated, its header: afm,full_name,email,kep_code,role (role: STAFF or MANAGER; empty: STAFF). At most 5,000 rows and 1 MB. */
export type ImportEmployeesCsvInput = {
  /** false: a preview, nothing written. true: add every row, or none. */
  apply?: boolean
  csv: string
}

/** CLOSURE: days a KEP is closed (a local holiday, a strike), added and removed here; SUSPENSION and PERMANENT: decided on the KEP itself, listed here read-only. */
export type KepClosureKind = 'CLOSURE' | 'PERMANENT' | 'SUSPENSION'

/** Derived from the KEP’s suspensions and permanent closing and today’s date in Athens: SUSPENDED while a suspension holds, CLOSED from the day of its permanent closing on. */
export type KepStatus = 'ACTIVE' | 'CLOSED' | 'SUSPENDED'

export type KepStatusKind = 'PERMANENT' | 'SUSPENSION'

/** One change of a KEP’s workstations. */
export type KepWorkstationChange = {
  /** RENAME, RETIRE: the workstation. */
  id?: string | number | null | undefined
  kind: WorkstationChangeKind
  /** ADD, RENAME: 1 to 40 characters once trimmed, unique in the KEP (any case). */
  label?: string | null | undefined
}

export type MoveEmployeeInput = {
  employeeId: string | number
  /** The first day at the new KEP: today (moved at once) or a later date (a pending move, made on that day). */
  from: string
  toKepId: string | number
}

export type MunicipalProcedureInput = {
  descriptionEl?: string
  descriptionEn?: string
  formUrl?: string | null | undefined
  pickUpAtKep?: boolean
  requiredDocumentsEl?: Array<string>
  requiredDocumentsEn?: Array<string>
  titleEl: string
  titleEn: string
}

export type MunicipalityApplicationFilter = {
  /** Only these statuses; all but DRAFT when not given. */
  statuses?: Array<MunicipalityApplicationStatus> | null | undefined
}

/** A step of the application form, as the reviewers’ comments name it. */
export type MunicipalityApplicationSection =
  'CONTACT' | 'DECISION' | 'EMPLOYEES' | 'KEPS' | 'MUNICIPALITY' | 'SERVICES'

/** DRAFT: being filled in (saved, resumable); SUBMITTED: waiting for the ministry, no longer editable; CHANGES_REQUESTED: sent back with comments, editable and submitted again; APPROVED: the municipality participates; REJECTED (with a reason); WITHDRAWN by its applicant. */
export type MunicipalityApplicationStatus =
  'APPROVED' | 'CHANGES_REQUESTED' | 'DRAFT' | 'REJECTED' | 'SUBMITTED' | 'WITHDRAWN'

/** Where a municipality stands in the programme (R5.1–R5.3). */
export type ParticipationStatus = 'APPLIED' | 'PARTICIPATING' | 'SUSPENDED' | 'WITHDRAWN'

/** Which procedures to list; every given filter must match. */
export type ProcedureFilterInput = {
  /** true: in use; false: retired. */
  active?: boolean | null | undefined
  category?: ServiceCategoryCode | null | undefined
  /** One municipality's own procedures. */
  municipalityId?: string | number | null | undefined
  /** true: the national tables only; false: the municipal ones only. */
  national?: boolean | null | undefined
  /** Words of the title (Greek or English) or code; accents and case ignored. */
  search?: string | null | undefined
}

export type ReactivateEmployeeInput = {
  employeeId: string | number
}

export type RemoveEmployeeAbsenceInput = {
  absenceId: string | number
}

export type RemoveKepSpecialHoursInput = {
  date: string
  kepId: string | number
}

/** Issue 19 item 6, R1.1: whether the public registry (through KED) confirmed that the person who booked represents the business. TO_CHECK: the registry could not be asked; the employee checks on the call. */
export type RepresentationStatus =
  /** The registry could not be asked: to be checked on the call. */
  | 'TO_CHECK'
  /** The registry says the person who booked is its legal representative. */
  | 'VERIFIED'

export type RevokeApiClientInput = {
  id: string | number
}

/** Saves a DRAFT or CHANGES_REQUESTED application: the sections given replace the saved ones, those left out stay. Formats are checked; completeness only on submit. */
export type SaveMunicipalityApplicationInput = {
  contact?: ApplicationContactInput | null | undefined
  decisionDate?: string | null | undefined
  decisionNumber?: string | null | undefined
  employees?: Array<ApplicationEmployeeInput> | null | undefined
  id: string | number
  keps?: Array<ApplicationKepInput> | null | undefined
  services?: Array<ApplicationServiceInput> | null | undefined
}

/** A new version of a field's parameters. */
export type ScheduleFieldParametersInput = {
  bufferMinutes: number
  callMinutes: number
  category: ServiceCategoryCode
  /** From when (not in the past, at most a year ahead); absent: at once. */
  effectiveFrom?: string | null | undefined
  horizonDays: number
  minNoticeMinutes: number
  slotStepMinutes: number
}

/** A new value of a setting. */
export type ScheduleSettingInput = {
  /** From when (not in the past, at most a year ahead); absent: at once. */
  effectiveFrom?: string | null | undefined
  key: SettingKey
  /** One number; for the reminder leads, a list. */
  value: Array<number>
}

/** The thematic fields of Article 4 (R4.1–R4.4). */
export type ServiceCategoryCode = 'BUSINESS' | 'DISABILITY' | 'INFORMATION' | 'MUNICIPAL'

export type SetAdministratorRoleInput = {
  administratorId: string | number
  role: AdministratorRole
}

/** Replaces the employee's availability from today on: rows that began earlier end yesterday. */
export type SetEmployeeAvailabilityInput = {
  employeeId: string | number
  rows: Array<EmployeeAvailabilityRowInput>
}

export type SetEmployeeRoleInput = {
  employeeId: string | number
  role: EmployeeRoleCode
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

/** The settings administrators schedule (issue 13 item 3). */
export type SettingKey =
  | 'AUDIT_RETENTION_YEARS'
  | 'BOOKINGS_PER_CITIZEN'
  | 'BOOKING_PERSONAL_DATA_MONTHS'
  | 'DOCUMENT_RETENTION_DAYS'
  | 'HOLD_MINUTES'
  | 'INACTIVE_CITIZEN_MONTHS'
  | 'INVITATION_RETENTION_DAYS'
  | 'JOIN_CLOSES_MINUTES_AFTER_END'
  | 'JOIN_OPENS_MINUTES_BEFORE'
  | 'NO_SHOW_GRACE_MINUTES'
  | 'OUTBOX_RETENTION_DAYS'
  | 'REMINDER_LEAD_MINUTES'

/** INTEGER: one whole number; INTEGERS: a list of different whole numbers. */
export type SettingKind = 'INTEGER' | 'INTEGERS'

/** R2.2 (f): any special requirement, or one kind of them. */
export type SpecialRequirementKind = 'ANY' | 'LIP_READING' | 'OTHER' | 'SIGN_LANGUAGE'

/** Starts a draft: the municipality and the mayor’s decision number; copyFromId starts from a previous application of the same municipality (rejoining). */
export type StartMunicipalityApplicationInput = {
  copyFromId?: string | number | null | undefined
  decisionNumber: string
  municipalityId: string | number
}

export type SuspendKepInput = {
  /** The first day suspended: today or later. */
  from: string
  kepId: string | number
  /** Why, in Greek: the citizens’ email says it. */
  reasonEl: string
  /** Why, in English. */
  reasonEn: string
  /** The last day suspended; leave out for “until further notice”. */
  until?: string | null | undefined
}

/** Suspends a municipality from a date (ADMINISTRATOR). */
export type SuspendMunicipalityInput = {
  from: string
  municipalityId: string | number
  reasonEl: string
  reasonEn: string
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

/** The fields to change; those left out stay as they are. */
export type UpdateKepInput = {
  addressEl?: string | null | undefined
  addressEn?: string | null | undefined
  cityEl?: string | null | undefined
  cityEn?: string | null | undefined
  code?: string | null | undefined
  email?: string | null | undefined
  kepId: string | number
  /** Only while the KEP holds no future appointments (municipal ones are bound to it). */
  municipalityId?: string | number | null | undefined
  nameEl?: string | null | undefined
  nameEn?: string | null | undefined
  phone?: string | null | undefined
  postalCode?: string | null | undefined
}

/** A procedure's code, texts, documents and form link. */
export type UpdateProcedureInput = {
  /** Unique, e.g. "INF-101": Latin capitals, digits, hyphens. */
  code: string
  descriptionEl: string
  descriptionEn: string
  /** A link (https) to the form (έντυπο); an uploaded PDF takes precedence. */
  formUrl?: string | null | undefined
  /** What the citizen needs at hand, in Greek. */
  requiredDocumentsEl: Array<string>
  /** The same documents in English, one for one with the Greek list. */
  requiredDocumentsEn: Array<string>
  titleEl: string
  titleEn: string
}

/** A range of Athens dates (YYYY-MM-DD, both included, at most two years) and an optional scope; the scope’s parts combine. */
export type UsageStatisticsInput = {
  /** A field (service category). */
  categoryId?: string | number | null | undefined
  from: string
  kepId?: string | number | null | undefined
  municipalityId?: string | number | null | undefined
  procedureId?: string | number | null | undefined
  /** A region, by its Greek name as the municipalities carry it. */
  region?: string | null | undefined
  to: string
}

/** The role our own tables give the caller (never the identity provider). */
export type UserRole =
  | 'ADMINISTRATOR'
  | 'API_CLIENT'
  | 'AUDITOR'
  | 'CITIZEN'
  | 'MANAGER'
  | 'OFFICER'
  | 'OFFICIAL'
  | 'OPERATOR'
  | 'STAFF'

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

/** The officer withdraws their municipality from a date. */
export type WithdrawMunicipalityInput = {
  from: string
  reasonEl: string
  reasonEn: string
}

/** ADD a workstation (label), RENAME one (id, label), RETIRE one (id): its availability windows end and the bookings held at it are kept by their employee at another free desk, given to a free colleague, or follow ImpactInput.uncovered. */
export type WorkstationChangeKind = 'ADD' | 'RENAME' | 'RETIRE'

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

export type ApiClientsListQueryVariables = Exact<{ [key: string]: never }>

export type ApiClientsListQuery = {
  apiClients: Array<{
    id: string
    name: string
    keyPrefix: string
    scopes: Array<ApiScope>
    rateLimitPerMinute: number
    createdAt: string
    createdByName: string | null
    lastUsedAt: string | null
    requestsLastDay: number
    revokedAt: string | null
  }>
}

export type ApiClientRow_ApiClientFragment = {
  id: string
  name: string
  keyPrefix: string
  scopes: Array<ApiScope>
  rateLimitPerMinute: number
  createdAt: string
  createdByName: string | null
  lastUsedAt: string | null
  requestsLastDay: number
  revokedAt: string | null
}

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput
}>

export type CreateApiClientMutation = {
  createApiClient: {
    key: string
    client: {
      id: string
      name: string
      keyPrefix: string
      scopes: Array<ApiScope>
      rateLimitPerMinute: number
      createdAt: string
      createdByName: string | null
      lastUsedAt: string | null
      requestsLastDay: number
      revokedAt: string | null
    }
  }
}

export type RevokeApiClientMutationVariables = Exact<{
  input: RevokeApiClientInput
}>

export type RevokeApiClientMutation = {
  revokeApiClient: {
    client: {
      id: string
      name: string
      keyPrefix: string
      scopes: Array<ApiScope>
      rateLimitPerMinute: number
      createdAt: string
      createdByName: string | null
      lastUsedAt: string | null
      requestsLastDay: number
      revokedAt: string | null
    }
  }
}

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined
  after?: string | null | undefined
}>

export type AuditTrailQuery = {
  auditLog: {
    entries: Array<{
      seq: string | null
      at: string
      actorKind: string
      actorId: string | null
      actorName: string | null
      actorRole: string | null
      kepId: string | null
      action: string
      entity: string
      entityId: string | null
      ipAddress: string | null
      details: Record<string, unknown> | null
      hash: string | null
      prevHash: string | null
    }>
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

export type AuditChainStatusQueryVariables = Exact<{
  full?: boolean | null | undefined
}>

export type AuditChainStatusQuery = {
  auditChainStatus: {
    ok: boolean
    verifiedRows: number
    fromSeq: number
    checkpointMonth: string | null
    badSeq: number | null
    reason: string | null
    unsealed: number
    checkedAt: string
  }
}

export type AdminBookingsQueryVariables = Exact<{
  filter?: AdminBookingsFilter | null | undefined
  sort?: AdminBookingsSort | null | undefined
  first?: number | null | undefined
  after?: string | null | undefined
}>

export type AdminBookingsQuery = {
  adminBookings: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
    nodes: Array<{
      id: string
      reference: string
      status: BookingStatus
      startsAt: string
      fullName: string
      employeeName: string
      kepName: { el: string; en: string }
      procedureTitle: { el: string; en: string }
    }>
  }
}

export type BookingFilterChoicesQueryVariables = Exact<{ [key: string]: never }>

export type BookingFilterChoicesQuery = {
  municipalities: Array<{
    id: string
    name: { el: string; en: string }
    region: { el: string; en: string }
  }>
  keps: Array<{
    id: string
    code: string
    name: { el: string; en: string }
    municipality: { id: string }
  }>
  serviceCategories: Array<{ id: string; name: { el: string; en: string } }>
  procedures: Array<{ id: string; title: { el: string; en: string }; category: { id: string } }>
}

export type BookingEmployeeChoicesQueryVariables = Exact<{
  kepId: string | number
}>

export type BookingEmployeeChoicesQuery = {
  adminEmployees: { employees: Array<{ id: string; fullName: string }> }
}

export type AdminBookingQueryVariables = Exact<{
  id: string | number
}>

export type AdminBookingQuery = {
  booking: {
    id: string
    reference: string
    status: BookingStatus
    startsAt: string
    endsAt: string
    createdAt: string
    fullName: string
    email: string
    phone: string
    postalAddress: string
    deliveryMethod: DeliveryMethod
    business: { name: string; taxId: string; representation: RepresentationStatus } | null
    category: { name: { el: string; en: string } }
    procedure: { title: { el: string; en: string } }
    kep: { name: { el: string; en: string } }
    assignedEmployee: { displayName: string } | null
    specialRequirements: { signLanguage: boolean; lipReading: boolean; other: string | null }
    documents: Array<{ id: string; fileName: string; sizeBytes: number }>
    history: Array<{
      action: string
      at: string
      actorKind: string
      actorName: string | null
      fromStartsAt: string | null
      toStartsAt: string | null
      reason: string | null
    }>
    callTimes: {
      status: string
      citizenJoinedAt: string | null
      admittedAt: string | null
      identityCheckedAt: string | null
      identityVerified: boolean | null
      endedAt: string | null
    } | null
    submission: { protocolNumber: string; filedDescription: string; recordedAt: string } | null
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

export type AdminMeQueryVariables = Exact<{ [key: string]: never }>

export type AdminMeQuery = { me: { role: UserRole; displayName: string } | null }

export type EmployeeKepChoicesQueryVariables = Exact<{ [key: string]: never }>

export type EmployeeKepChoicesQuery = {
  keps: Array<{ id: string; code: string; name: { el: string; en: string } }>
}

export type AdminEmployeesQueryVariables = Exact<{
  first: number
  after?: string | null | undefined
  filter?: AdminEmployeesFilter | null | undefined
}>

export type AdminEmployeesQuery = {
  adminEmployees: {
    employees: Array<{
      id: string
      fullName: string
      role: EmployeeRoleCode
      active: boolean
      leavesOn: string | null
      kep: { id: string; code: string; nameEl: string; nameEn: string }
    }>
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

export type AdminEmployeeQueryVariables = Exact<{
  id: string | number
}>

export type AdminEmployeeQuery = {
  adminEmployee: {
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

export type AddEmployeeMutationVariables = Exact<{
  input: AddEmployeeInput
}>

export type AddEmployeeMutation = { addEmployee: { id: string } }

export type SetEmployeeRoleMutationVariables = Exact<{
  input: SetEmployeeRoleInput
}>

export type SetEmployeeRoleMutation = {
  setEmployeeRole: {
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

export type ReactivateEmployeeMutationVariables = Exact<{
  input: ReactivateEmployeeInput
}>

export type ReactivateEmployeeMutation = {
  reactivateEmployee: {
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

export type DeactivateEmployeeMutationVariables = Exact<{
  input: DeactivateEmployeeInput
  impact?: ImpactInput | null | undefined
}>

export type DeactivateEmployeeMutation = {
  deactivateEmployee: {
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

export type MoveEmployeeMutationVariables = Exact<{
  input: MoveEmployeeInput
  impact?: ImpactInput | null | undefined
}>

export type MoveEmployeeMutation = {
  moveEmployee: {
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

export type CancelEmployeeMoveMutationVariables = Exact<{
  input: CancelEmployeeMoveInput
  impact?: ImpactInput | null | undefined
}>

export type CancelEmployeeMoveMutation = {
  cancelEmployeeMove: {
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

export type ImportEmployeesCsvMutationVariables = Exact<{
  input: ImportEmployeesCsvInput
}>

export type ImportEmployeesCsvMutation = {
  importEmployeesCsv: {
    applied: boolean
    valid: number
    invalid: number
    rows: Array<{
      line: number
      afm: string
      fullName: string
      email: string
      kepCode: string
      role: string
      outcome: CsvRowOutcome
      errors: Array<{ column: string; reason: string; messageEl: string; messageEn: string }>
    }>
  }
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

export type BulkSetWeeklyHoursMutationVariables = Exact<{
  input: BulkSetWeeklyHoursInput
  impact: ImpactInput
}>

export type BulkSetWeeklyHoursMutation = {
  bulkSetWeeklyHours: {
    kepIds: Array<string>
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

export type KepMunicipalitiesQueryVariables = Exact<{ [key: string]: never }>

export type KepMunicipalitiesQuery = {
  municipalities: Array<{
    id: string
    name: { el: string; en: string }
    region: { el: string; en: string }
  }>
}

export type KepImpact_ImpactFragment = {
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

export type SuspendKepMutationVariables = Exact<{
  input: SuspendKepInput
  impact: ImpactInput
}>

export type SuspendKepMutation = {
  suspendKep: {
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

export type CloseKepMutationVariables = Exact<{
  input: CloseKepInput
  impact: ImpactInput
}>

export type CloseKepMutation = {
  closeKep: {
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

export type UndeliveredMailQueryVariables = Exact<{
  after?: string | null | undefined
}>

export type UndeliveredMailQuery = {
  undeliveredMail: {
    entries: Array<{
      id: string
      kind: string
      bookingReference: string | null
      recipientMasked: string
      attempts: number
      lastError: string | null
      lastAttemptAt: string | null
      createdAt: string
    }>
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

export type MailCountsQueryVariables = Exact<{ [key: string]: never }>

export type MailCountsQuery = {
  mailCounts: { pending: number; sentToday: number; failedToday: number; undelivered: number }
}

export type RetryUndeliveredMailMutationVariables = Exact<{
  id: string | number
}>

export type RetryUndeliveredMailMutation = { retryUndeliveredMail: { id: string } }

export type RetryAllUndeliveredMailMutationVariables = Exact<{ [key: string]: never }>

export type RetryAllUndeliveredMailMutation = { retryAllUndeliveredMail: number }

export type MarkMailHandledMutationVariables = Exact<{
  id: string | number
  note: string
}>

export type MarkMailHandledMutation = { markMailHandled: { id: string } }

export type MunicipalityApplication_ApplicationFragment = {
  id: string
  municipalityId: string
  status: MunicipalityApplicationStatus
  decisionNumber: string
  decisionDate: string | null
  decisionNote: string | null
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  decidedAt: string | null
  startedByMe: boolean
  municipalityName: { el: string; en: string }
  municipalityRegion: { el: string; en: string }
  contact: { name: string; email: string; phone: string } | null
  keps: Array<{
    key: string
    existingKepId: string | null
    nameEl: string
    nameEn: string
    addressEl: string
    addressEn: string
    postalCode: string
    cityEl: string
    cityEn: string
    phone: string
    email: string
    hours: Array<{ weekday: number; opens: string; closes: string }>
  }>
  employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
  services: Array<{
    titleEl: string
    titleEn: string
    descriptionEl: string
    descriptionEn: string
    requiredDocumentsEl: Array<string>
    requiredDocumentsEn: Array<string>
    formUrl: string | null
    pickUpAtKep: boolean
  }>
  reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
  history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
}

export type MyMunicipalityApplicationsQueryVariables = Exact<{ [key: string]: never }>

export type MyMunicipalityApplicationsQuery = {
  myMunicipalityApplications: Array<{
    id: string
    municipalityId: string
    status: MunicipalityApplicationStatus
    updatedAt: string
    municipalityName: { el: string; en: string }
  }>
}

export type MunicipalityApplicationDetailQueryVariables = Exact<{
  id: string | number
}>

export type MunicipalityApplicationDetailQuery = {
  municipalityApplication: {
    id: string
    municipalityId: string
    status: MunicipalityApplicationStatus
    decisionNumber: string
    decisionDate: string | null
    decisionNote: string | null
    createdAt: string
    updatedAt: string
    submittedAt: string | null
    decidedAt: string | null
    startedByMe: boolean
    municipalityName: { el: string; en: string }
    municipalityRegion: { el: string; en: string }
    contact: { name: string; email: string; phone: string } | null
    keps: Array<{
      key: string
      existingKepId: string | null
      nameEl: string
      nameEn: string
      addressEl: string
      addressEn: string
      postalCode: string
      cityEl: string
      cityEn: string
      phone: string
      email: string
      hours: Array<{ weekday: number; opens: string; closes: string }>
    }>
    employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
    services: Array<{
      titleEl: string
      titleEn: string
      descriptionEl: string
      descriptionEn: string
      requiredDocumentsEl: Array<string>
      requiredDocumentsEn: Array<string>
      formUrl: string | null
      pickUpAtKep: boolean
    }>
    reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
    history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
  }
}

export type MunicipalityApplicationChoicesQueryVariables = Exact<{ [key: string]: never }>

export type MunicipalityApplicationChoicesQuery = {
  municipalities: Array<{
    id: string
    participation: ParticipationStatus
    name: { el: string; en: string }
    region: { el: string; en: string }
    keps: Array<{ id: string; name: { el: string; en: string } }>
  }>
}

export type StartMunicipalityApplicationMutationVariables = Exact<{
  input: StartMunicipalityApplicationInput
}>

export type StartMunicipalityApplicationMutation = {
  startMunicipalityApplication: { application: { id: string } }
}

export type SaveMunicipalityApplicationMutationVariables = Exact<{
  input: SaveMunicipalityApplicationInput
}>

export type SaveMunicipalityApplicationMutation = {
  saveMunicipalityApplication: {
    application: {
      id: string
      municipalityId: string
      status: MunicipalityApplicationStatus
      decisionNumber: string
      decisionDate: string | null
      decisionNote: string | null
      createdAt: string
      updatedAt: string
      submittedAt: string | null
      decidedAt: string | null
      startedByMe: boolean
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      contact: { name: string; email: string; phone: string } | null
      keps: Array<{
        key: string
        existingKepId: string | null
        nameEl: string
        nameEn: string
        addressEl: string
        addressEn: string
        postalCode: string
        cityEl: string
        cityEn: string
        phone: string
        email: string
        hours: Array<{ weekday: number; opens: string; closes: string }>
      }>
      employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
      services: Array<{
        titleEl: string
        titleEn: string
        descriptionEl: string
        descriptionEn: string
        requiredDocumentsEl: Array<string>
        requiredDocumentsEn: Array<string>
        formUrl: string | null
        pickUpAtKep: boolean
      }>
      reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
      history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
    }
  }
}

export type SubmitMunicipalityApplicationMutationVariables = Exact<{
  id: string | number
}>

export type SubmitMunicipalityApplicationMutation = {
  submitMunicipalityApplication: {
    application: {
      id: string
      municipalityId: string
      status: MunicipalityApplicationStatus
      decisionNumber: string
      decisionDate: string | null
      decisionNote: string | null
      createdAt: string
      updatedAt: string
      submittedAt: string | null
      decidedAt: string | null
      startedByMe: boolean
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      contact: { name: string; email: string; phone: string } | null
      keps: Array<{
        key: string
        existingKepId: string | null
        nameEl: string
        nameEn: string
        addressEl: string
        addressEn: string
        postalCode: string
        cityEl: string
        cityEn: string
        phone: string
        email: string
        hours: Array<{ weekday: number; opens: string; closes: string }>
      }>
      employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
      services: Array<{
        titleEl: string
        titleEn: string
        descriptionEl: string
        descriptionEn: string
        requiredDocumentsEl: Array<string>
        requiredDocumentsEn: Array<string>
        formUrl: string | null
        pickUpAtKep: boolean
      }>
      reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
      history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
    }
  }
}

export type WithdrawMunicipalityApplicationMutationVariables = Exact<{
  id: string | number
}>

export type WithdrawMunicipalityApplicationMutation = {
  withdrawMunicipalityApplication: {
    application: {
      id: string
      municipalityId: string
      status: MunicipalityApplicationStatus
      decisionNumber: string
      decisionDate: string | null
      decisionNote: string | null
      createdAt: string
      updatedAt: string
      submittedAt: string | null
      decidedAt: string | null
      startedByMe: boolean
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      contact: { name: string; email: string; phone: string } | null
      keps: Array<{
        key: string
        existingKepId: string | null
        nameEl: string
        nameEn: string
        addressEl: string
        addressEn: string
        postalCode: string
        cityEl: string
        cityEn: string
        phone: string
        email: string
        hours: Array<{ weekday: number; opens: string; closes: string }>
      }>
      employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
      services: Array<{
        titleEl: string
        titleEn: string
        descriptionEl: string
        descriptionEn: string
        requiredDocumentsEl: Array<string>
        requiredDocumentsEn: Array<string>
        formUrl: string | null
        pickUpAtKep: boolean
      }>
      reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
      history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
    }
  }
}

export type MunicipalityApplicationQueueQueryVariables = Exact<{
  filter?: MunicipalityApplicationFilter | null | undefined
  after?: string | null | undefined
}>

export type MunicipalityApplicationQueueQuery = {
  municipalityApplications: {
    totalCount: number
    endCursor: string | null
    nodes: Array<{
      id: string
      status: MunicipalityApplicationStatus
      submittedAt: string | null
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      services: Array<{ titleEl: string }>
    }>
  }
}

export type ApproveMunicipalityApplicationMutationVariables = Exact<{
  id: string | number
}>

export type ApproveMunicipalityApplicationMutation = {
  approveMunicipalityApplication: {
    application: {
      id: string
      municipalityId: string
      status: MunicipalityApplicationStatus
      decisionNumber: string
      decisionDate: string | null
      decisionNote: string | null
      createdAt: string
      updatedAt: string
      submittedAt: string | null
      decidedAt: string | null
      startedByMe: boolean
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      contact: { name: string; email: string; phone: string } | null
      keps: Array<{
        key: string
        existingKepId: string | null
        nameEl: string
        nameEn: string
        addressEl: string
        addressEn: string
        postalCode: string
        cityEl: string
        cityEn: string
        phone: string
        email: string
        hours: Array<{ weekday: number; opens: string; closes: string }>
      }>
      employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
      services: Array<{
        titleEl: string
        titleEn: string
        descriptionEl: string
        descriptionEn: string
        requiredDocumentsEl: Array<string>
        requiredDocumentsEn: Array<string>
        formUrl: string | null
        pickUpAtKep: boolean
      }>
      reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
      history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
    }
  }
}

export type RejectMunicipalityApplicationMutationVariables = Exact<{
  id: string | number
  reason: string
}>

export type RejectMunicipalityApplicationMutation = {
  rejectMunicipalityApplication: {
    application: {
      id: string
      municipalityId: string
      status: MunicipalityApplicationStatus
      decisionNumber: string
      decisionDate: string | null
      decisionNote: string | null
      createdAt: string
      updatedAt: string
      submittedAt: string | null
      decidedAt: string | null
      startedByMe: boolean
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      contact: { name: string; email: string; phone: string } | null
      keps: Array<{
        key: string
        existingKepId: string | null
        nameEl: string
        nameEn: string
        addressEl: string
        addressEn: string
        postalCode: string
        cityEl: string
        cityEn: string
        phone: string
        email: string
        hours: Array<{ weekday: number; opens: string; closes: string }>
      }>
      employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
      services: Array<{
        titleEl: string
        titleEn: string
        descriptionEl: string
        descriptionEn: string
        requiredDocumentsEl: Array<string>
        requiredDocumentsEn: Array<string>
        formUrl: string | null
        pickUpAtKep: boolean
      }>
      reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
      history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
    }
  }
}

export type RequestMunicipalityApplicationChangesMutationVariables = Exact<{
  id: string | number
  comments: Array<ApplicationCommentInput> | ApplicationCommentInput
}>

export type RequestMunicipalityApplicationChangesMutation = {
  requestMunicipalityApplicationChanges: {
    application: {
      id: string
      municipalityId: string
      status: MunicipalityApplicationStatus
      decisionNumber: string
      decisionDate: string | null
      decisionNote: string | null
      createdAt: string
      updatedAt: string
      submittedAt: string | null
      decidedAt: string | null
      startedByMe: boolean
      municipalityName: { el: string; en: string }
      municipalityRegion: { el: string; en: string }
      contact: { name: string; email: string; phone: string } | null
      keps: Array<{
        key: string
        existingKepId: string | null
        nameEl: string
        nameEn: string
        addressEl: string
        addressEn: string
        postalCode: string
        cityEl: string
        cityEn: string
        phone: string
        email: string
        hours: Array<{ weekday: number; opens: string; closes: string }>
      }>
      employees: Array<{ fullName: string; taxId: string; kepKey: string; email: string }>
      services: Array<{
        titleEl: string
        titleEn: string
        descriptionEl: string
        descriptionEn: string
        requiredDocumentsEl: Array<string>
        requiredDocumentsEn: Array<string>
        formUrl: string | null
        pickUpAtKep: boolean
      }>
      reviewComments: Array<{ section: MunicipalityApplicationSection; comment: string }>
      history: Array<{ status: MunicipalityApplicationStatus; at: string; note: string | null }>
    }
  }
}

export type MyMunicipalityQueryVariables = Exact<{ [key: string]: never }>

export type MyMunicipalityQuery = {
  myMunicipality: {
    id: string
    participation: string
    joinedOn: string | null
    leavesOn: string | null
    name: { el: string; en: string }
    region: { el: string; en: string }
  }
}

export type MunicipalProcedure_ProcedureFragment = {
  id: string
  code: string
  formUrl: string | null
  pickUpAtKep: boolean
  active: boolean
  updatedAt: string
  title: { el: string; en: string }
  description: { el: string; en: string }
  requiredDocuments: { el: Array<string>; en: Array<string> }
}

export type MunicipalProceduresQueryVariables = Exact<{ [key: string]: never }>

export type MunicipalProceduresQuery = {
  municipalProcedures: Array<{
    id: string
    code: string
    formUrl: string | null
    pickUpAtKep: boolean
    active: boolean
    updatedAt: string
    title: { el: string; en: string }
    description: { el: string; en: string }
    requiredDocuments: { el: Array<string>; en: Array<string> }
  }>
}

export type CreateMunicipalProcedureMutationVariables = Exact<{
  input: MunicipalProcedureInput
}>

export type CreateMunicipalProcedureMutation = {
  createMunicipalProcedure: {
    procedure: {
      id: string
      code: string
      formUrl: string | null
      pickUpAtKep: boolean
      active: boolean
      updatedAt: string
      title: { el: string; en: string }
      description: { el: string; en: string }
      requiredDocuments: { el: Array<string>; en: Array<string> }
    }
  }
}

export type UpdateMunicipalProcedureMutationVariables = Exact<{
  id: string | number
  input: MunicipalProcedureInput
}>

export type UpdateMunicipalProcedureMutation = {
  updateMunicipalProcedure: {
    procedure: {
      id: string
      code: string
      formUrl: string | null
      pickUpAtKep: boolean
      active: boolean
      updatedAt: string
      title: { el: string; en: string }
      description: { el: string; en: string }
      requiredDocuments: { el: Array<string>; en: Array<string> }
    }
  }
}

export type RetireMunicipalProcedureMutationVariables = Exact<{
  id: string | number
}>

export type RetireMunicipalProcedureMutation = {
  retireMunicipalProcedure: {
    procedure: {
      id: string
      code: string
      formUrl: string | null
      pickUpAtKep: boolean
      active: boolean
      updatedAt: string
      title: { el: string; en: string }
      description: { el: string; en: string }
      requiredDocuments: { el: Array<string>; en: Array<string> }
    }
  }
}

export type MunicipalKepUsageQueryVariables = Exact<{
  from: string
  to: string
}>

export type MunicipalKepUsageQuery = {
  municipalKepUsage: Array<{
    kepId: string
    booked: number
    municipalBooked: number
    completed: number
    cancelled: number
    noShow: number
    kepName: { el: string; en: string }
  }>
}

export type AdminParticipatingMunicipalitiesQueryVariables = Exact<{ [key: string]: never }>

export type AdminParticipatingMunicipalitiesQuery = {
  municipalities: Array<{
    id: string
    joinedOn: string | null
    name: { el: string; en: string }
    region: { el: string; en: string }
    keps: Array<{ id: string }>
    procedures: Array<{ id: string }>
  }>
}

export type MunicipalityImpact_ImpactFragment = {
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

export type SuspendMunicipalityMutationVariables = Exact<{
  input: SuspendMunicipalityInput
  impact: ImpactInput
}>

export type SuspendMunicipalityMutation = {
  suspendMunicipality: {
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
    municipality: { id: string; participation: string; leavesOn: string | null }
  }
}

export type WithdrawMunicipalityMutationVariables = Exact<{
  input: WithdrawMunicipalityInput
  impact: ImpactInput
}>

export type WithdrawMunicipalityMutation = {
  withdrawMunicipality: {
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
    municipality: { id: string; participation: string; leavesOn: string | null }
  }
}

export type AdminFieldParametersQueryVariables = Exact<{ [key: string]: never }>

export type AdminFieldParametersQuery = {
  fieldParameters: Array<{
    categoryId: string
    category: ServiceCategoryCode
    inForce: {
      effectiveFrom: string | null
      callMinutes: number
      bufferMinutes: number
      slotStepMinutes: number
      minNoticeMinutes: number
      horizonDays: number
    }
    scheduled: Array<{
      id: string
      effectiveFrom: string
      callMinutes: number
      bufferMinutes: number
      slotStepMinutes: number
      minNoticeMinutes: number
      horizonDays: number
    }>
  }>
}

export type AdminScheduleFieldParametersMutationVariables = Exact<{
  input: ScheduleFieldParametersInput
  preview: boolean
}>

export type AdminScheduleFieldParametersMutation = {
  scheduleFieldParameters: {
    applied: boolean
    version: { id: string; effectiveFrom: string } | null
    impact: {
      totalBefore: number
      totalAfter: number
      days: Array<{ date: string; before: number; after: number; difference: number }>
    }
  }
}

export type AdminCancelScheduledFieldParametersMutationVariables = Exact<{
  id: string | number
}>

export type AdminCancelScheduledFieldParametersMutation = {
  cancelScheduledFieldParameters: { categoryId: string }
}

export type AdminSettingsListQueryVariables = Exact<{ [key: string]: never }>

export type AdminSettingsListQuery = {
  settingsList: Array<{
    key: SettingKey
    value: Array<number>
    effectiveFrom: string | null
    scheduled: Array<{ effectiveFrom: string; value: Array<number> }>
    rule: { kind: SettingKind; min: number; max: number; maxItems: number | null }
  }>
}

export type AdminScheduleSettingMutationVariables = Exact<{
  input: ScheduleSettingInput
  preview: boolean
}>

export type AdminScheduleSettingMutation = {
  scheduleSetting: {
    applied: boolean
    key: SettingKey
    before: Array<number>
    after: Array<number>
    effectiveFrom: string
  }
}

export type AdminProceduresQueryVariables = Exact<{
  first: number
  after?: string | null | undefined
  filter?: ProcedureFilterInput | null | undefined
}>

export type AdminProceduresQuery = {
  adminProcedures: {
    nodes: Array<{
      id: string
      code: string
      titleEl: string
      titleEn: string
      active: boolean
      formUrl: string | null
      form: { url: string } | null
      category: { code: ServiceCategoryCode; name: { el: string; en: string } }
      municipality: { id: string; name: { el: string; en: string } } | null
    }>
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

export type ProcedureChoicesQueryVariables = Exact<{ [key: string]: never }>

export type ProcedureChoicesQuery = {
  serviceCategories: Array<{
    code: ServiceCategoryCode
    municipal: boolean
    name: { el: string; en: string }
  }>
  municipalities: Array<{ id: string; name: { el: string; en: string } }>
}

export type AdminProcedureQueryVariables = Exact<{
  id: string | number
}>

export type AdminProcedureQuery = {
  adminProcedure: {
    id: string
    code: string
    titleEl: string
    titleEn: string
    descriptionEl: string
    descriptionEn: string
    requiredDocumentsEl: Array<string>
    requiredDocumentsEn: Array<string>
    formUrl: string | null
    active: boolean
    updatedAt: string
    category: { code: ServiceCategoryCode; name: { el: string; en: string } }
    municipality: { id: string; name: { el: string; en: string } } | null
    form: { fileName: string; sizeBytes: number; url: string } | null
    lastChange: { at: string; byName: string | null } | null
  }
}

export type CreateProcedureMutationVariables = Exact<{
  input: CreateProcedureInput
}>

export type CreateProcedureMutation = { createProcedure: { procedure: { id: string } } }

export type UpdateProcedureMutationVariables = Exact<{
  id: string | number
  input: UpdateProcedureInput
}>

export type UpdateProcedureMutation = { updateProcedure: { procedure: { id: string } } }

export type RetireProcedureMutationVariables = Exact<{
  id: string | number
}>

export type RetireProcedureMutation = {
  retireProcedure: { procedure: { id: string; active: boolean } }
}

export type RestoreProcedureMutationVariables = Exact<{
  id: string | number
}>

export type RestoreProcedureMutation = {
  restoreProcedure: { procedure: { id: string; active: boolean } }
}

export type RemoveProcedureFormMutationVariables = Exact<{
  id: string | number
}>

export type RemoveProcedureFormMutation = { removeProcedureForm: { removed: boolean } }

export type UsageStatisticsQueryVariables = Exact<{
  input: UsageStatisticsInput
}>

export type UsageStatisticsQuery = {
  usageStatistics: {
    from: string
    to: string
    cancellationRate: number | null
    completionRate: number | null
    noShowRate: number | null
    averageWaitSeconds: number | null
    averageCallSeconds: number | null
    identityPassed: number
    identityFailed: number
    interpreterRequests: number
    lipReadingRequests: number
    totals: {
      made: number
      booked: number
      cancelled: number
      completed: number
      noShow: number
      held: number
    }
    leadTime: {
      averageMinutes: number | null
      sameDay: number
      oneToTwoDays: number
      threeToSevenDays: number
      overSevenDays: number
    }
    utilisation: { bookedMinutes: number; availableMinutes: number; ratio: number | null }
    days: Array<{
      date: string
      made: number
      booked: number
      cancelled: number
      completed: number
      noShow: number
      held: number
    }>
    weeks: Array<{
      weekStart: string
      made: number
      booked: number
      cancelled: number
      completed: number
      noShow: number
      held: number
    }>
    heatMap: Array<{ weekday: number; hour: number; appointments: number }>
    topProcedures: Array<{
      procedureId: string
      titleEl: string
      titleEn: string
      bookings: number
    }>
  }
}

export type StatisticsScopeQueryVariables = Exact<{ [key: string]: never }>

export type StatisticsScopeQuery = {
  municipalities: Array<{
    id: string
    name: { el: string; en: string }
    region: { el: string; en: string }
  }>
  serviceCategories: Array<{ id: string; name: { el: string; en: string } }>
}

export type StatisticsKepsQueryVariables = Exact<{
  municipalityId?: string | number | null | undefined
}>

export type StatisticsKepsQuery = { keps: Array<{ id: string; name: { el: string; en: string } }> }

export type CreateKepMutationVariables = Exact<{
  input: CreateKepInput
}>

export type CreateKepMutation = { createKep: { kep: { id: string } } }

export type AdminKepQueryVariables = Exact<{
  id: string | number
}>

export type AdminKepQuery = {
  adminKep: {
    id: string
    code: string
    municipalityId: string
    postalCode: string
    phone: string
    email: string
    status: KepStatus
    statusFrom: string | null
    statusUntil: string | null
    employeeCount: number
    futureBookings: number
    name: { el: string; en: string }
    municipalityName: { el: string; en: string }
    region: { el: string; en: string }
    address: { el: string; en: string }
    city: { el: string; en: string }
    statusHistory: Array<{
      id: string
      kind: KepStatusKind
      from: string
      until: string | null
      reason: { el: string; en: string }
    }>
  }
}

export type UpdateKepMutationVariables = Exact<{
  input: UpdateKepInput
}>

export type UpdateKepMutation = { updateKep: { kep: { id: string } } }

export type ResumeKepMutationVariables = Exact<{
  kepId: string | number
}>

export type ResumeKepMutation = { resumeKep: { kep: { id: string } } }

export type AdminKepsQueryVariables = Exact<{
  filter?: AdminKepFilter | null | undefined
  first?: number | null | undefined
  after?: string | null | undefined
}>

export type AdminKepsQuery = {
  adminKeps: {
    totalCount: number
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
    nodes: Array<{
      id: string
      code: string
      status: KepStatus
      statusFrom: string | null
      statusUntil: string | null
      workstationCount: number
      employeeCount: number
      name: { el: string; en: string }
      municipalityName: { el: string; en: string }
    }>
  }
}

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
export const ApiClientRow_ApiClientFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientRow_apiClient' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestsLastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientRow_ApiClientFragment, unknown>
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
export const KepImpact_ImpactFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'KepImpact_impact' },
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
} as unknown as DocumentNode<KepImpact_ImpactFragment, unknown>
export const MunicipalityApplication_ApplicationFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MunicipalityApplication_ApplicationFragment, unknown>
export const MunicipalProcedure_ProcedureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
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
            name: { kind: 'Name', value: 'description' },
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
            name: { kind: 'Name', value: 'requiredDocuments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MunicipalProcedure_ProcedureFragment, unknown>
export const MunicipalityImpact_ImpactFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MunicipalityImpact_impact' },
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
} as unknown as DocumentNode<MunicipalityImpact_ImpactFragment, unknown>
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
export const ApiClientsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiClientsList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiClients' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiClientRow_apiClient' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiClientRow_apiClient' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestsLastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiClientsListQuery, ApiClientsListQueryVariables>
export const CreateApiClientDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiClientInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiClient' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'client' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ApiClientRow_apiClient' },
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
      name: { kind: 'Name', value: 'ApiClientRow_apiClient' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestsLastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>
export const RevokeApiClientDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiClient' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeApiClientInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiClient' },
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
                  name: { kind: 'Name', value: 'client' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ApiClientRow_apiClient' },
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
      name: { kind: 'Name', value: 'ApiClientRow_apiClient' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiClient' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestsLastDay' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>
export const AuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
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
                value: { kind: 'IntValue', value: '25' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ipAddress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prevHash' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
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
} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>
export const AuditChainStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditChainStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'full' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditChainStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'full' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'full' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedRows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkpointMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'badSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unsealed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditChainStatusQuery, AuditChainStatusQueryVariables>
export const AdminBookingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminBookings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminBookingsFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminBookingsSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminBookings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'kepName' },
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
                        name: { kind: 'Name', value: 'procedureTitle' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeName' } },
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
} as unknown as DocumentNode<AdminBookingsQuery, AdminBookingsQueryVariables>
export const BookingFilterChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingFilterChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
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
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCategories' },
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'procedures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'title' },
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
                  name: { kind: 'Name', value: 'category' },
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
} as unknown as DocumentNode<BookingFilterChoicesQuery, BookingFilterChoicesQueryVariables>
export const BookingEmployeeChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BookingEmployeeChoices' },
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
            name: { kind: 'Name', value: 'adminEmployees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kepId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'kepId' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employees' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
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
} as unknown as DocumentNode<BookingEmployeeChoicesQuery, BookingEmployeeChoicesQueryVariables>
export const AdminBookingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminBooking' },
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
            name: { kind: 'Name', value: 'booking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'deliveryMethod' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'business' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'representation' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'procedure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'title' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kep' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assignedEmployee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'specialRequirements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'signLanguage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lipReading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'other' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'documents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'history' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromStartsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toStartsAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'callTimes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'citizenJoinedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'admittedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identityCheckedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'identityVerified' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'submission' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'protocolNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'filedDescription' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
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
} as unknown as DocumentNode<AdminBookingQuery, AdminBookingQueryVariables>
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
export const EmployeeKepChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EmployeeKepChoices' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EmployeeKepChoicesQuery, EmployeeKepChoicesQueryVariables>
export const AdminEmployeesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminEmployees' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminEmployeesFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminEmployees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'employees' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
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
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
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
} as unknown as DocumentNode<AdminEmployeesQuery, AdminEmployeesQueryVariables>
export const AdminEmployeeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminEmployee' },
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
            name: { kind: 'Name', value: 'adminEmployee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
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
} as unknown as DocumentNode<AdminEmployeeQuery, AdminEmployeeQueryVariables>
export const AddEmployeeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddEmployeeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addEmployee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
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
} as unknown as DocumentNode<AddEmployeeMutation, AddEmployeeMutationVariables>
export const SetEmployeeRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetEmployeeRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetEmployeeRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setEmployeeRole' },
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
} as unknown as DocumentNode<SetEmployeeRoleMutation, SetEmployeeRoleMutationVariables>
export const ReactivateEmployeeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReactivateEmployeeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateEmployee' },
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
} as unknown as DocumentNode<ReactivateEmployeeMutation, ReactivateEmployeeMutationVariables>
export const DeactivateEmployeeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeactivateEmployeeInput' } },
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
            name: { kind: 'Name', value: 'deactivateEmployee' },
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
} as unknown as DocumentNode<DeactivateEmployeeMutation, DeactivateEmployeeMutationVariables>
export const MoveEmployeeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MoveEmployee' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MoveEmployeeInput' } },
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
            name: { kind: 'Name', value: 'moveEmployee' },
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
} as unknown as DocumentNode<MoveEmployeeMutation, MoveEmployeeMutationVariables>
export const CancelEmployeeMoveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelEmployeeMove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CancelEmployeeMoveInput' } },
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
            name: { kind: 'Name', value: 'cancelEmployeeMove' },
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
} as unknown as DocumentNode<CancelEmployeeMoveMutation, CancelEmployeeMoveMutationVariables>
export const ImportEmployeesCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportEmployeesCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImportEmployeesCsvInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importEmployeesCsv' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invalid' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'afm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kepCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'errors' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'messageEl' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'messageEn' } },
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
} as unknown as DocumentNode<ImportEmployeesCsvMutation, ImportEmployeesCsvMutationVariables>
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
} as unknown as DocumentNode<BulkSetWeeklyHoursMutation, BulkSetWeeklyHoursMutationVariables>
export const KepMunicipalitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'KepMunicipalities' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
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
} as unknown as DocumentNode<KepMunicipalitiesQuery, KepMunicipalitiesQueryVariables>
export const SuspendKepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SuspendKep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SuspendKepInput' } },
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
            name: { kind: 'Name', value: 'suspendKep' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KepImpact_impact' } },
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
      name: { kind: 'Name', value: 'KepImpact_impact' },
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
} as unknown as DocumentNode<SuspendKepMutation, SuspendKepMutationVariables>
export const CloseKepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseKep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CloseKepInput' } },
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
            name: { kind: 'Name', value: 'closeKep' },
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
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'KepImpact_impact' } },
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
      name: { kind: 'Name', value: 'KepImpact_impact' },
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
} as unknown as DocumentNode<CloseKepMutation, CloseKepMutationVariables>
export const UndeliveredMailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UndeliveredMail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'undeliveredMail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '25' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bookingReference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientMasked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastAttemptAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
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
} as unknown as DocumentNode<UndeliveredMailQuery, UndeliveredMailQueryVariables>
export const MailCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MailCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mailCounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentToday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failedToday' } },
                { kind: 'Field', name: { kind: 'Name', value: 'undelivered' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MailCountsQuery, MailCountsQueryVariables>
export const RetryUndeliveredMailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryUndeliveredMail' },
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
            name: { kind: 'Name', value: 'retryUndeliveredMail' },
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
} as unknown as DocumentNode<RetryUndeliveredMailMutation, RetryUndeliveredMailMutationVariables>
export const RetryAllUndeliveredMailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryAllUndeliveredMail' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'retryAllUndeliveredMail' } }],
      },
    },
  ],
} as unknown as DocumentNode<
  RetryAllUndeliveredMailMutation,
  RetryAllUndeliveredMailMutationVariables
>
export const MarkMailHandledDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkMailHandled' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markMailHandled' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
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
} as unknown as DocumentNode<MarkMailHandledMutation, MarkMailHandledMutationVariables>
export const MyMunicipalityApplicationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyMunicipalityApplications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myMunicipalityApplications' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'municipalityName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MyMunicipalityApplicationsQuery,
  MyMunicipalityApplicationsQueryVariables
>
export const MunicipalityApplicationDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalityApplicationDetail' },
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
            name: { kind: 'Name', value: 'municipalityApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MunicipalityApplication_application' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  MunicipalityApplicationDetailQuery,
  MunicipalityApplicationDetailQueryVariables
>
export const MunicipalityApplicationChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalityApplicationChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participation' } },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'keps' },
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
} as unknown as DocumentNode<
  MunicipalityApplicationChoicesQuery,
  MunicipalityApplicationChoicesQueryVariables
>
export const StartMunicipalityApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartMunicipalityApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'StartMunicipalityApplicationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMunicipalityApplication' },
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
                  name: { kind: 'Name', value: 'application' },
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
} as unknown as DocumentNode<
  StartMunicipalityApplicationMutation,
  StartMunicipalityApplicationMutationVariables
>
export const SaveMunicipalityApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveMunicipalityApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'SaveMunicipalityApplicationInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveMunicipalityApplication' },
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
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalityApplication_application' },
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
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SaveMunicipalityApplicationMutation,
  SaveMunicipalityApplicationMutationVariables
>
export const SubmitMunicipalityApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitMunicipalityApplication' },
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
            name: { kind: 'Name', value: 'submitMunicipalityApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalityApplication_application' },
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
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubmitMunicipalityApplicationMutation,
  SubmitMunicipalityApplicationMutationVariables
>
export const WithdrawMunicipalityApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawMunicipalityApplication' },
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
            name: { kind: 'Name', value: 'withdrawMunicipalityApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalityApplication_application' },
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
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WithdrawMunicipalityApplicationMutation,
  WithdrawMunicipalityApplicationMutationVariables
>
export const MunicipalityApplicationQueueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalityApplicationQueue' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NamedType',
            name: { kind: 'Name', value: 'MunicipalityApplicationFilter' },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityApplications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '25' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'municipalityName' },
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
                        name: { kind: 'Name', value: 'municipalityRegion' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'titleEl' } }],
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
} as unknown as DocumentNode<
  MunicipalityApplicationQueueQuery,
  MunicipalityApplicationQueueQueryVariables
>
export const ApproveMunicipalityApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveMunicipalityApplication' },
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
            name: { kind: 'Name', value: 'approveMunicipalityApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalityApplication_application' },
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
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ApproveMunicipalityApplicationMutation,
  ApproveMunicipalityApplicationMutationVariables
>
export const RejectMunicipalityApplicationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectMunicipalityApplication' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectMunicipalityApplication' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalityApplication_application' },
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
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RejectMunicipalityApplicationMutation,
  RejectMunicipalityApplicationMutationVariables
>
export const RequestMunicipalityApplicationChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestMunicipalityApplicationChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'comments' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: {
                  kind: 'NamedType',
                  name: { kind: 'Name', value: 'ApplicationCommentInput' },
                },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestMunicipalityApplicationChanges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'comments' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'comments' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'application' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalityApplication_application' },
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
      name: { kind: 'Name', value: 'MunicipalityApplication_application' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'MunicipalityApplication' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalityName' },
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
            name: { kind: 'Name', value: 'municipalityRegion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contact' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'existingKepId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addressEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cityEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'employees' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kepKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewComments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'section' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedByMe' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestMunicipalityApplicationChangesMutation,
  RequestMunicipalityApplicationChangesMutationVariables
>
export const MyMunicipalityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyMunicipality' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myMunicipality' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'participation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyMunicipalityQuery, MyMunicipalityQueryVariables>
export const MunicipalProceduresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalProcedures' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalProcedures' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
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
            name: { kind: 'Name', value: 'description' },
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
            name: { kind: 'Name', value: 'requiredDocuments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MunicipalProceduresQuery, MunicipalProceduresQueryVariables>
export const CreateMunicipalProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMunicipalProcedure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMunicipalProcedure' },
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
                  name: { kind: 'Name', value: 'procedure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
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
      name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
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
            name: { kind: 'Name', value: 'description' },
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
            name: { kind: 'Name', value: 'requiredDocuments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CreateMunicipalProcedureMutation,
  CreateMunicipalProcedureMutationVariables
>
export const UpdateMunicipalProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMunicipalProcedure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMunicipalProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
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
                  name: { kind: 'Name', value: 'procedure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
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
      name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
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
            name: { kind: 'Name', value: 'description' },
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
            name: { kind: 'Name', value: 'requiredDocuments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  UpdateMunicipalProcedureMutation,
  UpdateMunicipalProcedureMutationVariables
>
export const RetireMunicipalProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireMunicipalProcedure' },
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
            name: { kind: 'Name', value: 'retireMunicipalProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'procedure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
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
      name: { kind: 'Name', value: 'MunicipalProcedure_procedure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MunicipalProcedure' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'title' },
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
            name: { kind: 'Name', value: 'description' },
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
            name: { kind: 'Name', value: 'requiredDocuments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'pickUpAtKep' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RetireMunicipalProcedureMutation,
  RetireMunicipalProcedureMutationVariables
>
export const MunicipalKepUsageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MunicipalKepUsage' },
      variableDefinitions: [
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
            name: { kind: 'Name', value: 'municipalKepUsage' },
            arguments: [
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
                { kind: 'Field', name: { kind: 'Name', value: 'kepId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kepName' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipalBooked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noShow' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MunicipalKepUsageQuery, MunicipalKepUsageQueryVariables>
export const AdminParticipatingMunicipalitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminParticipatingMunicipalities' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'joinedOn' } },
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
} as unknown as DocumentNode<
  AdminParticipatingMunicipalitiesQuery,
  AdminParticipatingMunicipalitiesQueryVariables
>
export const SuspendMunicipalityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SuspendMunicipality' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SuspendMunicipalityInput' } },
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
            name: { kind: 'Name', value: 'suspendMunicipality' },
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
                        name: { kind: 'Name', value: 'MunicipalityImpact_impact' },
                      },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'participation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
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
      name: { kind: 'Name', value: 'MunicipalityImpact_impact' },
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
} as unknown as DocumentNode<SuspendMunicipalityMutation, SuspendMunicipalityMutationVariables>
export const WithdrawMunicipalityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawMunicipality' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'WithdrawMunicipalityInput' } },
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
            name: { kind: 'Name', value: 'withdrawMunicipality' },
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
                        name: { kind: 'Name', value: 'MunicipalityImpact_impact' },
                      },
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
                      { kind: 'Field', name: { kind: 'Name', value: 'participation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leavesOn' } },
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
      name: { kind: 'Name', value: 'MunicipalityImpact_impact' },
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
} as unknown as DocumentNode<WithdrawMunicipalityMutation, WithdrawMunicipalityMutationVariables>
export const AdminFieldParametersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminFieldParameters' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fieldParameters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'inForce' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'callMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bufferMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slotStepMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minNoticeMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduled' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'callMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bufferMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'slotStepMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'minNoticeMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
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
} as unknown as DocumentNode<AdminFieldParametersQuery, AdminFieldParametersQueryVariables>
export const AdminScheduleFieldParametersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminScheduleFieldParameters' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ScheduleFieldParametersInput' },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'preview' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleFieldParameters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'preview' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'preview' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'impact' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalBefore' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'totalAfter' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'days' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'difference' } },
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
} as unknown as DocumentNode<
  AdminScheduleFieldParametersMutation,
  AdminScheduleFieldParametersMutationVariables
>
export const AdminCancelScheduledFieldParametersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminCancelScheduledFieldParameters' },
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
            name: { kind: 'Name', value: 'cancelScheduledFieldParameters' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'categoryId' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  AdminCancelScheduledFieldParametersMutation,
  AdminCancelScheduledFieldParametersMutationVariables
>
export const AdminSettingsListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminSettingsList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'settingsList' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scheduled' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rule' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxItems' } },
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
} as unknown as DocumentNode<AdminSettingsListQuery, AdminSettingsListQueryVariables>
export const AdminScheduleSettingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AdminScheduleSetting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleSettingInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'preview' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleSetting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'preview' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'preview' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminScheduleSettingMutation, AdminScheduleSettingMutationVariables>
export const AdminProceduresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminProcedures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProcedureFilterInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminProcedures' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'form' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'url' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'category' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
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
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
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
} as unknown as DocumentNode<AdminProceduresQuery, AdminProceduresQueryVariables>
export const ProcedureChoicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProcedureChoices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
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
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProcedureChoicesQuery, ProcedureChoicesQueryVariables>
export const AdminProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminProcedure' },
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
            name: { kind: 'Name', value: 'adminProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'descriptionEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredDocumentsEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'formUrl' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'category' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
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
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'form' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lastChange' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'byName' } },
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
} as unknown as DocumentNode<AdminProcedureQuery, AdminProcedureQueryVariables>
export const CreateProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProcedure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProcedureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProcedure' },
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
                  name: { kind: 'Name', value: 'procedure' },
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
} as unknown as DocumentNode<CreateProcedureMutation, CreateProcedureMutationVariables>
export const UpdateProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateProcedure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateProcedureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
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
                  name: { kind: 'Name', value: 'procedure' },
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
} as unknown as DocumentNode<UpdateProcedureMutation, UpdateProcedureMutationVariables>
export const RetireProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetireProcedure' },
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
            name: { kind: 'Name', value: 'retireProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'procedure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
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
} as unknown as DocumentNode<RetireProcedureMutation, RetireProcedureMutationVariables>
export const RestoreProcedureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreProcedure' },
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
            name: { kind: 'Name', value: 'restoreProcedure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'procedure' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
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
} as unknown as DocumentNode<RestoreProcedureMutation, RestoreProcedureMutationVariables>
export const RemoveProcedureFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveProcedureForm' },
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
            name: { kind: 'Name', value: 'removeProcedureForm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'removed' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveProcedureFormMutation, RemoveProcedureFormMutationVariables>
export const UsageStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UsageStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageStatisticsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usageStatistics' },
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
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'made' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noShow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'held' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'cancellationRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'completionRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noShowRate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadTime' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'averageMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sameDay' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oneToTwoDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'threeToSevenDays' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overSevenDays' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'utilisation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'bookedMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availableMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'ratio' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'averageWaitSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'averageCallSeconds' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identityPassed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'identityFailed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'interpreterRequests' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lipReadingRequests' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'days' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'made' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noShow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'held' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weeks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekStart' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'made' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'booked' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'noShow' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'held' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'heatMap' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hour' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appointments' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'topProcedures' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'procedureId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEl' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'bookings' } },
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
} as unknown as DocumentNode<UsageStatisticsQuery, UsageStatisticsQueryVariables>
export const StatisticsScopeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsScope' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'municipalities' },
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
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCategories' },
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsScopeQuery, StatisticsScopeQueryVariables>
export const StatisticsKepsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsKeps' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'keps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'municipalityId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'municipalityId' } },
              },
            ],
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
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsKepsQuery, StatisticsKepsQueryVariables>
export const CreateKepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateKep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateKepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createKep' },
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
                  name: { kind: 'Name', value: 'kep' },
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
} as unknown as DocumentNode<CreateKepMutation, CreateKepMutationVariables>
export const AdminKepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminKep' },
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
            name: { kind: 'Name', value: 'adminKep' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
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
                { kind: 'Field', name: { kind: 'Name', value: 'municipalityId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'municipalityName' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'address' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'postalCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'city' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'employeeCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'futureBookings' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusHistory' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
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
      },
    },
  ],
} as unknown as DocumentNode<AdminKepQuery, AdminKepQueryVariables>
export const UpdateKepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateKep' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateKepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateKep' },
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
                  name: { kind: 'Name', value: 'kep' },
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
} as unknown as DocumentNode<UpdateKepMutation, UpdateKepMutationVariables>
export const ResumeKepDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResumeKep' },
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
            name: { kind: 'Name', value: 'resumeKep' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kep' },
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
} as unknown as DocumentNode<ResumeKepMutation, ResumeKepMutationVariables>
export const AdminKepsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminKeps' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminKepFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'adminKeps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
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
                        name: { kind: 'Name', value: 'municipalityName' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'el' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statusUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'workstationCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'employeeCount' } },
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
} as unknown as DocumentNode<AdminKepsQuery, AdminKepsQueryVariables>
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
