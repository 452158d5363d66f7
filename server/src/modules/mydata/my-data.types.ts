import { Field, InputType, Int, ObjectType } from 'type-graphql'

@ObjectType({
  description:
    'Issue 19 item 3: the contact details that prefill the next booking (the citizen’s own, else their last booking’s).',
})
export class MyContact {
  @Field(() => String, { nullable: true })
  email!: string | null

  @Field(() => String, { nullable: true })
  phone!: string | null

  @Field(() => String, { nullable: true })
  postalAddress!: string | null
}

@ObjectType({
  description:
    'Issue 19 item 3: what the service holds about the logged-in citizen, at a glance; the whole of it is at /my-data.json and /my-data.html.',
})
export class MyDataSummary {
  @Field()
  firstName!: string

  @Field()
  lastName!: string

  @Field(() => MyContact)
  contact!: MyContact

  @Field(() => Int, { description: 'Every booking held, past and to come.' })
  bookings!: number

  @Field(() => Int)
  upcomingBookings!: number

  @Field(() => Int, { description: 'Logins kept (with their IP address and browser).' })
  sessions!: number

  @Field(() => Int, { description: 'Emails sent or to be sent about their bookings.' })
  emails!: number
}

@InputType({ description: 'Issue 19 item 3: the citizen corrects their contact details.' })
export class UpdateMyContactInput {
  @Field()
  email!: string

  @Field()
  phone!: string

  @Field()
  postalAddress!: string

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Also change the upcoming bookings’ contact details (each gets one email of the change). Default: yes.',
  })
  applyToUpcoming?: boolean | null
}

@ObjectType()
export class UpdateMyContactPayload {
  @Field(() => MyContact)
  contact!: MyContact

  @Field(() => Int, { description: 'Upcoming bookings whose contact details changed.' })
  updatedBookings!: number
}

@InputType({
  description:
    'Issue 19 item 3: erasure. Without a token, the preview (nothing written); with the preview’s token, done (or STALE_PREVIEW if the bookings changed since).',
})
export class EraseMyDataInput {
  @Field(() => String, { nullable: true })
  token?: string | null
}

@ObjectType({ description: 'Issue 19 item 3: what erasure does (preview) or did (applied).' })
export class ErasureImpact {
  @Field(() => Int, { description: 'Upcoming bookings cancelled, each with its email.' })
  upcomingCancelled!: number

  @Field(() => Int, { description: 'Other bookings whose personal data are pseudonymised.' })
  pastPseudonymised!: number

  @Field(() => Int, {
    description: 'Submission records the KEP keeps, as the law requires (with no name).',
  })
  submissionRecordsKept!: number

  @Field({ description: 'Apply with this token.' })
  token!: string

  @Field()
  applied!: boolean
}
