import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql'
import type { BaseContext } from '../../platform/context.js'
import {
  KepType,
  LocalizedText,
  ServiceCategoryCode,
  ServiceCategoryType,
  type Kep,
  type ServiceCategory,
} from '../catalog/index.js'
import { zone } from './calendar.js'
import type { OpeningHoursRow, SchedulingContext } from './scheduling.loaders.js'
import * as scheduling from './scheduling.service.js'
import * as specialHours from './special-hours.service.js'

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

@Resolver(() => ServiceCategoryType)
export class ServiceCategorySchedulingFields {
  /** The version in force at the request's now, as a booking made now would be made with. */
  @FieldResolver(() => Int)
  async callMinutes(
    @Root() category: ServiceCategory,
    @Ctx() ctx: BaseContext & SchedulingContext,
  ): Promise<number> {
    const versions = await ctx.scheduling.parameterVersionsOfCategory.load(category.id)
    return scheduling.parametersInForce({ ...category, versions }, ctx.clock.now()).callMinutes
  }
}

@InputType({ description: 'What to look for free slots for (R1.2, R4.4).' })
export class AvailabilityInput {
  @Field(() => ServiceCategoryCode)
  category!: ServiceCategoryCode

  @Field(() => ID)
  procedureId!: string

  @Field(() => ID, {
    nullable: true,
    description: 'Any KEP of this municipality; for municipal procedures, their municipality.',
  })
  municipalityId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'One KEP; required for the municipal field (R4.4). Omit for "any KEP".',
  })
  kepId?: string | null

  @Field(() => LocalDateResolver, { description: 'First local date (Europe/Athens).' })
  from!: string

  @Field(() => LocalDateResolver, {
    description: `Last local date; at most ${scheduling.maxRangeDays} days in all.`,
  })
  to!: string
}

@ObjectType({ description: 'A time that can be booked now.' })
export class AvailableSlot {
  @Field(() => DateTimeResolver)
  startsAt!: Date

  @Field(() => DateTimeResolver)
  endsAt!: Date

  @Field({ description: 'Wall-clock start in Europe/Athens, HH:MM.' })
  localTime!: string

  @Field(() => Int, { description: 'How many employees are free for it (never who).' })
  freeEmployees!: number
}

@ObjectType()
export class AvailabilityDay {
  @Field(() => LocalDateResolver)
  date!: string

  @Field(() => LocalizedText, { nullable: true, description: 'The public holiday, if any.' })
  holiday!: LocalizedText | null

  @Field({
    description:
      'The chosen KEP is not open that day: a closure, a public holiday, or no hours on that weekday.',
  })
  closed!: boolean

  @Field(() => LocalizedText, {
    nullable: true,
    description:
      'Why the chosen KEP keeps extraordinary hours that day (even on a holiday), if it does.',
  })
  specialHours!: LocalizedText | null

  @Field(() => [AvailableSlot])
  slots!: AvailableSlot[]
}

@ObjectType()
export class Availability {
  @Field({ description: 'The zone of every local date and time here.' })
  timeZone!: string

  @Field(() => Int)
  callMinutes!: number

  @Field(() => LocalDateResolver, {
    description:
      "The last local date a call of this field may be booked for now (the field's booking horizon).",
  })
  lastBookableDate!: string

  @Field(() => [AvailabilityDay])
  days!: AvailabilityDay[]
}

@Resolver()
export class AvailabilityQueries {
  @Query(() => Availability, {
    description:
      'Free slots per day for a field and procedure, at one KEP or any (public; R1.2, R3.1–R3.4, R4.3, R4.4).',
  })
  async availability(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => AvailabilityInput) input: AvailabilityInput,
  ): Promise<Availability> {
    const { callMinutes, lastBookableDate, days } = await scheduling.availability(
      ctx.db,
      ctx.clock,
      input,
    )
    return {
      timeZone: zone,
      callMinutes,
      lastBookableDate,
      days: days.map((d) => ({
        date: d.date,
        closed: d.closed,
        specialHours: d.specialHours,
        holiday: d.holiday ? { el: d.holiday.nameEl, en: d.holiday.nameEn } : null,
        slots: d.slots,
      })),
    }
  }
}

@InputType({ description: 'A window of opening, in Europe/Athens wall-clock time.' })
export class TimeWindowInput {
  @Field({ description: 'HH:MM' })
  opensAt!: string

  @Field({ description: 'HH:MM, after opensAt.' })
  closesAt!: string
}

@ObjectType({ description: 'A window of opening, in Europe/Athens wall-clock time.' })
export class TimeWindow {
  @Field({ description: 'HH:MM' })
  opensAt!: string

  @Field({ description: 'HH:MM' })
  closesAt!: string
}

@ObjectType({
  description:
    "A KEP's extraordinary hours on one date: that day they replace its weekly hours, and it opens even on a public holiday; a closure of the day still closes it (R3.4).",
})
export class KepSpecialHours {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalDateResolver)
  date!: string

  @Field(() => [TimeWindow])
  windows!: TimeWindow[]

  @Field(() => LocalizedText, { description: 'Why, as citizens see it.' })
  reason!: LocalizedText
}

@InputType()
export class SetKepSpecialHoursInput {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalDateResolver, {
    description: `From today to ${specialHours.maxDaysAhead} days ahead.`,
  })
  date!: string

  @Field(() => [TimeWindowInput], {
    description: `1 to ${specialHours.maxWindowsPerDay} windows that do not overlap.`,
  })
  windows!: TimeWindowInput[]

  @Field({ description: 'Why, in Greek, as citizens will see it.' })
  reasonEl!: string

  @Field({ description: 'Why, in English.' })
  reasonEn!: string
}

@InputType()
export class RemoveKepSpecialHoursInput {
  @Field(() => ID)
  kepId!: string

  @Field(() => LocalDateResolver)
  date!: string
}

@Resolver()
export class SpecialHoursOperations {
  @Query(() => [KepSpecialHours], {
    description: "A KEP's extraordinary hours between two dates (public, as opening hours are).",
  })
  kepSpecialHours(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
  ): Promise<KepSpecialHours[]> {
    return specialHours.listKepSpecialHours(ctx.db, kepId, from, to)
  }
}

export const schedulingResolvers = [
  KepSchedulingFields,
  ServiceCategorySchedulingFields,
  AvailabilityQueries,
  SpecialHoursOperations,
] as const
