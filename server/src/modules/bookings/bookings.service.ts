import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { asParts, pgErrorOf, type Db, type Statement } from '../../platform/db/client.js'
import { DomainError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { auditWrite, recordAudit } from '../audit/index.js'
import { keps, serviceCategories, type CategoryCode } from '../catalog/index.js'
import { citizens } from '../identity/index.js'
import {
  confirmHold,
  holdIsLive,
  localDateOf,
  lockHold,
  lockHoldOf,
  move,
  parametersInForce,
  releaseHold as releaseHeld,
  releaseHoldsOfWrite,
  releaseWrite,
  reserve,
  reservingTransaction,
  resolveScope,
  slotTaken,
  startProblems,
  type Hold,
  type ReserveOutcome,
  type ResolvedScope,
  type ScopeInput,
} from '../scheduling/index.js'
import { bookingEmailWrites } from '../notifications/index.js'
import { settingSql, settingValue } from '../settings/index.js'
import { checkContact, fieldError, type ContactInput } from './booking.validation.js'
import {
  canActForCitizen,
  canCancelBooking,
  canReadBooking,
  canRescheduleBooking,
} from './bookings.policy.js'
import { bookingEvents, bookingReferenceSeq, bookings, documents } from './bookings.table.js'
import {
  checkRepresentation,
  noBusiness,
  type RepresentationServices,
} from './representation.service.js'

export type Booking = typeof bookings.$inferSelect
export type DeliveryMethod = 'post' | 'email' | 'pickup'

export const maxDocumentsPerBooking = 5

/** Where a request came from, for the audit trail (R7.2). */
export interface RequestMeta {
  ip?: string
}

/** A booking's request: where from, and the registry a booking for a business asks (R1.1). */
export interface BookMeta extends RequestMeta {
  representation?: RepresentationServices
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
  /**
   * The time held for the citizen when they chose it (holdSlot, issue 16 item 1): confirmed
   * into the booking. Without it, the citizen's live hold of that time is used if there is one.
   */
  holdId?: string | null
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

/** A citizen's two appointments at overlapping times: refused by bookings_no_citizen_overlap. */
const overlappingBooking = () =>
  new DomainError(
    'CONFLICT',
    {
      el: 'Έχετε ήδη ραντεβού που συμπίπτει με αυτή την ώρα.',
      en: 'You already have an appointment at that time.',
    },
    { reason: 'overlapping_booking' },
  )

/** Runs a write, answering the citizen-overlap constraint's refusal as CONFLICT. */
async function refusingOverlap<T>(write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (err) {
    const { code, constraint } = pgErrorOf(err)
    if (code === '23P01' && constraint === 'bookings_no_citizen_overlap') {
      throw overlappingBooking()
    }
    throw err
  }
}

/**
 * Books an appointment for the calling citizen (R1.2, R2.2): validates every field, then in one
 * transaction assigns an employee free for the slot (R3.1–R3.4) and records the booking, its
 * documents and its history. A repeated idempotency key returns the first booking. For a
 * business, the registry is asked first whether the citizen represents it (issue 19 item 6).
 * @throws DomainError FORBIDDEN (not a citizen), VALIDATION_FAILED (field by field; on
 *   business.taxId when the registry says the citizen does not represent the business),
 *   CONFLICT (too many upcoming bookings, or one at the same time), SLOT_UNAVAILABLE (with
 *   nearby alternatives).
 */
export async function bookAppointment(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: BookInput,
  meta: BookMeta = {},
): Promise<Booking> {
  const citizenId = requireCitizen(actor)
  const now = clock.now()
  const errors: FieldError[] = []
  const contact = checkContact(input, errors)
  const resolved = await scopeOrErrors(db, input, errors)
  if (resolved) {
    errors.push(...startProblems(resolved, input.startsAt, now))
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
  const key = input.idempotencyKey ?? null
  if (contact.businessTaxId && key !== null) {
    // a retry of a booking already made returns it without asking the registry again: its
    // answer is recorded with the booking, and a different one now must not refuse it
    const previous = await bookingByKey(db, citizenId, key)
    if (previous) return previous
  }
  const representation = contact.businessTaxId
    ? await representationOf(actor, contact.businessTaxId, meta, now)
    : null

  let booked: Booking | null
  try {
    booked = await reservingTransaction(db, async (tx) => {
      const prior = await lockCitizen(tx, citizenId, key, now)
      if (prior.previousId) return bookingById(tx, prior.previousId)
      if (prior.upcoming >= prior.limit) throw tooManyBookings(prior.upcoming, prior.limit)
      // Scheduling picks the employee and desk and holds their time (issue 12), or the hold
      // made when the citizen chose the time becomes the booking's (issue 16 item 1).
      const outcome = await heldOrReserved(tx, citizenId, input.holdId ?? null, {
        resolved,
        startsAt: input.startsAt,
        now,
      })
      if ('refused' in outcome) {
        // the slot taken by this very key's first request, committed while lockCitizen waited
        const previous = key === null ? undefined : await bookingByKey(tx, citizenId, key)
        if (previous) return previous
        if (outcome.refused === 'not_offered') throw outcome.error
        return null
      }
      const held = outcome.reservation
      const id = randomUUID()
      const reference = `KEP-${localDateOf(now.getTime()).slice(0, 4)}-${String(prior.referenceNumber).padStart(6, '0')}`
      const row = {
        id,
        reference,
        citizenId,
        categoryId: resolved.category.id,
        procedureId: resolved.procedure.id,
        reservationId: held.id,
        kepId: held.kepId,
        employeeId: held.employeeId,
        workstationId: held.workstationId,
        startsAt: held.startsAt,
        endsAt: held.endsAt,
        ...contact,
        ...(representation?.record ?? noBusiness),
        deliveryMethod: input.deliveryMethod,
        locale: input.locale ?? 'el',
        idempotencyKey: key,
        version: 0,
        createdAt: now,
        updatedAt: now,
      }
      // The booking, its history, its emails (R2.3, R2.6: they commit with it or not at all),
      // its documents and its audit entry (unsealed, without a lock: the sealing job chains it
      // once this commits) in one statement; each module builds the part on its own tables.
      const parts: Statement[] = [
        tx.insert(bookingEvents).values({
          bookingId: id,
          action: 'booked',
          actorKind: 'citizen',
          actorId: citizenId,
          at: now,
          toStartsAt: held.startsAt,
          toEmployeeId: held.employeeId,
        }),
        ...bookingEmailWrites(tx, row, 'booked', now, prior.reminderLeads),
        // a hold of another time, or one not named, goes with the booking (issue 16 item 1)
        releaseHoldsOfWrite(tx, citizenId, now),
        auditWrite(tx, {
          actor,
          action: 'booking.create',
          entity: 'booking',
          entityId: id,
          ip: meta.ip,
          at: now,
          details: { reference, kepId: held.kepId, documents: documentIds.length },
        }),
      ]
      if (representation) {
        const { audit } = representation
        parts.push(
          auditWrite(tx, {
            ...audit,
            entityId: id,
            details: { ...audit.details, reference, kepId: held.kepId },
          }),
        )
      }
      if (documentIds.length > 0) {
        parts.push(
          tx
            .update(documents)
            .set({
              bookingId: id,
              deleteAfter: new Date(held.endsAt.getTime() + prior.retentionDays * 86_400_000),
            })
            .where(inArray(documents.id, documentIds)),
        )
      }
      const [written] = await refusingOverlap(
        tx
          .with(...asParts(tx, 'booked_', parts))
          .insert(bookings)
          .values(row)
          .returning({ ...getTableColumns(bookings), upcoming: upcomingOf(citizenId, now, id) })
          .prepare(`book_${documentIds.length}${representation ? '_business' : ''}`)
          .execute(),
      )
      const { upcoming, ...booking } = written!
      // The limit again, now that the citizen's lock is surely held (lockCitizen's own count
      // may predate a booking committed while it waited): too many rolls everything back.
      if (upcoming >= prior.limit) throw tooManyBookings(upcoming, prior.limit)
      return booking
    })
  } catch (err) {
    // the same key booked by a request that committed while this one waited for the lock
    const { code, constraint } = pgErrorOf(err)
    if (key === null || code !== '23505' || constraint !== 'bookings_idempotency') throw err
    const previous = await bookingByKey(db, citizenId, key)
    if (!previous) throw err
    return previous
  }
  if (!booked) throw await slotTaken(db, clock, input, input.startsAt)
  return booked
}

/**
 * The registry's answer for a booking for a business (issue 19 item 6), as the booking's
 * columns and its `booking.representation_checked` audit entry (hashes, never a tax number).
 */
async function representationOf(actor: Actor, companyTaxId: string, meta: BookMeta, now: Date) {
  if (actor.kind !== 'citizen') throw new Error('only a citizen books for a business')
  if (!meta.representation) throw new Error('a booking for a business needs the KED registry')
  const { registry, ...record } = await checkRepresentation(
    actor,
    companyTaxId,
    meta.representation,
    now,
  )
  return {
    record,
    audit: {
      actor,
      action: 'booking.representation_checked',
      entity: 'booking',
      ip: meta.ip,
      at: now,
      details: {
        status: record.representationStatus,
        registryStatus: registry.status,
        kedReference: registry.reference,
        role: registry.role,
        personTaxIdHmac: record.representationPersonHmac,
        companyTaxIdHmac: record.representationCompanyHmac,
      },
    },
  }
}

export interface HoldInput extends ScopeInput {
  startsAt: Date
}

/** A time held for the citizen (issue 16 item 1), with the KEP the hold chose. */
export interface SlotHold {
  id: string
  kepId: string
  startsAt: Date
  endsAt: Date
  expiresAt: Date
  /** The server's time when it was held. */
  heldAt: Date
}

/**
 * Holds a time for the calling citizen for `booking.holdMinutes` (issue 16 item 1) while they
 * fill in the rest: scheduling reserves it as for a booking (the employee, desk and KEP chosen
 * now), so nobody else is offered it; the citizen's previous hold is released (one at a time).
 * Refused, nothing held, when the citizen has no booking left (the limit) or an appointment
 * overlapping it.
 * @throws DomainError FORBIDDEN, VALIDATION_FAILED, CONFLICT (too_many_bookings,
 *   overlapping_booking), SLOT_UNAVAILABLE (with nearby alternatives).
 */
export async function holdSlot(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: HoldInput,
): Promise<SlotHold> {
  const citizenId = requireCitizen(actor)
  const now = clock.now()
  const errors: FieldError[] = []
  const resolved = await scopeOrErrors(db, input, errors)
  if (resolved) errors.push(...startProblems(resolved, input.startsAt, now))
  if (errors.length > 0 || !resolved) throw validationFailed(errors)
  const callEnd = new Date(
    input.startsAt.getTime() + parametersInForce(resolved.category, now).callMinutes * 60_000,
  )
  const held = await reservingTransaction(db, async (tx) => {
    const prior = await lockCitizenForHold(tx, citizenId, now, input.startsAt, callEnd)
    if (prior.upcoming >= prior.limit) throw tooManyBookings(prior.upcoming, prior.limit)
    if (prior.clash) throw overlappingBooking()
    const previous = await lockHoldOf(tx, citizenId)
    if (previous) await releaseHeld(tx, previous.id, now)
    const expiresAt = new Date(now.getTime() + prior.holdMinutes * 60_000)
    const outcome = await reserve(tx, {
      resolved,
      startsAt: input.startsAt,
      now,
      hold: { citizenId, expiresAt },
    })
    if ('refused' in outcome) {
      if (outcome.refused === 'not_offered') throw outcome.error
      return null
    }
    const { id, kepId, startsAt, endsAt } = outcome.reservation
    return { id, kepId, startsAt, endsAt, expiresAt, heldAt: now }
  })
  if (!held) throw await slotTaken(db, clock, input, input.startsAt)
  return held
}

/**
 * Lets the citizen's hold go (issue 16 item 1: they went back, chose another time, or left);
 * `holdId` null: whichever they hold. True when a hold was released; false when there was
 * none (already released, expired and released, confirmed, or not theirs: nothing written).
 */
export async function releaseHold(
  db: Db,
  clock: Clock,
  actor: Actor,
  holdId: string | null,
): Promise<boolean> {
  const citizenId = requireCitizen(actor)
  if (holdId !== null && !isUuid(holdId)) return false
  const now = clock.now()
  return db.transaction(async (tx) => {
    const hold = holdId === null ? await lockHoldOf(tx, citizenId) : await lockHold(tx, holdId)
    if (!hold || hold.heldFor !== citizenId) return false
    return (await releaseHeld(tx, hold.id, now)) !== undefined
  })
}

/**
 * Locks the citizen's row (their holds and bookings are decided one at a time) and reads what a
 * hold needs: the upcoming count and the limit, whether an appointment of theirs overlaps the
 * call, and the hold's length.
 */
async function lockCitizenForHold(
  tx: Db,
  citizenId: string,
  now: Date,
  startsAt: Date,
  endsAt: Date,
) {
  const [row] = await tx
    .select({
      upcoming: sql<number>`(select count(*)::int from ${bookings} b
        where b.citizen_id = ${citizenId} and b.status in ('booked', 'in_progress')
          and b.ends_at > ${now})`,
      clash: sql<boolean>`exists (select 1 from ${bookings} b
        where b.citizen_id = ${citizenId} and b.status in ('booked', 'in_progress')
          and b.starts_at < ${endsAt} and b.ends_at > ${startsAt})`,
      limit: settingSql('booking.maxFutureBookingsPerCitizen', now),
      holdMinutes: settingSql('booking.holdMinutes', now),
    })
    .from(citizens)
    .where(eq(citizens.id, citizenId))
    .for('update')
  return {
    upcoming: Number(row?.upcoming ?? 0),
    clash: row?.clash === true,
    limit: settingValue('booking.maxFutureBookingsPerCitizen', row?.limit),
    holdMinutes: settingValue('booking.holdMinutes', row?.holdMinutes),
  }
}

/** A hold id that is not one of the citizen's holds (unknown, someone else's, or used). */
const unknownHold = () =>
  validationFailed([
    fieldError(
      'holdId',
      'unknown_hold',
      'Η ώρα που επιλέξατε δεν κρατείται πια για εσάς. Επιλέξτε ώρα ξανά.',
      'The time you chose is no longer held for you. Please choose a time again.',
    ),
  ])

/** Whether a hold's KEP is one the booking's scope allows (the KEP, its municipality, any). */
async function holdInScope(tx: Db, hold: Hold, { scope }: ResolvedScope): Promise<boolean> {
  if (scope.kepId !== undefined) return hold.kepId === scope.kepId
  if (scope.municipalityId === undefined) return true
  const [kep] = await tx
    .select({ municipalityId: keps.municipalityId })
    .from(keps)
    .where(eq(keps.id, hold.kepId))
  return kep?.municipalityId === scope.municipalityId
}

/**
 * The booking's reservation (issue 16 item 1): the citizen's hold of that time, confirmed in
 * place (the same row, so the time is never let go: no second race); else, the hold expired or
 * for another time being released, a new reservation — an expired hold's time is re-reserved
 * if still free, else SLOT_UNAVAILABLE offers the nearest free ones. Runs after lockCitizen:
 * the citizen's rows first, then the hold's, then the KEP-days (kepDayKeys).
 * @throws DomainError VALIDATION_FAILED (holdId: not the citizen's, or for another time or KEP).
 */
async function heldOrReserved(
  tx: Db,
  citizenId: string,
  holdId: string | null,
  asked: { resolved: ResolvedScope; startsAt: Date; now: Date },
): Promise<ReserveOutcome> {
  if (holdId === null) return reservedWithoutHold(tx, citizenId, asked)
  if (!isUuid(holdId)) throw unknownHold()
  const hold = await lockHold(tx, holdId)
  // someone else's, or already a booking's: nothing written
  if (!hold || hold.heldFor !== citizenId) throw unknownHold()
  if (hold.startsAt.getTime() !== asked.startsAt.getTime()) {
    throw validationFailed([
      fieldError(
        'holdId',
        'hold_mismatch',
        'Η ώρα που κρατείται για εσάς είναι άλλη από αυτή του ραντεβού.',
        'The time held for you is not the appointment’s time.',
      ),
    ])
  }
  if (!(await holdInScope(tx, hold, asked.resolved))) throw unknownHold()
  if (holdIsLive(hold, asked.now)) {
    const reservation = await confirmHold(tx, hold.id, asked.now)
    if (reservation) return { reservation }
  }
  // expired: let it go, then reserve its time anew
  await releaseHeld(tx, hold.id, asked.now)
  return reserve(tx, asked)
}

/**
 * A booking that names no hold (an API client, a page from before holds): reserved as before
 * holds, in as many statements (issue 12). The citizen's own live hold of that very time is
 * taken only when no other place is free — it is then the last one, and theirs; whatever hold
 * they keep is let go by the booking's own statement (releaseHoldsOfWrite). The hold is locked
 * after the KEP-days here: only this citizen's transactions lock it, and lockCitizen has
 * already made them wait for each other (the expiry job and reserve skip locked holds).
 */
async function reservedWithoutHold(
  tx: Db,
  citizenId: string,
  asked: { resolved: ResolvedScope; startsAt: Date; now: Date },
): Promise<ReserveOutcome> {
  const outcome = await reserve(tx, asked)
  if (!('refused' in outcome) || outcome.refused !== 'taken') return outcome
  const hold = await lockHoldOf(tx, citizenId)
  if (
    hold &&
    hold.startsAt.getTime() === asked.startsAt.getTime() &&
    holdIsLive(hold, asked.now) &&
    (await holdInScope(tx, hold, asked.resolved))
  ) {
    const reservation = await confirmHold(tx, hold.id, asked.now)
    if (reservation) return { reservation }
  }
  return outcome
}

/** The citizen's upcoming bookings but one, as a subquery of a statement. */
const upcomingOf = (citizenId: string, now: Date, except: string) =>
  sql<number>`(select count(*)::int from ${bookings} b
    where b.citizen_id = ${citizenId} and b.id <> ${except}
      and b.status in ('booked', 'in_progress') and b.ends_at > ${now})`

const tooManyBookings = (upcoming: number, limit: number) =>
  new DomainError(
    'CONFLICT',
    {
      el: `Έχετε ήδη ${upcoming} προγραμματισμένα ραντεβού, όσα επιτρέπονται. Ακυρώστε ή ολοκληρώστε ένα για να κλείσετε νέο.`,
      en: `You already have ${upcoming} upcoming appointments, the most allowed. Cancel or complete one to book another.`,
    },
    { reason: 'too_many_bookings', limit },
  )

/**
 * One statement (issue 12): locks the citizen's row, so one citizen's bookings are taken one
 * at a time, and reads with it what booking needs — a booking with the same idempotency key,
 * the upcoming count, the settings, a reference number (a number a refusal leaves unused is a
 * gap, as sequences have). The reads run on the statement's snapshot, taken before any wait
 * for the lock: a booking committed meanwhile by the citizen's other request may be missed. A
 * key found, or a limit reached, is final; the write statement checks the limit again (and the
 * unique key refuses a repeated key), after the lock.
 */
async function lockCitizen(tx: Db, citizenId: string, key: string | null, now: Date) {
  const [row] = await tx
    .select({
      previousId: sql<string | null>`(select b.id from ${bookings} b
        where b.citizen_id = ${citizenId} and b.idempotency_key = ${key})`,
      upcoming: sql<number>`(select count(*)::int from ${bookings} b
        where b.citizen_id = ${citizenId} and b.status in ('booked', 'in_progress')
          and b.ends_at > ${now})`,
      referenceNumber: sql<number>`nextval('${sql.raw(bookingReferenceSeq.seqName!)}')::int`,
      limit: settingSql('booking.maxFutureBookingsPerCitizen', now),
      retentionDays: settingSql('documents.retentionDaysAfterAppointment', now),
      reminderLeads: settingSql('notifications.reminderLeadMinutes', now),
    })
    .from(citizens)
    .where(eq(citizens.id, citizenId))
    .for('update')
    .prepare('lock_citizen')
    .execute()
  return {
    previousId: row?.previousId ?? null,
    upcoming: Number(row?.upcoming ?? 0),
    // a missing citizen row: the insert's foreign key refuses it, as before
    referenceNumber: Number(row?.referenceNumber ?? 0),
    limit: settingValue('booking.maxFutureBookingsPerCitizen', row?.limit),
    retentionDays: settingValue('documents.retentionDaysAfterAppointment', row?.retentionDays),
    reminderLeads: settingValue('notifications.reminderLeadMinutes', row?.reminderLeads),
  }
}

async function bookingById(tx: Db, id: string): Promise<Booking> {
  const [booking] = await tx.select().from(bookings).where(eq(bookings.id, id))
  return booking!
}

async function bookingByKey(db: Db, citizenId: string, key: string): Promise<Booking | undefined> {
  const [booking] = await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.citizenId, citizenId), eq(bookings.idempotencyKey, key)))
  return booking
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
    // one text per number of documents (at most maxDocumentsPerBooking)
    .prepare('unattached_documents')
    .execute()
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

/**
 * Locks a booking for a change, checking the caller may make it; reads with it, in the same
 * statement (issue 12), its field's code and the reminder lead times the change's emails need.
 */
async function lockForChange(
  tx: Db,
  actor: Actor,
  id: string,
  may: (actor: Actor, booking: Booking) => boolean,
): Promise<{ booking: Booking; categoryCode: CategoryCode; reminderLeads: number[] }> {
  requireSignedIn(actor)
  const [row] = isUuid(id)
    ? await tx
        .select({
          booking: getTableColumns(bookings),
          categoryCode: sql<CategoryCode>`(select c.code from ${serviceCategories} c
            where c.id = ${bookings}.category_id)`,
          reminderLeads: settingSql('notifications.reminderLeadMinutes'),
        })
        .from(bookings)
        .where(eq(bookings.id, id))
        .for('update')
        .prepare('lock_booking')
        .execute()
    : []
  const booking = row?.booking
  if (!booking || !canReadBooking(actor, booking)) throw bookingNotFound(id)
  if (!may(actor, booking)) {
    throw new DomainError('FORBIDDEN', {
      el: 'Δεν μπορείτε να κάνετε αυτή την αλλαγή στο ραντεβού.',
      en: 'You cannot make this change to the appointment.',
    })
  }
  return {
    booking,
    categoryCode: row.categoryCode,
    reminderLeads: settingValue('notifications.reminderLeadMinutes', row.reminderLeads),
  }
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
  /**
   * Any KEP (issue 16 item 3): of this municipality, or of the whole country when none is
   * given; `kepId` is then ignored. Not for the municipal field (R4.4).
   */
  anyKep?: boolean | null
  municipalityId?: string | null
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
  return moveBooking(db, clock, actor, input, meta, {
    may: canRescheduleBooking,
    field: (name) => name,
  })
}

/**
 * How a change of a booking is made: by the citizen (R2.4), or by the KEP's staff on the
 * citizen's behalf (issue 14 item 3), who give a reason, answer for the version they saw and
 * name the input's fields as `input.…`.
 */
interface ChangeRules {
  may: (actor: Actor, booking: Booking) => boolean
  field: (name: string) => string
  /** The staff's reason, already checked: in the history, the audit entry and the email. */
  staffReason?: string
  /** The version the staff's page showed: another version means someone changed it since. */
  expectedVersion?: number
}

async function moveBooking(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: RescheduleInput,
  meta: RequestMeta,
  rules: ChangeRules,
): Promise<Booking> {
  const now = clock.now()
  let scopeInput: ScopeInput | undefined
  const moved = await reservingTransaction(db, async (tx) => {
    const { booking, categoryCode, reminderLeads } = await lockForChange(
      tx,
      actor,
      input.bookingId,
      rules.may,
    )
    requireVersion(booking, rules.expectedVersion)
    requireChangeable(booking, now, rules.field('bookingId'))
    scopeInput = input.anyKep
      ? {
          category: categoryCode,
          procedureId: booking.procedureId,
          municipalityId: input.municipalityId ?? null,
          kepId: null,
        }
      : {
          category: categoryCode,
          procedureId: booking.procedureId,
          kepId: input.kepId ?? booking.kepId,
        }
    const errors: FieldError[] = []
    const resolved = await scopeOrErrors(tx, scopeInput, errors)
    if (resolved) {
      errors.push(
        ...startProblems(resolved, input.startsAt, now).map((e) => ({
          ...e,
          field: rules.field(e.field),
        })),
      )
    }
    if (errors.length > 0 || !resolved) throw validationFailed(errors)
    // Scheduling moves the reservation; its old time is freed only if the new one holds.
    const outcome = await move(tx, booking.reservationId, {
      resolved,
      startsAt: input.startsAt,
      now,
    })
    if ('refused' in outcome) {
      if (outcome.refused === 'not_offered') throw outcome.error
      return null
    }
    const held = outcome.reservation
    const version = booking.version + 1
    const after = { ...booking, startsAt: held.startsAt, version }
    const reason = rules.staffReason
    // the booking, its history, its emails and its audit entry in one statement (issue 12)
    const parts: Statement[] = [
      tx.insert(bookingEvents).values({
        bookingId: booking.id,
        action: 'rescheduled',
        actorKind: actorKindOf(actor),
        actorId: actorIdOf(actor),
        at: now,
        fromStartsAt: booking.startsAt,
        toStartsAt: held.startsAt,
        fromEmployeeId: booking.employeeId,
        toEmployeeId: held.employeeId,
        details: reason === undefined ? null : { reason, onBehalfOfCitizen: true },
      }),
      ...bookingEmailWrites(tx, after, 'rescheduled', now, reminderLeads, undefined, reason),
      auditWrite(tx, {
        actor,
        action: reason === undefined ? 'booking.reschedule' : 'booking.reschedule_for_citizen',
        entity: 'booking',
        entityId: booking.id,
        ip: meta.ip,
        at: now,
        details: {
          from: booking.startsAt.toISOString(),
          to: held.startsAt.toISOString(),
          kepId: held.kepId,
          ...(reason === undefined ? {} : { reason }),
        },
      }),
    ]
    const [updated] = await refusingOverlap(
      tx
        .with(...asParts(tx, 'rescheduled_', parts))
        .update(bookings)
        .set({
          reservationId: held.id,
          kepId: held.kepId,
          employeeId: held.employeeId,
          workstationId: held.workstationId,
          startsAt: held.startsAt,
          endsAt: held.endsAt,
          // the version the emails were written for: the row is locked, so it is this one
          version,
          updatedAt: now,
        })
        .where(eq(bookings.id, booking.id))
        .returning()
        .prepare('reschedule')
        .execute(),
    )
    return updated!
  })
  if (!moved) throw await slotTaken(db, clock, scopeInput!, input.startsAt)
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
  return cancelWith(db, clock, actor, input, meta, {
    may: canCancelBooking,
    field: (name) => name,
  })
}

async function cancelWith(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { bookingId: string; reason?: string | null },
  meta: RequestMeta,
  rules: ChangeRules,
): Promise<Booking> {
  const now = clock.now()
  const staffReason = rules.staffReason
  const reason = staffReason ?? (input.reason ? input.reason.slice(0, 500) : undefined)
  return db.transaction(async (tx) => {
    const { booking } = await lockForChange(tx, actor, input.bookingId, rules.may)
    requireVersion(booking, rules.expectedVersion)
    requireChangeable(booking, now, rules.field('bookingId'))
    const after = { ...booking, version: booking.version + 1 }
    // the booking, its reservation freed, its history, its emails and its audit entry in one
    // statement (issue 12)
    const parts: Statement[] = [
      tx.insert(bookingEvents).values({
        bookingId: booking.id,
        action: 'cancelled',
        actorKind: actorKindOf(actor),
        actorId: actorIdOf(actor),
        at: now,
        fromStartsAt: booking.startsAt,
        fromEmployeeId: booking.employeeId,
        details:
          reason === undefined
            ? null
            : { reason, ...(staffReason === undefined ? {} : { onBehalfOfCitizen: true }) },
      }),
      ...bookingEmailWrites(tx, after, 'cancelled', now, [], undefined, staffReason),
      auditWrite(tx, {
        actor,
        action: staffReason === undefined ? 'booking.cancel' : 'booking.cancel_for_citizen',
        entity: 'booking',
        entityId: booking.id,
        ip: meta.ip,
        at: now,
        ...(staffReason === undefined ? {} : { details: { reason: staffReason } }),
      }),
    ]
    if (booking.reservationId !== null) {
      parts.push(releaseWrite(tx, booking.reservationId, now))
    }
    const [cancelled] = await tx
      .with(...asParts(tx, 'cancelled_', parts))
      .update(bookings)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        updatedAt: now,
        version: after.version,
      })
      .where(eq(bookings.id, booking.id))
      .returning()
      .prepare(`cancel_${parts.length}`)
      .execute()
    return cancelled!
  })
}

