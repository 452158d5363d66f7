import { LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { LocalizedText } from '../catalog/index.js'
import { KepSpecialHours } from '../scheduling/index.js'
import { Impact } from './impact.types.js'
import { maxClosureDays, maxWindowsPerDay } from './hours.service.js'

// GraphQL types of a KEP's weekly hours, closures and extraordinary hours' changes (issue 13
// item 2, R3.4, R3.5); the extraordinary hours' own types and inputs are scheduling's.

const variantDescription =
  'A variant of a KEP’s weekly hours is named by its date range (validFrom..validTo, either end open) and its yearly season (seasonFrom..seasonTo, MM-DD, both or neither, may wrap the new year); it holds on the dates inside both. Two variants of one KEP may never hold on the same date: summer hours next to all-year hours are two seasons that share no day (e.g. 06-15..09-15 and 09-16..06-14).'

@InputType({ description: 'A window of opening, Europe/Athens wall-clock time.' })
export class WeeklyWindowInput {
  @Field({ description: 'HH:MM' })
  opensAt!: string

  @Field({ description: 'HH:MM, after opensAt.' })
  closesAt!: string
}

@ObjectType({ description: 'A window of opening, Europe/Athens wall-clock time.' })
export class WeeklyWindow {
  @Field({ description: 'HH:MM' })
  opensAt!: string

  @Field({ description: 'HH:MM' })
  closesAt!: string
}

@InputType()
export class WeeklyHoursDayInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday; each at most once.' })
  weekday!: number

  @Field(() => [WeeklyWindowInput], {
    description: `0 to ${maxWindowsPerDay} windows that do not overlap; none: closed that day.`,
  })
  windows!: WeeklyWindowInput[]
}

@ObjectType()
export class WeeklyHoursDay {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number

  @Field(() => [WeeklyWindow])
  windows!: WeeklyWindow[]
}

@ObjectType({ description: variantDescription })
export class WeeklyHoursVariant {
  @Field(() => LocalDateResolver, { nullable: true, description: 'null: since ever.' })
  validFrom!: string | null

  @Field(() => LocalDateResolver, { nullable: true, description: 'null: until further notice.' })
  validTo!: string | null

  @Field(() => String, { nullable: true, description: 'Start of a yearly season, MM-DD.' })
  seasonFrom!: string | null

  @Field(() => String, { nullable: true, description: 'End of a yearly season, MM-DD.' })
  seasonTo!: string | null

  @Field(() => [WeeklyHoursDay], {
    description: 'Open weekdays in order; a missing one is closed.',
  })
  days!: WeeklyHoursDay[]
}

@ObjectType({ description: 'A KEP’s weekly opening hours, every variant (R3.4).' })
export class KepWeeklyHours {
  @Field(() => ID)
  kepId!: string

  @Field(() => [WeeklyHoursVariant], { description: 'All-year first, then by start.' })
  variants!: WeeklyHoursVariant[]
}

@InputType({ description: 'The range and season that name a variant of weekly hours.' })
export class WeeklyHoursVariantKeyInput {
  @Field(() => LocalDateResolver, { nullable: true })
  validFrom?: string | null

  @Field(() => LocalDateResolver, { nullable: true })
  validTo?: string | null

  @Field(() => String, { nullable: true })
  seasonFrom?: string | null

  @Field(() => String, { nullable: true })
  seasonTo?: string | null
}

@InputType({ description: `A week of one variant of weekly hours. ${variantDescription}` })
export class WeekInput {
  @Field(() => WeeklyHoursVariantKeyInput, {
    nullable: true,
    description:
      'The variant these hours take the place of, to change its range or season in one change (e.g. all-year hours becoming the winter season); default: the variant of the same range and season.',
  })
  replaces?: WeeklyHoursVariantKeyInput | null

  @Field(() => LocalDateResolver, { nullable: true, description: 'The variant’s first date.' })
  validFrom?: string | null

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'The variant’s last date; not before validFrom nor past.',
  })
  validTo?: string | null

  @Field(() => String, { nullable: true, description: 'Yearly season start, MM-DD.' })
  seasonFrom?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Yearly season end, MM-DD (with seasonFrom).',
  })
  seasonTo?: string | null

  @Field(() => [WeeklyHoursDayInput], {
    description:
      'The whole week of this variant; weekdays left out are closed. No window at all removes the variant.',
  })
  days!: WeeklyHoursDayInput[]
}

