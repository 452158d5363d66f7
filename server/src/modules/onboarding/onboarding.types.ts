import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedText, LocalizedTextList } from '../catalog/index.js'
import { Impact } from '../administration/index.js'

// Issue 18: municipalities join (R5.1, the application, and R5.2, its services form), run
// their municipal procedures (R4.4) and leave (suspension, withdrawal); the officers who act
// for them. The public list (R5.3) is the catalog's `municipalities(participating: true)`.

export enum ApplicationStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  CHANGES_REQUESTED = 'changes_requested',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(ApplicationStatus, {
  name: 'MunicipalityApplicationStatus',
  description:
    'DRAFT: being filled in (saved, resumable); SUBMITTED: waiting for the ministry, no longer editable; CHANGES_REQUESTED: sent back with comments, editable and submitted again; APPROVED: the municipality participates; REJECTED (with a reason); WITHDRAWN by its applicant.',
})

export enum ApplicationSection {
  MUNICIPALITY = 'municipality',
  CONTACT = 'contact',
  DECISION = 'decision',
  KEPS = 'keps',
  EMPLOYEES = 'employees',
  SERVICES = 'services',
}
registerEnumType(ApplicationSection, {
  name: 'MunicipalityApplicationSection',
  description: 'A step of the application form, as the reviewers’ comments name it.',
})

// ---------- the application as read ----------

@ObjectType({ description: 'The person the ministry writes to about the application.' })
export class ApplicationContact {
  @Field(() => String)
  name!: string

  @Field(() => String)
  email!: string

  @Field(() => String)
  phone!: string
}

@ObjectType({ description: 'Opening hours of one weekday (1 Monday … 7 Sunday), "HH:MM".' })
export class ApplicationKepHours {
  @Field(() => Int)
  weekday!: number

  @Field(() => String)
  opens!: string

  @Field(() => String)
  closes!: string
}

@ObjectType({
  description:
    'A KEP that will serve: an existing KEP (existingKepId; the other fields are then its own) or a new one, created on approval.',
})
export class ApplicationKep {
  @Field(() => String, {
    description:
      'The form’s own key of this KEP (e.g. "kep-1"), which employees name; unique in the application.',
  })
  key!: string

  @Field(() => ID, { nullable: true })
  existingKepId!: string | null

  @Field(() => String)
  nameEl!: string

  @Field(() => String)
  nameEn!: string

  @Field(() => String)
  addressEl!: string

  @Field(() => String)
  addressEn!: string

  @Field(() => String)
  postalCode!: string

  @Field(() => String)
  cityEl!: string

  @Field(() => String)
  cityEn!: string

  @Field(() => String)
  phone!: string

  @Field(() => String)
  email!: string

  @Field(() => [ApplicationKepHours])
  hours!: ApplicationKepHours[]
}

@ObjectType({ description: 'A trained employee who will serve calls, and their KEP.' })
export class ApplicationEmployee {
  @Field(() => String)
  fullName!: string

  @Field(() => String, { description: 'ΑΦΜ (9 digits, check digit verified).' })
  taxId!: string

  @Field(() => String, { description: 'The key of one of the application’s KEPs.' })
  kepKey!: string

  @Field(() => String)
  email!: string
}

@ObjectType({ description: 'A municipal procedure the municipality will offer (R5.2).' })
export class ApplicationService {
  @Field(() => String)
  titleEl!: string

  @Field(() => String)
  titleEn!: string

  @Field(() => String)
  descriptionEl!: string

  @Field(() => String)
  descriptionEn!: string

  @Field(() => [String])
  requiredDocumentsEl!: string[]

  @Field(() => [String])
  requiredDocumentsEn!: string[]

  @Field(() => String, { nullable: true, description: 'The form (έντυπο) as an https link.' })
  formUrl!: string | null

  @Field(() => Boolean, { description: 'Whether the result may be picked up at the KEP.' })
  pickUpAtKep!: boolean
}

