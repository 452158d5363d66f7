import { createHash } from 'node:crypto'
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm'
import type { Clock } from '../../platform/clock.js'
import { executePrepared, pgErrorOf, rowsOf, type Db } from '../../platform/db/client.js'
import { DomainError, validationFailed, type FieldError } from '../../platform/errors.js'
import { dayClock, holidayOn, localDateOf, onGrid } from './calendar.js'
import { occupancy } from './occupancy.table.js'
import {
  availability,
  fieldError,
  loadSchedulingData,
  schedulingDataByKep,
  parametersInForce,
  paramsAt,
  type ResolvedScope,
  type ScopeInput,
} from './scheduling.service.js'
import {
  blockedSpan,
  forEachFreeSlot,
  type FreeSlot,
  type SchedulingParams,
  type Span,
  type SpanLookup,
} from './slot-engine.js'

// Occupancy belongs to scheduling (issue 12): the one module that answers "who is busy when"
// and "reserve this". It orders the candidates for a slot (fair spread), computes the blocked
// span (blockedSpan), writes the reservation and lets the exclusion constraints on its table
// arbitrate every race, trying the next candidate when one was just taken.

/** A held (or released) stretch of an employee's and a workstation's time. */
export interface Reservation {
  id: string
  kepId: string
  employeeId: string
  workstationId: string
  startsAt: Date
  /** The call's end. */
  endsAt: Date
  /** Call + buffer: the employee and the desk are free again from here. */
  blockedUntil: Date
}

export interface ReserveInput {
  /** The field, procedure and where the citizen may be served (one KEP, a municipality, any). */
  resolved: ResolvedScope
  startsAt: Date
  now: Date
  /**
   * An administrative move of a booking already made (issue 13: a colleague or another KEP
   * takes it when its employee or KEP no longer can): it keeps the length it was booked with,
   * and the minimum notice and the horizon, rules of booking, do not apply.
   */
  keeping?: { callMinutes: number; bufferMinutes: number }
  /**
   * Only these employees may take it (issue 14: a handover goes to anyone but the employee
   * handing it over, or only to the colleague they named); the fair order is kept among them.
   */
  among?: (employeeId: string) => boolean
  /**
   * A held slot (issue 16 item 1): the reservation is held for this citizen until `expiresAt`,
   * then free again unless confirmed (confirmHold).
   */
  hold?: { citizenId: string; expiresAt: Date }
}

/** The length a held reservation was made with (call and buffer), for a move that keeps it. */
export function keepingOf(reservation: Pick<Reservation, 'startsAt' | 'endsAt' | 'blockedUntil'>) {
  return {
    callMinutes: Math.round(
      (reservation.endsAt.getTime() - reservation.startsAt.getTime()) / 60_000,
    ),
    bufferMinutes: Math.round(
      (reservation.blockedUntil.getTime() - reservation.endsAt.getTime()) / 60_000,
    ),
  }
}

/** The parameters a reservation is tried with: the field's, or for `keeping` the booking's own. */
function reserveParams(input: ReserveInput, start: number): SchedulingParams {
  const params = paramsAt(input.resolved.category, input.now)
  if (!input.keeping) return params
  // on every minute: the booking's start was on the grid of the step it was made with
  return { ...params, ...input.keeping, slotStepMinutes: 1, earliest: start, latest: start + 1 }
}

/**
 * What reserving answers: the reservation; or a refusal — `not_offered` when the rules never
 * offer that time (a bad request, its field error given), `taken` when they do but every
 * employee free for it was booked a moment ago (answer SLOT_UNAVAILABLE, see slotTaken).
 */
export type ReserveOutcome =
  | { reservation: Reservation }
  | { refused: 'not_offered'; error: DomainError }
  | { refused: 'taken' }

const columns = {
  id: occupancy.id,
  kepId: occupancy.kepId,
  employeeId: occupancy.employeeId,
  workstationId: occupancy.workstationId,
  startsAt: occupancy.startsAt,
  endsAt: occupancy.endsAt,
  blockedUntil: occupancy.blockedUntil,
}

/**
 * What is wrong with a requested start, by the field's rules: in the past, sooner than the
 * minimum notice, beyond the horizon, off the slot grid (field `startsAt`).
 */
