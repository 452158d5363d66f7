import { LocalDateResolver } from 'graphql-scalars'
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import * as glance from './glance.service.js'
import { KepAtAGlance } from './statistics.types.js'
import { usageStatistics } from './usage.service.js'
import { UsageStatistics, UsageStatisticsInput } from './usage.types.js'

// Thin: the rules (own KEP, dates, audit) are in glance.service.ts and statistics.policy.ts.

const period = (p: glance.GlancePeriod) => ({
  ...p,
  freePlaces: p.freePlaces.map((f) => ({ ...f, name: { el: f.nameEl, en: f.nameEn } })),
})

@Resolver()
export class StatisticsOperations {
  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => KepAtAGlance, {
    description:
      'Issue 14 item 9: a KEP’s day and its week — appointments by state, free places left, the citizens’ average wait, per employee too. Administrators: any KEP; a manager: their own. Audited.',
  })
  async kepAtAGlance(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
    @Arg('date', () => LocalDateResolver) date: string,
  ): Promise<KepAtAGlance> {
    const read = await glance.kepAtAGlance(ctx.db, ctx.clock, ctx.actor, { kepId, date }, ctx)
    return { ...read, day: period(read.day), week: period(read.week) }
  }

  @Authorized(Role.Auditor)
  @Query(() => UsageStatistics, {
    description:
      'Issue 17 item 2: usage statistics of a range (at most two years) for the country or a region, municipality, KEP, field or procedure. Any administrator (AUDITORs included).',
  })
  async usageStatistics(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => UsageStatisticsInput) input: UsageStatisticsInput,
  ): Promise<UsageStatistics> {
    return usageStatistics(ctx.db, ctx.actor, input)
  }
}
