import { LocalDateResolver } from 'graphql-scalars'
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { RemoveKepSpecialHoursInput, SetKepSpecialHoursInput } from '../scheduling/index.js'
import * as hours from './hours.service.js'
import {
  AddKepClosureInput,
  AddKepClosurePayload,
  BulkSetWeeklyHoursInput,
  BulkSetWeeklyHoursPayload,
  KepClosure,
  KepClosureKind,
  KepWeeklyHours,
  RemoveKepSpecialHoursWithImpactPayload,
  SetKepSpecialHoursWithImpactPayload,
  SetKepWeeklyHoursInput,
  SetKepWeeklyHoursPayload,
} from './hours.types.js'
import { ImpactInput } from './impact.types.js'

const kinds: Record<hours.Closure['kind'], KepClosureKind> = {
  closure: KepClosureKind.CLOSURE,
  suspension: KepClosureKind.SUSPENSION,
  permanent: KepClosureKind.PERMANENT,
}

const toKepClosure = (c: hours.Closure): KepClosure => ({ ...c, kind: kinds[c.kind] })

@Resolver()
export class HoursOperations {
  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => KepWeeklyHours, {
    description: "A KEP's weekly hours, every variant (administrators; a manager: their own KEP).",
  })
  kepWeeklyHours(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
  ): Promise<KepWeeklyHours> {
    return hours.kepWeeklyHours(ctx.db, ctx.actor, kepId)
  }

  @Authorized(Role.Operator)
  @Mutation(() => SetKepWeeklyHoursPayload, {
    description:
      "Sets one variant of a KEP's weekly hours (OPERATOR, ADMINISTRATOR): preview first, then apply with the preview's token.",
  })
  setKepWeeklyHours(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SetKepWeeklyHoursInput) input: SetKepWeeklyHoursInput,
    @Arg('impact', () => ImpactInput, { defaultValue: { apply: false, uncovered: 'keep' } })
    impact: ImpactInput,
  ): Promise<SetKepWeeklyHoursPayload> {
    return hours.setKepWeeklyHours(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
  }

  @Authorized(Role.Operator)
  @Mutation(() => BulkSetWeeklyHoursPayload, {
    description:
      'One week to many KEPs (a list, a region, a municipality) in one transaction, with one preview for all.',
  })
  bulkSetWeeklyHours(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => BulkSetWeeklyHoursInput) input: BulkSetWeeklyHoursInput,
    @Arg('impact', () => ImpactInput, { defaultValue: { apply: false, uncovered: 'keep' } })
    impact: ImpactInput,
  ): Promise<BulkSetWeeklyHoursPayload> {
    return hours.bulkSetWeeklyHours(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
  }

  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => [KepClosure], {
    description:
      "Closures, suspensions and permanent closings that close some date of [from, to]: a KEP's (every KEP's included), or the network's when no KEP is named; a manager reads their own KEP's.",
  })
  async kepClosures(
    @Ctx() ctx: BaseContext,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Arg('kepId', () => ID, { nullable: true }) kepId?: string | null,
  ): Promise<KepClosure[]> {
    return (await hours.listKepClosures(ctx.db, ctx.actor, { kepId, from, to })).map(toKepClosure)
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => AddKepClosurePayload, {
    description:
      "Closes a KEP (or every KEP: ADMINISTRATORs; a KEP's manager: their own) on a date range, once or every year: preview first, then apply.",
  })
  async addKepClosure(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => AddKepClosureInput) input: AddKepClosureInput,
    @Arg('impact', () => ImpactInput, { defaultValue: { apply: false, uncovered: 'keep' } })
    impact: ImpactInput,
  ): Promise<AddKepClosurePayload> {
    const { impact: outcome, closure } = await hours.addKepClosure(
      ctx.db,
      ctx.clock,
      ctx.actor,
      input,
      impact,
      ctx.ip,
    )
    return { impact: outcome, closure: closure && toKepClosure(closure) }
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => KepClosure, {
    description:
      "Removes a closure (not a suspension or permanent closing): the KEP opens those days again. A KEP's manager: their own KEP's.",
  })
  async removeKepClosure(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<KepClosure> {
    return toKepClosure(await hours.removeKepClosure(ctx.db, ctx.clock, ctx.actor, id, ctx.ip))
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => SetKepSpecialHoursWithImpactPayload, {
    description:
      "Sets a KEP's extraordinary hours on a date, replacing that day's (OPERATOR, ADMINISTRATOR; a KEP's manager: their own): preview first, then apply with the preview's token.",
  })
  setKepSpecialHoursWithImpact(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SetKepSpecialHoursInput) input: SetKepSpecialHoursInput,
    @Arg('impact', () => ImpactInput, { defaultValue: { apply: false, uncovered: 'keep' } })
    impact: ImpactInput,
  ): Promise<SetKepSpecialHoursWithImpactPayload> {
    return hours.setKepSpecialHoursWithImpact(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => RemoveKepSpecialHoursWithImpactPayload, {
    description:
      "Removes a KEP's extraordinary hours on a date, its weekly hours applying again (OPERATOR, ADMINISTRATOR; a KEP's manager: their own): preview first, then apply.",
  })
  removeKepSpecialHoursWithImpact(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => RemoveKepSpecialHoursInput) input: RemoveKepSpecialHoursInput,
    @Arg('impact', () => ImpactInput, { defaultValue: { apply: false, uncovered: 'keep' } })
    impact: ImpactInput,
  ): Promise<RemoveKepSpecialHoursWithImpactPayload> {
    return hours.removeKepSpecialHoursWithImpact(
      ctx.db,
      ctx.clock,
      ctx.actor,
      input,
      impact,
      ctx.ip,
    )
  }
}