/** The shortest and longest reason staff may give for a change on a citizen's behalf. */
export const staffReasonLength = { min: 3, max: 500 } as const

/** The staff's reason, trimmed, or its field error (issue 14 item 3: a change needs one). */
function checkStaffReason(reason: string | null | undefined, errors: FieldError[]): string {
  const trimmed = (reason ?? '').trim()
  if (trimmed.length === 0) {
    errors.push(
      fieldError(
        'input.reason',
        'required',
        'Γράψτε τον λόγο της αλλαγής· θα σταλεί στον πολίτη.',
        'Enter the reason for the change; it is sent to the citizen.',
      ),
    )
  } else if (trimmed.length < staffReasonLength.min) {
    errors.push(
      fieldError(
        'input.reason',
        'too_short',
        `Ο λόγος χρειάζεται τουλάχιστον ${staffReasonLength.min} χαρακτήρες.`,
        `The reason needs at least ${staffReasonLength.min} characters.`,
      ),
    )
  } else if (trimmed.length > staffReasonLength.max) {
    errors.push(
      fieldError(
        'input.reason',
        'too_long',
        `Έως ${staffReasonLength.max} χαρακτήρες.`,
        `At most ${staffReasonLength.max} characters.`,
      ),
    )
  }
  return trimmed
}

