import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedText } from '../catalog/index.js'
import { BookingStatus } from './bookings.types.js'

// Issue 17 item 1 (R3.5): the administrators' list of every booking. The enums' values are the
// service's strings, so the resolver passes them through.

export enum AdminBookingsSort {
  STARTS_AT_ASC = 'starts_at_asc',
  STARTS_AT_DESC = 'starts_at_desc',
}
registerEnumType(AdminBookingsSort, {
  name: 'AdminBookingsSort',
  description: 'By appointment time (then id), earliest or latest first.',
})

export enum SpecialRequirementKind {
  ANY = 'any',
  SIGN_LANGUAGE = 'sign_language',
  LIP_READING = 'lip_reading',
  OTHER = 'other',
}
registerEnumType(SpecialRequirementKind, {
  name: 'SpecialRequirementKind',
  description: 'R2.2 (f): any special requirement, or one kind of them.',
})

@InputType({ description: 'Which bookings: every condition given must hold.' })
export class AdminBookingsFilter {
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Appointments from this date (Athens), included.',
  })
  from?: string | null

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Appointments until this date (Athens), included; at most two years after `from`.',
  })
  to?: string | null

  @Field(() => String, { nullable: true, description: 'A region, in Greek or English.' })
  region?: string | null

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null

  @Field(() => ID, { nullable: true })
  kepId?: string | null

  @Field(() => ID, { nullable: true, description: 'The field (service category).' })
  categoryId?: string | null

  @Field(() => ID, { nullable: true })
  procedureId?: string | null

  @Field(() => [BookingStatus], { nullable: true, description: 'Any of these states.' })
  statuses?: BookingStatus[] | null

  @Field(() => SpecialRequirementKind, { nullable: true })
  specialRequirement?: SpecialRequirementKind | null

  @Field(() => ID, { nullable: true, description: 'The assigned employee.' })
  employeeId?: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'A reference (KEP-2027-004211, exact), an email (exact, any case), or the starts of the words of the citizen’s name (accents and case ignored).',
  })
  search?: string | null
}

@ObjectType({ description: 'A booking as the ministry’s administrators list it.' })
export class AdminBookingListItem {
  @Field(() => ID)
  id!: string

  @Field()
  reference!: string

  @Field(() => BookingStatus)
  status!: BookingStatus

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field(() => DateTimeResolver)
  createdAt!: Date

  @Field({ description: 'The citizen (personal data: its reading is audited).' })
  fullName!: string

  @Field()
  email!: string

  @Field()
  needsSignLanguage!: boolean

  @Field()
  needsLipReading!: boolean

  @Field({ description: 'Other special requirements were given.' })
  hasOtherRequirements!: boolean

  @Field(() => ID)
  kepId!: string

  @Field(() => LocalizedText)
  kepName!: LocalizedText

  @Field(() => ID)
  municipalityId!: string

  @Field(() => LocalizedText)
  municipalityName!: LocalizedText

  @Field(() => LocalizedText)
  region!: LocalizedText

  @Field(() => ID)
  categoryId!: string

  @Field(() => LocalizedText)
  categoryName!: LocalizedText

  @Field(() => ID)
  procedureId!: string

  @Field(() => LocalizedText)
  procedureTitle!: LocalizedText

  @Field(() => ID)
  employeeId!: string

  @Field({ description: 'The assigned employee.' })
  employeeName!: string
}

@ObjectType()
export class AdminBookingsPageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null
}

@ObjectType({ description: 'A page of bookings in the order asked.' })
export class AdminBookingPage {
  @Field(() => [AdminBookingListItem])
  nodes!: AdminBookingListItem[]

  @Field(() => AdminBookingsPageInfo)
  pageInfo!: AdminBookingsPageInfo
}
