import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { pgErrorOf, rowsOf, type Db } from '../src/platform/db/client.js'
import { benchDatabase, generateNationalData } from './national-data.js'

/** Every constraint and index on or referring to the bulk-loaded tables, as the catalogue has them. */
async function catalogue(db: Db) {
  return rowsOf<{ what: string }>(
    await db.execute(sql`
      select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as what
      from pg_constraint
      where conrelid in ('occupancy'::regclass, 'bookings'::regclass)
         or confrelid in ('occupancy'::regclass, 'bookings'::regclass)
      union all
      select indexdef from pg_indexes where tablename in ('occupancy', 'bookings')
      order by 1`),
  ).map((r) => r.what)
}

describe('the national data set of the benchmarks (issue 12)', () => {
  it('issue 12: scales with the number of KEPs (10 employees, 200 bookings each) and puts back every index and constraint the bulk load dropped, live again', async () => {
    const bench = await benchDatabase()
    const { db } = bench.database
    try {
      const before = await catalogue(db)
      const ids = await generateNationalData(bench.database, '2027-01-11', { keps: 6 })
      expect(ids.kepIds).toHaveLength(6)
      const [counts] = rowsOf(
        await db.execute(sql`select
          (select count(*) from municipalities)::int as municipalities,
          (select count(*) from employees)::int as employees,
          (select count(*) from bookings)::int as bookings,
          (select count(*) from occupancy where released_at is null)::int as held`),
      )
      expect(counts).toEqual({ municipalities: 2, employees: 60, bookings: 1200, held: 1200 })
      expect(await catalogue(db)).toEqual(before)
      // the exclusion constraint refuses again a second reservation over a held one
      const overlap = await db
        .execute(
          sql`insert into occupancy (kep_id, employee_id, workstation_id, starts_at, ends_at, blocked_until)
            select kep_id, employee_id, workstation_id, starts_at, ends_at, blocked_until
            from occupancy limit 1`,
        )
        .then(
          () => null,
          (err: unknown) => pgErrorOf(err).code,
        )
      expect(overlap).toBe('23P01')
    } finally {
      await bench.dispose()
    }
  }, 120_000)
})
