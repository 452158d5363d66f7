import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import { eraseMyData, myDataSummary, updateMyContact } from './my-data.service.js'
import {
  EraseMyDataInput,
  ErasureImpact,
  MyDataSummary,
  UpdateMyContactInput,
  UpdateMyContactPayload,
} from './my-data.types.js'

@Resolver()
export class MyDataOperations {
  @Authorized(Role.Citizen)
  @Query(() => MyDataSummary, {
    description: 'Issue 19 item 3: what is held about the logged-in citizen, at a glance.',
  })
  myData(@Ctx() ctx: BaseContext): Promise<MyDataSummary> {
    return myDataSummary(ctx.db, ctx.clock, ctx.actor)
  }

  @Authorized(Role.Citizen)
  @Mutation(() => UpdateMyContactPayload, {
    description:
      'Issue 19 item 3 (GDPR Art. 16): the citizen corrects their email, phone and postal address, and by default their upcoming bookings’.',
  })
  updateMyContact(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => UpdateMyContactInput) input: UpdateMyContactInput,
  ): Promise<UpdateMyContactPayload> {
    return updateMyContact(ctx.db, ctx.clock, ctx.actor, input, ctx)
  }

  @Authorized(Role.Citizen)
  @Mutation(() => ErasureImpact, {
    description:
      'Issue 19 item 3 (GDPR Art. 17): erasure of the citizen’s data. Preview first (no token), then apply with its token: upcoming bookings cancelled, all pseudonymised, logged out everywhere.',
  })
  eraseMyData(
    @Ctx() ctx: BaseContext,
    @Arg('input', () => EraseMyDataInput) input: EraseMyDataInput,
  ): Promise<ErasureImpact> {
    return eraseMyData(ctx.db, ctx.clock, ctx.actor, input, ctx)
  }
}
