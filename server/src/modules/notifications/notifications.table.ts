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
    /** Issue 17 item 6 (migration 0025): when the sender last claimed the row to send it. */
    lastAttemptAt: timestamp({ withTimezone: true }),
    /**
     * The attempts count when an administrator last sent a failed email back to the queue:
     * the sender parks it again after `maxAttempts` more tries. The count itself only grows,
     * so a stale claim (same id, an older count) can never mark the retried row sent.
     */
    retryBase: integer().notNull().default(0),
    /** A failed email an administrator marked handled: off the list, kept in the history. */
    handledAt: timestamp({ withTimezone: true }),
    handledBy: uuid(),
    handledNote: text(),
  },
  (t) => [
    unique('outbox_booking_kind_version').on(t.bookingId, t.kind, t.version),
    // every email is either a booking's or has its own key: none can be written twice
    check('outbox_identity', sql`(${t.bookingId} is null) <> (${t.dedupeKey} is null)`),
    index('outbox_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    check('outbox_attempts', sql`${t.attempts} >= 0`),
    // Issue 17 item 6: the undelivered list (failed, not handled), newest first.
    index('outbox_failed_open')
      .on(t.createdAt)
      .where(sql`${t.status} = 'failed' and ${t.handledAt} is null`),
  ],
)
