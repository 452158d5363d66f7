import DataLoader from 'dataloader'
import { and, asc, inArray } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import {
  servingKeps,
  type ClosedForGood,
  type Kep,
  type Municipality,
  type Procedure,
  type ServiceCategory,
} from './catalog.service.js'
import {
  keps,
  municipalities,
  procedureForms,
  procedures,
  serviceCategories,
} from './catalog.table.js'

/**
 * Batches nested fields into one query per kind and request, so lists make no N+1 queries.
 * `closedForGood` is scheduling's rule at the request's now (see ClosedForGood).
 */
export function createCatalogLoaders(db: Db, closedForGood: ClosedForGood) {
  const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
    const map = new Map(rows.map((r) => [r.id, r]))
    return ids.map((id) => map.get(id) ?? null)
  }
  const groupBy = <T>(rows: T[], ids: readonly string[], key: (row: T) => string | null) => {
    const map = new Map<string, T[]>(ids.map((id) => [id, []]))
    for (const row of rows) {
      const k = key(row)
      if (k !== null) map.get(k)?.push(row)
    }
    return ids.map((id) => map.get(id) ?? [])
  }
  return {
    closedForGood,
    municipality: new DataLoader<string, Municipality | null>(async (ids) =>
      byId(
        await db
          .select()
          .from(municipalities)
          .where(inArray(municipalities.id, [...ids])),
        ids,
      ),
    ),
    category: new DataLoader<string, ServiceCategory | null>(async (ids) =>
      byId(
        await db
          .select()
          .from(serviceCategories)
          .where(inArray(serviceCategories.id, [...ids])),
        ids,
      ),
    ),
    kep: new DataLoader<string, Kep | null>(async (ids) =>
      byId(
        await db
          .select()
          .from(keps)
          .where(inArray(keps.id, [...ids])),
        ids,
      ),
    ),
    procedure: new DataLoader<string, Procedure | null>(async (ids) =>
      byId(
        await db
          .select()
          .from(procedures)
          .where(inArray(procedures.id, [...ids])),
        ids,
      ),
    ),
    /** Whether each procedure has an uploaded form (its bytes stay in the table). */
    hasForm: new DataLoader<string, boolean>(async (ids) => {
      const rows = await db
        .select({ id: procedureForms.procedureId })
        .from(procedureForms)
        .where(inArray(procedureForms.procedureId, [...ids]))
      const found = new Set(rows.map((r) => r.id))
      return ids.map((id) => found.has(id))
    }),
    kepsOfMunicipality: new DataLoader<string, Kep[]>(async (ids) =>
      groupBy(
        await db
          .select()
          .from(keps)
          .where(and(inArray(keps.municipalityId, [...ids]), servingKeps(closedForGood)))
          .orderBy(asc(keps.code)),
        ids,
        (k) => k.municipalityId,
      ),
    ),
    proceduresOfMunicipality: new DataLoader<string, Procedure[]>(async (ids) =>
      groupBy(
        await db
          .select()
          .from(procedures)
          .where(inArray(procedures.municipalityId, [...ids]))
          .orderBy(asc(procedures.code)),
        ids,
        (p) => (p.active ? p.municipalityId : null),
      ),
    ),
    proceduresOfCategory: new DataLoader<string, Procedure[]>(async (ids) =>
      groupBy(
        await db
          .select()
          .from(procedures)
          .where(inArray(procedures.categoryId, [...ids]))
          .orderBy(asc(procedures.code)),
        ids,
        (p) => (p.active && p.municipalityId === null ? p.categoryId : null),
      ),
    ),
  }
}

export type CatalogLoaders = ReturnType<typeof createCatalogLoaders>

export interface CatalogContext {
  catalog: CatalogLoaders
}