export function startProblems(resolved: ResolvedScope, startsAt: Date, now: Date): FieldError[] {
  const t = startsAt.getTime()
  const inForce = parametersInForce(resolved.category, now)
  const params = paramsAt(resolved.category, now)
  if (Number.isNaN(t)) {
    return [fieldError('startsAt', 'invalid_format', 'Μη έγκυρη ώρα.', 'Invalid time.')]
  }
  if (t < now.getTime()) {
    return [fieldError('startsAt', 'in_past', 'Η ώρα αυτή έχει περάσει.', 'That time has passed.')]
  }
  if (t < params.earliest) {
    return [
      fieldError(
        'startsAt',
        'too_soon',
        `Κλείστε ραντεβού τουλάχιστον ${inForce.minNoticeMinutes} λεπτά νωρίτερα.`,
        `Book at least ${inForce.minNoticeMinutes} minutes ahead.`,
      ),
    ]
  }
  if (t >= params.latest) {
    return [
      fieldError(
        'startsAt',
        'beyond_horizon',
        `Μπορείτε να κλείσετε ραντεβού έως ${inForce.horizonDays} ημέρες μπροστά.`,
        `You can book up to ${inForce.horizonDays} days ahead.`,
      ),
    ]
  }
  if (!onGrid(t, localDateOf(t), inForce.slotStepMinutes)) {
    return [
      fieldError(
        'startsAt',
        'not_on_grid',
        'Επιλέξτε μία από τις ώρες που προτείνονται.',
        'Choose one of the times offered.',
      ),
    ]
  }
  return []
}

/**
 * The employees free for one slot, in the order the policy assigns them: fewest booked minutes
 * that local day, then least recently assigned (R3.1–R3.4: the same engine as availability).
 */
async function candidatesFor(
  db: Db,
  { scope }: ResolvedScope,
  start: number,
  params: SchedulingParams,
  now: Date,
  ignoreReservationId?: string,
): Promise<FreeSlot[]> {
  const date = localDateOf(start)
  const data = await loadSchedulingData(db, scope, ignoreReservationId, now)
  const free: FreeSlot[] = []
  forEachFreeSlot([date], data, params, (slot) => {
    if (slot.start === start) free.push(slot)
  })
  if (free.length <= 1) return free
  const dayStart = dayClock(date).at(0)
  const dayEnd = dayClock(date).at(24 * 60)
  const minutes = new Map<string, number>()
  for (const slot of free) {
    const spans = data.busyByEmployee.get(slot.employeeId) ?? []
    minutes.set(
      slot.employeeId,
      spans.filter(([s]) => s >= dayStart && s < dayEnd).reduce((sum, [s, b]) => sum + (b - s), 0),
    )
  }
  const lastAssigned = data.lastAssigned
  return free.sort(
    (a, b) =>
      minutes.get(a.employeeId)! - minutes.get(b.employeeId)! ||
      (lastAssigned.get(a.employeeId) ?? 0) - (lastAssigned.get(b.employeeId) ?? 0) ||
      a.employeeId.localeCompare(b.employeeId),
  )
}

/**
 * Why the rules alone (hours, closures, holidays, availability, absences) never offer `start`,
 * reservations aside; undefined when they do (then it was just taken).
 */
async function notOfferedError(
  db: Db,
  { scope, category }: ResolvedScope,
  start: number,
  now: Date,
): Promise<DomainError | undefined> {
  const date = localDateOf(start)
  const data = {
    ...(await loadSchedulingData(db, scope)),
    busyByEmployee: new Map<string, Span[]>(),
    busyByWorkstation: new Map<string, Span[]>(),
  }
  let offered = false
  forEachFreeSlot([date], data, paramsAt(category, now), (slot) => {
    if (slot.start === start) offered = true
  })
  if (offered) return undefined
  // a KEP of the scope keeping extraordinary hours that day is open despite a holiday
  const specialHours = [...data.specialHours.values()].some(
    ([w]) => w!.date === date && (scope.kepId === undefined || w!.kepId === scope.kepId),
  )
  const holiday = holidayOn(date)
  return validationFailed([
    holiday && !specialHours
      ? fieldError(
          'startsAt',
          'holiday',
          `Στις ${date} είναι αργία (${holiday.nameEl}): τα ΚΕΠ είναι κλειστά.`,
          `${date} is a public holiday (${holiday.nameEn}): KEPs are closed.`,
        )
      : fieldError(
          'startsAt',
          'outside_hours',
          'Το ΚΕΠ δεν δέχεται ραντεβού εκείνη την ώρα (κλειστό ή εκτός ωραρίου).',
          'The KEP takes no appointments at that time (closed or outside its hours).',
        ),
  ])
}

