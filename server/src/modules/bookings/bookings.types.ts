import { DateTimeResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { ServiceCategoryCode } from '../catalog/index.js'

export enum BookingStatus {
  BOOKED = 'booked',
  IN_PROGRESS = 'in_progress',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  NO_SHOW = 'no_show',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' })

export enum DeliveryMethod {
  POST = 'post',
  EMAIL = 'email',
  PICKUP = 'pickup',
}
registerEnumType(DeliveryMethod, {
  name: 'DeliveryMethod',
  description:
    'How the requested document reaches the citizen (R2.2 g); pick-up only for municipal services.',
})

export enum RepresentationStatus {
  VERIFIED = 'verified',
  TO_CHECK = 'to_check',
}
registerEnumType(RepresentationStatus, {
  name: 'RepresentationStatus',
  description:
    'Issue 19 item 6, R1.1: whether the public registry (through KED) confirmed that the person who booked represents the business. TO_CHECK: the registry could not be asked; the employee checks on the call.',
  valuesConfig: {
    VERIFIED: {
      description: 'The registry says the person who booked is its legal representative.',
    },
    TO_CHECK: { description: 'The registry could not be asked: to be checked on the call.' },
  },
})

export enum Locale {
  EL = 'el',
  EN = 'en',
}
registerEnumType(Locale, { name: 'Locale' })

export enum BookingsWhen {
  UPCOMING = 'upcoming',
  PAST = 'past',
  ALL = 'all',
}
registerEnumType(BookingsWhen, { name: 'BookingsWhen' })

@InputType({ description: 'R2.2 (f): special requirements, e.g. remote interpretation.' })
export class SpecialRequirementsInput {
  @Field(() => Boolean, { nullable: true, description: 'Greek Sign Language interpretation.' })
  signLanguage?: boolean | null

  @Field(() => Boolean, { nullable: true, description: 'Lip-reading.' })
  lipReading?: boolean | null

  @Field(() => String, { nullable: true, description: 'Anything else, in free text.' })
  other?: string | null
}

@InputType({ description: 'A business, for a booking by its legal representative.' })
export class BusinessInput {
  @Field({ description: 'The business\u2019s tax number (ΑΦΜ), 9 digits.' })
  taxId!: string

  @Field()
  name!: string
}

@InputType()
export class BookAppointmentInput {
  @Field(() => ServiceCategoryCode)
  category!: ServiceCategoryCode

  @Field(() => ID)
  procedureId!: string

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The KEP; omit for any KEP (not for the municipal field).',
  })
  kepId?: string | null

  @Field(() => DateTimeResolver, { description: 'One of the slots availability offers.' })
  startsAt!: Date

  @Field({ description: 'R2.2 (a): the person who takes part in the call.' })
  fullName!: string

  @Field({ description: 'R2.2 (b)' })
  email!: string

  @Field({ description: 'R2.2 (c): a Greek landline or mobile number.' })
  phone!: string

  @Field({ description: 'R2.2 (d)' })
  postalAddress!: string

  @Field(() => [ID], {
    nullable: true,
    description: 'R2.2 (e): ids from POST /uploads, at most 5.',
  })
  documentIds?: string[] | null

  @Field(() => SpecialRequirementsInput, { nullable: true })
  specialRequirements?: SpecialRequirementsInput | null

  @Field(() => DeliveryMethod)
  deliveryMethod!: DeliveryMethod

  @Field(() => BusinessInput, { nullable: true })
  business?: BusinessInput | null

  @Field(() => Locale, { nullable: true, description: 'The language of the emails.' })
  locale?: Locale | null

  @Field(() => String, {
    nullable: true,
    description:
      'A key of the client\u2019s choosing: a retried request with it returns the same booking.',
  })
  idempotencyKey?: string | null

  @Field(() => ID, {
    nullable: true,
    description:
      'Issue 16 item 1: the hold holdSlot made when the citizen chose the time, confirmed into the booking.',
  })
  holdId?: string | null
}

@InputType({ description: 'Issue 16 item 1: the time the citizen chose, to hold while they book.' })
export class HoldSlotInput {
  @Field(() => ServiceCategoryCode)
  category!: ServiceCategoryCode

  @Field(() => ID)
  procedureId!: string

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The KEP; omit for any KEP (not for the municipal field).',
  })
  kepId?: string | null

  @Field(() => DateTimeResolver, { description: 'One of the slots availability offers.' })
  startsAt!: Date
}

@ObjectType({
  description:
    'Issue 16 item 1: a time held for the citizen until expiresAt, at the KEP the hold chose.',
})
export class SlotHold {
  @Field(() => ID)
  id!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field(() => DateTimeResolver, { description: 'Free again for others from then on.' })
  expiresAt!: Date

  @Field(() => DateTimeResolver, {
    description:
      'When it was held, by the server’s clock: expiresAt − heldAt is how long it is held (a countdown need not trust the device’s clock).',
  })
  heldAt!: Date

  /** Resolved by the hold's field resolver (the KEP's loader). */
  kepId!: string
}

@ObjectType()
export class HoldSlotPayload {
  @Field(() => SlotHold)
  hold!: SlotHold
}

@InputType()
export class RescheduleBookingInput {
  @Field(() => ID)
  bookingId!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => ID, { nullable: true, description: 'Another KEP; default the same one.' })
  kepId?: string | null

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Issue 16 item 3: any KEP (of municipalityId if given, else anywhere); kepId is then ignored. Not for the municipal field.',
  })
  anyKep?: boolean | null

  @Field(() => ID, { nullable: true, description: 'With anyKep: any KEP of this municipality.' })
  municipalityId?: string | null
}

