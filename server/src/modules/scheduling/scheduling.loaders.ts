import DataLoader from 'dataloader'
import { asc, inArray } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { serviceCategoryParameters } from '../catalog/index.js'
import type { ParameterVersion } from './scheduling.service.js'
import { kepOpeningHours } from './scheduling.table.js'

export type OpeningHoursRow = typeof kepOpeningHours.$inferSelect

export function createSchedulingLoaders(db: Db) {
  return {
    openingHoursOfKep: new DataLoader<string, OpeningHoursRow[]>(async (ids) => {
      const rows = await db
        .select()
        .from(kepOpeningHours)
        .where(inArray(kepOpeningHours.kepId, [...ids]))
        .orderBy(asc(kepOpeningHours.weekday), asc(kepOpeningHours.opensAt))
      return ids.map((id) => rows.filter((r) => r.kepId === id))
    }),
    /** Every version of each field's parameters, oldest first: for parametersInForce. */
    parameterVersionsOfCategory: new DataLoader<string, ParameterVersion[]>(async (ids) => {
      const rows = await db
        .select()
        .from(serviceCategoryParameters)
        .where(inArray(serviceCategoryParameters.categoryId, [...ids]))
        .orderBy(asc(serviceCategoryParameters.effectiveFrom))
      return ids.map((id) => rows.filter((r) => r.categoryId === id))
    }),
  }
}

export interface SchedulingContext {
  scheduling: ReturnType<typeof createSchedulingLoaders>
}
