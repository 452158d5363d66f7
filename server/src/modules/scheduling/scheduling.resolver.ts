import { LocalDateResolver } from 'graphql-scalars'
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql'
import type { BaseContext } from '../../platform/context.js'
import { KepType, type Kep } from '../catalog/index.js'
import type { OpeningHoursRow, SchedulingContext } from './scheduling.loaders.js'

@ObjectType({
  description:
    'A window in which a KEP is open, in Europe/Athens wall-clock time (R3.4). A window may hold only within a date range or a yearly season (e.g. summer hours).',
})
export class OpeningHours {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number

  @Field({ description: 'Opening time, HH:MM.' })
  opensAt!: string

  @Field({ description: 'Closing time, HH:MM.' })
  closesAt!: string

  @Field(() => LocalDateResolver, { nullable: true })
  validFrom!: string | null

  @Field(() => LocalDateResolver, { nullable: true })
  validTo!: string | null

  @Field(() => String, { nullable: true, description: 'Start of a yearly season, MM-DD.' })
  seasonFrom!: string | null

  @Field(() => String, { nullable: true, description: 'End of a yearly season, MM-DD.' })
  seasonTo!: string | null
}

const hhmm = (t: string) => t.slice(0, 5)

@Resolver(() => KepType)
export class KepSchedulingFields {
  @FieldResolver(() => [OpeningHours])
  async openingHours(
    @Root() kep: Kep,
    @Ctx() ctx: BaseContext & SchedulingContext,
  ): Promise<OpeningHours[]> {
    const rows: OpeningHoursRow[] = await ctx.scheduling.openingHoursOfKep.load(kep.id)
    return rows.map((r) => ({ ...r, opensAt: hhmm(r.opensAt), closesAt: hhmm(r.closesAt) }))
  }
}

export const schedulingResolvers = [KepSchedulingFields] as const
