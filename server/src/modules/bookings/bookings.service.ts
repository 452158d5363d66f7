import { createHash } from 'node:crypto'
import { and, asc, desc, eq, gt, inArray, isNull, max, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { pgErrorOf, rowsOf, type Db } from '../../platform/db/client.js'
import { DomainError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { recordAudit } from '../audit/index.js'
import { serviceCategories, type CategoryCode } from '../catalog/index.js'
import { citizens } from '../identity/index.js'
import {
  availability,
  dayClock,
  forEachFreeSlot,
  holidayOn,
  loadSchedulingData,
  localDateOf,
  onGrid,
  paramsAt,
  resolveScope,
  type FreeSlot,
  type ResolvedScope,
  type Scope,
  type ScopeInput,
} from '../scheduling/index.js'
import { enqueueBookingEmails } from '../notifications/index.js'
import { getSetting } from '../settings/index.js'
import { checkContact, fieldError, type ContactInput } from './booking.validation.js'
import { canCancelBooking, canReadBooking, canRescheduleBooking } from './bookings.policy.js'
import { bookingEvents, bookingReferenceSeq, bookings, documents } from './bookings.table.js'

export type Booking = typeof bookings.$inferSelect
export type DeliveryMethod = 'post' | 'email' | 'pickup'

export const maxDocumentsPerBooking = 5

/** Where a request came from, for the audit trail (R7.2). */
export interface RequestMeta {
  ip?: string
}

export interface BookInput extends ContactInput {
  category: CategoryCode
  procedureId: string
  municipalityId?: string | null
  /** null: any KEP (not for the municipal field, R4.4). */
  kepId?: string | null
  startsAt: Date
  deliveryMethod: DeliveryMethod
  documentIds?: string[] | null
  locale?: 'el' | 'en' | null
}

const activeStatuses = ['booked', 'in_progress'] as const

function requireSignedIn(actor: Actor): void {
  if (actor.kind === 'anonymous') {
    throw new DomainError('UNAUTHENTICATED', {
      el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να συνεχίσετε.',
      en: 'Please log in with your TaxisNet credentials to continue.',
    })
  }
}

function requireCitizen(actor: Actor): string {
  requireSignedIn(actor)
  if (actor.kind !== 'citizen') {
    throw new DomainError('FORBIDDEN', {
      el: 'Μόνο ο πολίτης που συνδέθηκε με τους κωδικούς του μπορεί να κλείσει ραντεβού.',
      en: 'Only a citizen logged in with their own credentials can book.',
    })
  }
  return actor.citizenId
}

/**
 * Checks the requested start against the field's rules: in the future beyond the minimum
 * notice, within the horizon, on the slot grid.
 */
function checkStart(scope: ResolvedScope, startsAt: Date, now: Date, errors: FieldError[]) {
  const t = startsAt.getTime()
  const params = paramsAt(scope.category, now)
  if (Number.isNaN(t)) {
    errors.push(fieldError('startsAt', 'invalid_format', 'Μη έγκυρη ώρα.', 'Invalid time.'))
  } else if (t < now.getTime()) {
    errors.push(
      fieldError('startsAt', 'in_past', 'Η ώρα αυτή έχει περάσει.', 'That time has passed.'),
    )
  } else if (t < params.earliest) {
    errors.push(
      fieldError(
        'startsAt',
        'too_soon',
        `Κλείστε ραντεβού τουλάχιστον ${scope.category.minNoticeMinutes} λεπτά νωρίτερα.`,
        `Book at least ${scope.category.minNoticeMinutes} minutes ahead.`,
      ),
    )
  } else if (t >= params.latest) {
    errors.push(
      fieldError(
        'startsAt',
        'beyond_horizon',
        `Μπορείτε να κλείσετε ραντεβού έως ${scope.category.horizonDays} ημέρες μπροστά.`,
        `You can book up to ${scope.category.horizonDays} days ahead.`,
      ),
    )
  } else if (!onGrid(t, localDateOf(t), scope.category.slotStepMinutes)) {
    errors.push(
      fieldError(
        'startsAt',
        'not_on_grid',
        'Επιλέξτε μία από τις ώρες που προτείνονται.',
        'Choose one of the times offered.',
      ),
    )
  }
}

/** Resolves the scope, collecting its field errors with the others instead of throwing. */
async function scopeOrErrors(
  db: Db,
  input: ScopeInput,
  errors: FieldError[],
): Promise<ResolvedScope | null> {
  try {
    return await resolveScope(db, input)
  } catch (err) {
    if (err instanceof DomainError && err.code === 'VALIDATION_FAILED') {
      errors.push(...(err.details.fields ?? []))
      return null
    }
    throw err
  }
}

/**
 * The employees free for one slot, in the order the policy assigns them: fewest booked minutes
 * that local day, then least recently assigned (R3.1–R3.4: the same engine as availability).
 */
async function candidatesFor(
  db: Db,
  scope: Scope,
  resolved: ResolvedScope,
  start: number,
  now: Date,
  ignoreBookingId?: string,
): Promise<FreeSlot[]> {
  const date = localDateOf(start)
  const data = await loadSchedulingData(db, scope, date, date, ignoreBookingId)
  const free: FreeSlot[] = []
  forEachFreeSlot([date], data, paramsAt(resolved.category, now), (slot) => {
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
  const lastAssigned = new Map(
    (
      await db
        .select({ employeeId: bookings.employeeId, at: max(bookings.createdAt) })
        .from(bookings)
        .where(inArray(bookings.employeeId, [...new Set(free.map((f) => f.employeeId))]))
        .groupBy(bookings.employeeId)
    ).map((r) => [r.employeeId, r.at ? new Date(r.at).getTime() : 0]),
  )
  return free.sort(
    (a, b) =>
      minutes.get(a.employeeId)! - minutes.get(b.employeeId)! ||
      (lastAssigned.get(a.employeeId) ?? 0) - (lastAssigned.get(b.employeeId) ?? 0) ||
      a.employeeId.localeCompare(b.employeeId),
  )
}

/**
 * Whether the rules alone (hours, closures, holidays, availability, absences) offer a slot at
 * `start`, bookings aside: tells "never bookable" (a bad request) from "just taken".
 */
async function offeredByRules(
  db: Db,
  scope: Scope,
  resolved: ResolvedScope,
  start: number,
  now: Date,
): Promise<{ offered: boolean; specialHours: boolean }> {
  const date = localDateOf(start)
  const data = await loadSchedulingData(db, scope, date, date)
  data.busyByEmployee.clear()
  data.busyByWorkstation.clear()
  let offered = false
  forEachFreeSlot([date], data, paramsAt(resolved.category, now), (slot) => {
    if (slot.start === start) offered = true
  })
  // a KEP of the scope keeping extraordinary hours that day is open despite a holiday
  const specialHours = [...data.specialHours.values()].some(
    ([w]) => w!.date === date && (scope.kepId === undefined || w!.kepId === scope.kepId),
  )
  return { offered, specialHours }
}

/** Why a time the rules never offer is refused: a public holiday, unless some KEP opens. */
const notOffered = (date: string, specialHours: boolean) =>
  validationFailed([
    holidayOn(date) && !specialHours
      ? fieldError(
          'startsAt',
          'holiday',
          `Στις ${date} είναι αργία (${holidayOn(date)!.nameEl}): τα ΚΕΠ είναι κλειστά.`,
          `${date} is a public holiday (${holidayOn(date)!.nameEn}): KEPs are closed.`,
        )
      : fieldError(
          'startsAt',
          'outside_hours',
          'Το ΚΕΠ δεν δέχεται ραντεβού εκείνη την ώρα (κλειστό ή εκτός ωραρίου).',
          'The KEP takes no appointments at that time (closed or outside its hours).',
        ),
  ])

/** How many of the candidates for a slot a booking tries. */
const maxCandidates = 50

/** Tries the candidates in order; the exclusion constraints arbitrate every race (R3.1). */
async function firstThatHolds<T>(
  db: Db,
  candidates: FreeSlot[],
  attempt: (tx: Db, slot: FreeSlot) => Promise<T>,
): Promise<T | null> {
  for (const slot of candidates.slice(0, maxCandidates)) {
    try {
      return await db.transaction((savepoint) => attempt(savepoint, slot))
    } catch (err) {
      const { code, constraint } = pgErrorOf(err)
      if (code !== '23P01') throw err
      if (constraint === 'bookings_no_citizen_overlap') {
        throw new DomainError(
          'CONFLICT',
          {
            el: 'Έχετε ήδη ραντεβού που συμπίπτει με αυτή την ώρα.',
            en: 'You already have an appointment at that time.',
          },
          { reason: 'overlapping_booking' },
        )
      }
      // the employee or the workstation was taken a moment ago: try the next one
    }
  }
  return null
}

/** A 32-bit key for an advisory lock, the same in every process. */
const lockKeyOf = (text: string) => createHash('sha256').update(text).digest().readInt32BE(0)
/** The advisory locks' namespace (first key) for a KEP's day of bookings. */
const kepDayLockSpace = 4242011

/**
 * Takes the KEP-days of the candidates, always in ascending key order, before inserting: two
 * transactions booking overlapping slots of one KEP then queue here instead of each waiting on
 * the other's uncommitted row in the exclusion constraints (a deadlock, issue 11 defect 2).
 * Held until the commit; the citizen's row is always locked before. The audit trail takes no
 * lock (issue 12: its row is written unsealed and chained after the commit).
 */
async function lockKepDays(tx: Db, candidates: FreeSlot[]): Promise<void> {
  const keys = [
    ...new Set(candidates.map((c) => lockKeyOf(`${c.kepId}:${localDateOf(c.start)}`))),
  ].sort((a, b) => a - b)
  for (const key of keys) {
    await tx.execute(sql`select pg_advisory_xact_lock(${kepDayLockSpace}, ${key})`)
  }
}

/** SQLSTATEs after which a transaction may simply run again: deadlock, serialization failure. */
const retryableCodes = new Set(['40P01', '40001'])
const maxAttempts = 3

/**
 * Runs a booking transaction, again (up to maxAttempts in all) when PostgreSQL broke a deadlock
 * or a serialization conflict by aborting it; null when it never got through, which the
 * caller answers as SLOT_UNAVAILABLE. `db` must be the database, not a transaction.
 */
async function retryingConflicts<T>(run: () => Promise<T | null>): Promise<T | null> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (err) {
      if (!retryableCodes.has(pgErrorOf(err).code ?? '')) throw err
      if (attempt >= maxAttempts) return null
    }
  }
}

/** Free slots near the one asked for, for SLOT_UNAVAILABLE. */
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

const slotUnavailable = (alternatives: { startsAt: string; endsAt: string }[]) =>
  new DomainError(
    'SLOT_UNAVAILABLE',
    {
      el: 'Η ώρα αυτή μόλις κλείστηκε. Επιλέξτε μία από τις διπλανές ελεύθερες ώρες.',
      en: 'That time has just been taken. Please choose one of the free times nearby.',
    },
    { alternatives },
  )

/**
 * Books an appointment for the calling citizen (R1.2, R2.2): validates every field, then in one
 * transaction assigns an employee free for the slot (R3.1–R3.4) and records the booking, its
 * documents and its history. A repeated idempotency key returns the first booking.
 * @throws DomainError FORBIDDEN (not a citizen), VALIDATION_FAILED (field by field),
 *   CONFLICT (too many upcoming bookings, or one at the same time), SLOT_UNAVAILABLE (with
 *   nearby alternatives).
 */
export async function bookAppointment(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: BookInput,
  meta: RequestMeta = {},
): Promise<Booking> {
  const citizenId = requireCitizen(actor)
  const now = clock.now()
  const errors: FieldError[] = []
  const contact = checkContact(input, errors)
  const resolved = await scopeOrErrors(db, input, errors)
  if (resolved) {
    checkStart(resolved, input.startsAt, now, errors)
    if (input.deliveryMethod === 'pickup' && !resolved.category.municipal) {
      errors.push(
        fieldError(
          'deliveryMethod',
          'pickup_not_allowed',
          'Η παραλαβή από το ΚΕΠ επιτρέπεται μόνο για υπηρεσίες του δήμου.',
          'Pick-up at the KEP is only for municipal services.',
        ),
      )
    }
  }
  const documentIds = [...new Set(input.documentIds ?? [])]
  if (documentIds.length > maxDocumentsPerBooking) {
    errors.push(
      fieldError(
        'documentIds',
        'too_many',
        `Έως ${maxDocumentsPerBooking} έγγραφα ανά ραντεβού.`,
        `At most ${maxDocumentsPerBooking} documents per appointment.`,
      ),
    )
  }
  const ownDocuments = await unattachedDocumentsOf(db, citizenId, documentIds)
  documentIds.forEach((id, i) => {
    if (!ownDocuments.has(id)) {
      errors.push(
        fieldError(
          `documentIds[${i}]`,
          'unknown_document',
          'Το έγγραφο δεν βρέθηκε· ανεβάστε το ξανά.',
          'The document was not found; please upload it again.',
        ),
      )
    }
  })
  if (errors.length > 0 || !resolved || !contact) throw validationFailed(errors)

  const start = input.startsAt.getTime()
  const booked = await retryingConflicts(() =>
    db.transaction(async (tx) => {
      // One citizen's bookings are taken one at a time: the limit and the key hold under races.
      await tx
        .select({ id: citizens.id })
        .from(citizens)
        .where(eq(citizens.id, citizenId))
        .for('update')
      const [[previous], limit, retentionDays, [counted]] = await Promise.all([
        input.idempotencyKey
          ? tx
              .select()
              .from(bookings)
              .where(
                and(
                  eq(bookings.citizenId, citizenId),
                  eq(bookings.idempotencyKey, input.idempotencyKey),
                ),
              )
          : [],
        getSetting(tx, 'booking.maxFutureBookingsPerCitizen'),
        getSetting(tx, 'documents.retentionDaysAfterAppointment'),
        tx
          .select({ upcoming: sql<number>`count(*)::int` })
          .from(bookings)
          .where(
            and(
              eq(bookings.citizenId, citizenId),
              inArray(bookings.status, [...activeStatuses]),
              gt(bookings.endsAt, now),
            ),
          ),
      ])
      if (previous) return previous
      const upcoming = counted?.upcoming ?? 0
      if (upcoming >= limit) {
        throw new DomainError(
          'CONFLICT',
          {
            el: `Έχετε ήδη ${upcoming} προγραμματισμένα ραντεβού, όσα επιτρέπονται. Ακυρώστε ή ολοκληρώστε ένα για να κλείσετε νέο.`,
            en: `You already have ${upcoming} upcoming appointments, the most allowed. Cancel or complete one to book another.`,
          },
          { reason: 'too_many_bookings', limit },
        )
      }
      const candidates = await candidatesFor(tx, resolved.scope, resolved, start, now)
      if (candidates.length === 0) {
        const rules = await offeredByRules(tx, resolved.scope, resolved, start, now)
        if (!rules.offered) throw notOffered(localDateOf(start), rules.specialHours)
      }
      const [{ n }] = rowsOf<{ n: number }>(
        await tx.execute(sql`select nextval('${sql.raw(bookingReferenceSeq.seqName!)}')::int as n`),
      ) as [{ n: number }]
      const reference = `KEP-${localDateOf(now.getTime()).slice(0, 4)}-${String(n).padStart(6, '0')}`
      const callMs = resolved.category.callMinutes * 60_000
      const blockMs = (resolved.category.callMinutes + resolved.category.bufferMinutes) * 60_000

      await lockKepDays(tx, candidates.slice(0, maxCandidates))
      const made = await firstThatHolds(tx, candidates, async (sp, slot) => {
        const [booking] = await sp
          .insert(bookings)
          .values({
            reference,
            citizenId,
            categoryId: resolved.category.id,
            procedureId: resolved.procedure.id,
            kepId: slot.kepId,
            employeeId: slot.employeeId,
            workstationId: slot.workstationId,
            startsAt: new Date(start),
            endsAt: new Date(start + callMs),
            blockedUntil: new Date(start + blockMs),
            ...contact,
            deliveryMethod: input.deliveryMethod,
            locale: input.locale ?? 'el',
            idempotencyKey: input.idempotencyKey ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning()
        await sp.insert(bookingEvents).values({
          bookingId: booking!.id,
          action: 'booked',
          actorKind: 'citizen',
          actorId: citizenId,
          at: now,
          toStartsAt: booking!.startsAt,
          toEmployeeId: slot.employeeId,
        })
        // R2.3, R2.6: the email and its reminders commit with the booking, or not at all
        await enqueueBookingEmails(sp, booking!, 'booked', now)
        if (documentIds.length > 0) {
          await sp
            .update(documents)
            .set({
              bookingId: booking!.id,
              deleteAfter: new Date(start + callMs + retentionDays * 86_400_000),
            })
            .where(inArray(documents.id, documentIds))
        }
        return booking!
      })
      // Unsealed, without a lock (issue 12): the sealing job chains it once this commits.
      if (made) {
        await recordAudit(tx, {
          actor,
          action: 'booking.create',
          entity: 'booking',
          entityId: made.id,
          ip: meta.ip,
          at: now,
          details: { reference: made.reference, kepId: made.kepId, documents: documentIds.length },
        })
      }
      return made
    }),
  )
  if (!booked) throw slotUnavailable(await alternativesTo(db, clock, input, start))
  return booked
}

async function unattachedDocumentsOf(db: Db, citizenId: string, ids: string[]) {
  const valid = ids.filter(isUuid)
  if (valid.length === 0) return new Set<string>()
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        inArray(documents.id, valid),
        eq(documents.ownerCitizenId, citizenId),
        isNull(documents.bookingId),
      ),
    )
  return new Set(rows.map((r) => r.id))
}

const bookingNotFound = (id: string) =>
  notFound({ el: `Το ραντεβού «${id}»`, en: `The appointment "${id}"` })

/**
 * @throws DomainError UNAUTHENTICATED without a session; NOT_FOUND when missing or not the
 *   caller's to see (no leak either way).
 */
export async function getBooking(
  db: Db,
  actor: Actor,
  id: string,
  meta: RequestMeta = {},
): Promise<Booking> {
  requireSignedIn(actor)
  const [booking] = isUuid(id) ? await db.select().from(bookings).where(eq(bookings.id, id)) : []
  if (!booking || !canReadBooking(actor, booking)) throw bookingNotFound(id)
  if (actor.kind === 'employee' || actor.kind === 'administrator') {
    // R7.2: staff and administrators reading a person's details leave a trace.
    await recordAudit(db, {
      actor,
      action: 'booking.read',
      entity: 'booking',
      entityId: booking.id,
      ip: meta.ip,
    })
  }
  return booking
}

export type BookingsWhen = 'upcoming' | 'past' | 'all'

/** The calling citizen's bookings (R2.4): upcoming soonest first, past latest first. */
export async function myBookings(
  db: Db,
  clock: Clock,
  actor: Actor,
  when: BookingsWhen = 'all',
): Promise<Booking[]> {
  const citizenId = requireCitizen(actor)
  const now = clock.now()
  const mine = eq(bookings.citizenId, citizenId)
  if (when === 'upcoming') {
    return db
      .select()
      .from(bookings)
      .where(and(mine, inArray(bookings.status, [...activeStatuses]), gt(bookings.endsAt, now)))
      .orderBy(asc(bookings.startsAt))
  }
  if (when === 'past') {
    return db
      .select()
      .from(bookings)
      .where(
        and(
          mine,
          sql`not (${bookings.status} in ('booked', 'in_progress') and ${bookings.endsAt} > ${now})`,
        ),
      )
      .orderBy(desc(bookings.startsAt))
  }
  return db.select().from(bookings).where(mine).orderBy(desc(bookings.startsAt))
}

/** Locks a booking for a change, checking the caller may make it. */
async function lockForChange(
  tx: Db,
  actor: Actor,
  id: string,
  may: (actor: Actor, booking: Booking) => boolean,
): Promise<Booking> {
  requireSignedIn(actor)
  const [booking] = isUuid(id)
    ? await tx.select().from(bookings).where(eq(bookings.id, id)).for('update')
    : []
  if (!booking || !canReadBooking(actor, booking)) throw bookingNotFound(id)
  if (!may(actor, booking)) {
    throw new DomainError('FORBIDDEN', {
      el: 'Δεν μπορείτε να κάνετε αυτή την αλλαγή στο ραντεβού.',
      en: 'You cannot make this change to the appointment.',
    })
  }
  return booking
}

function requireChangeable(booking: Booking, now: Date, field = 'bookingId') {
  if (booking.status !== 'booked' || booking.startsAt.getTime() <= now.getTime()) {
    throw validationFailed([
      fieldError(
        field,
        booking.status === 'booked' ? 'already_started' : `status_${booking.status}`,
        'Το ραντεβού δεν μπορεί πια να αλλάξει: έχει ξεκινήσει, ολοκληρωθεί ή ακυρωθεί.',
        'The appointment can no longer change: it has started, ended or been cancelled.',
      ),
    ])
  }
}

export interface RescheduleInput {
  bookingId: string
  startsAt: Date
  /** Another KEP (not for the municipal field unless of the same municipality); default: the same. */
  kepId?: string | null
}

/**
 * Moves a booking to a new time (R2.4) atomically: the old slot is freed only if the new one is
 * taken, in one UPDATE the exclusion constraints arbitrate. Keeps the history.
 * @throws DomainError NOT_FOUND, FORBIDDEN, VALIDATION_FAILED, SLOT_UNAVAILABLE.
 */
export async function rescheduleBooking(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: RescheduleInput,
  meta: RequestMeta = {},
): Promise<Booking> {
  const now = clock.now()
  const start = input.startsAt.getTime()
  let scopeInput: ScopeInput | undefined
  const moved = await retryingConflicts(() =>
    db.transaction(async (tx) => {
      const booking = await lockForChange(tx, actor, input.bookingId, canRescheduleBooking)
      requireChangeable(booking, now)
      const [category] = await tx
        .select({ code: serviceCategories.code })
        .from(serviceCategories)
        .where(eq(serviceCategories.id, booking.categoryId))
      scopeInput = {
        category: category!.code as CategoryCode,
        procedureId: booking.procedureId,
        kepId: input.kepId ?? booking.kepId,
      }
      const errors: FieldError[] = []
      const resolved = await scopeOrErrors(tx, scopeInput, errors)
      if (resolved) checkStart(resolved, input.startsAt, now, errors)
      if (errors.length > 0 || !resolved) throw validationFailed(errors)
      const candidates = await candidatesFor(tx, resolved.scope, resolved, start, now, booking.id)
      if (candidates.length === 0) {
        const rules = await offeredByRules(tx, resolved.scope, resolved, start, now)
        if (!rules.offered) throw notOffered(localDateOf(start), rules.specialHours)
      }
      const callMs = resolved.category.callMinutes * 60_000
      const blockMs = (resolved.category.callMinutes + resolved.category.bufferMinutes) * 60_000
      await lockKepDays(tx, candidates.slice(0, maxCandidates))
      const updated = await firstThatHolds(tx, candidates, async (sp, slot) => {
        const [updated] = await sp
          .update(bookings)
          .set({
            kepId: slot.kepId,
            employeeId: slot.employeeId,
            workstationId: slot.workstationId,
            startsAt: new Date(start),
            endsAt: new Date(start + callMs),
            blockedUntil: new Date(start + blockMs),
            version: sql`${bookings.version} + 1`,
            updatedAt: now,
          })
          .where(eq(bookings.id, booking.id))
          .returning()
        await sp.insert(bookingEvents).values({
          bookingId: booking.id,
          action: 'rescheduled',
          actorKind: actorKindOf(actor),
          actorId: actorIdOf(actor),
          at: now,
          fromStartsAt: booking.startsAt,
          toStartsAt: updated!.startsAt,
          fromEmployeeId: booking.employeeId,
          toEmployeeId: slot.employeeId,
        })
        await enqueueBookingEmails(sp, updated!, 'rescheduled', now)
        return updated!
      })
      if (updated) {
        await recordAudit(tx, {
          actor,
          action: 'booking.reschedule',
          entity: 'booking',
          entityId: booking.id,
          ip: meta.ip,
          at: now,
          details: {
            from: booking.startsAt.toISOString(),
            to: updated.startsAt.toISOString(),
            kepId: updated.kepId,
          },
        })
      }
      return updated
    }),
  )
  if (!moved) throw slotUnavailable(await alternativesTo(db, clock, scopeInput!, start))
  return moved
}

/**
 * Cancels a booking until it starts (R2.4), keeping its history; frees its slot at once.
 * @throws DomainError NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (started, ended or cancelled).
 */
export async function cancelBooking(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { bookingId: string; reason?: string | null },
  meta: RequestMeta = {},
): Promise<Booking> {
  const now = clock.now()
  return db.transaction(async (tx) => {
    const booking = await lockForChange(tx, actor, input.bookingId, canCancelBooking)
    requireChangeable(booking, now)
    const [cancelled] = await tx
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        updatedAt: now,
        version: sql`${bookings.version} + 1`,
      })
      .where(eq(bookings.id, booking.id))
      .returning()
    await tx.insert(bookingEvents).values({
      bookingId: booking.id,
      action: 'cancelled',
      actorKind: actorKindOf(actor),
      actorId: actorIdOf(actor),
      at: now,
      fromStartsAt: booking.startsAt,
      fromEmployeeId: booking.employeeId,
      details: input.reason ? { reason: input.reason.slice(0, 500) } : null,
    })
    await enqueueBookingEmails(tx, cancelled!, 'cancelled', now)
    await recordAudit(tx, {
      actor,
      action: 'booking.cancel',
      entity: 'booking',
      entityId: booking.id,
      ip: meta.ip,
      at: now,
    })
    return cancelled!
  })
}

type PrincipalKind = 'citizen' | 'employee' | 'administrator' | 'api_client' | 'system'

function actorKindOf(actor: Actor): PrincipalKind {
  return actor.kind === 'anonymous' ? 'system' : actor.kind
}

function actorIdOf(actor: Actor): string | null {
  switch (actor.kind) {
    case 'citizen':
      return actor.citizenId
    case 'employee':
      return actor.employeeId
    case 'administrator':
      return actor.administratorId
    case 'api_client':
      return actor.clientId
    default:
      return null
  }
}

/** Whether a booking can still be changed by the citizen now. */
export function isChangeable(booking: Booking, now: Date): boolean {
  return booking.status === 'booked' && booking.startsAt.getTime() > now.getTime()
}