/** How many of the candidates for a slot a reservation tries. */
const maxCandidates = 50

/** A 32-bit key for an advisory lock, the same in every process. */
const lockKeyOf = (text: string) => createHash('sha256').update(text).digest().readInt32BE(0)
/** The advisory locks' namespace (first key) for a KEP's day of reservations. */
const kepDayLockSpace = 4242011

/**
 * The KEP-day lock keys of the candidates, ascending, as an int[] literal (the same statement
 * text whatever their number, so it is prepared once). Taking them in this order before
 * writing: two transactions reserving overlapping slots of one KEP then queue on the lock
 * instead of each waiting on the other's uncommitted row in the exclusion constraints (a
 * deadlock, issue 11 defect 2).
 *
 * Deadlock freedom, as a whole: a reserving transaction locks, in this order, (1) its own rows
 * (the citizen's, or the booking being moved), (2) all its candidates' KEP-days at once, in
 * ascending key order, in one statement, (3) then writes reservations, waiting only on rows of
 * transactions holding one of the same KEP-days — which cannot be running, since it holds them.
 * Nobody takes (1) after (2), and (2) in one global order, so no cycle can form. unnest yields
 * the array in order and the locks are taken row by row as it does.
 */
function kepDayKeys(candidates: FreeSlot[]): string {
  const keys = [
    ...new Set(candidates.map((c) => lockKeyOf(`${c.kepId}:${localDateOf(c.start)}`))),
  ].sort((a, b) => a - b)
  return `{${keys.join(',')}}`
}

/** Takes the KEP-days (kepDayKeys), all in one statement; held until the commit. */
const kepDayLocks = (keys: string) => sql`
  select pg_advisory_xact_lock(${kepDayLockSpace}::int, k.key)
  from unnest(${keys}::int[]) as k(key)`

async function reserveAmong(
  tx: Db,
  input: ReserveInput,
  ignoreReservationId: string | undefined,
  attempt: (tx: Db, slot: FreeSlot, keys: string) => Promise<Reservation | undefined>,
): Promise<ReserveOutcome> {
  const start = input.startsAt.getTime()
  const candidates = await freeCandidates(tx, input, ignoreReservationId)
  if (candidates.length === 0 && !input.keeping) {
    const error = await notOfferedError(tx, input.resolved, start, input.now)
    if (error) return { refused: 'not_offered', error }
  }
  const tried = candidates.slice(0, maxCandidates)
  const keys = kepDayKeys(tried)
  // in policy order; the exclusion constraints arbitrate every race (R3.1)
  for (const slot of tried) {
    const reservation = await attempt(tx, slot, keys)
    if (reservation) return { reservation }
  }
  return { refused: 'taken' }
}

/**
 * Who (employee and desk) could take `input` now, in the order reserve and move try them: the
 * fair-spread order, limited to `input.among`; `reservationId`'s own time counts as free (the
 * booking being moved). A read: nothing is held, a later reserve or move decides.
 */
export async function freeCandidates(
  db: Db,
  input: ReserveInput,
  reservationId?: string | null,
): Promise<FreeSlot[]> {
  const start = input.startsAt.getTime()
  const params = reserveParams(input, start)
  const all = await candidatesFor(
    db,
    input.resolved,
    start,
    params,
    input.now,
    reservationId ?? undefined,
  )
  return input.among ? all.filter((c) => input.among!(c.employeeId)) : all
}

