import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/** Platform-wide parameters editable by administrators (e.g. booking limits, reminder leads). */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid(),
})

/**
 * A setting's value from an instant on (ARCHITECTURE "Versions with an effective date"): the
 * newest version whose effective_from has come applies; before any, the settings row's value.
 */
export const settingVersions = pgTable(
  'setting_versions',
  {
    key: text()
      .notNull()
      .references(() => settings.key),
    effectiveFrom: timestamp({ withTimezone: true }).notNull(),
    value: jsonb().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid(),
  },
  (t) => [primaryKey({ columns: [t.key, t.effectiveFrom] })],
)