@ObjectType({ description: 'A reviewer’s comment on one section of the form.' })
export class ApplicationComment {
  @Field(() => ApplicationSection)
  section!: ApplicationSection

  @Field(() => String)
  comment!: string
}

@ObjectType({ description: 'One step of the application’s history.' })
export class ApplicationEvent {
  @Field(() => ApplicationStatus)
  status!: ApplicationStatus

  @Field(() => DateTimeResolver)
  at!: Date

  @Field(() => String, { nullable: true, description: 'A rejection’s reason.' })
  note!: string | null
}

@ObjectType({
  description:
    'A municipality’s application to join (R5.1) with its services form (R5.2): readable by who started it, the municipality’s officers and the ministry’s administrators.',
})
export class MunicipalityApplication {
  @Field(() => ID)
  id!: string

  @Field(() => ID)
  municipalityId!: string

  @Field(() => LocalizedText)
  municipalityName!: LocalizedText

  @Field(() => LocalizedText)
  municipalityRegion!: LocalizedText

  @Field(() => ApplicationStatus)
  status!: ApplicationStatus

  @Field(() => String, { description: 'The mayor’s decision to join: its number.' })
  decisionNumber!: string

  @Field(() => LocalDateResolver, { nullable: true, description: 'The decision’s date.' })
  decisionDate!: string | null

  @Field(() => ApplicationContact, { nullable: true })
  contact!: ApplicationContact | null

  @Field(() => [ApplicationKep])
  keps!: ApplicationKep[]

  @Field(() => [ApplicationEmployee])
  employees!: ApplicationEmployee[]

  @Field(() => [ApplicationService])
  services!: ApplicationService[]

  @Field(() => [ApplicationComment], {
    description: 'CHANGES_REQUESTED: what the reviewer asks, section by section.',
  })
  reviewComments!: ApplicationComment[]

  @Field(() => String, { nullable: true, description: 'REJECTED: the reason.' })
  decisionNote!: string | null

  @Field(() => DateTimeResolver)
  createdAt!: Date

  @Field(() => DateTimeResolver)
  updatedAt!: Date

  @Field(() => DateTimeResolver, { nullable: true, description: 'When last submitted.' })
  submittedAt!: Date | null

  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt!: Date | null

  @Field(() => ID, {
    nullable: true,
    description: 'The application this one started as a copy of.',
  })
  copiedFromId!: string | null

  @Field(() => Boolean, { description: 'Whether the caller started it (they cannot review it).' })
  startedByMe!: boolean

  @Field(() => [ApplicationEvent])
  history!: ApplicationEvent[]
}

@ObjectType({ description: 'A page of applications, newest submission first.' })
export class MunicipalityApplicationPage {
  @Field(() => Int)
  totalCount!: number

  @Field(() => [MunicipalityApplication])
  nodes!: MunicipalityApplication[]

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null
}

@ObjectType()
export class MunicipalityApplicationPayload {
  @Field(() => MunicipalityApplication)
  application!: MunicipalityApplication
}

// ---------- the application as written ----------

@InputType()
export class ApplicationContactInput {
  @Field(() => String)
  name!: string

  @Field(() => String)
  email!: string

  @Field(() => String)
  phone!: string
}

@InputType()
export class ApplicationKepHoursInput {
  @Field(() => Int)
  weekday!: number

  @Field(() => String, { description: '"HH:MM"' })
  opens!: string

  @Field(() => String, { description: '"HH:MM"' })
  closes!: string
}

@InputType({
  description:
    'An existing KEP of the municipality (existingKepId, nothing else needed) or a new one (every other field).',
})
export class ApplicationKepInput {
  @Field(() => String)
  key!: string

  @Field(() => ID, { nullable: true })
  existingKepId?: string | null

  @Field(() => String, { nullable: true })
  nameEl?: string | null

  @Field(() => String, { nullable: true })
  nameEn?: string | null

