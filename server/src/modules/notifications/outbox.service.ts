import {
  applicationMailKind,
  applicationMailPayload,
  renderApplicationMail,
} from './application-mail.js'
import { and, desc, eq, like, lt, sql } from 'drizzle-orm'
import type { Transporter } from 'nodemailer'
import type { Clock } from '../../platform/clock.js'
import { rowsOf, type Db, type Statement } from '../../platform/db/client.js'
import { isDatabaseUnavailable, type Bilingual } from '../../platform/errors.js'
import type { Logger } from '../../platform/logger.js'
import { getSetting } from '../settings/index.js'
import { callWindowRule, type CallWindowRule } from '../calls/index.js'
import {
  attachesCalendar,
  isUpcoming,
  renderEmail,
  type BookingMail,
  type CallOutcomeMail,
  type RenderedEmail,
} from './email.js'
import { erasureMailKind, erasureMailPayload, renderErasureMail } from './erasure-mail.js'
import { buildIcs } from './ics.js'
import { issueJoinToken, revokeJoinTokens } from './join-tokens.js'
import { messagesFor, type CallOutcomeKind, type ContactField, type EmailKind } from './messages.js'

export type { ContactField }
import {
  agendaUrlOf,
  morningSummaryAppointments,
  morningSummaryKind,
  renderMorningSummary,
  type MorningSummaryPayload,
} from './morning-summary.js'
import { outbox } from './notifications.table.js'

export type BookingChange = 'booked' | 'rescheduled' | 'cancelled'

/** What enqueueing needs of a booking (a structural type: no import of the bookings module). */
export interface OutboxBooking {
  id: string
  email: string
  locale: string
  startsAt: Date
  version: number
}

/**
 * Writes a booking's emails into the outbox, inside the caller's transaction (R2.3, R2.6):
 * booked → the "upcoming booking" email due now and a reminder per lead time
 * (`notifications.reminderLeadMinutes`) due at startsAt − lead, in real time (so a DST change
 * in between moves nothing); rescheduled → the notice, and the reminders re-planned for the new
 * version; cancelled → the notice (METHOD:CANCEL) and every pending email of the booking
 * dropped. Unique on (booking, kind, version): a repeat writes nothing.
 */
export async function enqueueBookingEmails(
  tx: Db,
  booking: OutboxBooking,
  change: BookingChange,
  now: Date,
  notice?: Bilingual,
): Promise<void> {
  const leads =
    change === 'cancelled' ? [] : await getSetting(tx, 'notifications.reminderLeadMinutes', now)
  for (const write of bookingEmailWrites(tx, booking, change, now, leads, notice)) await write
}

/**
 * The statements of enqueueBookingEmails, not run: for a caller that runs them as parts of one
 * statement of its own (a data-modifying WITH, issue 12), so the emails commit with the booking
 * in the same round trip. `leads` is the setting `notifications.reminderLeadMinutes`, read by
 * the caller with its other reads (settingSql). The parts touch different rows (the pending
 * emails of older versions, the tokens, the new rows), so their order within one statement does
 * not matter: the new rows are not seen by the update of the same statement.
 */
export function bookingEmailWrites(
  tx: Db,
  booking: OutboxBooking,
  change: BookingChange,
  now: Date,
  leads: readonly number[],
  /** Why the service changed it (an administrative move or cancellation), said in the email. */
  notice?: Bilingual,
  /**
   * Issue 14 item 3: the reason a KEP employee gave for a change made on the citizen's behalf,
   * said in the change's email (not in the reminders).
   */
  staffReason?: string,
): Statement[] {
  const row = (kind: string, dueAt: Date, payload: Record<string, unknown>) => ({
    bookingId: booking.id,
    kind,
    version: booking.version,
    recipient: booking.email,
    locale: booking.locale === 'en' ? 'en' : 'el',
    payload: { startsAt: booking.startsAt.toISOString(), ...payload },
    dueAt,
    nextAttemptAt: dueAt,
    createdAt: now,
  })
  const rows = [
    row(change, now, { ...(notice ? { notice } : {}), ...(staffReason ? { staffReason } : {}) }),
  ]
  const writes: Statement[] = []
  if (change === 'cancelled') {
    writes.push(
      tx
        .update(outbox)
        .set({ status: 'cancelled' })
        .where(and(eq(outbox.bookingId, booking.id), eq(outbox.status, 'pending'))),
    )
  } else {
    if (change === 'rescheduled') {
      writes.push(
        tx
          .update(outbox)
          .set({ status: 'cancelled' })
          .where(
            and(
              eq(outbox.bookingId, booking.id),
              eq(outbox.status, 'pending'),
              like(outbox.kind, 'reminder\\_%'),
              lt(outbox.version, booking.version),
            ),
          ),
      )
    }
    for (const lead of leads) {
      if (!Number.isInteger(lead) || lead <= 0) continue
      const due = new Date(booking.startsAt.getTime() - lead * 60_000)
      if (due.getTime() > now.getTime()) rows.push(row(`reminder_${lead}`, due, { lead }))
    }
  }
  // An old link must not open the moved appointment; a cancelled one's link stays to say so.
  if (change === 'rescheduled') writes.push(revokeJoinTokens(tx, booking.id))
  writes.push(tx.insert(outbox).values(rows).onConflictDoNothing())
  return writes
}

