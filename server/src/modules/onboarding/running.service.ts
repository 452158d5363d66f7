import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { notFound, validationFailed } from '../../platform/errors.js'
import { forbidden } from '../../platform/security/auth-checker.js'
import { isUuid } from '../../platform/uuid.js'
import {
  procedureDuplicateFromConstraint,
  procedureDuplicateProblems,
  procedureFieldsProblems,
  procedureRowOf,
  procedureSnapshot,
} from '../administration/index.js'
import { recordAudit } from '../audit/index.js'
import { keps, municipalities, procedures, serviceCategories } from '../catalog/index.js'
import { readDailyCounters } from '../statistics/index.js'
import { municipalProcedureCode } from './approval.service.js'
import { municipalityDepartures, municipalProcedureOptions } from './onboarding.table.js'

// Issue 18 item 5: the officer runs their municipality's procedures (R4.4) — add, edit, retire;
// live at once (the catalog reads the same rows); a retired one stays on its bookings and leaves
// the citizens' lists — and sees their KEPs' use from the statistics' daily counters. An officer
// reaches only their own municipality's: another's procedure is NOT_FOUND.

export interface OfficerMunicipalityView {
  id: string
  name: { el: string; en: string }
  region: { el: string; en: string }
  participation: string
  joinedOn: string | null
  leavesOn: string | null
}

export interface MunicipalProcedureView {
  id: string
  code: string
  title: { el: string; en: string }
  description: { el: string; en: string }
  requiredDocuments: { el: string[]; en: string[] }
  formUrl: string | null
  pickUpAtKep: boolean
  active: boolean
  updatedAt: Date
}

export interface MunicipalProcedureInput {
  titleEl: string
  titleEn: string
  descriptionEl: string
  descriptionEn: string
  requiredDocumentsEl: string[]
  requiredDocumentsEn: string[]
  formUrl?: string | null
  pickUpAtKep: boolean
}

const procedureNotFound = () => notFound({ el: 'Η διαδικασία', en: 'The procedure' })

/** The officer's municipality id; anyone else is refused. */
function municipalityOfActor(actor: Actor): string {
  if (actor.kind !== 'officer' || actor.municipalityId === null) throw forbidden()
  return actor.municipalityId
}

export async function municipalityView(
  db: Db,
  municipalityId: string,
): Promise<OfficerMunicipalityView> {
  const [m] = await db.select().from(municipalities).where(eq(municipalities.id, municipalityId))
  if (!m) throw notFound({ el: 'Ο δήμος', en: 'The municipality' })
  const [departure] = await db
    .select({ fromDate: municipalityDepartures.fromDate })
    .from(municipalityDepartures)
    .where(
      and(
        eq(municipalityDepartures.municipalityId, municipalityId),
        isNull(municipalityDepartures.endedAt),
      ),
    )
    .limit(1)
  return {
    id: m.id,
    name: { el: m.nameEl, en: m.nameEn },
    region: { el: m.regionEl, en: m.regionEn },
    participation: m.participation,
    joinedOn: m.joinedOn,
    leavesOn: departure?.fromDate ?? null,
  }
}

export async function myMunicipality(db: Db, actor: Actor): Promise<OfficerMunicipalityView> {
  return municipalityView(db, municipalityOfActor(actor))
}

/** The municipal field (R4.4), where the municipalities' procedures are. */
export async function municipalCategoryId(db: Db): Promise<string> {
  const [category] = await db
    .select({ id: serviceCategories.id })
    .from(serviceCategories)
    .where(eq(serviceCategories.municipal, true))
    .limit(1)
  if (!category) throw notFound({ el: 'Το θεματικό πεδίο του δήμου', en: 'The municipal field' })
  return category.id
}

function toView(
  p: typeof procedures.$inferSelect,
  pickUpAtKep: boolean | null,
): MunicipalProcedureView {
  return {
    id: p.id,
    code: p.code,
    title: { el: p.titleEl, en: p.titleEn },
    description: { el: p.descriptionEl, en: p.descriptionEn },
    requiredDocuments: { el: p.requiredDocumentsEl, en: p.requiredDocumentsEn },
    formUrl: p.formUrl,
    pickUpAtKep: pickUpAtKep ?? false,
    active: p.active,
    updatedAt: p.updatedAt,
  }
}

export async function listProcedures(db: Db, actor: Actor): Promise<MunicipalProcedureView[]> {
  const municipalityId = municipalityOfActor(actor)
  const rows = await db
    .select({ procedure: procedures, pickUpAtKep: municipalProcedureOptions.pickUpAtKep })
    .from(procedures)
    .leftJoin(municipalProcedureOptions, eq(municipalProcedureOptions.procedureId, procedures.id))
    .where(eq(procedures.municipalityId, municipalityId))
    .orderBy(asc(procedures.titleEl), asc(procedures.id))
  return rows.map((r) => toView(r.procedure, r.pickUpAtKep))
}

/** The procedure of the officer's municipality, locked; NOT_FOUND for any other. */
async function ownProcedure(tx: Db, actor: Actor, id: string) {
  const municipalityId = municipalityOfActor(actor)
  const [row] = isUuid(id)
    ? await tx.select().from(procedures).where(eq(procedures.id, id)).for('update')
    : []
  if (!row || row.municipalityId !== municipalityId) throw procedureNotFound()
  const [options] = await tx
    .select()
    .from(municipalProcedureOptions)
    .where(eq(municipalProcedureOptions.procedureId, id))
  return { row, pickUpAtKep: options?.pickUpAtKep ?? false }
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    const duplicate = procedureDuplicateFromConstraint(err)
    if (duplicate) throw validationFailed([duplicate])
    throw err
  }
}

