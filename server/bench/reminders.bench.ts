import 'reflect-metadata'
import { sql } from 'drizzle-orm'
import { systemClock } from '../src/platform/clock.js'
import { rowsOf } from '../src/platform/db/client.js'
import {
  createMailTransport,
  sendDueEmails,
  startSmtpSink,
} from '../src/modules/notifications/index.js'
import { benchDatabase } from './national-data.js'

// pnpm bench:reminders — 10,000 reminders due at once in the outbox, two sender instances
// draining it tick after tick into a real local SMTP sink. One JSON line last:
// how many were sent, the worst lateness against the due time, and duplicates at the sink.

const total = Number(process.env.BENCH_REMINDERS ?? 10_000)
const instances = Number(process.env.BENCH_INSTANCES ?? 2)
const employees = 100

const bench = await benchDatabase()
const { database } = bench
const sink = await startSmtpSink({ parse: false, keep: 10 })
try {
  const perEmployee = Math.ceil(total / employees)
  await database.exec(`
    insert into service_categories (code, name_el, name_en, description_el, description_en,
      call_minutes, buffer_minutes, slot_step_minutes, min_notice_minutes, horizon_days)
    values ('information', 'Πληροφόρηση', 'Information', '', '', 20, 10, 30, 60, 60);
    insert into procedures (category_id, code, title_el, title_en, search_text, required_documents_el, required_documents_en)
      select id, 'INF-1', 'Πιστοποιητικό', 'Certificate', 'πιστοποιητικο', '["Εξουσιοδότηση"]', '["Authorisation"]'
      from service_categories;
    insert into municipalities (code, name_el, name_en, region_el, region_en, participation)
      values ('bench', 'Δήμος', 'Municipality', 'Περιφέρεια', 'Region', 'participating');
    insert into keps (municipality_id, code, name_el, name_en, address_el, address_en, postal_code,
      city_el, city_en, phone, email)
      select m.id, 'BK-' || g, 'ΚΕΠ ' || g, 'KEP ' || g, 'Οδός 1', '1 Street', '10000', 'Πόλη', 'Town',
        '2100000000', 'k@example.gr' from municipalities m cross join generate_series(1, 10) g;
    insert into workstations (kep_id, label)
      select k.id, g::text from keps k cross join generate_series(1, ${employees / 10}) g;
    insert into employees (kep_id, gsis_user_id, full_name, email)
      select w.kep_id, 'be-' || w.id, 'Υπάλληλος', 'e@example.gr' from workstations w;
    insert into citizens (gsis_user_id, first_name, last_name)
      select 'bc-' || g, 'Α', 'Β' from generate_series(1, ${total}) g;
  `)
  // Each employee's bookings follow one another every 30 minutes from two days ahead.
  await database.db.execute(sql`
    with emp as (
      select e.id, e.kep_id, w.id as workstation_id, row_number() over (order by e.id) - 1 as n
      from employees e join workstations w on e.gsis_user_id = 'be-' || w.id
    ), cit as (
      select id, row_number() over (order by id) - 1 as n from citizens
    ), slots as (
      select emp.*, k, date_trunc('hour', now()) + interval '2 days' + k * interval '30 minutes' as starts_at
      from emp cross join generate_series(0, ${perEmployee - 1}::int) k
    ), picked as materialized (
      select s.*, cit.id as citizen_id, cit.n as citizen_n, gen_random_uuid() as reservation_id
      from slots s join cit on cit.n = s.n * ${perEmployee}::int + s.k
    ), held as (
      -- scheduling's occupancy: each booking's reservation (issue 12)
      insert into occupancy (id, kep_id, employee_id, workstation_id, starts_at, ends_at, blocked_until)
      select reservation_id, kep_id, id, workstation_id, starts_at,
        starts_at + interval '20 minutes', starts_at + interval '30 minutes'
      from picked
    )
    insert into bookings (reference, citizen_id, category_id, procedure_id, reservation_id, kep_id,
      employee_id, workstation_id, starts_at, ends_at, full_name, email, phone, postal_address,
      delivery_method)
    select 'B-' || s.n || '-' || s.k, s.citizen_id, c.id, p.id, s.reservation_id, s.kep_id, s.id,
      s.workstation_id, s.starts_at, s.starts_at + interval '20 minutes',
      'Α Β', 'citizen' || s.citizen_n || '@example.gr', '+302100000000', 'Οδός 1', 'email'
    from picked s
    cross join service_categories c cross join procedures p`)
  const due = new Date()
  await database.db.execute(sql`
    insert into outbox (booking_id, kind, version, recipient, locale, payload, due_at, next_attempt_at)
    select id, 'reminder_30', 0, email, 'el', '{}'::jsonb, ${due.toISOString()}::timestamptz,
      ${due.toISOString()}::timestamptz
    from bookings`)
  if (database.kind === 'postgres') await database.exec('analyze')

  const started = performance.now()
  const sender = async () => {
    const transport = createMailTransport(sink.url)
    const deps = {
      db: database.db,
      clock: systemClock,
      transport,
      from: 'myKEPlive <no-reply@keplive.localhost>',
      publicUrl: 'http://localhost:4000',
    }
    // As the job does: tick again at once while batches come back full, else wait for the next.
    for (let idle = 0; idle < 3;) {
      const result = await sendDueEmails(deps)
      if (result.claimed === 0) {
        idle++
        await new Promise((r) => setTimeout(r, 200))
      } else idle = 0
    }
    transport.close()
  }
  await Promise.all(Array.from({ length: instances }, sender))
  const seconds = (performance.now() - started) / 1000

  const [stats] = rowsOf<{ sent: number; pending: number; max_delay_s: number }>(
    await database.db.execute(sql`
      select count(*) filter (where status = 'sent')::int as sent,
        count(*) filter (where status = 'pending')::int as pending,
        coalesce(extract(epoch from max(sent_at - due_at)), 0)::float8 as max_delay_s
      from outbox`),
  )
  let atSink = 0
  let duplicates = 0
  for (const n of sink.countsByMessageId.values()) {
    atSink += n
    duplicates += n - 1
  }
  process.stderr.write(
    `${stats!.sent} reminders sent by ${instances} instances in ${seconds.toFixed(1)} s ` +
      `(${(stats!.sent / seconds).toFixed(0)}/s), ${stats!.pending} pending, ${atSink} received at the sink, ` +
      `on ${database.kind}\n`,
  )
  process.stdout.write(
    `${JSON.stringify({
      sent: stats!.sent,
      max_delay_s: Number(Number(stats!.max_delay_s).toFixed(1)),
      duplicates,
    })}\n`,
  )
} finally {
  await sink.close()
  await bench.dispose()
}
