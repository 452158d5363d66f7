import { createHash } from 'node:crypto'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError, type Bilingual } from '../../platform/errors.js'
import {
  lockFutureBookings,
  writeAdministrativeOutcome,
  type AdministrativeOutcome,
  type BookingWatch,
  type TouchedBooking,
} from '../bookings/index.js'
import {
  heldReservations,
  move,
  reservationsUnderRules,
  reservingTransaction,
  resolveScope,
  type HeldReservation,
  type HeldReservationState,
  type ScopeInput,
} from '../scheduling/index.js'
import {
  BookingFate,
  UncoveredChoice,
  type AffectedBooking,
  type Impact,
  type ImpactInput,
} from './impact.types.js'

// Impact preview, then apply (ARCHITECTURE "Operators' changes"): one function computes both.
// The change is made in a transaction, every future booking it may touch is re-checked against
// the rules as changed, and each is kept, given to a colleague, moved or cancelled — written as
// it will be. A preview then rolls the transaction back and answers what it did; an apply does
// the same again and commits only if it did exactly what the preview said.

export interface ImpactOptions {
  input: ImpactInput
  /** Whose future bookings the change may touch. */
  watch: BookingWatch
  /** Why, as the citizens' emails say it (e.g. "Το ΚΕΠ αναστέλλει τη λειτουργία του"). */
  reason: Bilingual
  /**
   * What the change is (its input): part of the preview's token, so that a token applies only
   * the change it previewed.
   */
  subject?: unknown
  /**
   * Issue 18 (a municipality leaving, its KEPs with it): MOVE also looks at any KEP of the
   * network when no KEP of the booking's municipality can take it.
   */
  moveAnywhere?: boolean
  /** Issue 18: with MOVE, what cannot be moved (a municipal field's booking) is cancelled. */
  cancelUnmoved?: boolean
}

/** The preview's outcome carried out of the transaction it rolls back. */
class PreviewRollback<T> extends Error {
  constructor(readonly outcome: { result: T; bookings: AffectedBooking[] }) {
    super('impact preview: rolled back')
  }
}

export const stalePreview = () =>
  new DomainError('STALE_PREVIEW', {
    el: 'Η προεπισκόπηση δεν ισχύει πια: στο μεταξύ άλλαξαν ραντεβού που επηρεάζει η αλλαγή. Δείτε τη νέα προεπισκόπηση και επιβεβαιώστε ξανά.',
    en: 'The preview no longer holds: appointments the change touches have changed since. Look at the new preview and confirm again.',
  })

/**
 * Makes `change` (writing the new rules) and decides what becomes of every future booking of
 * `watch` (ARCHITECTURE "Reassignment rule"):
 * 1. the rules still hold it (its employee, desk, KEP, hours): untouched, not listed;
 * 2. its own employee at another free desk keeps it (KEPT, not outside the rules: a desk
 *    retired), else a free colleague of the same KEP takes it, in scheduling's fair order, same
 *    time and length: REASSIGNED (nothing changes for the citizen, so no email);
 * 3. otherwise, by `input.uncovered`: KEEP (listed as outside the rules, for follow-up), MOVE to
 *    another KEP of the same municipality at the same time (national fields; else kept), or
 *    CANCEL — moved and cancelled citizens get one email saying why.
 * `input.apply` false: everything is rolled back and the impact returned (with its token);
 * true: the same is done and committed, if it is exactly what the token's preview listed.
 * @throws STALE_PREVIEW when the outcome differs from the preview's (or no token is given);
 *   CONFLICT when the database kept breaking the transaction (deadlocks); whatever `change`
 *   throws (its VALIDATION_FAILED), with nothing written.
 */
export async function changeWithImpact<T>(
  db: Db,
  clock: Clock,
  actor: Actor,
  options: ImpactOptions,
  change: (tx: Db) => Promise<T>,
): Promise<{ impact: Impact; result: T }> {
  const now = clock.now()
  const run = async (tx: Db) => {
    const result = await change(tx)
    const bookings = await decide(tx, actor, now, options)
    return { result, bookings }
  }
  if (!options.input.apply) {
    try {
      await db.transaction(async (tx) => {
        throw new PreviewRollback(await run(tx))
      })
    } catch (err) {
      if (!(err instanceof PreviewRollback)) throw err
      const { result, bookings } = (err as PreviewRollback<T>).outcome
      return { impact: impactOf(bookings, tokenOf(options, bookings), false), result }
    }
    throw new Error('unreachable: a preview always rolls back')
  }
  const applied = await reservingTransaction(db, async (tx) => {
    const outcome = await run(tx)
    const token = tokenOf(options, outcome.bookings)
    if (token !== options.input.token) throw stalePreview()
    return { ...outcome, token }
  })
  if (!applied) {
    throw new DomainError('CONFLICT', {
      el: 'Η αλλαγή συνέπεσε με άλλες ταυτόχρονες αλλαγές. Δοκιμάστε ξανά σε λίγο.',
      en: 'The change ran into other changes made at the same moment. Please try again shortly.',
    })
  }
  return { impact: impactOf(applied.bookings, applied.token, true), result: applied.result }
}

