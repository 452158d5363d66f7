import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, Int, ObjectType } from 'type-graphql'
import { LocalizedText } from '../catalog/index.js'

// Issue 14 item 9: the KEP at a glance (glance.service.ts).

@ObjectType({ description: 'Free places of one field at the KEP that a citizen could book now.' })
export class KepGlanceFreePlaces {
  @Field(() => ID)
  categoryId!: string

  @Field({ description: 'The field’s code, e.g. information.' })
  code!: string

  @Field(() => LocalizedText)
  name!: LocalizedText

  @Field(() => Int, {
    description:
      'Every free employee at every slot start from now to the period’s end, under the field’s parameters in force now (notice and horizon): what availability offers citizens.',
  })
  places!: number
}

@ObjectType({ description: 'One employee’s appointments in a period.' })
export class KepGlanceEmployee {
  @Field(() => ID)
  employeeId!: string

  @Field()
  fullName!: string

  @Field(() => Int, {
    description: 'Appointments not cancelled (to come, under way, done, missed).',
  })
  booked!: number

  @Field(() => Int)
  done!: number

  @Field(() => Int)
  noShows!: number

  @Field(() => Int)
  cancelled!: number

  @Field(() => Int, {
    nullable: true,
    description:
      'Average seconds from the citizen’s joining (waiting) to being let in; null when nobody was let in.',
  })
  averageWaitSeconds!: number | null
}

@ObjectType({ description: 'A KEP’s figures for a day or a week (Athens dates, both included).' })
export class KepGlancePeriod {
  @Field(() => LocalDateResolver)
  from!: string

  @Field(() => LocalDateResolver)
  to!: string

  @Field(() => Int, {
    description: 'Appointments not cancelled (to come, under way, done, missed).',
  })
  booked!: number

  @Field(() => Int)
  done!: number

  @Field(() => Int)
  noShows!: number

  @Field(() => Int)
  cancelled!: number

  @Field(() => Int, {
    nullable: true,
    description:
      'Average seconds from the citizen’s joining (waiting) to being let in; null when nobody was let in.',
  })
  averageWaitSeconds!: number | null

  @Field(() => [KepGlanceFreePlaces], { description: 'Per field a citizen can book at the KEP.' })
  freePlaces!: KepGlanceFreePlaces[]

  @Field(() => [KepGlanceEmployee], {
    description: 'The KEP’s employees at work, and anyone who held an appointment of the period.',
  })
  employees!: KepGlanceEmployee[]
}

@ObjectType({ description: 'Issue 14 item 9: a KEP’s day and its week (Monday to Sunday).' })
export class KepAtAGlance {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalDateResolver)
  date!: string

  @Field(() => DateTimeResolver, {
    description: 'When it was read: free places count from then on.',
  })
  at!: Date

  @Field(() => KepGlancePeriod)
  day!: KepGlancePeriod

  @Field(() => KepGlancePeriod)
  week!: KepGlancePeriod
}
