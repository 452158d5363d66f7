import {
  and,
  asc,
  eq,
  inArray,
  isNull,
  like,
  ne,
  not,
  or,
  type SQL,
  type SQLWrapper,
} from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { notFound } from '../../platform/errors.js'
import { escapeLike, foldForSearch } from '../../platform/text.js'
import { isUuid } from '../../platform/uuid.js'
import {
  keps,
  municipalities,
  procedures,
  serviceCategories,
  type DocumentKind,
} from './catalog.table.js'

export type Municipality = typeof municipalities.$inferSelect
export type Kep = typeof keps.$inferSelect
export type ServiceCategory = typeof serviceCategories.$inferSelect
export type Procedure = typeof procedures.$inferSelect

export const categoryCodes = ['information', 'business', 'disability', 'municipal'] as const
export type CategoryCode = (typeof categoryCodes)[number]

export function listCategories(db: Db): Promise<ServiceCategory[]> {
  return db.select().from(serviceCategories).orderBy(asc(serviceCategories.sortOrder))
}

export interface MunicipalityFilter {
  /** true: participating only; false: every other status; undefined: all. */
  participating?: boolean | null
  search?: string | null
}

export function listMunicipalities(
  db: Db,
  filter: MunicipalityFilter = {},
): Promise<Municipality[]> {
  const conditions: SQL[] = []
  if (filter.participating === true)
    conditions.push(eq(municipalities.participation, 'participating'))
  if (filter.participating === false)
    conditions.push(ne(municipalities.participation, 'participating'))
  return db
    .select()
    .from(municipalities)
    .where(and(...conditions))
    .then((rows) => filterByName(rows, filter.search).sort(byGreekName))
}

/** Greek alphabetical order, whatever the database's collation (PGlite sorts by code point). */
const greekCollator = new Intl.Collator('el', { sensitivity: 'base' })
const byGreekName = (a: Municipality, b: Municipality) => greekCollator.compare(a.nameEl, b.nameEl)

/** Few hundred rows at most: folding in memory keeps the search identical to the client's. */
function filterByName(rows: Municipality[], search: string | null | undefined): Municipality[] {
  const terms = foldForSearch(search ?? '')
    .split(' ')
    .filter(Boolean)
  if (terms.length === 0) return rows
  return rows.filter((m) => {
    const haystack = foldForSearch(`${m.nameEl} ${m.nameEn} ${m.regionEl} ${m.regionEn}`)
    return terms.every((term) => haystack.includes(term))
  })
}

/** @throws DomainError NOT_FOUND for an unknown or malformed id. */
export async function getMunicipality(db: Db, id: string): Promise<Municipality> {
  const [row] = isUuid(id)
    ? await db.select().from(municipalities).where(eq(municipalities.id, id))
    : []
  if (!row) throw notFound({ el: `Ο δήμος με κωδικό «${id}»`, en: `The municipality "${id}"` })
  return row
}

export interface KepFilter {
  municipalityId?: string | null
}

/**
 * SQL true for a KEP closed for good now (its permanent closing begun), over its id column.
 * The rule is scheduling's, which owns the closures (closedForGoodAt); the app hands it in, as
 * the catalog cannot import scheduling, which imports the catalog.
 */
export type ClosedForGood = (kepId: SQLWrapper) => SQL

/** The KEPs the public sees: active, and not closed for good (they vanish on that day). */
export const servingKeps = (closedForGood: ClosedForGood): SQL =>
  and(eq(keps.active, true), not(closedForGood(keps.id)))!

/**
 * The KEPs serving now of one municipality, or — with no municipality — of every
 * participating one.
 * @throws DomainError NOT_FOUND for an unknown municipality.
 */
