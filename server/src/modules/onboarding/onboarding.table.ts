import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { municipalities } from '../catalog/catalog.table.js'
import { administrators } from '../identity/identity.table.js'

export const applicationStatus = pgEnum('application_status', ['submitted', 'approved', 'rejected'])

/**
 * A municipality's application to join (R5.1), with the form listing its services (R5.2).
 * Approval by the ministry's One-Stop-Shop service makes the municipality participating.
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
    /** The services form: [{ titleEl, titleEn, descriptionEl, … }]. */
    services: jsonb().$type<Record<string, unknown>[]>().notNull(),
    status: applicationStatus().notNull().default('submitted'),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid().references(() => administrators.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [index().on(t.municipalityId), index().on(t.status)],
)
