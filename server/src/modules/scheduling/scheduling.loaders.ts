import DataLoader from 'dataloader'
import { asc, inArray } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
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
  }
}

export interface SchedulingContext {
  scheduling: ReturnType<typeof createSchedulingLoaders>
}
