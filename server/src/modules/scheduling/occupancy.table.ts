import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  customType,
  index,
  pgTable,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { keps } from '../catalog/catalog.table.js'
import { citizens, employees } from '../identity/identity.table.js'
import { workstations } from './scheduling.table.js'

const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' })

/**
 * Who is busy when (issue 12): one row per reservation of an employee at a workstation, from
 * starts_at to blocked_until (the call, then the field's buffer, R3.2; computed once, by
 * blockedSpan). Only the scheduling module reads or writes it (a lint rule keeps it so); a
 * booking references its reservation. A released reservation (cancelled, moved off, the call
 * over) keeps its row for the fair spread's "least recently assigned". Two exclusion
 * constraints, in migration 0010_occupancy.sql, make the database refuse a double booking of
 * an employee (R3.1) or a workstation (R3.3), whatever the load.
 */
export const occupancy = pgTable(
  'occupancy',
  {
    id: uuid().primaryKey().defaultRandom(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    workstationId: uuid()
      .notNull()
      .references(() => workstations.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    /** The call's end; the employee stays blocked until blocked_until. */
    endsAt: timestamp({ withTimezone: true }).notNull(),
    blockedUntil: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set when the reservation stops holding anyone; null while it holds. */
    releasedAt: timestamp({ withTimezone: true }),
    /**
     * The change feed of the occupancy index (occupancy-index.ts): every insert or update sets
     * the writing transaction's id and counts the row's version up (a trigger, migration
     * 0011), so a process catches up by reading the rows changed since its snapshot's xmin,
     * and never applies an older state of a row over a newer one.
     */
    /**
     * A held slot (issue 16 item 1): the citizen it is held for while they fill in the rest of
     * the booking, and when the hold lapses; both null for a booking's reservation. An expired
     * hold is free: the index leaves it out, reserve releases it before taking its time, and a
     * job releases the rest (migration 0018: one live hold per citizen).
     */
    heldFor: uuid().references(() => citizens.id),
    expiresAt: timestamp({ withTimezone: true }),
    version: bigint({ mode: 'number' }).notNull().default(1),
    changedXid: xid8()
      .notNull()
      .default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index().on(t.employeeId, t.startsAt),
    index().on(t.kepId, t.startsAt),
    index().on(t.changedXid),
    check('occupancy_times', sql`${t.startsAt} < ${t.endsAt} and ${t.endsAt} <= ${t.blockedUntil}`),
    check('occupancy_hold', sql`(${t.heldFor} is null) = (${t.expiresAt} is null)`),
    uniqueIndex('occupancy_one_hold_per_citizen')
      .on(t.heldFor)
      .where(sql`${t.releasedAt} is null and ${t.heldFor} is not null`),
    index('occupancy_hold_expiry')
      .on(t.expiresAt)
      .where(sql`${t.releasedAt} is null and ${t.expiresAt} is not null`),
  ],
)
