import { sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db } from '../../platform/db/client.js'
import { DomainError, notFound, validationFailed } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'

// Issue 17 item 6: the administrators' view of undelivered mail — the failed outbox rows with
// their error (the address masked), retry one or all, mark handled — and today's counts.
//
// Retry and exactly-once. A retry turns a `failed` row back to `pending`, due now; it writes no
// new row, so the outbox's unique keys (booking, kind, version) and (dedupe key) are untouched
// and nothing can be queued twice. It changes only rows still `failed` (one statement, the
// condition in its WHERE), so a second retry, or a retry all run twice, finds nothing to change.
// The attempts count is continued, never reset: the sender marks a row sent only while its
// claim's count still matches (`ours` in sendDueEmails), and the count only grows, so a stale
// claim of an earlier attempt can never mark the retried row. `retry_base` remembers the count at
// the retry: the sender parks the row again after `maxAttempts` more tries. The sender sends
// only `pending` rows and a failed row is no tick's (it was parked by the claim that held it),
// so a retry while the sender runs is sent once, by the next tick that claims it.

/** A failed email as the administrators see it: the address masked, never in clear. */
export interface UndeliveredMail {
  id: string
  kind: string
  bookingId: string | null
  bookingReference: string | null
  recipientMasked: string
  locale: string
  attempts: number
  lastError: string | null
  lastAttemptAt: Date | null
  dueAt: Date
  createdAt: Date
}

/**
 * g***@e***.gr: the first letter of the name and of the domain, and the top-level domain.
 * Enough to tell two addresses apart on a call with the citizen, not to read one.
 */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@')
  if (at <= 0) return '***'
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  const dot = domain.lastIndexOf('.')
  const first = (text: string) => (text.length > 0 ? [...text][0]! : '')
  if (dot <= 0) return `${first(local)}***@${first(domain)}***`
  return `${first(local)}***@${first(domain)}***${domain.slice(dot)}`
}

interface MailRow {
  id: string
  kind: string
  booking_id: string | null
  reference: string | null
  recipient: string
  locale: string
  attempts: number
  last_error: string | null
  last_attempt_at: string | Date | null
  due_at: string | Date
  created_at: string | Date
}

const asDate = (v: string | Date) => (v instanceof Date ? v : new Date(v))

function undelivered(row: MailRow): UndeliveredMail {
  return {
    id: row.id,
    kind: row.kind,
    bookingId: row.booking_id,
    bookingReference: row.reference,
    recipientMasked: maskEmail(row.recipient),
    locale: row.locale,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at === null ? null : asDate(row.last_attempt_at),
    dueAt: asDate(row.due_at),
    createdAt: asDate(row.created_at),
  }
}

/** The cursor of the undelivered list: the last row's creation time and id. */
const encodeCursor = (row: UndeliveredMail) =>
  Buffer.from(`mail:${row.createdAt.toISOString()}|${row.id}`).toString('base64url')

function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const match = /^mail:(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([0-9a-f-]{36})$/.exec(
    Buffer.from(cursor, 'base64url').toString(),
  )
  if (!match || Number.isNaN(new Date(match[1]!).getTime()) || !isUuid(match[2]!)) {
    throw validationFailed([
      {
        field: 'after',
        reason: 'invalid_cursor',
        message: {
          el: 'Ο δείκτης σελίδας δεν είναι έγκυρος· ξεκινήστε από την πρώτη σελίδα.',
          en: 'The page cursor is not valid; start again from the first page.',
        },
      },
    ])
  }
  return { createdAt: match[1]!, id: match[2]! }
}

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw validationFailed([
      {
        field: 'first',
        reason: 'out_of_range',
        message: { el: 'Από 1 έως 200 εγγραφές.', en: 'From 1 to 200 entries.' },
      },
    ])
  }
}

