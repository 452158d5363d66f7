import { sql, type SQL, type SQLWrapper } from 'drizzle-orm'
import { localDateOf, type LocalDate } from './calendar.js'
import { kepClosures } from './scheduling.table.js'

/**
 * SQL: the KEP `kepId` is closed for good on `today` (Athens) — its permanent closing, a
 * kep_closures row of kind 'permanent', began that day or before. From that day scheduling
 * keeps every day closed, the administration reads its status as CLOSED and the public catalog
 * no longer lists it: all three by this one rule, at midnight, without anybody running anything.
 */
export function closedForGoodSql(kepId: SQLWrapper, today: LocalDate): SQL {
  return sql`exists (select 1 from ${kepClosures} c where c.kep_id = ${kepId} and c.kind = 'permanent' and c.starts_on <= ${today})`
}

/** closedForGoodSql on the day of `now` in Athens: what the catalog's KEP lists are handed. */
export function closedForGoodAt(now: Date): (kepId: SQLWrapper) => SQL {
  const today = localDateOf(now.getTime())
  return (kepId) => closedForGoodSql(kepId, today)
}
