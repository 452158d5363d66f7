import { bigint, date, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core'
import { keps, procedures, serviceCategories } from '../catalog/catalog.table.js'

const count = () => integer().notNull().default(0)
const total = () => bigint({ mode: 'number' }).notNull().default(0)

// Issue 17 item 2: usage statistics are sums over these rows, never a scan of bookings or calls
// at read time. All three are kept by triggers on `bookings` and `calls` in the writer's own
// transaction (migration 0024_usage_counters.sql) and are equal at every commit to a GROUP BY
// over those tables (statistics.usage.property.test.ts). No CHECK constraints: a statistics
// fault must never refuse a booking. Rows may be all zeros (everything moved away).

/**
 * Per Athens date of the appointment, KEP, field and procedure: the bookings now there and their
 * outcome, lead time, special requirements and their call's figures.
 * - booked: every booking (cancelled included); cancelled / completed / no_show: by status;
 *   booked_minutes: call minutes of those not cancelled.
 * - lead_*: bookings by whole Athens days from the booking's creation to its appointment
 *   (0, 1–2, 3–7, over 7); lead_minutes: the sum of minutes from creation to start.
 * - sign_language / lip_reading: bookings asking for a sign-language interpreter / lip reading.
 * - waited / wait_seconds: calls with both the citizen's joining and their admission, and the
 *   sum of seconds between; call_ended / call_seconds: calls admitted and ended, and their length;
 *   identity_passed / identity_failed: calls whose identity check at KED passed / failed.
 */
export const usageCounters = pgTable(
  'usage_counters',
  {
    onDate: date({ mode: 'string' }).notNull(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id),
    booked: count(),
    cancelled: count(),
    completed: count(),
    noShow: count(),
    bookedMinutes: count(),
    leadSameDay: count(),
    leadOneToTwo: count(),
    leadThreeToSeven: count(),
    leadOverSeven: count(),
    leadMinutes: total(),
    signLanguage: count(),
    lipReading: count(),
    waited: count(),
    waitSeconds: total(),
    callEnded: count(),
    callSeconds: total(),
    identityPassed: count(),
    identityFailed: count(),
  },
  (t) => [
    primaryKey({ columns: [t.onDate, t.kepId, t.categoryId, t.procedureId] }),
    index().on(t.kepId, t.onDate),
  ],
)

/**
 * Per Athens date of the appointment, KEP, field and procedure: the appointments not cancelled
 * by the Athens hour of their start, h00 … h23 (the weekday × hour heat map). One row per
 * (date, KEP, field, procedure) rather than per hour keeps a year's national read to as many rows
 * as usage_counters.
 */
export const usageHourCounters = pgTable(
  'usage_hour_counters',
  {
    onDate: date({ mode: 'string' }).notNull(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id),
    h00: count(),
    h01: count(),
    h02: count(),
    h03: count(),
    h04: count(),
    h05: count(),
    h06: count(),
    h07: count(),
    h08: count(),
    h09: count(),
    h10: count(),
    h11: count(),
    h12: count(),
    h13: count(),
    h14: count(),
    h15: count(),
    h16: count(),
    h17: count(),
    h18: count(),
    h19: count(),
    h20: count(),
    h21: count(),
    h22: count(),
    h23: count(),
  },
  (t) => [
    primaryKey({ columns: [t.onDate, t.kepId, t.categoryId, t.procedureId] }),
    index().on(t.kepId, t.onDate),
  ],
)

/** Per Athens date the booking was made, KEP, field and procedure: bookings made that day. */
export const usageMadeCounters = pgTable(
  'usage_made_counters',
  {
    madeOn: date({ mode: 'string' }).notNull(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id),
    made: count(),
  },
  (t) => [
    primaryKey({ columns: [t.madeOn, t.kepId, t.categoryId, t.procedureId] }),
    index().on(t.kepId, t.madeOn),
  ],
)
