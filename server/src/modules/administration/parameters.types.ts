import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { ServiceCategoryCode } from '../catalog/index.js'
import type { FieldParameters as ParameterValues } from '../scheduling/index.js'
import type * as service from './parameters.service.js'

// Field parameters and settings with an effective date (issue 13 item 3, R3.3, R4.3).

@ObjectType({ description: "A field's scheduling parameters (R3.3, R4.3)." })
export class FieldParameterValues {
  @Field(() => Int, { description: 'Length of a video call.' })
  callMinutes!: number

  @Field(() => Int, { description: "Time kept free after each call on the employee's desk." })
  bufferMinutes!: number

  @Field(() => Int, { description: 'Slots start every this many minutes from midnight.' })
  slotStepMinutes!: number

  @Field(() => Int, { description: 'How long before its start a slot can still be booked.' })
  minNoticeMinutes!: number

  @Field(() => Int, { description: 'How many days ahead a slot can be booked.' })
  horizonDays!: number
}

@ObjectType({ description: "A version of a field's parameters, from an instant on." })
export class FieldParameterVersion extends FieldParameterValues {
  @Field(() => ID)
  id!: string

  @Field(() => DateTimeResolver)
  effectiveFrom!: Date
}

@ObjectType({ description: 'The parameters in force now.' })
export class FieldParametersInForce extends FieldParameterValues {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Since when; null: the field’s own values (no version yet).',
  })
  effectiveFrom!: Date | null

  @Field(() => ID, { nullable: true })
  versionId!: string | null
}

@ObjectType({ description: "A field's parameters: in force and scheduled." })
export class FieldParameters {
  @Field(() => ID)
  categoryId!: string

  @Field(() => ServiceCategoryCode)
  category!: ServiceCategoryCode

  @Field(() => FieldParametersInForce)
  inForce!: FieldParametersInForce

  @Field(() => [FieldParameterVersion], { description: 'Versions to come, soonest first.' })
  scheduled!: FieldParameterVersion[]
}

@InputType({ description: "A new version of a field's parameters." })
export class ScheduleFieldParametersInput {
  @Field(() => ServiceCategoryCode)
  category!: ServiceCategoryCode

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'From when (not in the past, at most a year ahead); absent: at once.',
  })
  effectiveFrom?: Date | null

  @Field(() => Int)
  callMinutes!: number

  @Field(() => Int)
  bufferMinutes!: number

  @Field(() => Int)
  slotStepMinutes!: number

  @Field(() => Int)
  minNoticeMinutes!: number

  @Field(() => Int)
  horizonDays!: number
}

@ObjectType({ description: 'Free places across the network on one day, before and after.' })
export class SlotDayImpact {
  @Field(() => LocalDateResolver)
  date!: string

  @Field(() => Int)
  before!: number

  @Field(() => Int)
  after!: number

  @Field(() => Int, { description: 'after − before: places the change adds (or removes).' })
  difference!: number
}

@ObjectType({
  description:
    "What a new version of a field's parameters does to next week's free places nationally (every free employee at every slot start). Bookings are not touched: each keeps its length.",
})
export class FieldParametersImpact {
  @Field(() => FieldParameterValues, { description: 'The parameters it replaces.' })
  before!: FieldParameterValues

  @Field(() => FieldParameterValues)
  after!: FieldParameterValues

  @Field(() => [SlotDayImpact], { description: 'Monday to Sunday of next week (Athens).' })
  days!: SlotDayImpact[]

  @Field(() => Int)
  totalBefore!: number

  @Field(() => Int)
  totalAfter!: number
}

@ObjectType()
export class ScheduleFieldParametersPayload {
  @Field(() => Boolean, { description: 'false: a preview, nothing was written.' })
  applied!: boolean

  @Field(() => FieldParametersImpact)
  impact!: FieldParametersImpact

  @Field(() => FieldParameterVersion, { nullable: true })
  version!: FieldParameterVersion | null

  @Field(() => FieldParameters)
  field!: FieldParameters
}

export enum SettingKind {
  INTEGER = 'integer',
  INTEGERS = 'integers',
}
registerEnumType(SettingKind, {
  name: 'SettingKind',
  description: 'INTEGER: one whole number; INTEGERS: a list of different whole numbers.',
})

export enum SettingKeyCode {
  BOOKINGS_PER_CITIZEN = 'booking.maxFutureBookingsPerCitizen',
  HOLD_MINUTES = 'booking.holdMinutes',
  DOCUMENT_RETENTION_DAYS = 'documents.retentionDaysAfterAppointment',
  AUDIT_RETENTION_YEARS = 'retention.auditYears',
  REMINDER_LEAD_MINUTES = 'notifications.reminderLeadMinutes',
  NO_SHOW_GRACE_MINUTES = 'calls.noShowGraceMinutes',
  JOIN_OPENS_MINUTES_BEFORE = 'calls.joinOpensMinutesBefore',
  JOIN_CLOSES_MINUTES_AFTER_END = 'calls.joinClosesMinutesAfterEnd',
  INVITATION_RETENTION_DAYS = 'retention.invitationDaysAfterAppointment',
  OUTBOX_RETENTION_DAYS = 'retention.outboxDaysAfterSending',
  BOOKING_PERSONAL_DATA_MONTHS = 'retention.bookingPersonalDataMonths',
  INACTIVE_CITIZEN_MONTHS = 'retention.inactiveCitizenMonths',
}
registerEnumType(SettingKeyCode, {
  name: 'SettingKey',
  description: 'The settings administrators schedule (issue 13 item 3).',
})

