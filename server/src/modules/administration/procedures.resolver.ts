import DataLoader from 'dataloader'
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql'
import { Role } from '../../platform/actor.js'
import type { BaseContext } from '../../platform/context.js'
import {
  MunicipalityType,
  procedureFormPath,
  ServiceCategoryType,
  type CatalogContext,
  type Procedure,
} from '../catalog/index.js'
import * as procedures from './procedures.service.js'
import {
  AdminProcedure,
  CreateProcedureInput,
  ProcedureChange,
  ProcedureFilterInput,
  ProcedureForm,
  ProcedurePage,
  ProcedurePayload,
  RemoveProcedureFormPayload,
  UpdateProcedureInput,
} from './procedures.types.js'

type Context = BaseContext & CatalogContext

/** One set per request: the context object is the request's, so the loaders die with it. */
const loadersOf = new WeakMap<object, ReturnType<typeof createLoaders>>()
const createLoaders = (ctx: Context) => ({
  form: new DataLoader((ids: readonly string[]) => procedures.formsOf(ctx.db, ids)),
  lastChange: new DataLoader((ids: readonly string[]) => procedures.lastChangesOf(ctx.db, ids)),
})
function loaders(ctx: Context) {
  let found = loadersOf.get(ctx)
  if (!found) loadersOf.set(ctx, (found = createLoaders(ctx)))
  return found
}

/** R4.1–R4.4, Art. 3.5: any administrator reads the tables; only ADMINISTRATORs change them. */
@Resolver()
export class ProcedureOperations {
  @Authorized(Role.Auditor)
  @Query(() => ProcedurePage, {
    description: 'The procedure tables, retired procedures included, a page at a time by code.',
  })
  async adminProcedures(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ProcedureFilterInput, { nullable: true }) filter?: ProcedureFilterInput,
  ): Promise<ProcedurePage> {
    const page = await procedures.listAdminProcedures(ctx.db, ctx.actor, filter ?? {}, first, after)
    return {
      nodes: page.nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    }
  }

  @Authorized(Role.Auditor)
  @Query(() => AdminProcedure, { description: 'One procedure, retired or not.' })
  adminProcedure(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Procedure> {
    return procedures.getAdminProcedure(ctx.db, ctx.actor, id)
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ProcedurePayload, {
    description:
      'Adds a procedure to a national table (R4.1–R4.3) or to a municipality’s table (R4.4).',
  })
  async createProcedure(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProcedureInput) input: CreateProcedureInput,
  ): Promise<ProcedurePayload> {
    return {
      procedure: await procedures.createProcedure(ctx.db, ctx.clock, ctx.actor, input, ctx.ip),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ProcedurePayload, {
    description:
      "Changes a procedure's code, texts, documents and form link; its field and municipality stay.",
  })
  async updateProcedure(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProcedureInput) input: UpdateProcedureInput,
  ): Promise<ProcedurePayload> {
    return {
      procedure: await procedures.updateProcedure(ctx.db, ctx.clock, ctx.actor, id, input, ctx.ip),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ProcedurePayload, {
    description:
      'Retires a procedure: gone from the catalog and from new bookings; bookings made with it keep it.',
  })
  async retireProcedure(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<ProcedurePayload> {
    return {
      procedure: await procedures.setProcedureActive(
        ctx.db,
        ctx.clock,
        ctx.actor,
        id,
        false,
        ctx.ip,
      ),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => ProcedurePayload, { description: 'Puts a retired procedure back in use.' })
  async restoreProcedure(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<ProcedurePayload> {
    return {
      procedure: await procedures.setProcedureActive(
        ctx.db,
        ctx.clock,
        ctx.actor,
        id,
        true,
        ctx.ip,
      ),
    }
  }

  @Authorized(Role.Administrator)
  @Mutation(() => RemoveProcedureFormPayload, {
    description:
      "Removes a procedure's uploaded PDF form (upload one with POST /admin/procedures/:id/form).",
  })
  async removeProcedureForm(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
  ): Promise<RemoveProcedureFormPayload> {
    const removed = await procedures.removeProcedureForm(ctx.db, ctx.clock, ctx.actor, id, ctx.ip)
    return { procedure: await procedures.getAdminProcedure(ctx.db, ctx.actor, id), removed }
  }
}

@Resolver(() => AdminProcedure)
export class AdminProcedureFields {
  @FieldResolver(() => ServiceCategoryType)
  category(@Root() p: Procedure, @Ctx() ctx: Context) {
    return ctx.catalog.category.load(p.categoryId)
  }

  @FieldResolver(() => MunicipalityType, {
    nullable: true,
    description: 'The municipality of a municipal procedure; null for a national one.',
  })
  municipality(@Root() p: Procedure, @Ctx() ctx: Context) {
    return p.municipalityId ? ctx.catalog.municipality.load(p.municipalityId) : null
  }

  @FieldResolver(() => ProcedureForm, { nullable: true, description: 'The uploaded PDF form.' })
  async form(@Root() p: Procedure, @Ctx() ctx: Context): Promise<ProcedureForm | null> {
    const form = await loaders(ctx).form.load(p.id)
    return form && { ...form, url: procedureFormPath(p.id) }
  }

  @FieldResolver(() => ProcedureChange, {
    nullable: true,
    description: 'Its last change through the administration; null: none since it was seeded.',
  })
  lastChange(@Root() p: Procedure, @Ctx() ctx: Context) {
    return loaders(ctx).lastChange.load(p.id)
  }
}

export const proceduresResolvers = [ProcedureOperations, AdminProcedureFields] as const
