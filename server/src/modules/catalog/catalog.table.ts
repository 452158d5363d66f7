import { sql } from 'drizzle-orm'
import {
  boolean,
  customType,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  unique,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
})

/** Where a municipality stands in the programme (R5.1–R5.3). */
export const participationStatus = pgEnum('participation_status', [
  'applied',
  'participating',
  'suspended',
  'withdrawn',
])

export const municipalities = pgTable(
  'municipalities',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    nameEl: text().notNull(),
    nameEn: text().notNull(),
    regionEl: text().notNull(),
    regionEn: text().notNull(),
    participation: participationStatus().notNull().default('applied'),
    joinedOn: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.participation)],
)

export const keps = pgTable(
  'keps',
  {
    id: uuid().primaryKey().defaultRandom(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    code: text().notNull().unique(),
    nameEl: text().notNull(),
    nameEn: text().notNull(),
    addressEl: text().notNull(),
    addressEn: text().notNull(),
    postalCode: text().notNull(),
    cityEl: text().notNull(),
    cityEn: text().notNull(),
    phone: text().notNull(),
    email: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.municipalityId)],
)

/** The four thematic fields of Article 4, with the scheduling parameters of each (R3.3, R4.3). */
export const serviceCategories = pgTable(
  'service_categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull().unique(),
    nameEl: text().notNull(),
    nameEn: text().notNull(),
    descriptionEl: text().notNull(),
    descriptionEn: text().notNull(),
    /** Municipal services (R4.4): the citizen must choose a KEP of the municipality. */
    municipal: boolean().notNull().default(false),
    callMinutes: integer().notNull(),
    bufferMinutes: integer().notNull(),
    slotStepMinutes: integer().notNull(),
    minNoticeMinutes: integer().notNull(),
    horizonDays: integer().notNull(),
    sortOrder: integer().notNull().default(0),
  },
  (t) => [
    check('service_categories_call_minutes', sql`${t.callMinutes} between 5 and 240`),
    check('service_categories_buffer_minutes', sql`${t.bufferMinutes} between 0 and 120`),
    check('service_categories_slot_step', sql`${t.slotStepMinutes} between 5 and 120`),
    check('service_categories_min_notice', sql`${t.minNoticeMinutes} >= 0`),
    check('service_categories_horizon', sql`${t.horizonDays} between 1 and 366`),
  ],
)

/** How a procedure's required document is given (procedures.document_kinds). */
export type DocumentKind = 'identity' | 'upload' | 'show'

/** Procedures: national (municipality_id null) or of one municipality (R4.1–R4.4). */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid().primaryKey().defaultRandom(),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    municipalityId: uuid().references(() => municipalities.id),
    code: text().notNull().unique(),
    titleEl: text().notNull(),
    titleEn: text().notNull(),
    descriptionEl: text().notNull().default(''),
    descriptionEn: text().notNull().default(''),
    requiredDocumentsEl: jsonb().$type<string[]>().notNull().default([]),
    requiredDocumentsEn: jsonb().$type<string[]>().notNull().default([]),
    /**
     * Issue 16 item 2: how each required document is given, keyed by its Greek text — shown to
     * the camera as proof of identity (`identity`), uploaded before the call (`upload`), or at
     * hand in the call to show or read out (`show`, also what a document not named here is).
     * Keyed by text, so a list edited or reordered never gives a document another's kind.
     */
    documentKinds: jsonb().$type<Record<string, DocumentKind>>().notNull().default({}),
    /** Titles in both languages folded to lower case without accents, for search. */
    searchText: text().notNull(),
    active: boolean().notNull().default(true),
    /** The procedure's form (έντυπο), as a link; an uploaded PDF is in procedure_forms. */
    formUrl: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.categoryId),
    index().on(t.municipalityId),
    uniqueIndex('procedures_category_title').on(t.categoryId, t.municipalityId, t.titleEl),
  ],
)

/** A procedure's form (έντυπο) uploaded as a PDF (R4.1–R4.4, Art. 4 "with their forms"). */
export const procedureForms = pgTable('procedure_forms', {
  procedureId: uuid()
    .primaryKey()
    .references(() => procedures.id, { onDelete: 'cascade' }),
  fileName: text().notNull(),
  content: bytea().notNull(),
  sha256: text().notNull(),
  uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  uploadedBy: uuid(),
})

/**
 * A field's scheduling parameters from an instant on (ARCHITECTURE "Versions with an effective
 * date"): bookings made from effective_from on use them; a booking keeps the length it was
 * made with. Before a field's first version, its service_categories row's values apply.
 */
export const serviceCategoryParameters = pgTable(
  'service_category_parameters',
  {
    id: uuid().primaryKey().defaultRandom(),
    categoryId: uuid()
      .notNull()
      .references(() => serviceCategories.id),
    effectiveFrom: timestamp({ withTimezone: true }).notNull(),
    callMinutes: integer().notNull(),
    bufferMinutes: integer().notNull(),
    slotStepMinutes: integer().notNull(),
    minNoticeMinutes: integer().notNull(),
    horizonDays: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [
    unique().on(t.categoryId, t.effectiveFrom),
    check('service_category_parameters_call_minutes', sql`${t.callMinutes} between 5 and 240`),
    check('service_category_parameters_buffer', sql`${t.bufferMinutes} between 0 and 120`),
    check('service_category_parameters_step', sql`${t.slotStepMinutes} between 5 and 120`),
    check('service_category_parameters_notice', sql`${t.minNoticeMinutes} between 0 and 43200`),
    check('service_category_parameters_horizon', sql`${t.horizonDays} between 1 and 366`),
  ],
)
