import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql'

// Issue 17 item 2: usage statistics for a scope and a range (usage.service.ts).

@InputType({
  description:
    'A range of Athens dates (YYYY-MM-DD, both included, at most two years) and an optional scope; the scope’s parts combine.',
})
export class UsageStatisticsInput {
  @Field()
  from!: string

  @Field()
  to!: string

  @Field(() => String, {
    nullable: true,
    description: 'A region, by its Greek name as the municipalities carry it.',
  })
  region?: string | null

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null

  @Field(() => ID, { nullable: true })
  kepId?: string | null

  @Field(() => ID, { nullable: true, description: 'A field (service category).' })
  categoryId?: string | null

  @Field(() => ID, { nullable: true })
  procedureId?: string | null
}

@ObjectType({ description: 'Bookings of a period.' })
export class UsagePeriod {
  @Field(() => Int, { description: 'Bookings made in the period (by the date they were made).' })
  made!: number

  @Field(() => Int, {
    description: 'Appointments in the period (by their date), cancelled ones included.',
  })
  booked!: number

  @Field(() => Int)
  cancelled!: number

  @Field(() => Int)
  completed!: number

  @Field(() => Int)
  noShow!: number

  @Field(() => Int, { description: 'Appointments not cancelled (held or to be held).' })
  held!: number
}

@ObjectType()
export class UsageDay extends UsagePeriod {
  @Field()
  date!: string
}

@ObjectType()
export class UsageWeek extends UsagePeriod {
  @Field({ description: 'The week’s Monday.' })
  weekStart!: string
}

@ObjectType({ description: 'Bookings by whole days from their making to the appointment.' })
export class UsageLeadTime {
  @Field(() => Float, { nullable: true, description: 'Average minutes; null without bookings.' })
  averageMinutes!: number | null

  @Field(() => Int)
  sameDay!: number

  @Field(() => Int)
  oneToTwoDays!: number

  @Field(() => Int)
  threeToSevenDays!: number

  @Field(() => Int)
  overSevenDays!: number
}

@ObjectType()
export class UsageUtilisation {
  @Field(() => Float, { description: 'Call minutes of the appointments not cancelled.' })
  bookedMinutes!: number

  @Field(() => Float, { description: 'Employee-minutes available at the KEPs in scope.' })
  availableMinutes!: number

  @Field(() => Float, { nullable: true, description: 'booked / available; null if none.' })
  ratio!: number | null
}

@ObjectType({ description: 'Appointments not cancelled at an Athens weekday and hour.' })
export class UsageHeatCell {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  weekday!: number

  @Field(() => Int)
  hour!: number

  @Field(() => Int)
  appointments!: number
}

@ObjectType()
export class UsageProcedure {
  @Field(() => ID)
  procedureId!: string

  @Field()
  titleEl!: string

  @Field()
  titleEn!: string

  @Field(() => Int)
  bookings!: number
}

@ObjectType({
  description:
    'Issue 17 item 2: usage statistics of a scope and range, from counters kept with the bookings and calls.',
})
export class UsageStatistics {
  @Field()
  from!: string

  @Field()
  to!: string

  @Field(() => UsagePeriod)
  totals!: UsagePeriod

  @Field(() => Float, { nullable: true, description: 'cancelled / booked.' })
  cancellationRate!: number | null

  @Field(() => Float, { nullable: true, description: 'completed / (completed + no-shows).' })
  completionRate!: number | null

  @Field(() => Float, { nullable: true, description: 'no-shows / (completed + no-shows).' })
  noShowRate!: number | null

  @Field(() => UsageLeadTime)
  leadTime!: UsageLeadTime

  @Field(() => UsageUtilisation)
  utilisation!: UsageUtilisation

  @Field(() => Float, {
    nullable: true,
    description: 'Average seconds from joining (waiting) to being let in; null if nobody was.',
  })
  averageWaitSeconds!: number | null

  @Field(() => Float, { nullable: true, description: 'Average call length in seconds.' })
  averageCallSeconds!: number | null

  @Field(() => Int, { description: 'Identity checks at KED that passed.' })
  identityPassed!: number

  @Field(() => Int)
  identityFailed!: number

  @Field(() => Int, { description: 'Bookings asking for a sign-language interpreter.' })
  interpreterRequests!: number

  @Field(() => Int)
  lipReadingRequests!: number

  @Field(() => [UsageDay])
  days!: UsageDay[]

  @Field(() => [UsageWeek])
  weeks!: UsageWeek[]

  @Field(() => [UsageHeatCell])
  heatMap!: UsageHeatCell[]

  @Field(() => [UsageProcedure], { description: 'The ten procedures most booked.' })
  topProcedures!: UsageProcedure[]
}
