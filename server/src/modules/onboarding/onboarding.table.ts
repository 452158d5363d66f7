import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { municipalities } from '../catalog/catalog.table.js'
import { administrators, municipalityOfficers } from '../identity/identity.table.js'

export const applicationStatus = pgEnum('application_status', [
  'submitted',
  'approved',
  'rejected',
  // issue 18 item 2
  'draft',
  'changes_requested',
  'withdrawn',
])

/** A KEP of the application: existing (existingKepId) or new (created on approval). */
export interface ApplicationKepData {
  key: string
  existingKepId: string | null
  nameEl: string
  nameEn: string
  addressEl: string
  addressEn: string
  postalCode: string
  cityEl: string
  cityEn: string
  phone: string
  email: string
  hours: { weekday: number; opens: string; closes: string }[]
}

export interface ApplicationEmployeeData {
  fullName: string
  taxId: string
  kepKey: string
  email: string
}

export interface ApplicationServiceData {
  titleEl: string
  titleEn: string
  descriptionEl: string
  descriptionEn: string
  requiredDocumentsEl: string[]
  requiredDocumentsEn: string[]
  formUrl: string | null
  pickUpAtKep: boolean
}

export interface ApplicationCommentData {
  section: string
  comment: string
}

export interface ApplicationEventData {
  status: string
  at: string
  note: string | null
}

/**
 * A municipality's application to join (R5.1), with the form listing its services (R5.2).
 * Approval by the ministry's One-Stop-Shop service makes the municipality participating.
 * Issue 18: drafts, changes requested, withdrawal; who started it; its KEPs and employees.
 */
export const municipalityApplications = pgTable(
  'municipality_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    contactName: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text().notNull(),
    /** The services form: ApplicationServiceData[]. */
    services: jsonb().$type<ApplicationServiceData[]>().notNull(),
    status: applicationStatus().notNull().default('submitted'),
    /** When last submitted; null for a draft never submitted. */
    submittedAt: timestamp({ withTimezone: true }).defaultNow(),
    decidedBy: uuid().references(() => administrators.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    decisionNumber: text().notNull().default(''),
    decisionDate: date({ mode: 'string' }),
    keps: jsonb().$type<ApplicationKepData[]>().notNull().default([]),
    employees: jsonb().$type<ApplicationEmployeeData[]>().notNull().default([]),
    reviewComments: jsonb().$type<ApplicationCommentData[]>().notNull().default([]),
    history: jsonb().$type<ApplicationEventData[]>().notNull().default([]),
    /** Who started it (an officer row); null for the seed's applications. */
    startedBy: uuid().references(() => municipalityOfficers.id),
    copiedFromId: uuid(),
    /** Optimistic lock of the draft: each save and each transition adds one. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // one open application per municipality: the service checks it under a lock of the
  // municipality's row (an index predicate cannot name enum values added by the same migration)
  (t) => [index().on(t.municipalityId), index().on(t.status)],
)

/**
 * Issue 18 item 6: a municipality's suspension (by an administrator) or withdrawal (by its
 * officer) from a date; the history is kept (rejoining is a new application).
 */
export const municipalityDepartures = pgTable(
  'municipality_departures',
  {
    id: uuid().primaryKey().defaultRandom(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    kind: text().$type<'suspended' | 'withdrawn'>().notNull(),
    fromDate: date({ mode: 'string' }).notNull(),
    reasonEl: text().notNull(),
    reasonEn: text().notNull(),
    /** Whose decision: an administrator or an officer (the audit has the actor). */
    decidedById: uuid().notNull(),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The KEPs' suspensions (scheduling's kep_closures) it made; ended when it rejoins. */
    kepClosureIds: jsonb().$type<string[]>().notNull().default([]),
    /** Ended by rejoining (a new approved application). */
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.municipalityId)],
)

/** A municipal procedure's pick-up-at-KEP flag (R5.2), kept beside the catalog's row. */
export const municipalProcedureOptions = pgTable('municipal_procedure_options', {
  procedureId: uuid().primaryKey(),
  pickUpAtKep: boolean().notNull().default(false),
})