/**
 * Issue 16 item 5: the one email of a change of a booking's contact details, as statements for
 * the caller's transaction: the notice, due now, to the booking's (new) address, naming what
 * changed (the values are read at send time, never kept in the outbox); and every email still
 * pending for the booking (its reminders) sent to the new address. `booking.version` is the
 * version after the change: unique on (booking, kind, version), a repeat writes nothing.
 */
export function contactChangeEmailWrites(
  tx: Db,
  booking: OutboxBooking,
  now: Date,
  changed: readonly ContactField[],
): Statement[] {
  return [
    tx
      .update(outbox)
      .set({ recipient: booking.email })
      .where(and(eq(outbox.bookingId, booking.id), eq(outbox.status, 'pending'))),
    tx
      .insert(outbox)
      .values({
        bookingId: booking.id,
        kind: 'contact_changed',
        version: booking.version,
        recipient: booking.email,
        locale: booking.locale === 'en' ? 'en' : 'el',
        payload: { startsAt: booking.startsAt.toISOString(), changed: [...changed] },
        dueAt: now,
        nextAttemptAt: now,
        createdAt: now,
      })
      .onConflictDoNothing(),
  ]
}

/**
 * Issue 14 item 4: the citizen's email after the call — its outcome (what was filed, the
 * protocol number, how the document comes) or the no-show (with a link to book again) — as a
 * statement for the caller's transaction, due now. Unique on (booking, kind, version): the same
 * outcome recorded again writes nothing.
 */