@InputType({
  description: `One variant of a KEP’s weekly hours, replacing the variant of the same range and season. ${variantDescription}`,
})
export class SetKepWeeklyHoursInput extends WeekInput {
  @Field(() => ID)
  kepId!: string
}

@InputType({
  description: `One week to many KEPs, chosen by exactly one of kepIds, region or municipalityId (active KEPs), each KEP’s variant of the same range and season replaced. ${variantDescription}`,
})
export class BulkSetWeeklyHoursInput extends WeekInput {
  @Field(() => [ID], { nullable: true })
  kepIds?: string[] | null

  @Field(() => String, {
    nullable: true,
    description: 'A region’s name, Greek or English, as municipalities carry it.',
  })
  region?: string | null

  @Field(() => ID, { nullable: true })
  municipalityId?: string | null
}

@ObjectType()
export class SetKepWeeklyHoursPayload {
  @Field(() => Impact)
  impact!: Impact

  @Field(() => KepWeeklyHours, {
    description: 'The KEP’s weekly hours as changed (a preview: as they would be).',
  })
  weeklyHours!: KepWeeklyHours
}

@ObjectType()
export class BulkSetWeeklyHoursPayload {
  @Field(() => Impact, { description: 'One preview for every KEP changed.' })
  impact!: Impact

  @Field(() => [ID], { description: 'The KEPs changed (a preview: that would be).' })
  kepIds!: string[]
}

export enum KepClosureKind {
  CLOSURE = 'closure',
  SUSPENSION = 'suspension',
  PERMANENT = 'permanent',
}
registerEnumType(KepClosureKind, {
  name: 'KepClosureKind',
  description:
    'CLOSURE: days a KEP is closed (a local holiday, a strike), added and removed here; SUSPENSION and PERMANENT: decided on the KEP itself, listed here read-only.',
})

@ObjectType({ description: 'Days a KEP (or every KEP) is closed (R3.4).' })
export class KepClosure {
  @Field(() => ID)
  id!: string

  @Field(() => ID, { nullable: true, description: 'null: every KEP.' })
  kepId!: string | null

  @Field(() => LocalDateResolver)
  startsOn!: string

  @Field(() => LocalDateResolver)
  endsOn!: string

  @Field({ description: 'Every year on the same month-days (the year of the dates aside).' })
  recurring!: boolean

  @Field(() => KepClosureKind)
  kind!: KepClosureKind

  @Field(() => LocalizedText, { description: 'Why, as citizens see it.' })
  reason!: LocalizedText
}

@InputType()
export class AddKepClosureInput {
  @Field(() => ID, { nullable: true, description: 'null: every KEP (ADMINISTRATORs only).' })
  kepId?: string | null

  @Field(() => LocalDateResolver, { description: 'A one-off closure starts today or later.' })
  startsOn!: string

  @Field(() => LocalDateResolver, {
    description: `Not before startsOn; a one-off closure at most ${maxClosureDays} days ahead, a yearly one shorter than a year.`,
  })
  endsOn!: string

  @Field({ defaultValue: false, description: 'Every year on the same month-days.' })
  recurring!: boolean

  @Field({ description: 'Why, in Greek, as citizens will see it.' })
  reasonEl!: string

  @Field({ description: 'Why, in English.' })
  reasonEn!: string
}

@ObjectType()
export class AddKepClosurePayload {
  @Field(() => Impact)
  impact!: Impact

  @Field(() => KepClosure, { nullable: true, description: 'The closure added; null in a preview.' })
  closure!: KepClosure | null
}

@ObjectType()
export class SetKepSpecialHoursWithImpactPayload {
  @Field(() => Impact)
  impact!: Impact

  @Field(() => KepSpecialHours, {
    description: 'The KEP’s hours that day as set (a preview: as they would be).',
  })
  specialHours!: KepSpecialHours
}

@ObjectType()
export class RemoveKepSpecialHoursWithImpactPayload {
  @Field(() => Impact)
  impact!: Impact

  @Field({
    description:
      'False when the KEP had no extraordinary hours that day (nothing to remove); a preview: whether they would be removed.',
  })
  removed!: boolean
}