const selectMail = sql`
  select o.id, o.kind, o.booking_id, b.reference, o.recipient, o.locale, o.attempts,
    o.last_error, o.last_attempt_at, o.due_at, o.created_at
  from outbox o left join bookings b on b.id = o.booking_id`

/**
 * A page of undelivered mail (failed, not marked handled), newest first. Audited: the list
 * shows booking references and masked addresses (R7.2).
 */
export async function listUndeliveredMail(
  db: Db,
  clock: Clock,
  actor: Actor,
  first: number,
  after: string | null | undefined,
  ip?: string,
): Promise<{ entries: UndeliveredMail[]; hasNextPage: boolean; endCursor: string | null }> {
  checkFirst(first)
  const cursor = after ? decodeCursor(after) : undefined
  const rows = rowsOf<MailRow>(
    await db.execute(sql`${selectMail}
      where o.status = 'failed' and o.handled_at is null
        ${
          cursor
            ? sql`and (o.created_at, o.id) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`
            : sql``
        }
      order by o.created_at desc, o.id desc
      limit ${first + 1}::int`),
  )
  const entries = rows.slice(0, first).map(undelivered)
  await recordAudit(db, {
    actor,
    ip,
    action: 'outbox.failures.read',
    entity: 'outbox',
    at: clock.now(),
    details: { entries: entries.length, page: after ? 'next' : 'first' },
  })
  const last = entries.at(-1)
  return {
    entries,
    hasNextPage: rows.length > first,
    endCursor: last && rows.length > first ? encodeCursor(last) : null,
  }
}

const unknownMail = () => notFound({ el: 'Το email', en: 'The email' })

const notFailed = (status: string) =>
  new DomainError(
    'CONFLICT',
    {
      el: 'Το email δεν είναι πια στα μη παραδοθέντα (στάλθηκε, ξαναμπήκε στην ουρά ή σημειώθηκε ως διεκπεραιωμένο).',
      en: 'The email is no longer undelivered (sent, queued again, or marked handled).',
    },
    { reason: 'not_failed', status },
  )

/** Why a single row could not be changed: unknown, or no longer an open failure. */
async function explainUnchanged(db: Db, id: string): Promise<never> {
  const [row] = rowsOf<{ status: string; handled: boolean }>(
    await db.execute(
      sql`select status, handled_at is not null as handled from outbox where id = ${id}::uuid`,
    ),
  )
  if (!row) throw unknownMail()
  throw notFailed(row.handled ? 'handled' : row.status)
}

function checkId(id: string) {
  if (!isUuid(id)) throw unknownMail()
}

/** Sends one failed email back to the queue, due now (see the note at the top). Audited. */
export async function retryUndeliveredMail(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  ip?: string,
): Promise<UndeliveredMail> {
  checkId(id)
  return db.transaction(async (tx) => {
    const now = clock.now().toISOString()
    const [changed] = rowsOf<{ id: string; attempts: number }>(
      await tx.execute(sql`
        update outbox set status = 'pending', retry_base = attempts,
          next_attempt_at = ${now}::timestamptz
        where id = ${id}::uuid and status = 'failed' and handled_at is null
        returning id, attempts`),
    )
    if (!changed) return explainUnchanged(tx, id)
    const [row] = rowsOf<MailRow>(await tx.execute(sql`${selectMail} where o.id = ${id}::uuid`))
    await recordAudit(tx, {
      actor,
      ip,
      action: 'outbox.retry',
      entity: 'outbox',
      entityId: id,
      at: clock.now(),
      details: {
        before: { status: 'failed' },
        after: { status: 'pending', attempts: Number(changed.attempts) },
        kind: row!.kind,
        bookingId: row!.booking_id,
      },
    })
    return undelivered(row!)
  })
}

