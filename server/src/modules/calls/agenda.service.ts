import { and, asc, eq, gte, inArray, isNull, lt } from 'drizzle-orm'
import { DateTime } from 'luxon'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { fieldError, validationFailed, type FieldError } from '../../platform/errors.js'
import { foldForSearch } from '../../platform/text.js'
import { recordAudit } from '../audit/index.js'
import { bookings, type Booking } from '../bookings/index.js'
import { serviceCategories } from '../catalog/index.js'
import {
  addDays,
  dateRangeProblems,
  localDateOf,
  parametersInForce,
  versionsOf,
  versionsSql,
  zone,
} from '../scheduling/index.js'
import { mustLogIn, staffOnly } from './calls.errors.js'
import type { CallRow, RequestMeta } from './calls.service.js'
import { callParticipants, calls } from './calls.table.js'

// Issue 14 item 1 and the search of item 3: an employee's days (theirs or their KEP's) and
// finding a booking of their KEP. Staff only, their own KEP only; every read is audited (R7.2).

/** Where an appointment stands, as the agenda shows it (issue 14). */
export type AppointmentState =
  'not_started' | 'waiting' | 'in_call' | 'done' | 'no_show' | 'cancelled'

export type AgendaScope = 'mine' | 'kep'

export interface AgendaRow {
  booking: Booking
  call: CallRow | null
  state: AppointmentState
}

/** The agenda shows at most a week at a time. */
export const agendaMaxDays = 7
/** A search needs this many characters (after folding) … */
export const searchMinLength = 3
/** … at most this many … */
export const searchMaxLength = 200
/** … and answers with at most this many bookings. */
export const searchMaxResults = 50

/**
 * The state of an appointment from its booking's status and its call (if it began): the
 * booking's outcome first, then the call's; a call is "waiting" while a citizen is in it who
 * has not been let in.
 */
export function appointmentStateOf(
  booking: Pick<Booking, 'status'>,
  call: Pick<CallRow, 'status'> | null,
  citizenWaiting: boolean,
): AppointmentState {
  if (booking.status === 'cancelled') return 'cancelled'
  if (booking.status === 'no_show' || call?.status === 'no_show') return 'no_show'
  if (booking.status === 'completed' || call?.status === 'ended') return 'done'
  if (call?.status === 'in_call') return 'in_call'
  return citizenWaiting ? 'waiting' : 'not_started'
}

function assertStaff(actor: Actor): asserts actor is Extract<Actor, { kind: 'employee' }> {
  if (actor.kind === 'anonymous') throw mustLogIn()
  if (actor.kind !== 'employee') throw staffOnly()
}

/** The last local date any field can be booked for now: the agenda goes no further. */
async function lastBookableDate(db: Db, now: Date): Promise<string> {
  const rows = await db
    .select({ category: serviceCategories, versions: versionsSql() })
    .from(serviceCategories)
  const horizon = Math.max(
    0,
    ...rows.map(
      (r) =>
        parametersInForce({ ...r.category, versions: versionsOf(r.versions) }, now).horizonDays,
    ),
  )
  return addDays(localDateOf(now.getTime()), horizon)
}

/** The bookings with their calls and states, in the order given. */
async function withStates(db: Db, rows: Booking[]): Promise<AgendaRow[]> {
  if (rows.length === 0) return []
  const callRows = await db
    .select()
    .from(calls)
    .where(
      inArray(
        calls.bookingId,
        rows.map((b) => b.id),
      ),
    )
  const waitingIds = callRows.filter((c) => c.status === 'waiting').map((c) => c.id)
  const waiting =
    waitingIds.length === 0
      ? []
      : await db
          .selectDistinct({ callId: callParticipants.callId })
          .from(callParticipants)
          .where(
            and(
              inArray(callParticipants.callId, waitingIds),
              eq(callParticipants.role, 'citizen'),
              eq(callParticipants.admitted, false),
              isNull(callParticipants.leftAt),
            ),
          )
  const waitingSet = new Set(waiting.map((w) => w.callId))
  return rows.map((booking) => {
    const call = callRows.find((c) => c.bookingId === booking.id) ?? null
    return {
      booking,
      call,
      state: appointmentStateOf(booking, call, call !== null && waitingSet.has(call.id)),
    }
  })
}

/**
 * The appointments of the employee's KEP (scope `kep`) or assigned to them (`mine`) from the
 * local date `from` to `to` (Athens, both included), cancelled ones too, by start.
 * @throws DomainError UNAUTHENTICATED, FORBIDDEN (not an employee), VALIDATION_FAILED (`from`,
 * `to`: not dates, reversed, more than 7 days, beyond the booking horizon).
 */
