import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import * as service from './parameters.service.js'
import {
  FieldParameters,
  ScheduleFieldParametersInput,
  ScheduleFieldParametersPayload,
  ScheduleSettingInput,
  ScheduleSettingPayload,
  Setting,
  toFieldParameters,
  toScheduleSettingPayload,
  toSchedulePayload,
  toSetting,
} from './parameters.types.js'

@Resolver()
export class ParametersResolver {
  @Authorized(Role.Auditor)
  @Query(() => [FieldParameters], {
    description: "Every field's scheduling parameters: in force now and scheduled (R3.3).",
  })
  async fieldParameters(@Ctx() ctx: BaseContext): Promise<FieldParameters[]> {
    return (await service.fieldParameters(ctx.db, ctx.clock, ctx.actor)).map(toFieldParameters)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ScheduleFieldParametersPayload, {
    description:
      "Schedules a new version of a field's parameters from an effective date (bookings made from then on use it; existing ones keep their length). preview: true only answers the impact, writing nothing.",
  })
  async scheduleFieldParameters(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => ScheduleFieldParametersInput) input: ScheduleFieldParametersInput,
    @Arg('preview', () => Boolean, { defaultValue: false }) preview: boolean,
  ): Promise<ScheduleFieldParametersPayload> {
    return toSchedulePayload(
      await service.scheduleFieldParameters(ctx.db, ctx.clock, ctx.actor, input, preview, ctx.ip),
    )
  }

  @Authorized(Role.Administrator)
  @Mutation(() => FieldParameters, {
    description: 'Cancels a version of field parameters that has not taken effect yet.',
  })
  async cancelScheduledFieldParameters(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<FieldParameters> {
    return toFieldParameters(
      await service.cancelScheduledFieldParameters(ctx.db, ctx.clock, ctx.actor, id, ctx.ip),
    )
  }

  @Authorized(Role.Auditor)
  @Query(() => [Setting], {
    description: 'The settings administrators schedule: in force now and scheduled.',
  })
  async settingsList(@Ctx() ctx: BaseContext): Promise<Setting[]> {
    return (await service.settingsList(ctx.db, ctx.clock, ctx.actor)).map(toSetting)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ScheduleSettingPayload, {
    description:
      'Schedules a new value of a setting from an effective date. preview: true only answers what it replaces, writing nothing.',
  })
  async scheduleSetting(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => ScheduleSettingInput) input: ScheduleSettingInput,
    @Arg('preview', () => Boolean, { defaultValue: false }) preview: boolean,
  ): Promise<ScheduleSettingPayload> {
    return toScheduleSettingPayload(
      await service.scheduleSetting(ctx.db, ctx.clock, ctx.actor, input, preview, ctx.ip),
    )
  }
}
