import { sql } from 'drizzle-orm'
import { DateTime } from 'luxon'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { escapeHtml } from './html.js'
import { messagesFor } from './messages.js'
import type { RenderedEmail } from './email.js'

// Issue 14 item 4: each working morning, an employee who opted in (Settings in the staff app)
// gets one email listing their day: time, procedure, citizen, special requirements, documents
// count, and a link to their agenda. It goes to their work address only (employees.email), so
// the citizens' names may be in it; nothing else of the citizen is.

const zone = 'Europe/Athens'
/** From this hour (Athens) the day's summaries are written; a server down at 07:00 sends later. */
export const morningSummaryFromHour = 7
/** After this hour it is no longer a morning summary: a day missed until then gets none. */
export const morningSummaryUntilHour = 12
export const morningSummaryKind = 'morning_summary'

/** What the outbox row carries: whose day, which day (the list is read when it is sent). */
export interface MorningSummaryPayload {
  employeeId: string
  date: string
}

/**
 * The job: between morningSummaryFromHour and morningSummaryUntilHour (Athens), writes into the
 * outbox one summary per opted-in, active employee with appointments today. The row's dedupe
 * key (employee, day) is unique: however many runs and instances, one row, hence one email.
 * Returns how many it wrote.
 */
export async function enqueueMorningSummaries(db: Db, clock: Clock): Promise<number> {
  const now = clock.now()
  const local = DateTime.fromJSDate(now, { zone })
  if (local.hour < morningSummaryFromHour || local.hour >= morningSummaryUntilHour) return 0
  const date = local.toISODate()!
  const dayStart = local.startOf('day').toJSDate().toISOString()
  const dayEnd = local.startOf('day').plus({ days: 1 }).toJSDate().toISOString()
  const at = now.toISOString()
  const written = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into outbox (kind, version, recipient, locale, payload, due_at, next_attempt_at,
        created_at, dedupe_key)
      select ${morningSummaryKind}, 0, e.email, e.locale,
        jsonb_build_object('employeeId', e.id, 'date', ${date}::text),
        ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz,
        ${`${morningSummaryKind}:`} || e.id::text || ':' || ${date}::text
      from employees e
      where e.morning_summary and e.active
        and (e.leaves_on is null or e.leaves_on > ${date}::date)
        and exists (
          select 1 from bookings b
          where b.employee_id = e.id and b.status <> 'cancelled'
            and b.starts_at >= ${dayStart}::timestamptz and b.starts_at < ${dayEnd}::timestamptz)
      on conflict (dedupe_key) do nothing
      returning id`),
  )
  return written.length
}

export interface MorningSummaryAppointment {
  startsAt: Date
  procedureTitle: string
  citizenName: string
  needsSignLanguage: boolean
  needsLipReading: boolean
  otherRequirements: string | null
  documentsCount: number
}

interface AppointmentRow {
  starts_ms: number
  procedure_el: string
  procedure_en: string
  full_name: string
  needs_sign_language: boolean
  needs_lip_reading: boolean
  other_requirements: string | null
  documents: number | string
}

/**
 * The day's appointments of the employee, read when the email is sent (so one cancelled since
 * the morning's row is not listed); none when they turned the summary off or left meanwhile.
 */
export async function morningSummaryAppointments(
  db: Db,
  payload: MorningSummaryPayload,
  locale: string,
): Promise<MorningSummaryAppointment[]> {
  const day = DateTime.fromISO(payload.date, { zone })
  if (!day.isValid) return []
  const rows = rowsOf<AppointmentRow>(
    await db.execute(sql`
      select (extract(epoch from b.starts_at) * 1000)::float8 as starts_ms,
        p.title_el as procedure_el, p.title_en as procedure_en, b.full_name,
        b.needs_sign_language, b.needs_lip_reading, b.other_requirements,
        (select count(*) from documents d where d.booking_id = b.id)::int as documents
      from bookings b
        join procedures p on p.id = b.procedure_id
        join employees e on e.id = b.employee_id
      where b.employee_id = ${payload.employeeId}::uuid and e.morning_summary and e.active
        and b.status <> 'cancelled'
        and b.starts_at >= ${day.startOf('day').toJSDate().toISOString()}::timestamptz
        and b.starts_at < ${day.startOf('day').plus({ days: 1 }).toJSDate().toISOString()}::timestamptz
      order by b.starts_at, b.id`),
  )
  return rows.map((r) => ({
    startsAt: new Date(Number(r.starts_ms)),
    procedureTitle: locale === 'en' ? r.procedure_en : r.procedure_el,
    citizenName: r.full_name,
    needsSignLanguage: r.needs_sign_language,
    needsLipReading: r.needs_lip_reading,
    otherRequirements: r.other_requirements,
    documentsCount: Number(r.documents),
  }))
}

/** "Τρίτη 12 Ιανουαρίου 2027" (the genitive month, as the long format with a day gives it). */
function dayText(date: string, locale: string): string {
  return new Intl.DateTimeFormat(messagesFor(locale).dateLocale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`))
}

