import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { keps } from '../catalog/catalog.table.js'
import { employees } from '../identity/identity.table.js'

// All rules below are wall-clock times in Europe/Athens; instants are computed per local date.

const weekday = () => smallint().notNull()

/**
 * Why a KEP is closed: a closure (a local holiday, a strike), a suspension decided by the
 * ministry (from a date, until a date or further notice), or its permanent closing.
 */
export const kepClosureKind = pgEnum('kep_closure_kind', ['closure', 'suspension', 'permanent'])
const monthDay = () => text()

/**
 * A KEP's opening hours for one ISO weekday (1 = Monday). Several windows a day are allowed.
 * Variants: an absolute date range (valid_from/valid_to) and/or a recurring season
 * ('MM-DD' to 'MM-DD', may wrap the new year), e.g. summer hours (R3.4, R3.5).
 */
export const kepOpeningHours = pgTable(
  'kep_opening_hours',
  {
    id: uuid().primaryKey().defaultRandom(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    weekday: weekday(),
    opensAt: time().notNull(),
    closesAt: time().notNull(),
    validFrom: date({ mode: 'string' }),
    validTo: date({ mode: 'string' }),
    seasonFrom: monthDay(),
    seasonTo: monthDay(),
  },
  (t) => [
    index().on(t.kepId),
    check('kep_opening_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('kep_opening_hours_window', sql`${t.opensAt} < ${t.closesAt}`),
    check(
      'kep_opening_hours_season',
      sql`(${t.seasonFrom} is null) = (${t.seasonTo} is null) and (${t.seasonFrom} is null or (${t.seasonFrom} ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' and ${t.seasonTo} ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'))`,
    ),
  ],
)

/**
 * Days a KEP is closed beyond the national holidays (computed by a library): patron-saint days,
 * local holidays, one-off closures. kep_id null closes every KEP (e.g. a national strike).
 * Recurring closures repeat every year on the same month and day.
 */
export const kepClosures = pgTable(
  'kep_closures',
  {
    id: uuid().primaryKey().defaultRandom(),
    kepId: uuid().references(() => keps.id, { onDelete: 'cascade' }),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    recurring: boolean().notNull().default(false),
    kind: kepClosureKind().notNull().default('closure'),
    reasonEl: text().notNull(),
    reasonEn: text().notNull(),
  },
  (t) => [index().on(t.kepId), check('kep_closures_range', sql`${t.startsOn} <= ${t.endsOn}`)],
)

/**
 * Extraordinary hours (έκτακτο ωράριο) of a KEP on one date: that day these windows are its
 * hours instead of the weekly ones, and it opens even on a public holiday (a campaign, a
 * Saturday opening before a deadline). A closure of that day still closes it. One or more
 * windows a day, never overlapping (exclusion constraint, migration 0005).
 */
export const kepSpecialHours = pgTable(
  'kep_special_hours',
  {
    id: uuid().primaryKey().defaultRandom(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    onDate: date({ mode: 'string' }).notNull(),
    opensAt: time().notNull(),
    closesAt: time().notNull(),
    reasonEl: text().notNull(),
    reasonEn: text().notNull(),
  },
  (t) => [
    index().on(t.kepId, t.onDate),
    check('kep_special_hours_window', sql`${t.opensAt} < ${t.closesAt}`),
  ],
)

export const workstations = pgTable(
  'workstations',
  {
    id: uuid().primaryKey().defaultRandom(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id, { onDelete: 'cascade' }),
    label: text().notNull(),
    active: boolean().notNull().default(true),
  },
  (t) => [unique().on(t.kepId, t.label)],
)

/** When an employee takes calls, at which workstation, per date range and weekday (R3.3). */
export const employeeAvailability = pgTable(
  'employee_availability',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    workstationId: uuid()
      .notNull()
      .references(() => workstations.id),
    weekday: weekday(),
    startsAt: time().notNull(),
    endsAt: time().notNull(),
    validFrom: date({ mode: 'string' }).notNull(),
    validTo: date({ mode: 'string' }),
  },
  (t) => [
    index().on(t.employeeId),
    index().on(t.workstationId),
    check('employee_availability_weekday', sql`${t.weekday} between 1 and 7`),
    check('employee_availability_window', sql`${t.startsAt} < ${t.endsAt}`),
    check(
      'employee_availability_range',
      sql`${t.validTo} is null or ${t.validFrom} <= ${t.validTo}`,
    ),
  ],
)

/** Leave, sickness, training: the employee takes no calls in [starts_at, ends_at). */
export const employeeAbsences = pgTable(
  'employee_absences',
  {
    id: uuid().primaryKey().defaultRandom(),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull().default(''),
  },
  (t) => [
    index().on(t.employeeId, t.startsAt),
    check('employee_absences_range', sql`${t.startsAt} < ${t.endsAt}`),
  ],
)
