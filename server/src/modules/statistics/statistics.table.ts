import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { keps, serviceCategories } from '../catalog/catalog.table.js'

const count = () => integer().notNull().default(0)

/**
 * Statistics-ready counters (issue 12), one row per local date (Europe/Athens) of the
 * appointment, KEP and field, so administrators' statistics (issue 17) read aggregates, not
 * bookings. Maintained by triggers on `bookings` inside the booking's own transaction
 * (migration 0012_daily_counters.sql): a rolled-back booking leaves no count, and no statement
 * is added to the booking path. Each booking counts where it is now: a reschedule to another
 * day or KEP moves its counts there. `booked` counts every booking for that day, KEP and field,
 * whatever became of it (cancelled ones included); `cancelled`, `completed`, `no_show` count
 * those in that status; `booked_minutes` sums the call minutes of those not cancelled. So
 * booked − cancelled − completed − no_show are still booked or in progress. Rows may be all
 * zeros (everything moved away). Equal at every commit to a GROUP BY over bookings. No CHECK
 * constraint: a statistics fault must never refuse a booking.
 */
export const dailyCounters = pgTable(
  'daily_counters',
  {
    onDate: date({ mode: 'string' }).notNull(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    booked: count(),
    cancelled: count(),
    completed: count(),
    noShow: count(),
    bookedMinutes: count(),
  },
  (t) => [
    primaryKey({ columns: [t.onDate, t.kepId, t.categoryId] }),
    index().on(t.kepId, t.onDate),
  ],
)

/**
 * A KEP's available employee-minutes per local date (issue 12): its employees' availability
 * within its opening hours, minus absences, closures and public holidays, computed by the slot
 * engine (`availableMinutes`), never by SQL. Rules change them, bookings do not, so the job
 * "refresh the KEPs' capacity" recomputes a window of days (a week back to 92 days ahead)
 * whenever its inputs changed (see capacityState) and rewrites the rows that differ
 * (`computed_at`: when this value was written); a day older than the window is frozen as last
 * computed. Employee-minutes: a desk shared by two employees at once counts both, though it
 * takes one call; the buffer between calls is not taken off.
 */
export const kepDailyCapacity = pgTable(
  'kep_daily_capacity',
  {
    onDate: date({ mode: 'string' }).notNull(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    availableMinutes: integer().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.onDate, t.kepId] }),
    index().on(t.kepId, t.onDate),
    check('kep_daily_capacity_minutes', sql`${t.availableMinutes} >= 0`),
  ],
)

/**
 * One row: what the capacity window was last computed from (the rules version, which every
 * change to hours, extraordinary hours, availability, absences, closures, workstations,
 * employees and KEPs bumps) and over which dates. The job recomputes when either moved.
 */
export const capacityState = pgTable(
  'capacity_state',
  {
    id: smallint().primaryKey().default(1),
    computedRulesVersion: bigint({ mode: 'number' }),
    computedFrom: date({ mode: 'string' }),
    computedTo: date({ mode: 'string' }),
    computedAt: timestamp({ withTimezone: true }),
  },
  (t) => [check('capacity_state_one_row', sql`${t.id} = 1`)],
)