function timeText(at: Date): string {
  return new Intl.DateTimeFormat('el-GR', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
}

/** The summary as HTML (a real table with headers and a lang attribute) and plain text. */
export function renderMorningSummary(
  date: string,
  locale: string,
  appointments: readonly MorningSummaryAppointment[],
  agendaUrl: string,
): RenderedEmail {
  const m = messagesFor(locale)
  const s = m.morningSummary
  const day = dayText(date, locale)
  const subject = s.subject(day, appointments.length)
  const requirements = (a: MorningSummaryAppointment) => {
    const list = [
      ...(a.needsSignLanguage ? [s.signLanguage] : []),
      ...(a.needsLipReading ? [s.lipReading] : []),
      ...(a.otherRequirements ? [a.otherRequirements] : []),
    ]
    return list.length > 0 ? list.join('; ') : s.noRequirements
  }
  const rows = appointments.map((a) => ({
    time: timeText(a.startsAt),
    procedure: a.procedureTitle,
    citizen: a.citizenName,
    requirements: requirements(a),
    documents: String(a.documentsCount),
  }))
  const columns = ['time', 'procedure', 'citizen', 'requirements', 'documents'] as const
  const text = [
    s.heading(day),
    '',
    s.intro(appointments.length),
    '',
    ...rows.map((r) =>
      [
        `${r.time} — ${r.procedure}`,
        `  ${s.columns.citizen}: ${r.citizen}`,
        `  ${s.columns.requirements}: ${r.requirements}`,
        `  ${s.columns.documents}: ${r.documents}`,
      ].join('\n'),
    ),
    '',
    s.agendaText,
    agendaUrl,
    '',
    s.settingsNote,
    '--',
    s.footer,
  ].join('\n')
  const e = escapeHtml
  const cell =
    'text-align:left;padding:6px 12px 6px 0;vertical-align:top;border-bottom:1px solid #b1b4b6'
  const html = `<!DOCTYPE html>
<html lang="${m.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#0b0c0c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${e(subject)}" lang="${m.lang}" style="max-width:640px;margin:0 auto;padding:16px">
<p style="margin:0 0 16px;padding:12px 16px;background:#003375;color:#ffffff;font-weight:bold">${e(m.service)}</p>
<h1 style="font-size:24px;margin:0 0 16px">${e(s.heading(day))}</h1>
<p>${e(s.intro(appointments.length))}</p>
<table style="border-collapse:collapse;width:100%">
<thead><tr>${columns.map((c) => `<th scope="col" style="${cell}">${e(s.columns[c])}</th>`).join('')}</tr></thead>
<tbody>
${rows
  .map(
    (r) =>
      `<tr><th scope="row" style="${cell}">${e(r.time)}</th>${columns
        .slice(1)
        .map((c) => `<td style="${cell}">${e(r[c])}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody>
</table>
<p>${e(s.agendaText)} <a href="${e(agendaUrl)}" style="color:#1d70b8">${e(s.agendaLink)}</a></p>
<p style="color:#505a5f;font-size:14px">${e(s.settingsNote)}</p>
<hr>
<p style="color:#505a5f;font-size:14px">${e(s.footer)}</p>
</div>
</body>
</html>
`
  return { subject, html, text }
}

/** The staff app's agenda of that day (the employee's own appointments). */
export function agendaUrlOf(publicUrl: string, date: string): string {
  const params = new URLSearchParams({ view: 'day', date, scope: 'mine' })
  return `${publicUrl.replace(/\/$/, '')}/staff/?${params.toString()}`
}
