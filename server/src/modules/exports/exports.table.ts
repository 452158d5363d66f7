import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { administrators } from '../identity/identity.table.js'

/**
 * The exports running now, one per administrator at most (issue 17 item 3: "an export while
 * another is running for the same administrator" is refused). A row, not a lock held in memory,
 * so it holds across instances; a row older than `staleExportMinutes` is a crashed export's and
 * is taken over. `token` lets only the export that wrote the row remove it.
 */
export const runningExports = pgTable('running_exports', {
  administratorId: uuid()
    .primaryKey()
    .references(() => administrators.id, { onDelete: 'cascade' }),
  token: uuid().notNull(),
  kind: text().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull(),
})
