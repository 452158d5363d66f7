import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import postgres from 'postgres'
import { openDatabase, rowsOf, type Database } from '../src/platform/db/client.js'
import { runMigrations } from '../src/platform/db/migrate.js'
import { addDays, holidayOn, weekdayOf } from '../src/modules/scheduling/calendar.js'

// A national-scale data set for benchmarks, generated in SQL set operations: by default 332
// municipalities, 1,000 KEPs, 10,000 employees each at a workstation of their own, 200,000
// citizens and 200,000 bookings spread over the working days ahead. The size scales with the
// number of KEPs (10 employees and 200 bookings per KEP, a municipality per ~3 KEPs) so that
// bench:scale can draw the cost of availability against the size of the country.

export interface BenchDatabase {
  database: Database
  dispose(): Promise<void>
}

/** A fresh database: a throwaway PostgreSQL database when DATABASE_URL is set, else PGlite. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL
  if (!url) {
    const database = await openDatabase({ dataDir: 'memory://' })
    await runMigrations(database)
    return { database, dispose: () => database.close() }
  }
  const name = `keplive_bench_${randomBytes(4).toString('hex')}`
  const admin = postgres(url, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const u = new URL(url)
  u.pathname = `/${name}`
  const database = await openDatabase({ url: u.toString(), maxConnections: 20 })
  await runMigrations(database)
  return {
    database,
    dispose: async () => {
      await database.close()
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

/** The first `n` working days (no weekend, no public holiday) from a date on. */
export function workingDays(from: string, n: number): string[] {
  const out: string[] = []
  for (let d = from; out.length < n; d = addDays(d, 1)) {
    if (weekdayOf(d) <= 5 && !holidayOn(d)) out.push(d)
  }
  return out
}

/**
 * Runs a bulk insert into `tables` with their secondary indexes and their unique, exclusion and
 * foreign-key constraints dropped, then puts every one back as the schema defined it (read from
 * the catalogue, so the fixture follows the migrations). Building an index once over 600,000
 * rows is many times faster than 600,000 inserts into it, and adding the constraints back
 * checks the whole generated set against them (no overlap, every booking's reservation), so
 * nothing goes unchecked. Primary keys and CHECKs stay.
 */
async function withoutIndexes<T>(
  database: Database,
  tables: string[],
  load: () => Promise<T>,
): Promise<T> {
  const list = tables.map((t) => `'${t}'::regclass`).join(', ')
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
  const constraints = rowsOf<{ tbl: string; name: string; def: string; kind: string }>(
    await database.db.execute(
      sql.raw(`select conrelid::regclass::text as tbl, conname as name,
          pg_get_constraintdef(oid) as def, contype as kind
        from pg_constraint
        where contype in ('u', 'x', 'f') and (conrelid in (${list}) or confrelid in (${list}))`),
    ),
  )
  const indexes = rowsOf<{ name: string; def: string }>(
    await database.db.execute(
      sql.raw(`select c.relname as name, pg_get_indexdef(i.indexrelid) as def
        from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid in (${list}) and not i.indisprimary
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`),
    ),
  )
  const foreign = constraints.filter((c) => c.kind === 'f')
  const owned = constraints.filter((c) => c.kind !== 'f')
  const drop = [
    ...foreign.map((c) => `alter table ${c.tbl} drop constraint ${ident(c.name)};`),
    ...owned.map((c) => `alter table ${c.tbl} drop constraint ${ident(c.name)};`),
    ...indexes.map((i) => `drop index ${ident(i.name)};`),
  ]
  await database.exec(drop.join('\n'))
  const result = await load()
  // unique and exclusion constraints first: a foreign key needs the unique index it refers to
  const restore = [
    ...owned.map((c) => `alter table ${c.tbl} add constraint ${ident(c.name)} ${c.def};`),
    ...indexes.map((i) => `${i.def};`),
    ...foreign.map((c) => `alter table ${c.tbl} add constraint ${ident(c.name)} ${c.def};`),
  ]
  await database.exec(restore.join('\n'))
  return result
}

export interface NationalIds {
  procedureId: string
  kepIds: string[]
}

export interface NationalSize {
  /** KEPs; employees are 10 per KEP and bookings 200 per KEP. Default 1,000. */
  keps?: number
}

/** Today's national figures: 332 municipalities for 1,000 KEPs. */
const municipalitiesPerKep = 332 / 1000

