import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/** Platform-wide parameters editable by administrators (e.g. booking limits, reminder leads). */
export const settings = pgTable('settings', {
  key: text().primaryKey(),
  value: jsonb().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid(),
})
