import { DateTimeResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'

// The impact preview of every change that can touch future bookings (ARCHITECTURE "Operators'
// changes"): the same function computes the preview and the change (impact.service.ts).

export enum UncoveredChoice {
  KEEP = 'keep',
  MOVE = 'move',
  CANCEL = 'cancel',
}
registerEnumType(UncoveredChoice, {
  name: 'UncoveredChoice',
  description:
    'What becomes of a booking that no colleague of its KEP can take: KEEP it (listed for follow-up), MOVE it to another KEP of the same municipality (national fields), or CANCEL it; MOVE and CANCEL email the citizen once.',
})

export enum BookingFate {
  KEPT = 'kept',
  REASSIGNED = 'reassigned',
  MOVED = 'moved',
  CANCELLED = 'cancelled',
}
registerEnumType(BookingFate, {
  name: 'BookingFate',
  description:
    'KEPT: unchanged (its employee may serve it at another desk), or outside the new rules and kept for follow-up (outsideRules); REASSIGNED: to a colleague of the same KEP; MOVED: to another KEP; CANCELLED: with one email to the citizen.',
})

@InputType({
  description:
    'Preview first (apply: false, the default): nothing is written. Then apply with the preview’s token: the change is made, with exactly what the preview listed, or refused with STALE_PREVIEW.',
})
export class ImpactInput {
  @Field(() => Boolean, { defaultValue: false })
  apply!: boolean

  @Field(() => String, { nullable: true, description: 'The token of the preview being applied.' })
  token?: string | null

  @Field(() => UncoveredChoice, { defaultValue: UncoveredChoice.KEEP })
  uncovered!: UncoveredChoice
}

@ObjectType({ description: 'A future booking the change touches, and what becomes of it.' })
export class AffectedBooking {
  @Field(() => ID)
  bookingId!: string

  @Field()
  reference!: string

  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => ID)
  kepId!: string

  @Field(() => BookingFate)
  fate!: BookingFate

  @Field(() => Boolean, {
    description: 'Kept although the new rules no longer hold it: to follow up.',
  })
  outsideRules!: boolean

  @Field(() => ID, {
    nullable: true,
    description: 'REASSIGNED or MOVED, or KEPT by its employee at another desk: its KEP now.',
  })
  toKepId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'REASSIGNED or MOVED, or KEPT by its employee at another desk: its employee now.',
  })
  toEmployeeId?: string | null
}

@ObjectType({
  description: 'What a change does to future bookings; the same numbers when applied.',
})
export class Impact {
  @Field(() => Boolean, { description: 'false: a preview, nothing was written.' })
  applied!: boolean

  @Field({ description: 'Apply the change with this token (ImpactInput.token).' })
  token!: string

  @Field(() => Int)
  kept!: number

  @Field(() => Int, { description: 'Kept although outside the new rules (to follow up).' })
  outsideRules!: number

  @Field(() => Int)
  reassigned!: number

  @Field(() => Int)
  moved!: number

  @Field(() => Int)
  cancelled!: number

  @Field(() => [AffectedBooking], {
    description:
      'Every booking the change touches, by start (kept ones the rules still hold are not listed).',
  })
  bookings!: AffectedBooking[]
}