export function callOutcomeEmailWrite(
  tx: Db,
  booking: OutboxBooking,
  kind: CallOutcomeKind,
  now: Date,
  outcome?: CallOutcomeMail,
): Statement {
  return tx
    .insert(outbox)
    .values({
      bookingId: booking.id,
      kind,
      version: booking.version,
      recipient: booking.email,
      locale: booking.locale === 'en' ? 'en' : 'el',
      payload: { startsAt: booking.startsAt.toISOString(), ...(outcome ? { outcome } : {}) },
      dueAt: now,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing()
}

export interface SenderDeps {
  db: Db
  clock: Clock
  transport: Pick<Transporter, 'sendMail'> & { close?: () => void }
  from: string
  /** The citizens' address, for the links (PUBLIC_URL). */
  publicUrl: string
  logger?: Logger
  /** Rows claimed per tick. */
  batchSize?: number
  /** How many emails of a batch are handed to SMTP at once. */
  concurrency?: number
}

/** A claimed row stays invisible to other ticks this long; see ARCHITECTURE.md (outbox). */
export const leaseMs = 5 * 60_000
/** After this many attempts an email is parked as failed. */
export const maxAttempts = 8
/** Back-off after the n-th failed attempt: 1, 2, 4, … minutes, at most an hour. */
export const retryDelayMs = (attempts: number) =>
  Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000

interface Claimed {
  id: string
  /** null for an email of no booking (an employee's morning summary). */
  booking_id: string | null
  kind: string
  version: number
  recipient: string
  locale: string
  attempts: number
  /** The attempts count when an administrator last re-queued it (issue 17 item 6). */
  retry_base: number
  /** jsonb: an object, or its text on a driver that does not parse it. */
  payload: Payload | string | null
}

interface BookingRow {
  id: string
  reference: string
  full_name: string
  status: string
  version: number
  starts_ms: number
  ends_ms: number
  field_el: string
  field_en: string
  procedure_el: string
  procedure_en: string
  documents_el: string[] | string
  documents_en: string[] | string
  document_kinds: Record<string, string> | string
  email: string
  phone: string
  postal_address: string
  needs_sign_language: boolean
  needs_lip_reading: boolean
  other_requirements: string | null
  kep_el: string
  kep_en: string
  address_el: string
  address_en: string
  postal_code: string
  city_el: string
  city_en: string
}

export interface TickResult {
  claimed: number
  sent: number
  retried: number
  failed: number
  dropped: number
}

/**
 * One tick of the sender. Claims up to `batchSize` due rows in one statement —
 * `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING` — that pushes their
 * next_attempt_at a lease ahead and counts the attempt, and commits at once: no transaction is
 * held across SMTP, and another instance's tick skips them (locked) or finds them not due
 * (leased). Each email is then sent and marked sent only while this tick's claim still holds
 * (same attempts count). A crash between SMTP's acceptance and the mark is the one case that
 * sends twice: the row comes due again when the lease ends.
 */
export async function sendDueEmails(deps: SenderDeps): Promise<TickResult> {
  const { db, clock } = deps
  const started = performance.now()
  const now = clock.now()
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`
      update outbox set attempts = attempts + 1,
        last_attempt_at = ${now.toISOString()}::timestamptz,
        next_attempt_at = ${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz
      where id in (
        select id from outbox
        where status = 'pending' and next_attempt_at <= ${now.toISOString()}::timestamptz
        order by next_attempt_at
        limit ${deps.batchSize ?? 50}::int
        for update skip locked)
      returning id, booking_id, kind, version, recipient, locale, attempts, retry_base, payload`),
  )
  const result: TickResult = { claimed: claimed.length, sent: 0, retried: 0, failed: 0, dropped: 0 }
  if (claimed.length === 0) return result

  const bookingIds = [
    ...new Set(claimed.map((c) => c.booking_id).filter((id): id is string => id !== null)),
  ]
  const bookingRows =
    bookingIds.length === 0
      ? []
      : rowsOf<BookingRow>(
          await db.execute(sql`
      select b.id, b.reference, b.full_name, b.status, b.version, b.email, b.phone,
        b.postal_address, b.needs_sign_language, b.needs_lip_reading, b.other_requirements,
        p.document_kinds,
        (extract(epoch from b.starts_at) * 1000)::float8 as starts_ms,
        (extract(epoch from b.ends_at) * 1000)::float8 as ends_ms,
        c.name_el as field_el, c.name_en as field_en,
        p.title_el as procedure_el, p.title_en as procedure_en,
        p.required_documents_el as documents_el, p.required_documents_en as documents_en,
        k.name_el as kep_el, k.name_en as kep_en, k.address_el, k.address_en, k.postal_code,
        k.city_el, k.city_en
      from bookings b
        join service_categories c on c.id = b.category_id
        join procedures p on p.id = b.procedure_id
        join keps k on k.id = b.kep_id
      where b.id in (${sql.join(
        bookingIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`),
        )
  const byId = new Map(bookingRows.map((b) => [b.id, b]))
  const window = await callWindowRule(db)

  // Only while this tick's claim holds: a later claim (lease over) has a higher attempts count.
  const ours = (c: Claimed) =>
    and(eq(outbox.id, c.id), eq(outbox.status, 'pending'), eq(outbox.attempts, c.attempts))

  const drop = async (c: Claimed) => {
    await db.update(outbox).set({ status: 'cancelled' }).where(ours(c))
    result.dropped++
  }

  /** The kinds whose email is all in its payload; undefined: a payload it cannot read. */
  const ownPayloadMails: Record<string, (c: Claimed) => RenderedEmail | undefined> = {
    [applicationMailKind]: (c) => {
      const payload = applicationMailPayload(c.payload)
      return payload && renderApplicationMail(payload, deps.publicUrl)
    },
    [erasureMailKind]: (c) => {
      const payload = erasureMailPayload(c.payload)
      return payload && renderErasureMail(payload, c.locale)
    },
  }

  const handle = async (c: Claimed) => {
    // an email of no booking, rendered from its own payload (an application's step, an erasure)
    const renderOwn = ownPayloadMails[c.kind]
    if (renderOwn) {
      const rendered = renderOwn(c)
      if (!rendered) return drop(c)
      if (performance.now() - started > leaseMs / 2) return
      return deliver(c, () =>
        Promise.resolve({
          from: deps.from,
          to: c.recipient,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          messageId: `<${c.id}@keplive>`,
          headers: { 'X-Keplive-Outbox': c.id },
        }),
      )
    }
    if (c.kind === morningSummaryKind) {
      const message = await composeMorningSummary(deps, c)
      // nothing left to list (all cancelled since), or they turned it off: no email
      if (!message) return drop(c)
      if (performance.now() - started > leaseMs / 2) return
      return deliver(c, message)
    }
    const booking = c.booking_id === null ? undefined : byId.get(c.booking_id)
    // A cancelled booking gets its cancellation notice and nothing else, whatever was queued.
    if (!booking || (booking.status === 'cancelled') !== (c.kind === 'cancelled')) {
      return drop(c)
    }
    // Past half the lease another tick may soon take the row: leave it for then.
    if (performance.now() - started > leaseMs / 2) return
    const kind: EmailKind = c.kind.startsWith('reminder_') ? 'reminder' : (c.kind as EmailKind)
    return deliver(c, () => compose(deps, c, kind, booking, window))
  }

  /** Hands one email to SMTP and marks it sent, or schedules another try, or parks it. */
  const deliver = async (c: Claimed, message: () => Promise<Parameters<SendMail>[0]>) => {
    try {
      await deps.transport.sendMail(await message())
      await throughHiccups(() =>
        db
          .update(outbox)
          .set({ status: 'sent', sentAt: clock.now(), lastError: null })
          .where(ours(c)),
      )
      result.sent++
    } catch (err) {
      const { permanent, message } = classify(err)
      if (permanent || c.attempts - Number(c.retry_base ?? 0) >= maxAttempts) {
        await db.update(outbox).set({ status: 'failed', lastError: message }).where(ours(c))
        result.failed++
        deps.logger?.warn({ outboxId: c.id, kind: c.kind, error: message }, 'email failed')
      } else {
        await db
          .update(outbox)
          .set({
            lastError: message,
            nextAttemptAt: new Date(clock.now().getTime() + retryDelayMs(c.attempts)),
          })
          .where(ours(c))
        result.retried++
      }
    }
  }

  const queue = [...claimed]
  const workers = Array.from(
    { length: Math.min(deps.concurrency ?? 10, queue.length) },
    async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await handle(c)
    },
  )
  await Promise.all(workers)
  return result
}