/**
 * Reserves the first employee (and desk) free at `startsAt` in the scope, in the fair-spread
 * order, inside the caller's transaction (see reservingTransaction).
 *
 * One statement per candidate tried, usually one in all (issue 12): the KEP-day locks
 * (kepDayKeys) taken first, in the same statement, then `INSERT … ON CONFLICT DO NOTHING`.
 * With no conflict target it covers the exclusion constraints (they are not deferrable): a
 * conflicting row committed, or committed while we waited for its transaction, makes the insert
 * a no-op with no row returned — the candidate was just taken, try the next — and no error, so
 * no savepoint is needed. The locks are taken again by every attempt: a lock already held is
 * granted at once, and the statement stays one prepared text.
 */
export async function reserve(tx: Db, input: ReserveInput): Promise<ReserveOutcome> {
  // the parameters in force when the booking is made (its length, kept whatever comes later),
  // or for `keeping` the booking's own
  const span = blockedSpan(
    input.startsAt.getTime(),
    input.keeping ?? parametersInForce(input.resolved.category, input.now),
  )
  const instant = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`
  return reserveAmong(tx, input, undefined, async (db, slot, keys) => {
    // The subqueries in WHERE run (every lock, in order; then the release of the holds that
    // lapsed on this employee's or desk's span, which the index already counts as free, issue
    // 16 item 1) before the row is inserted. A lapsed hold locked by its citizen's confirming
    // transaction is skipped, not waited for (that transaction may be waiting for our KEP-day
    // locks): this candidate is then taken, the next one is tried.
    const [row] = await executePrepared<{ id: string }>(
      db,
      'reserve',
      sql`
        with kep_days as (${kepDayLocks(keys)}),
        lapsed as (
          update ${occupancy} set released_at = expires_at
          where id in (
            select o.id from ${occupancy} o
            where (select count(*) from kep_days) >= 0
              and o.released_at is null and o.expires_at <= ${instant(input.now.getTime())}
              and (o.employee_id = ${slot.employeeId}::uuid
                or o.workstation_id = ${slot.workstationId}::uuid)
              and o.starts_at < ${instant(span.blockedUntil)}
              and o.blocked_until > ${instant(span.startsAt)}
            for update skip locked)
          returning 1)
        insert into ${occupancy}
          (kep_id, employee_id, workstation_id, starts_at, ends_at, blocked_until, created_at,
            held_for, expires_at)
        select ${slot.kepId}::uuid, ${slot.employeeId}::uuid, ${slot.workstationId}::uuid,
          ${instant(span.startsAt)}, ${instant(span.endsAt)}, ${instant(span.blockedUntil)},
          ${instant(input.now.getTime())}, ${input.hold?.citizenId ?? null}::uuid,
          ${input.hold ? input.hold.expiresAt.toISOString() : null}::timestamptz
        where (select count(*) from kep_days) >= 0 and (select count(*) from lapsed) >= 0
        on conflict do nothing
        returning id`,
    )
    if (!row) return undefined
    return {
      id: row.id,
      kepId: slot.kepId,
      employeeId: slot.employeeId,
      workstationId: slot.workstationId,
      startsAt: new Date(span.startsAt),
      endsAt: new Date(span.endsAt),
      blockedUntil: new Date(span.blockedUntil),
    }
  })
}

/**
 * Moves a held reservation to a new start (another employee, desk or KEP of the scope if need
 * be): its old time is freed only if the new one is held, in one UPDATE the constraints
 * arbitrate. A booking with no reservation (`null`) gets a new one.
 *
 * Moves keep a savepoint per candidate (issue 12 chose so): ON CONFLICT exists for INSERT
 * only, and an UPDATE refused by an exclusion constraint (23P01) aborts the transaction unless
 * a savepoint catches it. Moving by inserting a new reservation and releasing the old one
 * would change the reservation's identity and its "last assigned" time, for a rarer path. The
 * KEP-day locks are taken once, in one statement, before the first savepoint (a lock taken
 * inside a savepoint that rolls back would be let go).
 */
export async function move(
  tx: Db,
  reservationId: string | null,
  input: ReserveInput,
): Promise<ReserveOutcome> {
  if (reservationId === null) return reserve(tx, input)
  // the parameters in force when the booking is made (its length, kept whatever comes later),
  // or for `keeping` the booking's own
  const span = blockedSpan(
    input.startsAt.getTime(),
    input.keeping ?? parametersInForce(input.resolved.category, input.now),
  )
  let locked = false
  return reserveAmong(tx, input, reservationId, async (db, slot, keys) => {
    if (!locked) {
      await executePrepared(db, 'lock_kep_days', kepDayLocks(keys))
      locked = true
    }
    try {
      return await db.transaction(async (savepoint) => {
        const [row] = await savepoint
          .update(occupancy)
          .set({
            kepId: slot.kepId,
            employeeId: slot.employeeId,
            workstationId: slot.workstationId,
            startsAt: new Date(span.startsAt),
            endsAt: new Date(span.endsAt),
            blockedUntil: new Date(span.blockedUntil),
          })
          .where(and(eq(occupancy.id, reservationId), isNull(occupancy.releasedAt)))
          .returning(columns)
          .prepare('move_reservation')
          .execute()
        return row
      })
    } catch (err) {
      // the employee or the workstation was taken a moment ago: try the next one
      if (pgErrorOf(err).code !== '23P01') throw err
      return undefined
    }
  })
}

/** Frees a reservation's time from `now` on (a cancellation, the call over); idempotent. */
export async function release(tx: Db, reservationId: string | null, now: Date): Promise<void> {
  if (reservationId === null) return
  await releaseWrite(tx, reservationId, now)
}

/**
 * release's statement, not run: for a caller that makes it part of one statement of its own
 * (a data-modifying WITH, issue 12), e.g. a cancellation's.
 */
export function releaseWrite(tx: Db, reservationId: string, now: Date) {
  return tx
    .update(occupancy)
    .set({ releasedAt: now })
    .where(and(eq(occupancy.id, reservationId), isNull(occupancy.releasedAt)))
}

/** A held slot (issue 16 item 1): a reservation held for a citizen until it expires. */
export interface Hold extends Reservation {
  /** The citizen it is held for; null once confirmed (a booking's reservation). */
  heldFor: string | null
  expiresAt: Date | null
  releasedAt: Date | null
}

const holdColumns = {
  ...columns,
  heldFor: occupancy.heldFor,
  expiresAt: occupancy.expiresAt,
  releasedAt: occupancy.releasedAt,
}

/** True while a hold keeps its time: unreleased, held for someone, not expired at `now`. */
export const holdIsLive = (hold: Hold, now: Date): boolean =>
  hold.releasedAt === null && hold.expiresAt !== null && hold.expiresAt.getTime() > now.getTime()

/**
 * A reservation by id, locked until the commit (a confirm or a release decides on it alone);
 * undefined for an unknown id. Taken before any KEP-day lock (see kepDayKeys: own rows first).
 */
export async function lockHold(tx: Db, id: string): Promise<Hold | undefined> {
  const [row] = await tx
    .select(holdColumns)
    .from(occupancy)
    .where(eq(occupancy.id, id))
    .for('update')
  return row
}

/**
 * Whether any reservation names the citizen as the one it was held for, as SQL for a statement
 * of another module (issue 19 item 1): a released hold keeps its row (the fair spread reads it),
 * and its reference keeps the citizen's row from being deleted.
 */
export function heldForCitizenSql(citizenId: SQL): SQL {
  return sql`exists (select 1 from ${occupancy} where ${occupancy.heldFor} = ${citizenId})`
}

/** The citizen's unreleased hold (at most one: occupancy_one_hold_per_citizen), locked. */
export async function lockHoldOf(tx: Db, citizenId: string): Promise<Hold | undefined> {
  const [row] = await tx
    .select(holdColumns)
    .from(occupancy)
    .where(and(eq(occupancy.heldFor, citizenId), isNull(occupancy.releasedAt)))
    .for('update')
  return row
}

/**
 * Turns a live hold into a booking's reservation: the same row, its expiry cleared, so the
 * time it holds is never let go (no second race). Undefined when it is no longer live at
 * `now` (released, or expired: then reserve anew).
 */
export async function confirmHold(tx: Db, id: string, now: Date): Promise<Reservation | undefined> {
  const [row] = await tx
    .update(occupancy)
    .set({ heldFor: null, expiresAt: null })
    .where(
      and(
        eq(occupancy.id, id),
        isNull(occupancy.releasedAt),
        sql`${occupancy.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning(columns)
  return row
}

/**
 * Releases a hold (the citizen went back, left, or chose another time); an expired one counts
 * as released when it expired. Undefined when it was not an unreleased hold.
 */
export async function releaseHold(tx: Db, id: string, now: Date): Promise<string | undefined> {
  const [row] = await tx
    .update(occupancy)
    .set({ releasedAt: sql`least(${now.toISOString()}::timestamptz, ${occupancy.expiresAt})` })
    .where(
      and(
        eq(occupancy.id, id),
        isNull(occupancy.releasedAt),
        sql`${occupancy.heldFor} is not null`,
      ),
    )
    .returning({ id: occupancy.id })
  return row?.id
}

/**
 * releaseHold's statement for every hold of a citizen, not run: for the booking's own statement
 * (issue 16 item 1), so a booking made without naming its hold lets the citizen's hold go in the
 * statement that writes it, not in one more. A hold confirmed as the booking's is no longer one.
 */
export function releaseHoldsOfWrite(tx: Db, citizenId: string, now: Date) {
  return tx
    .update(occupancy)
    .set({ releasedAt: sql`least(${now.toISOString()}::timestamptz, ${occupancy.expiresAt})` })
    .where(and(eq(occupancy.heldFor, citizenId), isNull(occupancy.releasedAt)))
}

/**
 * The job's part (issue 16 item 1): releases the holds expired by `now` (already free to
 * availability and to reserve; this tidies their rows), skipping any locked by a transaction
 * deciding on it. Returns how many.
 */
export async function releaseExpiredHolds(db: Db, now: Date): Promise<number> {
  const rows = rowsOf(
    await db.execute(sql`
      update ${occupancy} set released_at = expires_at
      where id in (
        select id from ${occupancy}
        where released_at is null and expires_at <= ${now.toISOString()}::timestamptz
        for update skip locked)
      returning id`),
  )
  return rows.length
}

/** SQLSTATEs after which a transaction may simply run again: deadlock, serialization failure. */
const retryableCodes = new Set(['40P01', '40001'])
const maxAttempts = 3

/**
 * Runs a transaction that reserves, again (up to maxAttempts in all) when PostgreSQL broke a
 * deadlock or a serialization conflict by aborting it; null when it never got through, which
 * the caller answers as SLOT_UNAVAILABLE (slotTaken). `db` must be the database.
 */
export async function reservingTransaction<T>(
  db: Db,
  run: (tx: Db) => Promise<T | null>,
): Promise<T | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(run)
    } catch (err) {
      if (!retryableCodes.has(pgErrorOf(err).code ?? '')) throw err
      if (attempt >= maxAttempts) return null
    }
  }
}

