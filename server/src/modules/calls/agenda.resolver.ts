import { LocalDateResolver } from 'graphql-scalars'
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import * as agenda from './agenda.service.js'
import { AgendaAppointment, AgendaScope } from './agenda.types.js'

// Thin: the rules (own KEP, range, audit) are in agenda.service.ts.

@Resolver()
export class AgendaOperations {
  @Authorized(Role.Staff)
  @Query(() => [AgendaAppointment], {
    description:
      'Issue 14: the appointments of the employee’s KEP (KEP) or assigned to them (MINE) from one Athens date to another (both included, at most 7 days, up to the booking horizon), by start, cancelled ones too.',
  })
  staffAgenda(
    @Ctx() ctx: BaseContext,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Arg('scope', () => AgendaScope, { defaultValue: AgendaScope.MINE }) scope: AgendaScope,
  ) {
    return agenda.staffAgenda(ctx.db, ctx.clock, ctx.actor, { from, to, scope }, ctx)
  }

  @Authorized(Role.Staff)
  @Query(() => [AgendaAppointment], {
    description:
      'Issue 14: the bookings of the employee’s KEP by reference, citizen’s name (accents and case ignored) or email; at least 3 characters, at most 50 answers, the coming ones first.',
  })
  findKepBookings(@Ctx() ctx: BaseContext, @Arg('query') query: string) {
    return agenda.findKepBookings(ctx.db, ctx.clock, ctx.actor, query, ctx)
  }
}