export async function createProcedure(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: MunicipalProcedureInput,
  ip?: string | null,
): Promise<MunicipalProcedureView> {
  const municipalityId = municipalityOfActor(actor)
  const [municipality] = await db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId))
  const row = procedureRowOf({ ...input, code: municipalProcedureCode(municipality!.code) })
  const categoryId = await municipalCategoryId(db)
  const errors = procedureFieldsProblems({ ...input, code: row.code })
  if (errors.length === 0) {
    errors.push(...(await procedureDuplicateProblems(db, row, { categoryId, municipalityId })))
  }
  if (errors.length > 0) throw validationFailed(errors)
  const now = clock.now()
  return guarded(() =>
    db.transaction(async (tx) => {
      const [created] = await tx
        .insert(procedures)
        .values({ ...row, categoryId, municipalityId, updatedAt: now })
        .returning()
      await tx
        .insert(municipalProcedureOptions)
        .values({ procedureId: created!.id, pickUpAtKep: input.pickUpAtKep })
      await recordAudit(tx, {
        actor,
        action: 'procedure.create',
        entity: 'procedure',
        entityId: created!.id,
        ip,
        at: now,
        details: {
          before: null,
          after: { ...procedureSnapshot(created!), pickUpAtKep: input.pickUpAtKep },
        },
      })
      return toView(created!, input.pickUpAtKep)
    }),
  )
}

export async function updateProcedure(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  input: MunicipalProcedureInput,
  ip?: string | null,
): Promise<MunicipalProcedureView> {
  const now = clock.now()
  return guarded(() =>
    db.transaction(async (tx) => {
      const { row: before, pickUpAtKep } = await ownProcedure(tx, actor, id)
      const row = procedureRowOf({ ...input, code: before.code })
      const errors = procedureFieldsProblems({ ...input, code: before.code })
      if (errors.length === 0)
        errors.push(...(await procedureDuplicateProblems(tx, row, before, id)))
      if (errors.length > 0) throw validationFailed(errors)
      const [after] = await tx
        .update(procedures)
        .set({ ...row, updatedAt: now })
        .where(eq(procedures.id, id))
        .returning()
      await tx
        .insert(municipalProcedureOptions)
        .values({ procedureId: id, pickUpAtKep: input.pickUpAtKep })
        .onConflictDoUpdate({
          target: municipalProcedureOptions.procedureId,
          set: { pickUpAtKep: input.pickUpAtKep },
        })
      await recordAudit(tx, {
        actor,
        action: 'procedure.update',
        entity: 'procedure',
        entityId: id,
        ip,
        at: now,
        details: {
          before: { ...procedureSnapshot(before), pickUpAtKep },
          after: { ...procedureSnapshot(after!), pickUpAtKep: input.pickUpAtKep },
        },
      })
      return toView(after!, input.pickUpAtKep)
    }),
  )
}

/** Retires: no longer offered (the catalog lists active ones); kept on the bookings made. */
export async function retireProcedure(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string | null,
): Promise<MunicipalProcedureView> {
  const now = clock.now()
  return db.transaction(async (tx) => {
    const { row: before, pickUpAtKep } = await ownProcedure(tx, actor, id)
    if (!before.active) return toView(before, pickUpAtKep)
    const [after] = await tx
      .update(procedures)
      .set({ active: false, updatedAt: now })
      .where(eq(procedures.id, id))
      .returning()
    await recordAudit(tx, {
      actor,
      action: 'procedure.retire',
      entity: 'procedure',
      entityId: id,
      ip,
      at: now,
      details: { before: { active: true }, after: { active: false } },
    })
    return toView(after!, pickUpAtKep)
  })
}

export interface KepUsageView {
  kepId: string
  kepName: { el: string; en: string }
  booked: number
  completed: number
  cancelled: number
  noShow: number
  municipalBooked: number
}

/** The municipality's KEPs' counts over [from, to], from the statistics' daily counters. */
export async function kepUsage(
  db: Db,
  actor: Actor,
  from: string,
  to: string,
): Promise<KepUsageView[]> {
  const municipalityId = municipalityOfActor(actor)
  const kepRows = await db
    .select({ id: keps.id, nameEl: keps.nameEl, nameEn: keps.nameEn })
    .from(keps)
    .where(eq(keps.municipalityId, municipalityId))
    .orderBy(asc(keps.nameEl))
  const municipalCategory = await municipalCategoryId(db)
  const usage = new Map<string, KepUsageView>(
    kepRows.map((k) => [
      k.id,
      {
        kepId: k.id,
        kepName: { el: k.nameEl, en: k.nameEn },
        booked: 0,
        completed: 0,
        cancelled: 0,
        noShow: 0,
        municipalBooked: 0,
      },
    ]),
  )
  for (const k of kepRows) {
    const days = await readDailyCounters(db, { from, to, kepId: k.id })
    const u = usage.get(k.id)!
    for (const day of days) {
      for (const f of day.fields) {
        u.booked += f.booked
        u.completed += f.completed
        u.cancelled += f.cancelled
        u.noShow += f.noShow
        if (f.categoryId === municipalCategory) u.municipalBooked += f.booked
      }
    }
  }
  return [...usage.values()]
}