  @Field(() => String, { nullable: true })
  addressEl?: string | null

  @Field(() => String, { nullable: true })
  addressEn?: string | null

  @Field(() => String, { nullable: true })
  postalCode?: string | null

  @Field(() => String, { nullable: true })
  cityEl?: string | null

  @Field(() => String, { nullable: true })
  cityEn?: string | null

  @Field(() => String, { nullable: true })
  phone?: string | null

  @Field(() => String, { nullable: true })
  email?: string | null

  @Field(() => [ApplicationKepHoursInput], { nullable: true })
  hours?: ApplicationKepHoursInput[] | null
}

@InputType()
export class ApplicationEmployeeInput {
  @Field(() => String)
  fullName!: string

  @Field(() => String)
  taxId!: string

  @Field(() => String)
  kepKey!: string

  @Field(() => String)
  email!: string
}

@InputType()
export class ApplicationServiceInput {
  @Field(() => String)
  titleEl!: string

  @Field(() => String)
  titleEn!: string

  @Field(() => String, { defaultValue: '' })
  descriptionEl!: string

  @Field(() => String, { defaultValue: '' })
  descriptionEn!: string

  @Field(() => [String], { defaultValue: [] })
  requiredDocumentsEl!: string[]

  @Field(() => [String], { defaultValue: [] })
  requiredDocumentsEn!: string[]

  @Field(() => String, { nullable: true })
  formUrl?: string | null

  @Field(() => Boolean, { defaultValue: false })
  pickUpAtKep!: boolean
}

@InputType({
  description:
    'Starts a draft: the municipality and the mayor’s decision number; copyFromId starts from a previous application of the same municipality (rejoining).',
})
export class StartMunicipalityApplicationInput {
  @Field(() => ID)
  municipalityId!: string

  @Field(() => String)
  decisionNumber!: string

  @Field(() => ID, { nullable: true })
  copyFromId?: string | null
}

@InputType({
  description:
    'Saves a DRAFT or CHANGES_REQUESTED application: the sections given replace the saved ones, those left out stay. Formats are checked; completeness only on submit.',
})
export class SaveMunicipalityApplicationInput {
  @Field(() => ID)
  id!: string

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null

  @Field(() => LocalDateResolver, { nullable: true })
  decisionDate?: string | null

  @Field(() => ApplicationContactInput, { nullable: true })
  contact?: ApplicationContactInput | null

  @Field(() => [ApplicationKepInput], { nullable: true })
  keps?: ApplicationKepInput[] | null

  @Field(() => [ApplicationEmployeeInput], { nullable: true })
  employees?: ApplicationEmployeeInput[] | null

  @Field(() => [ApplicationServiceInput], { nullable: true })
  services?: ApplicationServiceInput[] | null
}

@InputType()
export class ApplicationCommentInput {
  @Field(() => ApplicationSection)
  section!: ApplicationSection

  @Field(() => String)
  comment!: string
}

@InputType()
export class MunicipalityApplicationFilter {
  @Field(() => [ApplicationStatus], {
    nullable: true,
    description: 'Only these statuses; all but DRAFT when not given.',
  })
  statuses?: ApplicationStatus[] | null
}

// ---------- officers ----------

@ObjectType({ description: 'A person authorised to act for one municipality (issue 18 item 1).' })
export class MunicipalityOfficer {
  @Field(() => ID)
  id!: string

  @Field(() => String)
  fullName!: string

  @Field(() => ID, {
    nullable: true,
    description: 'null: no municipality (revoked or never granted).',
  })
  municipalityId!: string | null

  @Field(() => LocalizedText, { nullable: true })
  municipalityName!: LocalizedText | null

  @Field(() => DateTimeResolver, { nullable: true })
  grantedAt!: Date | null
}

@InputType({
  description:
    'Grants the role to a person by tax number (ΑΦΜ): they log in through the public-administration login.',
})
export class GrantMunicipalityOfficerInput {
  @Field(() => ID)
  municipalityId!: string