/** Free slots near the one asked for. */
async function alternativesTo(db: Db, clock: Clock, input: ScopeInput, start: number) {
  const from = localDateOf(Math.max(start, clock.now().getTime()))
  const to = localDateOf(start + 7 * 86_400_000)
  try {
    const { days } = await availability(db, clock, { ...input, from, to })
    return days
      .flatMap((d) => d.slots)
      .sort(
        (a, b) => Math.abs(a.startsAt.getTime() - start) - Math.abs(b.startsAt.getTime() - start),
      )
      .slice(0, 6)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() }))
  } catch (err) {
    // only the rules refusing the range (beyond the horizon, say) mean "no alternatives"
    if (err instanceof DomainError) return []
    throw err
  }
}

/**
 * The refusal of a time just taken: SLOT_UNAVAILABLE with up to six free times nearby. Read
 * after the transaction, from `db`.
 */
export async function slotTaken(
  db: Db,
  clock: Clock,
  input: ScopeInput,
  startsAt: Date,
): Promise<DomainError> {
  return new DomainError(
    'SLOT_UNAVAILABLE',
    {
      el: 'Η ώρα αυτή μόλις κλείστηκε. Επιλέξτε μία από τις διπλανές ελεύθερες ώρες.',
      en: 'That time has just been taken. Please choose one of the free times nearby.',
    },
    { alternatives: await alternativesTo(db, clock, input, startsAt.getTime()) },
  )
}

