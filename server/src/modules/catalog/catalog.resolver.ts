import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql'
import type { BaseContext } from '../../platform/context.js'
import type { CatalogContext } from './catalog.loaders.js'
import * as catalog from './catalog.service.js'
import {
  Kep,
  LocalizedText,
  LocalizedTextList,
  ProcedureDocument,
  ProcedureDocumentKind,
  Municipality,
  Procedure,
  ServiceCategory,
  ServiceCategoryCode,
} from './catalog.types.js'

type Context = BaseContext & CatalogContext
type Row<T extends keyof RowTypes> = RowTypes[T]
interface RowTypes {
  municipality: catalog.Municipality
  kep: catalog.Kep
  category: catalog.ServiceCategory
  procedure: catalog.Procedure
}

const text = (el: string, en: string): LocalizedText => ({ el, en })

/** The public catalog (R4.*, R5.3): open to anyone, no login. */
@Resolver()
export class CatalogQueries {
  @Query(() => [ServiceCategory], { description: 'The four thematic fields (R4.1–R4.4).' })
  serviceCategories(@Ctx() ctx: Context) {
    return catalog.listCategories(ctx.db)
  }

  @Query(() => [Procedure], {
    description:
      'Procedures, optionally of one field and municipality. Search ignores accents and case in Greek and English.',
  })
  procedures(
    @Ctx() ctx: Context,
    @Arg('category', () => ServiceCategoryCode, { nullable: true }) category?: ServiceCategoryCode,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId?: string,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return catalog.listProcedures(ctx.db, { category, municipalityId, search })
  }

  @Query(() => [Municipality], {
    description: 'Municipalities; participating: true lists those in the programme (R5.3).',
  })
  municipalities(
    @Ctx() ctx: Context,
    @Arg('participating', () => Boolean, { nullable: true }) participating?: boolean,
    @Arg('search', () => String, { nullable: true }) search?: string,
  ) {
    return catalog.listMunicipalities(ctx.db, { participating, search })
  }

  @Query(() => Municipality)
  municipality(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return catalog.getMunicipality(ctx.db, id)
  }

  @Query(() => [Kep], {
    description:
      'KEPs serving now of a municipality (not those closed for good from today on); without one, of every participating municipality.',
  })
  keps(
    @Ctx() ctx: Context,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId?: string,
  ) {
    return catalog.listKeps(ctx.db, ctx.catalog.closedForGood, { municipalityId })
  }

  @Query(() => Kep)
  kep(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return catalog.getKep(ctx.db, id)
  }
}

@Resolver(() => Municipality)
export class MunicipalityFields {
  @FieldResolver(() => LocalizedText)
  name(@Root() m: Row<'municipality'>) {
    return text(m.nameEl, m.nameEn)
  }

  @FieldResolver(() => LocalizedText)
  region(@Root() m: Row<'municipality'>) {
    return text(m.regionEl, m.regionEn)
  }

  @FieldResolver(() => [Kep])
  keps(@Root() m: Row<'municipality'>, @Ctx() ctx: Context) {
    return ctx.catalog.kepsOfMunicipality.load(m.id)
  }

  @FieldResolver(() => [Procedure], { description: "The municipality's own procedures (R4.4)." })
  procedures(@Root() m: Row<'municipality'>, @Ctx() ctx: Context) {
    return ctx.catalog.proceduresOfMunicipality.load(m.id)
  }
}

@Resolver(() => Kep)
export class KepFields {
  @FieldResolver(() => LocalizedText)
  name(@Root() k: Row<'kep'>) {
    return text(k.nameEl, k.nameEn)
  }

  @FieldResolver(() => LocalizedText, { description: 'Street and number.' })
  address(@Root() k: Row<'kep'>) {
    return text(k.addressEl, k.addressEn)
  }

  @FieldResolver(() => LocalizedText)
  city(@Root() k: Row<'kep'>) {
    return text(k.cityEl, k.cityEn)
  }

  @FieldResolver(() => Municipality)
  async municipality(@Root() k: Row<'kep'>, @Ctx() ctx: Context) {
    return ctx.catalog.municipality.load(k.municipalityId)
  }
}

@Resolver(() => ServiceCategory)
export class ServiceCategoryFields {
  @FieldResolver(() => LocalizedText)
  name(@Root() c: Row<'category'>) {
    return text(c.nameEl, c.nameEn)
  }

  @FieldResolver(() => LocalizedText)
  description(@Root() c: Row<'category'>) {
    return text(c.descriptionEl, c.descriptionEn)
  }

  @FieldResolver(() => [Procedure], {
    description: 'National procedures of this field; municipal ones are listed per municipality.',
  })
  procedures(@Root() c: Row<'category'>, @Ctx() ctx: Context) {
    return ctx.catalog.proceduresOfCategory.load(c.id)
  }
}

const procedureDocumentKinds = {
  identity: ProcedureDocumentKind.IDENTITY,
  upload: ProcedureDocumentKind.UPLOAD,
  show: ProcedureDocumentKind.SHOW,
} as const satisfies Record<catalog.ProcedureDocumentOf['kind'], ProcedureDocumentKind>

@Resolver(() => Procedure)
export class ProcedureFields {
  @FieldResolver(() => LocalizedText)
  title(@Root() p: Row<'procedure'>) {
    return text(p.titleEl, p.titleEn)
  }

  @FieldResolver(() => LocalizedText)
  description(@Root() p: Row<'procedure'>) {
    return text(p.descriptionEl, p.descriptionEn)
  }

  @FieldResolver(() => LocalizedTextList, {
    description: 'What the citizen needs at hand for the call.',
  })
  requiredDocuments(@Root() p: Row<'procedure'>): LocalizedTextList {
    return { el: p.requiredDocumentsEl, en: p.requiredDocumentsEn }
  }

  @FieldResolver(() => [ProcedureDocument], {
    description:
      'Issue 16 item 2: the required documents in order, each with how it is given (upload, show, identity).',
  })
  documents(@Root() p: Row<'procedure'>): ProcedureDocument[] {
    return catalog
      .procedureDocuments(p)
      .map((d) => ({ name: text(d.name.el, d.name.en), kind: procedureDocumentKinds[d.kind] }))
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The procedure's form (έντυπο): our /forms/….pdf address (relative) when a PDF was uploaded, otherwise its https link, or null.",
  })
  async formUrl(@Root() p: Row<'procedure'>, @Ctx() ctx: Context): Promise<string | null> {
    if (await ctx.catalog.hasForm.load(p.id)) return catalog.procedureFormPath(p.id)
    return p.formUrl
  }

  @FieldResolver(() => ServiceCategory)
  category(@Root() p: Row<'procedure'>, @Ctx() ctx: Context) {
    return ctx.catalog.category.load(p.categoryId)
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality, for a municipal procedure; null for a national one.',
  })
  municipality(@Root() p: Row<'procedure'>, @Ctx() ctx: Context) {
    return p.municipalityId ? ctx.catalog.municipality.load(p.municipalityId) : null
  }
}

export const catalogResolvers = [
  CatalogQueries,
  MunicipalityFields,
  KepFields,
  ServiceCategoryFields,
  ProcedureFields,
] as const