  @Field(() => String)
  taxId!: string

  @Field(() => String)
  fullName!: string
}

@ObjectType()
export class MunicipalityOfficerPayload {
  @Field(() => MunicipalityOfficer)
  officer!: MunicipalityOfficer
}

// ---------- running it ----------

@ObjectType({ description: 'A procedure of the officer’s municipality, retired ones included.' })
export class MunicipalProcedure {
  @Field(() => ID)
  id!: string

  @Field(() => String)
  code!: string

  @Field(() => LocalizedText)
  title!: LocalizedText

  @Field(() => LocalizedText)
  description!: LocalizedText

  @Field(() => LocalizedTextList)
  requiredDocuments!: LocalizedTextList

  @Field(() => String, { nullable: true })
  formUrl!: string | null

  @Field(() => Boolean)
  pickUpAtKep!: boolean

  @Field(() => Boolean, { description: 'false: retired (kept on its bookings, not offered).' })
  active!: boolean

  @Field(() => DateTimeResolver)
  updatedAt!: Date
}

@InputType()
export class MunicipalProcedureInput {
  @Field(() => String)
  titleEl!: string

  @Field(() => String)
  titleEn!: string

  @Field(() => String, { defaultValue: '' })
  descriptionEl!: string

  @Field(() => String, { defaultValue: '' })
  descriptionEn!: string

  @Field(() => [String], { defaultValue: [] })
  requiredDocumentsEl!: string[]

  @Field(() => [String], { defaultValue: [] })
  requiredDocumentsEn!: string[]

  @Field(() => String, { nullable: true })
  formUrl?: string | null

  @Field(() => Boolean, { defaultValue: false })
  pickUpAtKep!: boolean
}

@ObjectType()
export class MunicipalProcedurePayload {
  @Field(() => MunicipalProcedure)
  procedure!: MunicipalProcedure
}

@ObjectType({ description: 'One KEP’s use over a range of days (from the daily counters).' })
export class MunicipalKepUsage {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalizedText)
  kepName!: LocalizedText

  @Field(() => Int)
  booked!: number

  @Field(() => Int)
  completed!: number

  @Field(() => Int)
  cancelled!: number

  @Field(() => Int)
  noShow!: number

  @Field(() => Int, { description: 'Of `booked`, in the municipal field.' })
  municipalBooked!: number
}

@ObjectType({ description: 'The officer’s municipality as they run it.' })
export class OfficerMunicipality {
  @Field(() => ID)
  id!: string

  @Field(() => LocalizedText)
  name!: LocalizedText

  @Field(() => LocalizedText)
  region!: LocalizedText

  @Field(() => String, { description: 'applied, participating, suspended or withdrawn.' })
  participation!: string

  @Field(() => LocalDateResolver, { nullable: true })
  joinedOn!: string | null

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Suspended or withdrawn: from when.',
  })
  leavesOn!: string | null
}

// ---------- leaving ----------

@InputType({ description: 'Suspends a municipality from a date (ADMINISTRATOR).' })
export class SuspendMunicipalityInput {
  @Field(() => ID)
  municipalityId!: string

  @Field(() => LocalDateResolver)
  from!: string

  @Field(() => String)
  reasonEl!: string

  @Field(() => String)
  reasonEn!: string
}

@InputType({ description: 'The officer withdraws their municipality from a date.' })
export class WithdrawMunicipalityInput {
  @Field(() => LocalDateResolver)
  from!: string

  @Field(() => String)
  reasonEl!: string

  @Field(() => String)
  reasonEn!: string
}

@ObjectType({
  description:
    'What leaving does to future bookings: municipal ones cancelled (one email each), others at its KEPs moved to other KEPs or cancelled; then the municipality itself.',
})
export class MunicipalityImpactPayload {
  @Field(() => Impact)
  impact!: Impact

  @Field(() => OfficerMunicipality)
  municipality!: OfficerMunicipality
}