/** A held reservation as the administration re-checks it (issue 13). */
export interface HeldReservation {
  id: string
  kepId: string
  employeeId: string
  workstationId: string
  startsAt: Date
  endsAt: Date
  blockedUntil: Date
}

/** The held reservations among `ids` (released ones left out). */
export async function heldReservations(db: Db, ids: string[]): Promise<HeldReservation[]> {
  if (ids.length === 0) return []
  return db
    .select(columns)
    .from(occupancy)
    .where(and(inArray(occupancy.id, ids), isNull(occupancy.releasedAt)))
}

/** What the rules as they stand say of a held reservation (reservationsUnderRules). */
export type HeldReservationState =
  /** its employee at its desk can still take it */
  | 'held'
  /**
   * they cannot, but someone of the same KEP is free for it now — a colleague, or its own
   * employee at another desk (a desk retired, issue 14 item 8): try them (move)
   */
  | 'colleague'
  /** nobody of its KEP can take it */
  | 'uncovered'

/**
 * What the rules as they stand — a change made earlier in the caller's transaction included —
 * say of held reservations: still held (the KEP open for the whole span, call and buffer, the
 * employee available there at that desk, not absent, the KEP not closed; other reservations do
 * not matter, the constraints never let two overlap), else whether a colleague of the same KEP,
 * or its own employee at another desk, is free for it (their reservations counted, the
 * reservation's own time freed). Notice,
 * horizon and the slot step it was made with, rules of booking, do not apply. The rules are read
 * once and cut once per KEP; a colleague found here is only a candidate, `move` decides.
 */
