import DataLoader from 'dataloader'
import { asc, inArray } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { actorNamesOf, employees, type ActorRef } from '../identity/index.js'
import { bookingEvents, documents } from './bookings.table.js'

export function createBookingsLoaders(db: Db) {
  return {
    documentsOfBooking: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db
        .select({
          id: documents.id,
          bookingId: documents.bookingId,
          fileName: documents.fileName,
          mimeType: documents.mimeType,
          sizeBytes: documents.sizeBytes,
        })
        .from(documents)
        .where(inArray(documents.bookingId, [...ids]))
        .orderBy(asc(documents.createdAt))
      return ids.map((id) => rows.filter((r) => r.bookingId === id))
    }),
    /** The employees bookings are assigned to (Booking.assignedEmployee of a list: one query). */
    employee: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db
        .select({ id: employees.id, displayName: employees.fullName })
        .from(employees)
        .where(inArray(employees.id, [...ids]))
      return ids.map((id) => rows.find((r) => r.id === id) ?? null)
    }),
    /** The names behind a booking's history (employees, administrators; never citizens). */
    actorName: new DataLoader((actors: readonly ActorRef[]) => actorNamesOf(db, actors), {
      cacheKeyFn: (a) => `${a.actorKind}:${a.actorId}`,
    }),
    historyOfBooking: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db
        .select()
        .from(bookingEvents)
        .where(inArray(bookingEvents.bookingId, [...ids]))
        .orderBy(asc(bookingEvents.at))
      return ids.map((id) => rows.filter((r) => r.bookingId === id))
    }),
  }
}

export interface BookingsContext {
  bookings: ReturnType<typeof createBookingsLoaders>
}
