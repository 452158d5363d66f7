import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import type { CallsContext } from './calls.context.js'
import { CallAssignment, Colleague, HandOverBookingInput, HandOverPayload } from './calls.types.js'
import { callAssignment, freeColleagues, handOverBooking } from './handover.service.js'

type Context = BaseContext & CallsContext

// Issue 14 item 2: who runs a booking's call, and handing it over. Thin, as calls.resolver.ts.

@Resolver()
export class HandOverOperations {
  @Authorized(Role.Staff)
  @Query(() => CallAssignment, {
    description:
      'Whom the booking’s call is assigned to, and whether the caller runs it; for the KEP’s staff.',
  })
  async callAssignment(
    @Ctx() ctx: Context,
    @Arg('bookingId', () => ID) bookingId: string,
  ): Promise<CallAssignment> {
    const a = await callAssignment(ctx.db, ctx.clock, ctx.actor, bookingId)
    return {
      bookingId: a.bookingId,
      assignedToId: a.assignedTo.id,
      assignedToName: a.assignedTo.displayName,
      conductsCall: a.conductsCall,
      canHandOver: a.canHandOver,
    }
  }

  @Authorized(Role.Staff)
  @Query(() => [Colleague], {
    description:
      'The KEP’s employees free at the booking’s time to take its call over, in the fair order; for the one running it.',
  })
  freeColleagues(
    @Ctx() ctx: Context,
    @Arg('bookingId', () => ID) bookingId: string,
  ): Promise<Colleague[]> {
    return freeColleagues(ctx.db, ctx.clock, ctx.actor, bookingId)
  }

  @Authorized(Role.Staff)
  @Mutation(() => HandOverPayload, {
    description:
      'Issue 14 item 2, “I can’t take this one”: gives the booking’s call to a free colleague of the KEP (the named one, or the next by the fair order), until the citizen is let in.',
  })
  async handOverBooking(
    @Ctx() ctx: Context,
    @Arg('input', () => HandOverBookingInput) input: HandOverBookingInput,
  ): Promise<HandOverPayload> {
    const done = await handOverBooking(ctx.db, ctx.clock, ctx.actor, input, ctx.callServices, ctx)
    return {
      booking: done.booking,
      assignedToId: done.assignedTo.id,
      assignedToName: done.assignedTo.displayName,
    }
  }
}
