import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { ImpactInput } from './impact.types.js'
import { AdminWorkstation } from './keps.types.js'
import * as desks from './workstations.service.js'
import { ChangeKepWorkstationsInput, ChangeKepWorkstationsPayload } from './workstations.types.js'

@Resolver()
export class WorkstationOperations {
  @Authorized(Role.Auditor, Role.Manager)
  @Query(() => [AdminWorkstation], {
    description:
      "A KEP's workstations, retired ones included, by label (administrators; a KEP's manager: their own KEP).",
  })
  kepWorkstations(
    @Ctx() ctx: BaseContext,
    @Arg('kepId', () => ID) kepId: string,
  ): Promise<AdminWorkstation[]> {
    return desks.kepWorkstations(ctx.db, ctx.clock, ctx.actor, kepId)
  }

  @Authorized(Role.Operator, Role.Manager)
  @Mutation(() => ChangeKepWorkstationsPayload, {
    description:
      "Adds, renames and retires a KEP's workstations in one change (OPERATOR, ADMINISTRATOR; a KEP's manager: their own): preview first, then apply with the preview's token.",
  })
  changeKepWorkstations(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => ChangeKepWorkstationsInput) input: ChangeKepWorkstationsInput,
    @Arg('impact', () => ImpactInput, { defaultValue: { apply: false, uncovered: 'keep' } })
    impact: ImpactInput,
  ): Promise<ChangeKepWorkstationsPayload> {
    return desks.changeKepWorkstations(ctx.db, ctx.clock, ctx.actor, input, impact, ctx.ip)
  }
}
