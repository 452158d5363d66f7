import DataLoader from 'dataloader'
import { inArray } from 'drizzle-orm'
import type { Db } from '../../platform/db/client.js'
import { bookings, type Booking } from '../bookings/index.js'
import { callWindowRule, type CallWindowRule } from './call-window.js'
import { activeParticipantsOf, type CallRow, type ParticipantRow } from './calls.service.js'
import { calls, submissionRecords } from './calls.table.js'

export type SubmissionRow = typeof submissionRecords.$inferSelect

// Batching without a cache: a subscription keeps its context for hours, and each event must
// show the call as it is now, not as it was at the first event.
const fresh = { cache: false } as const

export function createCallsLoaders(db: Db) {
  return {
    call: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db
        .select()
        .from(calls)
        .where(inArray(calls.id, [...ids]))
      return ids.map((id) => rows.find((r) => r.id === id) ?? null)
    }, fresh) as DataLoader<string, CallRow | null>,
    booking: new DataLoader(async (ids: readonly string[]) => {
      const rows = await db
        .select()
        .from(bookings)
        .where(inArray(bookings.id, [...ids]))
      return ids.map((id) => rows.find((r) => r.id === id) ?? null)
    }, fresh) as DataLoader<string, Booking | null>,
    participants: new DataLoader(async (callIds: readonly string[]) => {
      const rows = await activeParticipantsOf(db, callIds)
      return callIds.map((id) => rows.filter((r) => r.callId === id))
    }, fresh) as DataLoader<string, ParticipantRow[]>,
    /** The join window's rule, read once per batch (Booking.callOpensAt of a list). */
    windowRule: new DataLoader(async (keys: readonly 'rule'[]) => {
      const rule = await callWindowRule(db)
      return keys.map(() => rule)
    }, fresh) as DataLoader<'rule', CallWindowRule>,
    submissionOfBooking: new DataLoader(async (bookingIds: readonly string[]) => {
      const rows = await db
        .select()
        .from(submissionRecords)
        .where(inArray(submissionRecords.bookingId, [...bookingIds]))
      return bookingIds.map((id) => rows.find((r) => r.bookingId === id) ?? null)
    }, fresh) as DataLoader<string, SubmissionRow | null>,
  }
}