@InputType()
export class CancelBookingInput {
  @Field(() => ID)
  bookingId!: string

  @Field(() => String, { nullable: true })
  reason?: string | null
}

@InputType({
  description:
    "Issue 14 item 3: a KEP employee moves an appointment on the citizen's behalf (same KEP, a free time).",
})
export class RescheduleBookingForCitizenInput {
  @Field(() => ID)
  bookingId!: string

  @Field(() => DateTimeResolver, { description: 'One of the free times availability offers.' })
  startsAt!: Date

  @Field(() => String, {
    nullable: true,
    description: 'Why, 3 to 500 characters; required (said in the citizen’s email).',
  })
  reason?: string | null

  @Field(() => Int, {
    description: 'The booking’s version the employee saw: CONFLICT if it changed since.',
  })
  version!: number
}

@InputType({
  description: "Issue 14 item 3: a KEP employee cancels an appointment on the citizen's behalf.",
})
export class CancelBookingForCitizenInput {
  @Field(() => ID)
  bookingId!: string

  @Field(() => String, {
    nullable: true,
    description: 'Why, 3 to 500 characters; required (said in the citizen’s email).',
  })
  reason?: string | null

  @Field(() => Int, {
    description: 'The booking’s version the employee saw: CONFLICT if it changed since.',
  })
  version!: number
}

@ObjectType()
export class SpecialRequirements {
  @Field()
  signLanguage!: boolean

  @Field()
  lipReading!: boolean

  @Field(() => String, { nullable: true })
  other!: string | null
}

@ObjectType()
export class Business {
  @Field()
  taxId!: string

  @Field()
  name!: string

  @Field(() => RepresentationStatus, {
    description:
      'Issue 19 item 6: the registry’s answer on the person who booked representing the business.',
  })
  representation!: RepresentationStatus

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the registry was asked (null for bookings made before it was).',
  })
  representationCheckedAt!: Date | null
}

@ObjectType({
  description: 'An uploaded document (R2.2 e); its content is read at /documents/:id.',
})
export class BookingDocument {
  @Field(() => ID)
  id!: string

  @Field()
  fileName!: string

  @Field()
  mimeType!: string

  @Field(() => Int)
  sizeBytes!: number
}

@ObjectType({ description: 'A KEP employee as their colleagues and administrators see them.' })
export class StaffMember {
  @Field(() => ID)
  id!: string

  @Field()
  displayName!: string
}

@ObjectType({ description: 'What happened to a booking (R2.4).' })
export class BookingEvent {
  @Field()
  action!: string

  @Field(() => DateTimeResolver)
  at!: Date

  @Field()
  actorKind!: string

  @Field(() => DateTimeResolver, { nullable: true })
  fromStartsAt!: Date | null

  @Field(() => DateTimeResolver, { nullable: true })
  toStartsAt!: Date | null

  @Field(() => String, {
    nullable: true,
    description:
      'Who made it, by name (an employee or an administrator); for the staff of the booking’s KEP and administrators only, null for a citizen (and for a citizen’s or the system’s own changes).',
  })
  actorName!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The reason given with it, if any (e.g. by the KEP on the citizen’s behalf).',
  })
  reason!: string | null

  @Field(() => StaffMember, {
    nullable: true,
    description:
      'The employee it was assigned to before; for the staff of the booking’s KEP and administrators only.',
  })
  fromEmployee!: StaffMember | null

  @Field(() => StaffMember, {
    nullable: true,
    description:
      'The employee it is assigned to after; for the staff of the booking’s KEP and administrators only.',
  })
  toEmployee!: StaffMember | null
}

@ObjectType({ description: 'A video appointment with a KEP.' })
export class Booking {
  @Field(() => ID)
  id!: string

  @Field({ description: 'Human-readable, e.g. KEP-2027-004211.' })
  reference!: string

  @Field(() => BookingStatus)
  status!: BookingStatus

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field()
  fullName!: string

  @Field()
  email!: string

  @Field()
  phone!: string

  @Field()
  postalAddress!: string

  @Field(() => DeliveryMethod)
  deliveryMethod!: DeliveryMethod

  @Field(() => Locale)
  locale!: Locale

  @Field(() => Int, { description: 'Bumped by every reschedule.' })
  version!: number

  @Field(() => DateTimeResolver)
  createdAt!: Date
}

@ObjectType()
export class BookingPayload {
  @Field(() => Booking)
  booking!: Booking
}

@InputType({
  description:
    "Issue 16 item 5: the contact details of an upcoming appointment, as the citizen's page sends them (all of them; what is unchanged changes nothing).",
})
export class UpdateBookingContactInput {
  @Field(() => ID)
  bookingId!: string

  @Field()
  email!: string

  @Field()
  phone!: string

  @Field()
  postalAddress!: string

  @Field(() => SpecialRequirementsInput, {
    nullable: true,
    description:
      'They change only until 24 hours before the start; left out, they stay as they are.',
  })
  specialRequirements?: SpecialRequirementsInput | null
}

@ObjectType({
  description:
    'Issue 16 item 2: how many appointments the citizen has to come and how many more they may book.',
})
export class BookingAllowance {
  @Field(() => Int, { description: 'Booked and not yet over.' })
  upcoming!: number

  @Field(() => Int, { description: 'The most a citizen may have to come at once.' })
  limit!: number

  @Field(() => Int, { description: 'How many more they may book now (0: none).' })
  remaining!: number
}