/** Sends every open failure back to the queue at once; returns how many. Audited once. */
export async function retryAllUndeliveredMail(
  db: Db,
  clock: Clock,
  actor: Actor,
  ip?: string,
): Promise<number> {
  return db.transaction(async (tx) => {
    const changed = rowsOf<{ id: string }>(
      await tx.execute(sql`
        update outbox set status = 'pending', retry_base = attempts,
          next_attempt_at = ${clock.now().toISOString()}::timestamptz
        where status = 'failed' and handled_at is null
        returning id`),
    )
    await recordAudit(tx, {
      actor,
      ip,
      action: 'outbox.retry_all',
      entity: 'outbox',
      at: clock.now(),
      details: {
        before: { status: 'failed' },
        after: { status: 'pending' },
        count: changed.length,
        ids: changed.slice(0, 1000).map((r) => r.id),
      },
    })
    return changed.length
  })
}

/**
 * Marks a failed email handled (the citizen was told another way, the address is wrong for
 * good, …) with a note: it leaves the list and stays in the outbox's history. Audited.
 */
export async function markMailHandled(
  db: Db,
  clock: Clock,
  actor: Actor,
  id: string,
  note: string,
  ip?: string,
): Promise<UndeliveredMail> {
  const text = note.trim()
  if (text.length === 0 || text.length > 1000) {
    throw validationFailed([
      {
        field: 'note',
        reason: text.length === 0 ? 'required' : 'too_long',
        message:
          text.length === 0
            ? { el: 'Γράψτε μια σημείωση.', en: 'Write a note.' }
            : { el: 'Έως 1.000 χαρακτήρες.', en: 'At most 1,000 characters.' },
      },
    ])
  }
  checkId(id)
  const by = actor.kind === 'administrator' ? actor.administratorId : null
  return db.transaction(async (tx) => {
    const [changed] = rowsOf<{ id: string }>(
      await tx.execute(sql`
        update outbox set handled_at = ${clock.now().toISOString()}::timestamptz,
          handled_by = ${by}::uuid, handled_note = ${text}
        where id = ${id}::uuid and status = 'failed' and handled_at is null
        returning id`),
    )
    if (!changed) return explainUnchanged(tx, id)
    const [row] = rowsOf<MailRow>(await tx.execute(sql`${selectMail} where o.id = ${id}::uuid`))
    await recordAudit(tx, {
      actor,
      ip,
      action: 'outbox.handled',
      entity: 'outbox',
      entityId: id,
      at: clock.now(),
      // The note is the administrator's own text: kept in the outbox row, not in the trail.
      details: {
        before: { handled: false },
        after: { handled: true },
        kind: row!.kind,
        bookingId: row!.booking_id,
      },
    })
    return undelivered(row!)
  })
}

export interface MailCounts {
  /** Waiting to be sent now (any day). */
  pending: number
  /** Sent since midnight in Athens. */
  sentToday: number
  /** Given up on since midnight in Athens (by their last attempt). */
  failedToday: number
  /** Failed and not yet handled: the list's length. */
  undelivered: number
}

/** The home page's summary (issue 17 item 6). Counts only, no personal data: not audited. */
export async function mailCounts(db: Db, clock: Clock): Promise<MailCounts> {
  const now = clock.now().toISOString()
  const [row] = rowsOf<Record<keyof MailCounts, number | string>>(
    await db.execute(sql`
      with today as (
        select (date_trunc('day', ${now}::timestamptz at time zone 'Europe/Athens')
          at time zone 'Europe/Athens') as start)
      select
        (select count(*) from outbox where status = 'pending') as pending,
        (select count(*) from outbox, today where status = 'sent' and sent_at >= today.start)
          as "sentToday",
        (select count(*) from outbox, today
          where status = 'failed' and last_attempt_at >= today.start) as "failedToday",
        (select count(*) from outbox where status = 'failed' and handled_at is null)
          as undelivered`),
  )
  return {
    pending: Number(row?.pending ?? 0),
    sentToday: Number(row?.sentToday ?? 0),
    failedToday: Number(row?.failedToday ?? 0),
    undelivered: Number(row?.undelivered ?? 0),
  }
}
