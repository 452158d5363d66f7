import { sql } from 'drizzle-orm'
import { rowsOf, type Db } from '../../platform/db/client.js'

/**
 * The rules version (migration 0003): bumped by triggers on every change to opening hours,
 * extraordinary hours, availability, workstations, employees, KEPs and municipalities. Whoever
 * derives something from the rules (the capacity statistics) records it and recomputes when it
 * moved.
 */
export async function rulesVersion(db: Db): Promise<number> {
  const [row] = rowsOf<{ version: string }>(
    await db.execute(sql`select version::text as version from scheduling_rules_version`),
  )
  return Number(row!.version)
}
