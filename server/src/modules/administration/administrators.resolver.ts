import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import * as service from './administrators.service.js'
import {
  AddAdministratorInput,
  Administrator,
  AdministratorPayload,
  DeactivateAdministratorInput,
  SetAdministratorRoleInput,
} from './administrators.types.js'

@Resolver()
export class AdministratorsResolver {
  @Authorized(Role.Auditor)
  @Query(() => [Administrator], {
    description: 'The ministry’s administrators, active first, by name (Art. 3.5).',
  })
  administrators(@Ctx() ctx: BaseContext): Promise<Administrator[]> {
    return service.listAdministrators(ctx.db, ctx.actor) as Promise<Administrator[]>
  }

  @Authorized(Role.Administrator)
  @Mutation(() => AdministratorPayload, {
    description: 'Registers an administrator by tax number, with a role (ADMINISTRATOR only).',
  })
  async addAdministrator(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => AddAdministratorInput) input: AddAdministratorInput,
  ): Promise<AdministratorPayload> {
    const administrator = await service.addAdministrator(
      ctx.db,
      ctx.clock,
      ctx.actor,
      input,
      ctx.ip,
    )
    return { administrator } as AdministratorPayload
  }

  @Authorized(Role.Administrator)
  @Mutation(() => AdministratorPayload, {
    description:
      'Gives another administrator a role (ADMINISTRATOR only; never one’s own; one active ADMINISTRATOR always remains).',
  })
  async setAdministratorRole(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => SetAdministratorRoleInput) input: SetAdministratorRoleInput,
  ): Promise<AdministratorPayload> {
    const administrator = await service.setAdministratorRole(
      ctx.db,
      ctx.clock,
      ctx.actor,
      input,
      ctx.ip,
    )
    return { administrator } as AdministratorPayload
  }

  @Authorized(Role.Administrator)
  @Mutation(() => AdministratorPayload, {
    description:
      'Deactivates another administrator and ends their sessions (ADMINISTRATOR only; one active ADMINISTRATOR always remains).',
  })
  async deactivateAdministrator(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => DeactivateAdministratorInput) input: DeactivateAdministratorInput,
  ): Promise<AdministratorPayload> {
    const administrator = await service.deactivateAdministrator(
      ctx.db,
      ctx.clock,
      ctx.actor,
      input,
      ctx.ip,
    )
    return { administrator } as AdministratorPayload
  }
}