/**
 * Runs a write again (three times in all, a moment apart) when the database connection failed:
 * the mark after SMTP accepted an email, which if lost sends the email again when the lease
 * ends. After a database restart, postgres.js fails the first statement of a connection that
 * was busy at the crash with the old error; the next attempt goes through.
 */
async function throughHiccups(write: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await write()
      return
    } catch (err) {
      if (attempt >= 3 || !isDatabaseUnavailable(err)) throw err
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}

type SendMail = SenderDeps['transport']['sendMail']

/**
 * Issue 14 item 4: the employee's morning summary of a claimed row, read now; undefined when
 * there is nothing left to send (their appointments cancelled since, or the summary turned off).
 */
async function composeMorningSummary(
  deps: SenderDeps,
  c: Claimed,
): Promise<(() => Promise<Parameters<SendMail>[0]>) | undefined> {
  const payload = payloadOf(c) as Partial<MorningSummaryPayload> | null
  if (typeof payload?.employeeId !== 'string' || typeof payload.date !== 'string') return undefined
  const summary = { employeeId: payload.employeeId, date: payload.date }
  const appointments = await morningSummaryAppointments(deps.db, summary, c.locale)
  if (appointments.length === 0) return undefined
  const rendered = renderMorningSummary(
    summary.date,
    c.locale,
    appointments,
    agendaUrlOf(deps.publicUrl, summary.date),
  )
  return () =>
    Promise.resolve({
      from: deps.from,
      to: c.recipient,
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: `<${c.id}@keplive>`,
      headers: { 'X-Keplive-Outbox': c.id },
    })
}

/** What a row carries beyond the booking: an administrative notice, a call's outcome. */
interface Payload {
  /** Issue 16 item 5: which contact details changed (their values are the booking's, now). */
  changed?: ContactField[]
  notice?: Bilingual
  staffReason?: string
  outcome?: CallOutcomeMail
}

const payloadOf = (c: Claimed): Payload | null =>
  typeof c.payload === 'string' ? (JSON.parse(c.payload) as Payload) : c.payload

/** The notice of an administrative change stored with the row, in the citizen's language. */
function noticeOf(c: Claimed, en: boolean): string | undefined {
  const notice = payloadOf(c)?.notice
  return notice ? (en ? notice.en : notice.el) : undefined
}