/** Only the KEP's own employees act for a citizen (issue 14 item 3); FORBIDDEN for anyone else. */
function requireEmployee(actor: Actor): void {
  requireSignedIn(actor)
  if (actor.kind !== 'employee') {
    throw new DomainError('FORBIDDEN', {
      el: 'Μόνο οι υπάλληλοι του ΚΕΠ του ραντεβού κάνουν αλλαγές για λογαριασμό του πολίτη.',
      en: "Only the staff of the appointment's KEP make changes on the citizen's behalf.",
    })
  }
}

export interface StaffRescheduleInput {
  bookingId: string
  startsAt: Date
  reason: string
  /** The booking's version the employee's page showed. */
  version: number
}

export interface StaffCancelInput {
  bookingId: string
  reason: string
  version: number
}

/**
 * Issue 14 item 3: an employee of the booking's KEP (its manager too) moves it on the citizen's
 * behalf, to a time free by the same rules as the citizen's own reschedule (horizon, hours,
 * capacity), at the same KEP, with an employee chosen by the scheduling rule. One transaction:
 * the booking, its history (the employee, the reason), the occupancy, the audit entry and the
 * citizen's one email with the reason and the updated calendar invitation.
 * @throws DomainError FORBIDDEN (not an employee), NOT_FOUND (another KEP's or no booking),
 *   VALIDATION_FAILED (`input.reason`, `input.startsAt`, `input.bookingId`: started, ended or
 *   cancelled), CONFLICT (changed since `version`), SLOT_UNAVAILABLE.
 */
