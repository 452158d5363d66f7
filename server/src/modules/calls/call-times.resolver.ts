import { eq } from 'drizzle-orm'
import { DateTimeResolver } from 'graphql-scalars'
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql'
import type { BaseContext } from '../../platform/context.js'
import { BookingType, canSeeAssignment, type Booking } from '../bookings/index.js'
import { calls } from './calls.table.js'

// Issue 17 item 1: a booking's call as times only (joined and waiting, admitted, identity
// checked, ended), for the staff of its KEP and the ministry's administrators: never anything
// said or shown in it (R7.3).

@ObjectType({ description: 'When the booking’s call went through its steps; times only.' })
export class BookingCallTimes {
  @Field({ description: 'waiting, in_call, ended or no_show.' })
  status!: string

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the citizen joined and waited.',
  })
  citizenJoinedAt!: Date | null

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the employee admitted them.',
  })
  admittedAt!: Date | null

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the identity was checked.' })
  identityCheckedAt!: Date | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the identity check passed; null: not checked.',
  })
  identityVerified!: boolean | null

  @Field(() => DateTimeResolver, { nullable: true })
  endedAt!: Date | null
}

@Resolver(() => BookingType)
export class BookingCallTimesFields {
  @FieldResolver(() => BookingCallTimes, {
    nullable: true,
    description:
      'The call’s times (joined, admitted, identity checked, ended), for the staff of the booking’s KEP and administrators; null for the citizen and before the call exists.',
  })
  async callTimes(
    @Root() booking: Booking,
    @Ctx() ctx: BaseContext,
  ): Promise<BookingCallTimes | null> {
    if (!canSeeAssignment(ctx.actor, booking)) return null
    const [call] = await ctx.db
      .select({
        status: calls.status,
        citizenJoinedAt: calls.citizenJoinedAt,
        admittedAt: calls.admittedAt,
        identityCheckedAt: calls.identityCheckedAt,
        identityVerified: calls.identityVerified,
        endedAt: calls.endedAt,
      })
      .from(calls)
      .where(eq(calls.bookingId, booking.id))
    return call ?? null
  }
}