@ObjectType({ description: 'The values a setting takes.' })
export class SettingRule {
  @Field(() => SettingKind)
  kind!: SettingKind

  @Field(() => Int)
  min!: number

  @Field(() => Int)
  max!: number

  @Field(() => Int, { nullable: true, description: 'INTEGERS: at most this many.' })
  maxItems?: number
}

@ObjectType({ description: 'A setting’s value from an instant on.' })
export class SettingVersion {
  @Field(() => DateTimeResolver)
  effectiveFrom!: Date

  @Field(() => [Int], { description: 'The value (one number for an INTEGER setting).' })
  value!: number[]
}

@ObjectType({ description: 'A setting: in force and scheduled.' })
export class Setting {
  @Field(() => SettingKeyCode)
  key!: SettingKeyCode

  @Field(() => [Int], { description: 'In force now (one number for an INTEGER setting).' })
  value!: number[]

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Since when; null: the setting’s own value (no version yet).',
  })
  effectiveFrom!: Date | null

  @Field(() => [SettingVersion], { description: 'Values to come, soonest first.' })
  scheduled!: SettingVersion[]

  @Field(() => SettingRule)
  rule!: SettingRule
}

@InputType({ description: 'A new value of a setting.' })
export class ScheduleSettingInput {
  @Field(() => SettingKeyCode)
  key!: SettingKeyCode

  @Field(() => [Int], { description: 'One number; for the reminder leads, a list.' })
  value!: number[]

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'From when (not in the past, at most a year ahead); absent: at once.',
  })
  effectiveFrom?: Date | null
}

@ObjectType()
export class ScheduleSettingPayload {
  @Field(() => Boolean, { description: 'false: a preview, nothing was written.' })
  applied!: boolean

  @Field(() => SettingKeyCode)
  key!: SettingKeyCode

  @Field(() => [Int], { description: 'The value it replaces from its instant on.' })
  before!: number[]

  @Field(() => [Int])
  after!: number[]

  @Field(() => DateTimeResolver)
  effectiveFrom!: Date

  @Field(() => Setting)
  setting!: Setting
}

// Presenters: the service's rows as the GraphQL types.

const values = (p: ParameterValues): FieldParameterValues => ({
  callMinutes: p.callMinutes,
  bufferMinutes: p.bufferMinutes,
  slotStepMinutes: p.slotStepMinutes,
  minNoticeMinutes: p.minNoticeMinutes,
  horizonDays: p.horizonDays,
})

export const toFieldParameters = (row: service.FieldParametersRow): FieldParameters => ({
  categoryId: row.categoryId,
  category: row.code as ServiceCategoryCode,
  inForce: {
    ...values(row.inForce),
    effectiveFrom: row.inForce.effectiveFrom,
    versionId: row.inForce.versionId,
  },
  scheduled: row.scheduled.map((v) => ({ id: v.id, effectiveFrom: v.effectiveFrom, ...values(v) })),
})

export const toSchedulePayload = (
  r: service.ScheduleFieldParametersResult,
): ScheduleFieldParametersPayload => ({
  applied: r.version !== null,
  impact: {
    before: values(r.impact.before),
    after: values(r.impact.after),
    days: r.impact.days,
    totalBefore: r.impact.totalBefore,
    totalAfter: r.impact.totalAfter,
  },
  version: r.version && {
    id: r.version.id,
    effectiveFrom: r.version.effectiveFrom,
    ...values(r.version),
  },
  field: toFieldParameters(r.field),
})

const asList = (value: service.SettingValue) => (Array.isArray(value) ? value : [value])

export const toSetting = (row: service.SettingRow): Setting => ({
  key: row.key as SettingKeyCode,
  value: asList(row.value),
  effectiveFrom: row.effectiveFrom,
  scheduled: row.scheduled.map((v) => ({ effectiveFrom: v.effectiveFrom, value: asList(v.value) })),
  rule: { ...row.rule, kind: row.rule.kind as SettingKind },
})

export const toScheduleSettingPayload = (
  r: service.ScheduleSettingResult,
): ScheduleSettingPayload => ({
  applied: r.applied,
  key: r.key as SettingKeyCode,
  before: asList(r.before),
  after: asList(r.after),
  effectiveFrom: r.effectiveFrom,
  setting: toSetting(r.setting),
})
