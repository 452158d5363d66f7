import { sql, type SQL } from 'drizzle-orm'
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core'
import { keps, procedures, serviceCategories } from '../catalog/catalog.table.js'
import { citizens, employees, principalKind } from '../identity/identity.table.js'
import { workstations } from '../scheduling/scheduling.table.js'

/**
 * Issue 17 item 1: a citizen's name as words for a prefix search, accents, final sigma and case
 * folded as foldForSearch folds them in JavaScript (translate for Greek: lower() alone folds
 * only ASCII under the C collation). The GIN index below and the administrators' search use
 * this one expression, as the index must match it exactly to be used.
 */
export const nameSearchWords = (fullName: AnyPgColumn | SQL) =>
  sql`to_tsvector('simple'::regconfig, lower(translate(${fullName}, 'ΆΈΉΊΌΎΏΪΫάέήίόύώϊϋΐΰςΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ', 'αεηιουωιυαεηιουωιυιυσαβγδεζηθικλμνξοπρστυφχψω')))`

export const bookingStatus = pgEnum('booking_status', [
  'booked',
  'in_progress',
  'completed',
  'cancelled',
  'no_show',
])

export const deliveryMethod = pgEnum('delivery_method', ['post', 'email', 'pickup'])

/** Numbers the human-readable reference, e.g. KEP-2027-004211. */
export const bookingReferenceSeq = pgSequence('booking_reference_seq', { startWith: 1 })

/**
 * An appointment: the citizen's request (contact, documents, delivery, history) and the
 * reservation scheduling made for it (issue 12). Who is busy when, and the constraints against
 * double booking an employee or a desk, belong to scheduling's reservation; kep, employee,
 * workstation and start here are the reservation's, written with it in the same transaction
 * and held equal to it by a deferred foreign key (migration 0010_occupancy.sql). A citizen's
 * overlapping appointments are refused here, by an exclusion constraint on the call's span
 * (0001_booking_exclusions.sql): it is a rule of the citizen's requests, not of staff time.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    reference: text().notNull().unique(),
    citizenId: uuid()
      .notNull()
      .references(() => citizens.id),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    procedureId: uuid()
      .notNull()
      .references(() => procedures.id),
    kepId: uuid()
      .notNull()
      .references(() => keps.id),
    employeeId: uuid()
      .notNull()
      .references(() => employees.id),
    /** The workstation the employee takes the call at; one call per workstation at a time. */
    workstationId: uuid()
      .notNull()
      .references(() => workstations.id),
    /**
     * Scheduling's reservation (its foreign key is in migration 0010, the table being
     * scheduling's own); null only for rows written around the service, as test fixtures do,
     * which hold nobody's time.
     */
    reservationId: uuid().unique(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    status: bookingStatus().notNull().default('booked'),
    /** Bumped on every reschedule; the calendar invitation's SEQUENCE. */
    version: integer().notNull().default(0),
    // R2.2 (a)–(d): the person who takes part in the call
    fullName: text().notNull(),
    email: text().notNull(),
    phone: text().notNull(),
    postalAddress: text().notNull(),
    // R2.2 (f)
    needsSignLanguage: boolean().notNull().default(false),
    needsLipReading: boolean().notNull().default(false),
    otherRequirements: text(),
    // R2.2 (g)
    deliveryMethod: deliveryMethod().notNull(),
    // a business, through its legal representative
    businessTaxId: text(),
    businessName: text(),
    locale: text().notNull().default('el'),
    idempotencyKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp({ withTimezone: true }),
    /**
     * Issue 19 item 1: when the retention job (or the citizen's erasure) replaced the person's
     * data by a pseudonym (pseudonymise.ts); null until then.
     */
    pseudonymisedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique('bookings_idempotency').on(t.citizenId, t.idempotencyKey),
    index().on(t.citizenId, t.startsAt),
    index().on(t.kepId, t.startsAt),
    index().on(t.employeeId, t.startsAt),
    // issue 17 item 1: the administrators' list, by appointment time then id (keyset), and its
    // search by email, any case (migration 0021)
    index('bookings_starts_at_id_idx').on(t.startsAt, t.id),
    index('bookings_email_lower_idx').on(sql`lower(${t.email})`),
    index('bookings_name_search_idx').using('gin', nameSearchWords(t.fullName)),
    check('bookings_times', sql`${t.startsAt} < ${t.endsAt}`),
    check('bookings_business', sql`(${t.businessTaxId} is null) = (${t.businessName} is null)`),
  ],
)

/** What happened to a booking: who, when, from what to what (R2.4). Append-only. */
export const bookingEvents = pgTable(
  'booking_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid()
      .notNull()
      .references(() => bookings.id),
    action: text().notNull(),
    actorKind: principalKind().notNull(),
    actorId: uuid(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    fromStartsAt: timestamp({ withTimezone: true }),
    toStartsAt: timestamp({ withTimezone: true }),
    fromEmployeeId: uuid(),
    toEmployeeId: uuid(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [index().on(t.bookingId, t.at)],
)

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
})

/**
 * Uploaded legitimising documents (R2.2 e): encrypted at rest with AES-256-GCM, deleted
 * automatically after the retention period.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerCitizenId: uuid()
      .notNull()
      .references(() => citizens.id),
    bookingId: uuid().references(() => bookings.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    iv: bytea().notNull(),
    authTag: bytea().notNull(),
    ciphertext: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    deleteAfter: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index().on(t.bookingId),
    index().on(t.deleteAfter),
    check('documents_mime', sql`${t.mimeType} in ('application/pdf', 'image/jpeg', 'image/png')`),
    check('documents_size', sql`${t.sizeBytes} between 1 and 10485760`),
  ],
)