export async function staffAgenda(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { from: string; to: string; scope: AgendaScope },
  meta: RequestMeta = {},
): Promise<AgendaRow[]> {
  assertStaff(actor)
  const problems: FieldError[] = dateRangeProblems(input.from, input.to, agendaMaxDays)
  if (problems.length === 0) {
    const last = await lastBookableDate(db, clock.now())
    if (input.to > last) {
      problems.push(
        fieldError(
          'to',
          'beyond_horizon',
          `Τα ραντεβού κλείνονται έως ${last}: επιλέξτε ημερομηνία έως τότε.`,
          `Appointments are booked up to ${last}: choose a date up to then.`,
        ),
      )
    }
  }
  if (problems.length > 0) throw validationFailed(problems)
  const start = DateTime.fromISO(input.from, { zone }).startOf('day').toJSDate()
  const end = DateTime.fromISO(input.to, { zone }).startOf('day').plus({ days: 1 }).toJSDate()
  const rows = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.kepId, actor.kepId),
        input.scope === 'mine' ? eq(bookings.employeeId, actor.employeeId) : undefined,
        gte(bookings.startsAt, start),
        lt(bookings.startsAt, end),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.reference))
  // R7.2: staff reading people's details leave a trace, one entry per list read
  await recordAudit(db, {
    actor,
    action: 'kep.agenda.read',
    entity: 'kep',
    entityId: actor.kepId,
    ip: meta.ip,
    at: clock.now(),
    details: { from: input.from, to: input.to, scope: input.scope, count: rows.length },
  })
  return withStates(db, rows)
}

/**
 * The bookings of the employee's KEP whose reference, citizen's name or email contain every
 * word of `query` (accent- and case-insensitive), the coming ones first (soonest first), then
 * the past ones (latest first), today's counting as coming; at most 50. Folded in memory, as the administration's KEP
 * search does: a KEP's bookings are a few thousand narrow rows, and a name has no folded column.
 * @throws DomainError UNAUTHENTICATED, FORBIDDEN (not an employee), VALIDATION_FAILED (`query`:
 * fewer than 3 or more than 200 characters).
 */
export async function findKepBookings(
  db: Db,
  clock: Clock,
  actor: Actor,
  query: string,
  meta: RequestMeta = {},
): Promise<AgendaRow[]> {
  assertStaff(actor)
  const folded = foldForSearch(query)
  if (folded.length < searchMinLength || query.length > searchMaxLength) {
    throw validationFailed([
      folded.length < searchMinLength
        ? fieldError(
            'query',
            'too_short',
            `Γράψτε τουλάχιστον ${searchMinLength} χαρακτήρες.`,
            `Type at least ${searchMinLength} characters.`,
          )
        : fieldError(
            'query',
            'too_long',
            `Γράψτε έως ${searchMaxLength} χαρακτήρες.`,
            `Type at most ${searchMaxLength} characters.`,
          ),
    ])
  }
  const terms = folded.split(' ')
  const candidates = await db
    .select({
      id: bookings.id,
      reference: bookings.reference,
      fullName: bookings.fullName,
      email: bookings.email,
      startsAt: bookings.startsAt,
    })
    .from(bookings)
    .where(eq(bookings.kepId, actor.kepId))
  const today = DateTime.fromJSDate(clock.now(), { zone }).startOf('day').toMillis()
  const found = candidates
    .filter((c) => {
      const haystack = foldForSearch(`${c.reference} ${c.fullName} ${c.email}`)
      return terms.every((t) => haystack.includes(t))
    })
    .sort((a, b) => soonestFirst(a.startsAt.getTime(), b.startsAt.getTime(), today))
    .slice(0, searchMaxResults)
  const ids = found.map((f) => f.id)
  const rows =
    ids.length === 0 ? [] : await db.select().from(bookings).where(inArray(bookings.id, ids))
  const ordered = ids.map((id) => rows.find((r) => r.id === id)!)
  // R7.2: the ids read, never the words searched for (a name or an email)
  await recordAudit(db, {
    actor,
    action: 'kep.bookings.search',
    entity: 'kep',
    entityId: actor.kepId,
    ip: meta.ip,
    at: clock.now(),
    details: { count: ordered.length, bookingIds: ids },
  })
  return withStates(db, ordered)
}

/** Today's and coming appointments before past ones; the coming soonest first, the past latest first. */
function soonestFirst(a: number, b: number, today: number): number {
  const aComing = a >= today
  const bComing = b >= today
  if (aComing !== bComing) return aComing ? -1 : 1
  return aComing ? a - b : b - a
}