export async function generateNationalData(
  database: Database,
  firstDay: string,
  { keps = 1000 }: NationalSize = {},
): Promise<NationalIds> {
  if (!Number.isInteger(keps) || keps < 1)
    throw new Error(`keps must be a positive integer: ${keps}`)
  const municipalities = Math.max(1, Math.round(keps * municipalitiesPerKep))
  // 20 working days × one booking a day for each of a KEP's 10 employees = 200 per KEP
  const citizens = keps * 200
  const t0 = performance.now()
  const db = database.db
  const days = workingDays(firstDay, 20)
  await database.exec(`
    insert into service_categories (code, name_el, name_en, description_el, description_en,
      call_minutes, buffer_minutes, slot_step_minutes, min_notice_minutes, horizon_days)
    values ('information', 'Πληροφόρηση', 'Information', '', '', 15, 5, 15, 60, 60);
    insert into procedures (category_id, code, title_el, title_en, search_text)
      select id, 'INF-1', 'Πιστοποιητικό', 'Certificate', 'πιστοποιητικο' from service_categories;
    insert into municipalities (code, name_el, name_en, region_el, region_en, participation)
      select 'bm' || g, 'Δήμος ' || g, 'Municipality ' || g, 'Περιφέρεια', 'Region', 'participating'
      from generate_series(1, ${municipalities}) g;
    insert into keps (municipality_id, code, name_el, name_en, address_el, address_en, postal_code,
      city_el, city_en, phone, email)
      select m.id, 'BK-' || g, 'ΚΕΠ ' || g, 'KEP ' || g, 'Οδός 1', '1 Street', '10000', 'Πόλη', 'Town',
        '2100000000', 'kep' || g || '@example.gr'
      from generate_series(1, ${keps}) g
      join (select id, row_number() over (order by code) as rn from municipalities) m
        on m.rn = (g % ${municipalities}) + 1;
    insert into kep_opening_hours (kep_id, weekday, opens_at, closes_at)
      select k.id, d, '07:30', '15:00' from keps k cross join generate_series(1, 5) d;
    insert into workstations (kep_id, label)
      select k.id, g::text from keps k cross join generate_series(1, 10) g;
    insert into employees (kep_id, gsis_user_id, full_name, email)
      select w.kep_id, 'be-' || w.id, 'Υπάλληλος', 'e@example.gr' from workstations w;
    insert into employee_availability (employee_id, workstation_id, weekday, starts_at, ends_at, valid_from)
      select e.id, w.id, d, '07:30', '15:00', '2020-01-01'
      from workstations w join employees e on e.gsis_user_id = 'be-' || w.id
      cross join generate_series(1, 5) d;
    insert into citizens (gsis_user_id, first_name, last_name)
      select 'bc-' || g, 'Α', 'Β' from generate_series(1, ${citizens}) g;
  `)
  await withoutIndexes(database, ['occupancy', 'bookings'], () =>
    db.execute(sql`
    with emp as (
      select e.id, e.kep_id, w.id as workstation_id, row_number() over (order by e.id) as rn
      from employees e join workstations w on e.gsis_user_id = 'be-' || w.id
    ), days as (
      select d::date as day, row_number() over (order by d) as k
      from unnest(${`{${days.join(',')}}`}::date[]) d
    ), cit as (
      select id, row_number() over (order by id) as rn from citizens
    ), slots as (
      select emp.*, days.k,
        ((days.day + time '07:30' + ((emp.rn + days.k * 7) % 28) * interval '15 minutes')
          at time zone 'Europe/Athens') as starts_at
      from emp cross join days
    ), picked as materialized (
      select s.*, cit.id as citizen_id, gen_random_uuid() as reservation_id
      from slots s join cit on cit.rn = (s.rn - 1) * 20 + s.k
    ), held as (
      -- scheduling's occupancy: each booking's reservation (issue 12)
      insert into occupancy (id, kep_id, employee_id, workstation_id, starts_at, ends_at, blocked_until)
      select reservation_id, kep_id, id, workstation_id, starts_at,
        starts_at + interval '15 minutes', starts_at + interval '20 minutes'
      from picked
    )
    insert into bookings (reference, citizen_id, category_id, procedure_id, reservation_id, kep_id,
      employee_id, workstation_id, starts_at, ends_at, full_name, email, phone, postal_address,
      delivery_method)
    select 'B-' || s.rn || '-' || s.k, s.citizen_id, c.id, p.id, s.reservation_id, s.kep_id, s.id,
      s.workstation_id, s.starts_at, s.starts_at + interval '15 minutes',
      'Α Β', 'a@example.gr', '+302100000000', 'Οδός 1', 'email'
    from picked s
    cross join service_categories c
    cross join procedures p
  `),
  )
  if (database.kind === 'postgres') await database.exec('analyze')
  const kepRows = await db.execute(sql`select id from keps order by code`)
  const procedureRows = await db.execute(sql`select id from procedures`)
  const rows = <T>(r: unknown) => (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[]
  const [counts] = rows<Record<string, number>>(
    await db.execute(sql`select
      (select count(*) from keps)::int as keps,
      (select count(*) from employees)::int as employees,
      (select count(*) from bookings)::int as bookings,
      (select count(*) from municipalities)::int as municipalities`),
  )
  process.stderr.write(
    `national data (${database.kind}) generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}\n`,
  )
  return {
    procedureId: rows<{ id: string }>(procedureRows)[0]!.id,
    kepIds: rows<{ id: string }>(kepRows).map((r) => r.id),
  }
}
