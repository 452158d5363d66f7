import { sql } from 'drizzle-orm'
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { bookings } from '../bookings/bookings.table.js'

export const outboxStatus = pgEnum('outbox_status', ['pending', 'sent', 'failed', 'cancelled'])

/**
 * Every email is a row written in the same transaction as the change that causes it, unique on
 * (booking, kind, version) so it is neither lost nor written twice; a tick claims due rows with
 * FOR UPDATE SKIP LOCKED, sends them and marks them sent (R2.3, R2.5, R2.6).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid().references(() => bookings.id),
    /**
     * booked, rescheduled, cancelled, reminder_24h, reminder_30m, interpreter_invitation, …;
     * morning_summary (an employee's day: no booking, see dedupeKey).
     */
    kind: text().notNull(),
    version: integer().notNull().default(0),
    recipient: text().notNull(),
    locale: text().notNull().default('el'),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    status: outboxStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    lastError: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * What makes an email that belongs to no booking unique, e.g. `morning_summary:<employee
     * id>:<date>`: two instances enqueueing the same one write one row (issue 14 item 4).
     */
    dedupeKey: text().unique('outbox_dedupe_key'),
  },
  (t) => [
    unique('outbox_booking_kind_version').on(t.bookingId, t.kind, t.version),
    // every email is either a booking's or has its own key: none can be written twice
    check('outbox_identity', sql`(${t.bookingId} is null) <> (${t.dedupeKey} is null)`),
    index('outbox_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    check('outbox_attempts', sql`${t.attempts} >= 0`),
  ],
)
