import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { keps, municipalities } from '../catalog/catalog.table.js'

/**
 * A person who logged in through GSIS/TaxisNet (R1.4, R2.1). Anyone who logs in is a citizen.
 * Issue 19 item 2: only what the service uses is kept. The tax number is kept as a keyed hash
 * (the audit key's HMAC, as the login's audit entry records it); the number itself lives only in
 * the citizen's sessions, which the retention job deletes at expiry. GSIS's father's name,
 * mother's name and birth year are not kept at all.
 */
export const citizens = pgTable(
  'citizens',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** GSIS's stable user id. */
    gsisUserId: text().notNull().unique(),
    /**
     * HMAC-SHA256 of the tax number under the audit key; null for rows from before migration
     * 0026 until their next login (the key is not known to SQL, so no backfill).
     */
    taxIdHmac: text(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    email: text(),
    phone: text(),
    postalAddress: text(),
    locale: text().notNull().default('el'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.taxIdHmac)],
)

export const employeeRole = pgEnum('employee_role', ['staff', 'manager'])

/** A KEP employee (staff) or KEP manager; the role comes from here, never from GSIS. */
export const employees = pgTable(
  'employees',
  {
    id: uuid().primaryKey().defaultRandom(),
    kepId: uuid()
      .notNull()
      .references(() => keps.id),
    /**
     * User id at the public-administration variant of GSIS; null until the first login of an
     * employee an administrator added by tax number (the login finds them by taxId).
     */
    gsisUserId: text().unique(),
    /**
     * The employee's tax number (ΑΦΜ): how an administrator adds them; one employment at a
     * time (null for rows from before it was asked).
     */
    taxId: text().unique(),
    fullName: text().notNull(),
    email: text().notNull(),
    role: employeeRole().notNull().default('staff'),
    active: boolean().notNull().default(true),
    /** The first day they no longer work here (deactivated from a date); null: no end known. */
    leavesOn: date({ mode: 'string' }),
    /**
     * A move planned for a later date (issue 13 item 4): from `movesOn` they work at
     * `movesToKepId`; the job "apply due moves" then makes it their KEP and clears both.
     */
    movesToKepId: uuid().references(() => keps.id),
    movesOn: date({ mode: 'string' }),
    /**
     * Issue 14 item 5: when they acknowledged the acceptable-use notice of Art. 7.2 (e-KEP
     * information is used only for the service's purpose); until then the API refuses them
     * everything but `me`, the acknowledgement and logging out (platform/security/operation-guard).
     */
    acceptableUseAcknowledgedAt: timestamp({ withTimezone: true }),
    /** Issue 14 item 4: the morning email listing their day's appointments (opt-in). */
    morningSummary: boolean().notNull().default(false),
    /** The language of the emails sent to them (the morning summary): 'el' or 'en'. */
    locale: text().notNull().default('el'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.kepId),
    // the job finds the due moves by date; almost every row has none
    index('employees_moves_on_idx')
      .on(t.movesOn)
      .where(sql`${t.movesOn} is not null`),
    check('employees_pending_move', sql`(${t.movesToKepId} is null) = (${t.movesOn} is null)`),
    check('employees_move_elsewhere', sql`${t.movesToKepId} <> ${t.kepId}`),
    check('employees_locale', sql`${t.locale} in ('el', 'en')`),
  ],
)

/**
 * The "special administrator roles" of Art. 3.5: an ADMINISTRATOR may do everything (roles,
 * parameters included); an OPERATOR keeps the network running (hours, closures, extraordinary
 * hours, employees' availability); an AUDITOR reads everything and changes nothing.
 */
export const administratorRole = pgEnum('administrator_role', [
  'administrator',
  'operator',
  'auditor',
])

/** Ministry administrators (One-Stop-Shop directorate, R3.5). */
export const administrators = pgTable('administrators', {
  id: uuid().primaryKey().defaultRandom(),
  /** As employees': null until the first login of one added by tax number. */
  gsisUserId: text().unique(),
  /** The administrator's tax number (ΑΦΜ); null for rows from before it was asked. */
  taxId: text().unique(),
  fullName: text().notNull(),
  email: text().notNull(),
  role: administratorRole().notNull().default('administrator'),
  active: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

export const principalKind = pgEnum('principal_kind', [
  'citizen',
  'employee',
  'administrator',
  'api_client',
  'system',
  // issue 18: a municipality's officer, or someone of the public administration with no role
  'officer',
])

/** Server-side sessions; the browser holds only an opaque id, stored here hashed. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    principalKind: principalKind().notNull(),
    principalId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    idleTimeoutSeconds: integer().notNull(),
    absoluteExpiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    ipAddress: text(),
    userAgent: text(),
    /**
     * Issue 19: a citizen's tax number, in clear, for as long as the session lives (the session
     * is deleted at expiry): the legal-representative check (R1.1) sends it to the registry at
     * booking time, and the citizens table keeps only its HMAC. Null for every other session.
     */
    taxId: text(),
  },
  (t) => [
    index().on(t.principalKind, t.principalId),
    check('sessions_principal', sql`${t.principalKind} <> 'api_client'`),
    check('sessions_tax_id_citizen', sql`${t.taxId} is null or ${t.principalKind} = 'citizen'`),
  ],
)

/** Third parties (the national portal, municipalities' sites) reading the public API. */
export const apiClients = pgTable('api_clients', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  /** A short non-secret prefix of the key, to find the row; the key itself is stored hashed. */
  keyPrefix: text().notNull().unique(),
  keyHash: text().notNull(),
  scopes: text().array().notNull(),
  rateLimitPerMinute: integer().notNull().default(600),
  createdBy: uuid().references(() => administrators.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp({ withTimezone: true }),
  /** When the key was last used, to the minute (issue 17 item 5; written by api-client-usage.ts). */
  lastUsedAt: timestamp({ withTimezone: true }),
})

/**
 * Requests per API key and minute (issue 17 item 5): counted in memory and added here once a
 * minute by api-client-usage.ts, so a request never writes; rows older than two days are pruned.
 */
export const apiClientUsage = pgTable(
  'api_client_usage',
  {
    clientId: uuid()
      .notNull()
      .references(() => apiClients.id),
    minute: timestamp({ withTimezone: true }).notNull(),
    requests: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.minute] }), index().on(t.minute)],
)

/**
 * Issue 18 item 1: people of the public administration who logged in with no other role (a row
 * made at their first login, municipality null), and the officers an administrator granted a
 * municipality (or whose application was approved). Revoking sets the municipality back to null.
 */
export const municipalityOfficers = pgTable(
  'municipality_officers',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** null until the first login of one granted by tax number. */
    gsisUserId: text().unique(),
    taxId: text().notNull().unique(),
    fullName: text().notNull(),
    municipalityId: uuid().references(() => municipalities.id),
    grantedAt: timestamp({ withTimezone: true }),
    grantedBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.municipalityId)],
)