async function decide(
  tx: Db,
  actor: Actor,
  now: Date,
  { input, watch, reason, moveAnywhere = false, cancelUnmoved = false }: ImpactOptions,
): Promise<AffectedBooking[]> {
  const touched = await lockFutureBookings(tx, watch, now)
  const reservations = new Map(
    (
      await heldReservations(
        tx,
        touched.flatMap((b) => (b.reservationId === null ? [] : [b.reservationId])),
      )
    ).map((r) => [r.id, r]),
  )
  const states = await reservationsUnderRules(tx, [...reservations.values()])
  const affected: AffectedBooking[] = []
  for (const booking of touched) {
    const reservation =
      booking.reservationId === null ? undefined : reservations.get(booking.reservationId)
    // no reservation holds nobody's time (a booking written before scheduling owned it)
    const state = reservation && states.get(reservation.id)
    if (!reservation || !state || state === 'held') continue
    const outcome = await rehome(tx, booking, reservation, state, input.uncovered, now, {
      moveAnywhere,
      cancelUnmoved,
    })
    if (outcome) await writeAdministrativeOutcome(tx, actor, booking, outcome, now, reason)
    // the same employee at another desk keeps it: KEPT, not outside the rules
    const sameEmployee =
      outcome?.fate === 'reassigned' && outcome.reservation.employeeId === reservation.employeeId
    affected.push({
      bookingId: booking.id,
      reference: booking.reference,
      startsAt: booking.startsAt,
      kepId: booking.kepId,
      fate: sameEmployee ? BookingFate.KEPT : outcome ? fateOf[outcome.fate] : BookingFate.KEPT,
      outsideRules: !outcome,
      toKepId: outcome && outcome.fate !== 'cancelled' ? outcome.reservation.kepId : null,
      toEmployeeId: outcome && outcome.fate !== 'cancelled' ? outcome.reservation.employeeId : null,
    })
  }
  return affected
}

const fateOf = {
  reassigned: BookingFate.REASSIGNED,
  moved: BookingFate.MOVED,
  cancelled: BookingFate.CANCELLED,
} as const

/** A colleague first, then (if chosen) another KEP of the municipality, or a cancellation. */
async function rehome(
  tx: Db,
  booking: TouchedBooking,
  reservation: HeldReservation,
  state: HeldReservationState,
  uncovered: UncoveredChoice,
  now: Date,
  { moveAnywhere, cancelUnmoved }: { moveAnywhere: boolean; cancelUnmoved: boolean },
): Promise<AdministrativeOutcome | undefined> {
  const keeping = {
    callMinutes: Math.round(
      (reservation.endsAt.getTime() - reservation.startsAt.getTime()) / 60_000,
    ),
    bufferMinutes: Math.round(
      (reservation.blockedUntil.getTime() - reservation.endsAt.getTime()) / 60_000,
    ),
  }
  const tryIn = async (
    scope: Pick<ScopeInput, 'kepId' | 'municipalityId'>,
    among?: (employeeId: string) => boolean,
  ) => {
    const resolved = await resolvedOrUndefined(tx, {
      category: booking.categoryCode,
      procedureId: booking.procedureId,
      ...scope,
    })
    if (!resolved) return undefined
    const moved = await move(tx, reservation.id, {
      resolved,
      startsAt: reservation.startsAt,
      now,
      keeping,
      ...(among ? { among } : {}),
    })
    return 'reservation' in moved ? moved.reservation : undefined
  }
  // only where a colleague is free by the rules and the reservations: a KEP closed that day
  // (a strike, a suspension) costs no attempt per booking
  if (state === 'colleague') {
    // its own employee at another free desk first (a desk retired): the citizen's call unchanged
    const sameEmployee = await tryIn(
      { kepId: booking.kepId },
      (id) => id === reservation.employeeId,
    )
    if (sameEmployee) return { fate: 'reassigned', reservation: sameEmployee }
  }
  const colleague = state === 'colleague' ? await tryIn({ kepId: booking.kepId }) : undefined
  if (colleague) return { fate: 'reassigned', reservation: colleague }
  if (uncovered === UncoveredChoice.MOVE && !booking.municipalField) {
    const elsewhere = await tryIn({ municipalityId: booking.kepMunicipalityId })
    if (elsewhere) {
      return {
        fate: elsewhere.kepId === booking.kepId ? 'reassigned' : 'moved',
        reservation: elsewhere,
      }
    }
    const anywhere = moveAnywhere ? await tryIn({}) : undefined
    if (anywhere) return { fate: 'moved', reservation: anywhere }
  }
  if (
    uncovered === UncoveredChoice.CANCEL ||
    (uncovered === UncoveredChoice.MOVE && cancelUnmoved)
  ) {
    return { fate: 'cancelled' }
  }
  return undefined
}

/** The scope, or nothing when it no longer takes bookings (a KEP closed, a procedure retired…). */
async function resolvedOrUndefined(tx: Db, input: ScopeInput) {
  try {
    return await resolveScope(tx, input)
  } catch (err) {
    if (err instanceof DomainError) return undefined
    throw err
  }
}

/** What the preview promised: the change asked for and every booking's fate. */
function tokenOf(options: ImpactOptions, bookings: AffectedBooking[]): string {
  const fates = bookings.map((b) => [
    b.bookingId,
    b.fate,
    b.outsideRules,
    b.toKepId ?? null,
    b.toEmployeeId ?? null,
  ])
  return createHash('sha256')
    .update(JSON.stringify([options.subject ?? null, options.input.uncovered, fates]))
    .digest('base64url')
}

function impactOf(bookings: AffectedBooking[], token: string, applied: boolean): Impact {
  const count = (fate: BookingFate) => bookings.filter((b) => b.fate === fate).length
  return {
    applied,
    token,
    kept: count(BookingFate.KEPT),
    outsideRules: bookings.filter((b) => b.outsideRules).length,
    reassigned: count(BookingFate.REASSIGNED),
    moved: count(BookingFate.MOVED),
    cancelled: count(BookingFate.CANCELLED),
    bookings,
  }
}