export async function reservationsUnderRules(
  db: Db,
  reservations: readonly HeldReservation[],
): Promise<Map<string, HeldReservationState>> {
  const states = new Map<string, HeldReservationState>()
  const byKep = new Map<string, HeldReservation[]>()
  for (const r of reservations) {
    const list = byKep.get(r.kepId)
    if (list) list.push(r)
    else byKep.set(r.kepId, [r])
  }
  const minutes = (ms: number) => Math.round(ms / 60_000)
  const nobodyBusy = new Map<string, Span[]>()
  // one read of the rules and the occupancy for every KEP (a national change touches them all)
  const dataOfKep = byKep.size > 0 ? await schedulingDataByKep(db) : undefined
  for (const [kepId, list] of byKep) {
    const data = dataOfKep!(kepId)
    const rulesOnly = { ...data, busyByEmployee: nobodyBusy, busyByWorkstation: nobodyBusy }
    for (const r of list) {
      const start = r.startsAt.getTime()
      const blockedUntil = r.blockedUntil.getTime()
      const params: SchedulingParams = {
        callMinutes: minutes(r.endsAt.getTime() - start),
        bufferMinutes: minutes(blockedUntil - r.endsAt.getTime()),
        slotStepMinutes: 1,
        earliest: start,
        latest: start + 1,
      }
      const date = localDateOf(start)
      let state: HeldReservationState = 'uncovered'
      forEachFreeSlot([date], rulesOnly, params, (slot) => {
        if (slot.employeeId === r.employeeId && slot.workstationId === r.workstationId) {
          state = 'held'
        }
      })
      if (state === 'uncovered') {
        // its desk is free for a colleague once it leaves it
        const ownDesk = r.workstationId
        const busyByWorkstation: SpanLookup = {
          get: (id) => {
            const spans = data.busyByWorkstation.get(id)
            return id === ownDesk && spans
              ? spans.filter(([s, e]) => s !== start || e !== blockedUntil)
              : spans
          },
        }
        // a colleague, or its own employee at another desk (its own time is its own: freed too)
        const ownEmployee = r.employeeId
        const busyByEmployee: SpanLookup = {
          get: (id) => {
            const spans = data.busyByEmployee.get(id)
            return id === ownEmployee && spans
              ? spans.filter(([s, e]) => s !== start || e !== blockedUntil)
              : spans
          },
        }
        forEachFreeSlot([date], { ...data, busyByEmployee, busyByWorkstation }, params, (slot) => {
          if (slot.employeeId !== r.employeeId || slot.workstationId !== r.workstationId) {
            state = 'colleague'
          }
        })
      }
      states.set(r.id, state)
    }
  }
  return states
}