export async function rescheduleBookingForCitizen(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: StaffRescheduleInput,
  meta: RequestMeta = {},
): Promise<Booking> {
  requireEmployee(actor)
  const errors: FieldError[] = []
  const reason = checkStaffReason(input.reason, errors)
  if (Number.isNaN(input.startsAt.getTime())) {
    errors.push(fieldError('input.startsAt', 'invalid_format', 'Μη έγκυρη ώρα.', 'Invalid time.'))
  }
  if (errors.length > 0) {
    await visibleOrNotFound(db, actor, input.bookingId)
    throw validationFailed(errors)
  }
  return moveBooking(
    db,
    clock,
    actor,
    { bookingId: input.bookingId, startsAt: input.startsAt },
    meta,
    {
      may: canActForCitizen,
      field: (name) => `input.${name}`,
      staffReason: reason,
      expectedVersion: input.version,
    },
  )
}

/**
 * Issue 14 item 3: an employee of the booking's KEP cancels it on the citizen's behalf, until it
 * starts; frees its time; the citizen gets one email with the reason.
 * @throws DomainError FORBIDDEN, NOT_FOUND, VALIDATION_FAILED (`input.reason`,
 *   `input.bookingId`), CONFLICT (changed since `version`).
 */
export async function cancelBookingForCitizen(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: StaffCancelInput,
  meta: RequestMeta = {},
): Promise<Booking> {
  requireEmployee(actor)
  const errors: FieldError[] = []
  const reason = checkStaffReason(input.reason, errors)
  if (errors.length > 0) {
    await visibleOrNotFound(db, actor, input.bookingId)
    throw validationFailed(errors)
  }
  return cancelWith(db, clock, actor, { bookingId: input.bookingId }, meta, {
    may: canActForCitizen,
    field: (name) => `input.${name}`,
    staffReason: reason,
    expectedVersion: input.version,
  })
}

/** Another KEP's booking is NOT_FOUND before anything is said about the input (no leak). */
async function visibleOrNotFound(db: Db, actor: Actor, id: string): Promise<void> {
  const [booking] = isUuid(id)
    ? await db
        .select({ citizenId: bookings.citizenId, kepId: bookings.kepId })
        .from(bookings)
        .where(eq(bookings.id, id))
    : []
  if (!booking || !canReadBooking(actor, booking)) throw bookingNotFound(id)
}

/** The booking changed since the employee's page showed it: they see the change first. */
function requireVersion(booking: Booking, expected: number | undefined): void {
  if (expected === undefined || booking.version === expected) return
  throw new DomainError(
    'CONFLICT',
    {
      el: 'Το ραντεβού άλλαξε στο μεταξύ. Δείτε την τρέχουσα κατάστασή του και δοκιμάστε ξανά.',
      en: 'The appointment has changed meanwhile. Check where it stands now and try again.',
    },
    { reason: 'changed_meanwhile', version: booking.version },
  )
}

type PrincipalKind = 'citizen' | 'employee' | 'administrator' | 'officer' | 'api_client' | 'system'

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
    case 'officer':
      return actor.officerId
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