export async function listKeps(
  db: Db,
  closedForGood: ClosedForGood,
  filter: KepFilter = {},
): Promise<Kep[]> {
  if (filter.municipalityId != null) {
    await getMunicipality(db, filter.municipalityId)
    return db
      .select()
      .from(keps)
      .where(and(eq(keps.municipalityId, filter.municipalityId), servingKeps(closedForGood)))
      .orderBy(asc(keps.code))
  }
  return db
    .select({ kep: keps })
    .from(keps)
    .innerJoin(municipalities, eq(municipalities.id, keps.municipalityId))
    .where(and(servingKeps(closedForGood), eq(municipalities.participation, 'participating')))
    .orderBy(asc(keps.code))
    .then((rows) => rows.map((r) => r.kep))
}

/** @throws DomainError NOT_FOUND for an unknown or malformed id. */
export async function getKep(db: Db, id: string): Promise<Kep> {
  const [row] = isUuid(id) ? await db.select().from(keps).where(eq(keps.id, id)) : []
  if (!row) throw notFound({ el: `Το ΚΕΠ με κωδικό «${id}»`, en: `The KEP "${id}"` })
  return row
}

export interface ProcedureFilter {
  category?: CategoryCode | null
  municipalityId?: string | null
  search?: string | null
}

/**
 * Active procedures. With a municipality: the national ones plus that municipality's own (for the
 * municipal field, only its own, R4.4). Without one: national procedures only, unless the field
 * is the municipal one, where every participating municipality's procedures are listed.
 * Search is accent- and case-insensitive in Greek and English, every word must match.
 * @throws DomainError NOT_FOUND for an unknown municipality.
 */
export async function listProcedures(db: Db, filter: ProcedureFilter = {}): Promise<Procedure[]> {
  const conditions: SQL[] = [eq(procedures.active, true)]
  if (filter.municipalityId != null) {
    await getMunicipality(db, filter.municipalityId)
    const own = eq(procedures.municipalityId, filter.municipalityId)
    conditions.push(
      filter.category === 'municipal' ? own : (or(isNull(procedures.municipalityId), own) as SQL),
    )
  } else if (filter.category !== 'municipal') {
    conditions.push(isNull(procedures.municipalityId))
  }
  if (filter.category != null) {
    const categoryIds = db
      .select({ id: serviceCategories.id })
      .from(serviceCategories)
      .where(eq(serviceCategories.code, filter.category))
    conditions.push(inArray(procedures.categoryId, categoryIds))
  }
  for (const term of foldForSearch(filter.search ?? '')
    .split(' ')
    .filter(Boolean)) {
    conditions.push(like(procedures.searchText, `%${escapeLike(term)}%`))
  }
  return db
    .select()
    .from(procedures)
    .where(and(...conditions))
    .orderBy(asc(procedures.code))
}

/** The text a procedure is found by; stored in procedures.search_text on every write. */
export function procedureSearchText(p: { code: string; titleEl: string; titleEn: string }): string {
  return foldForSearch(`${p.titleEl} ${p.titleEn} ${p.code}`)
}

/** Where anyone downloads a procedure's uploaded form (έντυπο), relative to the service's address. */
export function procedureFormPath(procedureId: string): string {
  return `/forms/${procedureId}.pdf`
}

const documentKinds: readonly DocumentKind[] = ['identity', 'upload', 'show']

/** A required document as the citizen is told it: its name in both languages and how it is given. */
export interface ProcedureDocumentOf {
  name: { el: string; en: string }
  kind: DocumentKind
}

/**
 * Issue 16 item 2: the procedure's required documents in order, each with its kind; a document
 * the kinds do not name (e.g. one an administrator added since) is one to have at hand (`show`).
 */
export function procedureDocuments(p: {
  requiredDocumentsEl: string[]
  requiredDocumentsEn: string[]
  documentKinds: Record<string, unknown>
}): ProcedureDocumentOf[] {
  return p.requiredDocumentsEl.map((el, i) => {
    const kind = p.documentKinds[el]
    return {
      name: { el, en: p.requiredDocumentsEn[i] ?? el },
      kind: documentKinds.includes(kind as DocumentKind) ? (kind as DocumentKind) : 'show',
    }
  })
}
