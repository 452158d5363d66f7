import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedText } from '../catalog/index.js'
import { Impact } from './impact.types.js'

// The administration's view of KEPs (issue 13 item 1, R3.5): the network's list, one KEP's
// detail with its workstations and status history, and the inputs that change them.

export enum KepStatus {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  CLOSED = 'closed',
}
registerEnumType(KepStatus, {
  name: 'KepStatus',
  description:
    'Derived from the KEP’s suspensions and permanent closing and today’s date in Athens: SUSPENDED while a suspension holds, CLOSED from the day of its permanent closing on.',
})

export enum KepStatusKind {
  SUSPENSION = 'suspension',
  PERMANENT = 'permanent',
}
registerEnumType(KepStatusKind, { name: 'KepStatusKind' })

@ObjectType({ description: 'A KEP as the ministry’s administrators list it.' })
export class AdminKep {
  @Field(() => ID)
  id!: string

  @Field({ description: 'The ministry’s code of the KEP, unique.' })
  code!: string

  @Field(() => LocalizedText)
  name!: LocalizedText

  @Field(() => ID)
  municipalityId!: string

  @Field(() => LocalizedText)
  municipalityName!: LocalizedText

  @Field(() => LocalizedText)
  region!: LocalizedText

  @Field(() => LocalizedText)
  address!: LocalizedText

  @Field()
  postalCode!: string

  @Field(() => LocalizedText)
  city!: LocalizedText

  @Field()
  phone!: string

  @Field()
  email!: string

  @Field(() => KepStatus)
  status!: KepStatus

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'SUSPENDED or CLOSED: since when.',
  })
  statusFrom!: string | null

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'SUSPENDED: the last day of the suspension; null until further notice.',
  })
  statusUntil!: string | null

  @Field(() => Int, { description: 'Active workstations.' })
  workstationCount!: number

  @Field(() => Int, { description: 'Active employees.' })
  employeeCount!: number
}

@ObjectType({ description: 'A workstation (desk) of a KEP, where an employee takes calls.' })
export class AdminWorkstation {
  @Field(() => ID)
  id!: string

  @Field()
  label!: string

  @Field()
  active!: boolean

  @Field(() => Int, {
    description: 'Future appointments held at this workstation.',
  })
  futureBookings!: number
}

@ObjectType({ description: 'A suspension or the permanent closing of a KEP.' })
export class KepStatusPeriod {
  @Field(() => ID)
  id!: string

  @Field(() => KepStatusKind)
  kind!: KepStatusKind

  @Field(() => LocalDateResolver)
  from!: string

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The last day; null: until further notice (or for good).',
  })
  until!: string | null

  @Field(() => LocalizedText, { description: 'Why, as citizens are told.' })
  reason!: LocalizedText
}

@ObjectType({ description: 'One KEP with its workstations and status history.' })
export class AdminKepDetail extends AdminKep {
  @Field(() => [AdminWorkstation], { description: 'By label.' })
  workstations!: AdminWorkstation[]

  @Field(() => [KepStatusPeriod], { description: 'Newest first.' })
  statusHistory!: KepStatusPeriod[]

  @Field(() => Int, { description: 'Future appointments held at the KEP.' })
  futureBookings!: number

  @Field(() => DateTimeResolver)
  createdAt!: Date
}

@ObjectType()
export class AdminKepPageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null
}

@ObjectType({ description: 'A page of KEPs, by name then id.' })
export class AdminKepPage {
  @Field(() => [AdminKep])
  nodes!: AdminKep[]

  @Field(() => AdminKepPageInfo)
  pageInfo!: AdminKepPageInfo

  @Field(() => Int, { description: 'KEPs matching the filter, on every page.' })
  totalCount!: number
}

@InputType()
export class AdminKepFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name, code or city; accents and case ignored.',
  })
  search?: string | null

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null

  @Field(() => String, { nullable: true, description: 'A region, in Greek or English.' })
  region?: string | null

  @Field(() => KepStatus, { nullable: true })
  status?: KepStatus | null
}

@InputType({ description: 'A new KEP: every field required, at least one workstation.' })
export class CreateKepInput {
  @Field()
  code!: string

  @Field()
  nameEl!: string

  @Field()
  nameEn!: string

  @Field(() => ID)
  municipalityId!: string

  @Field()
  addressEl!: string

  @Field()
  addressEn!: string

  @Field({ description: 'Five digits.' })
  postalCode!: string

  @Field()
  cityEl!: string

  @Field()
  cityEn!: string

  @Field({ description: 'A Greek landline or mobile number.' })
  phone!: string

  @Field()
  email!: string

  @Field(() => [String], { description: 'The workstations’ labels, unique.' })
  workstations!: string[]
}

@InputType({ description: 'The fields to change; those left out stay as they are.' })
export class UpdateKepInput {
  @Field(() => ID)
  kepId!: string

  @Field(() => String, { nullable: true })
  code?: string | null

  @Field(() => String, { nullable: true })
  nameEl?: string | null

  @Field(() => String, { nullable: true })
  nameEn?: string | null

  @Field(() => ID, {
    nullable: true,
    description:
      'Only while the KEP holds no future appointments (municipal ones are bound to it).',
  })
  municipalityId?: string | null

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
}

@ObjectType()
export class KepPayload {
  @Field(() => AdminKepDetail)
  kep!: AdminKepDetail
}

@InputType()
export class SuspendKepInput {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalDateResolver, { description: 'The first day suspended: today or later.' })
  from!: string

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The last day suspended; leave out for “until further notice”.',
  })
  until?: string | null

  @Field({ description: 'Why, in Greek: the citizens’ email says it.' })
  reasonEl!: string

  @Field({ description: 'Why, in English.' })
  reasonEn!: string
}

@InputType()
export class CloseKepInput {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalDateResolver, { description: 'The first day closed: today or later.' })
  from!: string

  @Field({ description: 'Why, in Greek: the citizens’ email says it.' })
  reasonEl!: string

  @Field({ description: 'Why, in English.' })
  reasonEn!: string
}

@ObjectType()
export class KepImpactPayload {
  @Field(() => Impact, {
    description: 'The preview (nothing written), or what was done (the same, when applied).',
  })
  impact!: Impact

  @Field(() => AdminKepDetail, { description: 'The KEP as it is now (unchanged after a preview).' })
  kep!: AdminKepDetail
}