/** Builds the message of a claimed row; a join link is issued now, so it exists only in the email. */
async function compose(
  deps: SenderDeps,
  c: Claimed,
  kind: EmailKind,
  b: BookingRow,
  window: CallWindowRule,
) {
  const en = c.locale === 'en'
  const list = (v: string[] | string) => (typeof v === 'string' ? (JSON.parse(v) as string[]) : v)
  const startsAt = new Date(Number(b.starts_ms))
  const endsAt = new Date(Number(b.ends_ms))
  const documentKinds =
    typeof b.document_kinds === 'string'
      ? (JSON.parse(b.document_kinds) as Record<string, string>)
      : b.document_kinds
  const payload = payloadOf(c)
  const mail: BookingMail = {
    bookingId: b.id,
    reference: b.reference,
    fullName: b.full_name,
    locale: c.locale,
    fieldName: en ? b.field_en : b.field_el,
    procedureTitle: en ? b.procedure_en : b.procedure_el,
    requiredDocuments: list(en ? b.documents_en : b.documents_el),
    namesIdentityDocument: list(b.documents_el).some((d) => documentKinds[d] === 'identity'),
    callMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
    requirements: {
      signLanguage: b.needs_sign_language,
      lipReading: b.needs_lip_reading,
      other: b.other_requirements,
    },
    contact:
      kind === 'contact_changed'
        ? {
            changed: payload?.changed ?? [],
            email: b.email,
            phone: b.phone,
            postalAddress: b.postal_address,
          }
        : undefined,
    kepName: en ? b.kep_en : b.kep_el,
    kepAddress: `${en ? b.address_en : b.address_el}, ${b.postal_code} ${en ? b.city_en : b.city_el}`,
    startsAt,
    notice: noticeOf(c, en),
    staffReason: payloadOf(c)?.staffReason,
    outcome: payloadOf(c)?.outcome,
  }
  const base = deps.publicUrl.replace(/\/$/, '')
  const join = isUpcoming(kind)
    ? `${base}/join/${await issueJoinToken(deps.db, { id: b.id, startsAt, endsAt }, window)}`
    : undefined
  const manage = `${base}/bookings/${b.id}`
  const rendered = renderEmail(
    kind,
    mail,
    { join, manage, book: `${base}/` },
    window.opensMinutesBefore,
  )
  const message = {
    from: deps.from,
    to: c.recipient,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: `<${c.id}@keplive>`,
    headers: { 'X-Keplive-Outbox': c.id },
  }
  if (!attachesCalendar(kind)) return message
  const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST'
  const fromAddress = /<([^>]+)>/.exec(deps.from)?.[1] ?? deps.from
  const ics = buildIcs({
    bookingId: b.id,
    sequence: b.version,
    method,
    startsAt,
    endsAt,
    stamp: deps.clock.now(),
    summary: messagesFor(c.locale).calendarSummary(b.reference),
    description: rendered.text,
    location: join ?? manage,
    url: join,
    organizer: fromAddress,
    attendee: c.recipient,
  })
  return {
    ...message,
    attachments: [
      {
        filename: 'invitation.ics',
        content: ics,
        contentType: `text/calendar; charset=utf-8; method=${method}`,
      },
    ],
  }
}

/** 5xx from SMTP is final for that message; 4xx and connection errors are worth another try. */
function classify(err: unknown): { permanent: boolean; message: string } {
  const e = err as { responseCode?: number; code?: string; response?: string; message?: string }
  const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500
  // Servers quote the refused address; neither logs nor the administrators' list need it.
  const message = (e.response ?? e.message ?? String(err))
    .replace(/[^\s<>@"']+@[^\s<>@"']+/g, '[address]')
    .slice(0, 500)
  return { permanent, message: e.code ? `${e.code}: ${message}` : message }
}

export interface OutboxFailure {
  id: string
  bookingId: string | null
  kind: string
  version: number
  attempts: number
  lastError: string | null
  dueAt: Date
  createdAt: Date
}

/** Emails parked as failed, newest first, for administrators (no recipient address). */
export async function listOutboxFailures(db: Db, limit = 100): Promise<OutboxFailure[]> {
  return db
    .select({
      id: outbox.id,
      bookingId: outbox.bookingId,
      kind: outbox.kind,
      version: outbox.version,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      dueAt: outbox.dueAt,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(eq(outbox.status, 'failed'))
    .orderBy(desc(outbox.createdAt))
    .limit(Math.max(1, Math.min(limit, 500)))
}
