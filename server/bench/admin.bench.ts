import 'reflect-metadata'
import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Actor } from '../src/platform/actor.js'
import { fixedClock } from '../src/platform/clock.js'
import { csvBom, csvLine } from '../src/platform/csv.js'
import { rowsOf } from '../src/platform/db/client.js'
import { adminBookings, adminBookingsExport } from '../src/modules/bookings/index.js'
import { refreshCapacity } from '../src/modules/statistics/index.js'
import { statisticsYearFigures } from './admin-statistics.part.js'
import { benchDatabase, generateNationalData } from './national-data.js'

// pnpm bench:admin — the administrators' screens at the national benchmark scale (1,000 KEPs,
// 200,000 bookings; PostgreSQL with DATABASE_URL, else PGlite), issue 17:
// - bookings_list_p95_ms: a page of 25 of `adminBookings` (the service, its audit entry
//   included), the worst p95 of three filters: a month nationally by time; a municipality's
//   cancelled and no-show bookings latest first; a citizen's surname searched nationally
//   without accents (each filter's p50/p95 printed too);
// - export_200k_s, export_peak_rss_mb: every booking through the bookings export's own rows
//   (the keyset pages the HTTP route streams) formatted as CSV lines into a counting sink, the
//   process's RSS sampled meanwhile; rss_before_export_mb shows the growth, and the peak over the
//   first 50,000 rows against the whole export's shows it stays flat.
// Prints one JSON line last.

const firstDay = '2027-01-11' // a Monday
const clock = fixedClock('2027-01-11T04:00:00Z')
const auditKey = 'bench-audit-key-0123456789abcdef0123456789'
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return Number(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(1),
  )
}
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

const bench = await benchDatabase()
try {
  await generateNationalData(bench.database, firstDay)
  const db = bench.database.db
  // the generated bookings all have one name and one state: give them names, emails, states
  // and special requirements as a year of real ones would have
  await db.execute(sql`
    update bookings set
      full_name = (array['Γιώργος','Μαρία','Ελένη','Νίκος','Κατερίνα','Δημήτρης','Σοφία',
        'Ιωάννης','Αναστασία','Κώστας'])[1 + abs(hashtext(id::text)) % 10] || ' ' ||
        (array['Παπαδόπουλος','Ιωάννου','Γεωργίου','Οικονόμου','Σταματίου','Ανδρέου',
        'Κωνσταντίνου','Νικολάου','Βασιλείου','Μακρή','Αλεξίου','Χριστοδούλου','Λαμπράκης',
        'Ζαχαρίου','Θεοδώρου','Καραγιάννης','Μιχαηλίδης','Πετρόπουλος','Σπυρόπουλος',
        'Τσακίρης'])[1 + abs(hashtext(reference)) % 20],
      email = 'c' || substr(md5(id::text), 1, 12) || '@example.gr',
      status = (case abs(hashtext(id::text || 's')) % 10
        when 0 then 'cancelled' when 1 then 'no_show' when 2 then 'completed'
        when 3 then 'completed' else 'booked' end)::booking_status,
      needs_sign_language = abs(hashtext(id::text || 'n')) % 40 = 0`)
  if (bench.database.kind === 'postgres') await bench.database.exec('analyze bookings')

  const administrator: Actor = {
    kind: 'administrator',
    administratorId: randomUUID(),
    role: 'administrator',
    sessionId: randomUUID(),
  }
  const [municipality] = rowsOf<{ id: string; bookings: number }>(
    await db.execute(sql`
      select k.municipality_id as id, count(*)::int as bookings
      from bookings b join keps k on k.id = b.kep_id
      group by 1 order by 2 desc, 1 limit 1`),
  )
  const filters = {
    month_national: { from: firstDay, to: '2027-02-10' },
    municipality_cancelled_no_show_desc: {
      municipalityId: municipality!.id,
      statuses: ['cancelled', 'no_show'] as const,
    },
    name_search_national: { search: 'παπαδοπ' },
  }
  const sorts = {
    month_national: 'starts_at_asc',
    municipality_cancelled_no_show_desc: 'starts_at_desc',
    name_search_national: 'starts_at_asc',
  } as const
  const lists: Record<string, { p50_ms: number; p95_ms: number; runs: number; rows: number }> = {}
  for (const [name, filter] of Object.entries(filters) as [keyof typeof filters, never][]) {
    const ms: number[] = []
    let rows = 0
    let after: string | null = null
    const runs = 60
    for (let i = 0; i < runs + 3; i++) {
      const start = performance.now()
      const page = await adminBookings(
        db,
        administrator,
        { filter, sort: sorts[name], first: 25, after },
        { auditKey },
      )
      if (i >= 3) ms.push(performance.now() - start)
      rows = page.nodes.length
      // every other read is the next page: keyset pages cost the same deep into the list
      after = i % 2 === 0 && page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null
    }
    lists[name] = { p50_ms: percentile(ms, 50), p95_ms: percentile(ms, 95), runs, rows }
  }

  // the export: every booking, the CSV lines counted, RSS sampled every 20 ms
  const exporter = adminBookingsExport(auditKey)
  const ctx = {
    actor: administrator as Extract<Actor, { kind: 'administrator' }>,
    clock,
    locale: 'el' as const,
  }
  const parsed = await exporter.parse({}, ctx)
  globalThis.gc?.()
  const rssBefore = process.memoryUsage().rss
  let peak = rssBefore
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const start = performance.now()
  let bytes = Buffer.byteLength(csvBom + csvLine(exporter.header('el', parsed), ';'))
  let exported = 0
  // the peak over the first quarter of the rows: flat memory means the whole export's peak is
  // about the same, not four times the growth
  let quarterPeak = 0
  // and what the heap holds after a collection, at 50,000 rows and at the end: a leak grows it
  let quarterHeap = 0
  for await (const row of exporter.rows(db, parsed, ctx)) {
    bytes += Buffer.byteLength(csvLine(row, ';'))
    exported += 1
    if (exported % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss)
    if (exported === 50_000) {
      quarterPeak = peak
      globalThis.gc?.()
      quarterHeap = process.memoryUsage().heapUsed
    }
  }
  const exportSeconds = (performance.now() - start) / 1000
  globalThis.gc?.()
  const endHeap = process.memoryUsage().heapUsed
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)

  // a year of usage statistics, national (issue 17 item 2), with the KEPs' capacity computed
  await refreshCapacity(db, clock)
  const statistics = await statisticsYearFigures(db)

  process.stdout.write(
    JSON.stringify({
      database: bench.database.kind,
      bookings_list_p95_ms: Math.max(...Object.values(lists).map((l) => l.p95_ms)),
      bookings_list: lists,
      ...statistics,
      export_200k_s: Number(exportSeconds.toFixed(2)),
      export_rows: exported,
      export_mb: Number((bytes / 1024 / 1024).toFixed(1)),
      rss_before_export_mb: mb(rssBefore),
      export_peak_rss_first_50k_rows_mb: mb(quarterPeak),
      export_peak_rss_mb: mb(peak),
      export_heap_after_gc_50k_rows_mb: mb(quarterHeap),
      export_heap_after_gc_end_mb: mb(endHeap),
    }) + '\n',
  )
} finally {
  await bench.dispose()
}
