import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { ImpactInput } from './impact.types.js'
import * as kepsService from './keps.service.js'
import {
  AdminKepDetail,
  AdminKepFilter,
  AdminKepPage,
  CloseKepInput,
  CreateKepInput,
  KepImpactPayload,
  KepPayload,
  KepStatus,
  KepStatusKind,
  SuspendKepInput,
  UpdateKepInput,
  type AdminKep,
} from './keps.types.js'

// The service's rows carry the same values as the GraphQL enums (KepStatus's values are the
// service's strings): these presenters only give them their types.
const toKep = (k: kepsService.AdminKepRow): AdminKep => ({ ...k, status: k.status as KepStatus })
const toDetail = (k: kepsService.AdminKepDetailRow): AdminKepDetail => ({
  ...k,
  status: k.status as KepStatus,
  statusHistory: k.statusHistory.map((p) => ({ ...p, kind: p.kind as KepStatusKind })),
})

@Resolver()
export class KepAdministration {
  @Authorized(Role.Auditor)
  @Query(() => AdminKepPage, {
    description: 'The network’s KEPs for administrators, by name, a page at a time (R3.5).',
  })
  async adminKeps(
    @Ctx() ctx: BaseContext,
    @Arg('filter', () => AdminKepFilter, { nullable: true }) filter?: AdminKepFilter,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number = 25,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AdminKepPage> {
    const page = await kepsService.listKeps(
      ctx.db,
      ctx.clock,
      ctx.actor,
      filter ?? {},
      first,
      after,
    )
    return { ...page, nodes: page.nodes.map(toKep) }
  }

  @Authorized(Role.Auditor)
  @Query(() => AdminKepDetail, {
    description: 'One KEP with its workstations and status history, for administrators.',
  })
  async adminKep(
    @Ctx() ctx: BaseContext,
    @Arg('id', () => ID) id: string,
  ): Promise<AdminKepDetail> {
    return toDetail(await kepsService.getKep(ctx.db, ctx.clock, ctx.actor, id))
  }

  @Authorized(Role.Administrator)
  @Mutation(() => KepPayload, {
    description: 'Creates a KEP with its workstations (ADMINISTRATOR).',
  })
  async createKep(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => CreateKepInput) input: CreateKepInput,
  ): Promise<KepPayload> {
    return {
      kep: toDetail(await kepsService.createKep(ctx.db, ctx.clock, ctx.actor, input, ctx.ip)),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => KepPayload, {
    description: 'Changes a KEP’s details and workstations (ADMINISTRATOR).',
  })
  async updateKep(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => UpdateKepInput) input: UpdateKepInput,
  ): Promise<KepPayload> {
    return {
      kep: toDetail(await kepsService.updateKep(ctx.db, ctx.clock, ctx.actor, input, ctx.ip)),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => KepImpactPayload, {
    description:
      'Suspends a KEP from a date (ADMINISTRATOR): first a preview of what becomes of its future appointments, then apply with its token.',
  })
  async suspendKep(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SuspendKepInput) input: SuspendKepInput,
    @Arg('impact', () => ImpactInput) impact: ImpactInput,
  ): Promise<KepImpactPayload> {
    const done = await kepsService.suspendKep(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
    return { impact: done.impact, kep: toDetail(done.kep) }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => KepImpactPayload, {
    description:
      'Closes a KEP for good from a date (ADMINISTRATOR): preview, then apply with its token, as suspendKep.',
  })
  async closeKep(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => CloseKepInput) input: CloseKepInput,
    @Arg('impact', () => ImpactInput) impact: ImpactInput,
  ): Promise<KepImpactPayload> {
    const done = await kepsService.closeKep(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
    return { impact: done.impact, kep: toDetail(done.kep) }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => KepPayload, {
    description: 'Ends a KEP’s suspension, and withdraws those still to come (ADMINISTRATOR).',
  })
  async resumeKep(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
  ): Promise<KepPayload> {
    return {
      kep: toDetail(await kepsService.resumeKep(ctx.db, ctx.clock, ctx.actor, kepId, ctx.ip)),
    }
  }
}
