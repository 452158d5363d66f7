import { createHash } from 'node:crypto'
import { and, asc, count, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import type { Db } from '../../platform/db/client.js'
import { DomainError, validationFailed, type FieldError } from '../../platform/errors.js'
import { auditWrite, recordAudit } from '../audit/index.js'
import {
  bookings,
  cancelBooking,
  checkContact,
  documents,
  pseudonymiseBookings,
  updateBookingContact,
} from '../bookings/index.js'
import { submissionRecords } from '../calls/index.js'
import { keps, procedures } from '../catalog/index.js'
import { citizens, sessions } from '../identity/index.js'
import { enqueueErasureEmail, outbox } from '../notifications/index.js'
import { collectMyData, type MyData } from './my-data.export.js'

// Issue 19 item 3: the citizen's rights over what the service holds about them (GDPR Art.
// 15–17, 20): see it, download it, correct their contact details, have it erased.

export interface RequestMeta {
  ip?: string
}

type CitizenActor = Extract<Actor, { kind: 'citizen' }>

/** UNAUTHENTICATED for nobody, FORBIDDEN for anyone but a citizen (the gate says the same). */
function requireCitizen(actor: Actor): CitizenActor {
  if (actor.kind === 'anonymous') {
    throw new DomainError('UNAUTHENTICATED', {
      el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να συνεχίσετε.',
      en: 'Please log in with your TaxisNet credentials to continue.',
    })
  }
  if (actor.kind !== 'citizen') {
    throw new DomainError('FORBIDDEN', {
      el: 'Τα δεδομένα του πολίτη τα βλέπει και τα αλλάζει μόνο ο ίδιος.',
      en: 'A citizen’s data are seen and changed only by the citizen.',
    })
  }
  return actor
}

/**
 * Everything held about the logged-in citizen (collectMyData), its download audited as
 * `citizen.data_export` with the format, in the same transaction as nothing else: the read
 * is a snapshot, the audit entry its own write.
 */
export async function exportMyData(
  db: Db,
  clock: Clock,
  actor: Actor,
  format: 'json' | 'html',
  meta: RequestMeta = {},
): Promise<NonNullable<MyData>> {
  const citizen = requireCitizen(actor)
  const now = clock.now()
  const data = await collectMyData(db, citizen.citizenId, now)
  if (!data) throw citizenGone()
  await recordAudit(db, {
    actor,
    action: 'citizen.data_export',
    entity: 'citizen',
    entityId: citizen.citizenId,
    ip: meta.ip,
    at: now,
    details: { format },
  })
  return data
}

const citizenGone = () =>
  new DomainError('UNAUTHENTICATED', {
    el: 'Ο λογαριασμός σας δεν υπάρχει πια. Συνδεθείτε ξανά.',
    en: 'Your account no longer exists. Please log in again.',
  })

/** The contact details that prefill the next booking: the citizen's own, else their last booking's. */
export interface MyContact {
  email: string | null
  phone: string | null
  postalAddress: string | null
}

export interface MyDataSummary {
  firstName: string
  lastName: string
  contact: MyContact
  bookings: number
  upcomingBookings: number
  sessions: number
  emails: number
}

/**
 * What "My data" shows at a glance, and what prefills the next booking: who they are, how to
 * reach them (their own details, else their last booking's), how much is held.
 */
export async function myDataSummary(db: Db, clock: Clock, actor: Actor): Promise<MyDataSummary> {
  const citizen = requireCitizen(actor)
  const now = clock.now()
  const id = sql`${citizen.citizenId}::uuid`
  const [person] = await db
    .select({
      firstName: citizens.firstName,
      lastName: citizens.lastName,
      email: citizens.email,
      phone: citizens.phone,
      postalAddress: citizens.postalAddress,
      bookings: sql<number>`(select count(*)::int from ${bookings} b
        where b.citizen_id = ${id})`,
      upcomingBookings: sql<number>`(select count(*)::int from ${bookings} b
        where b.citizen_id = ${id} and b.status = 'booked'
          and b.starts_at > ${now.toISOString()}::timestamptz)`,
      sessions: sql<number>`(select count(*)::int from ${sessions} s
        where s.principal_kind = 'citizen' and s.principal_id = ${id})`,
      emails: sql<number>`(select count(*)::int from ${outbox} o
        join ${bookings} b on b.id = o.booking_id where b.citizen_id = ${id})`,
    })
    .from(citizens)
    .where(eq(citizens.id, citizen.citizenId))
  if (!person) throw citizenGone()
  const [last] = await db
    .select({
      email: bookings.email,
      phone: bookings.phone,
      postalAddress: bookings.postalAddress,
    })
    .from(bookings)
    .where(and(eq(bookings.citizenId, citizen.citizenId), isNull(bookings.pseudonymisedAt)))
    .orderBy(desc(bookings.createdAt), desc(bookings.id))
    .limit(1)
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    contact: {
      email: person.email ?? last?.email ?? null,
      phone: person.phone ?? last?.phone ?? null,
      postalAddress: person.postalAddress ?? last?.postalAddress ?? null,
    },
    bookings: Number(person.bookings),
    upcomingBookings: Number(person.upcomingBookings),
    sessions: Number(person.sessions),
    emails: Number(person.emails),
  }
}

export interface MyContactInput {
  email: string
  phone: string
  postalAddress: string
  /** Also change the upcoming bookings' contact (each gets its change email); default yes. */
  applyToUpcoming?: boolean | null
}

/**
 * Corrects the citizen's contact details (GDPR Art. 16) with the booking form's checks, field
 * by field; with `applyToUpcoming`, each upcoming booking's too, through the bookings module's
 * own change (its history, its one email, its audit entry). All in one transaction; audited
 * as `citizen.update_contact` (which fields, never their values).
 * @throws DomainError UNAUTHENTICATED, FORBIDDEN, VALIDATION_FAILED (`email`, `phone`, `postalAddress`).
 */
export async function updateMyContact(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: MyContactInput,
  meta: RequestMeta = {},
): Promise<{ contact: MyContact; updatedBookings: number }> {
  const citizen = requireCitizen(actor)
  const now = clock.now()
  const errors: FieldError[] = []
  // the name is not changed here (it comes from TaxisNet): only the contact fields are judged
  const checked = checkContact(
    {
      fullName: 'name not checked here',
      email: input.email,
      phone: input.phone,
      postalAddress: input.postalAddress,
    },
    errors,
  )
  if (errors.length > 0 || !checked) throw validationFailed(errors)
  const contact = {
    email: checked.email,
    phone: checked.phone,
    postalAddress: checked.postalAddress,
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        email: citizens.email,
        phone: citizens.phone,
        postalAddress: citizens.postalAddress,
      })
      .from(citizens)
      .where(eq(citizens.id, citizen.citizenId))
      .for('update')
    if (!before) throw citizenGone()
    const fields = (['email', 'phone', 'postalAddress'] as const).filter(
      (f) => before[f] !== contact[f],
    )
    let updatedBookings = 0
    if (input.applyToUpcoming ?? true) {
      for (const booking of await upcomingOf(tx, citizen.citizenId, now)) {
        const after = await updateBookingContact(
          tx,
          clock,
          actor,
          { bookingId: booking.id, ...contact },
          meta,
        )
        if (after.version !== booking.version) updatedBookings += 1
      }
    }
    if (fields.length > 0) {
      await tx.update(citizens).set(contact).where(eq(citizens.id, citizen.citizenId))
      await auditWrite(tx, {
        actor,
        action: 'citizen.update_contact',
        entity: 'citizen',
        entityId: citizen.citizenId,
        ip: meta.ip,
        at: now,
        details: { fields, updatedBookings },
      })
    }
    return { contact, updatedBookings }
  })
}

/** The citizen's bookings still to come (booked, not started), by start. */
function upcomingOf(tx: Db, citizenId: string, now: Date) {
  return tx
    .select({ id: bookings.id, version: bookings.version, startsAt: bookings.startsAt })
    .from(bookings)
    .where(
      and(
        eq(bookings.citizenId, citizenId),
        eq(bookings.status, 'booked'),
        gt(bookings.startsAt, now),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id))
}

/** What erasure would do, or did (GDPR Art. 17). */
export interface ErasureImpact {
  /** Upcoming bookings cancelled, each with its cancellation email. */
  upcomingCancelled: number
  /** Every other booking still holding personal data: pseudonymised at once. */
  pastPseudonymised: number
  /** Submission records kept with the KEP, as the law requires (the booking itself pseudonymised). */
  submissionRecordsKept: number
  /** Apply with this: a different one means the world changed since the preview. */
  token: string
  applied: boolean
}

export const stalePreview = () =>
  new DomainError('STALE_PREVIEW', {
    el: 'Η προεπισκόπηση δεν ισχύει πια: στο μεταξύ άλλαξαν τα ραντεβού σας. Δείτε τη νέα προεπισκόπηση και επιβεβαιώστε ξανά.',
    en: 'The preview no longer holds: your appointments have changed since. Look at the new preview and confirm again.',
  })

async function impactOf(tx: Db, citizenId: string, now: Date) {
  const all = await tx
    .select({
      id: bookings.id,
      status: bookings.status,
      version: bookings.version,
      startsAt: bookings.startsAt,
      reference: bookings.reference,
      email: bookings.email,
      locale: bookings.locale,
      pseudonymisedAt: bookings.pseudonymisedAt,
      kep: { el: keps.nameEl, en: keps.nameEn },
      procedure: { el: procedures.titleEl, en: procedures.titleEn },
    })
    .from(bookings)
    .innerJoin(keps, eq(keps.id, bookings.kepId))
    .innerJoin(procedures, eq(procedures.id, bookings.procedureId))
    .where(eq(bookings.citizenId, citizenId))
    .orderBy(asc(bookings.id))
  const upcoming = all.filter((b) => b.status === 'booked' && b.startsAt > now)
  // those the retention job already pseudonymised have nothing left to take
  const past = all.filter((b) => !upcoming.includes(b) && b.pseudonymisedAt === null)
  const [kept] =
    all.length === 0
      ? [{ n: 0 }]
      : await tx
          .select({ n: count() })
          .from(submissionRecords)
          .where(
            inArray(
              submissionRecords.bookingId,
              all.map((b) => b.id),
            ),
          )
  const token = createHash('sha256')
    .update(JSON.stringify([citizenId, all.map((b) => [b.id, b.status, b.version])]))
    .digest('base64url')
  return {
    all,
    upcoming,
    impact: {
      upcomingCancelled: upcoming.length,
      pastPseudonymised: past.length,
      submissionRecordsKept: kept?.n ?? 0,
      token,
      applied: false,
    } satisfies ErasureImpact,
  }
}

/**
 * Erasure at the citizen's request. Without `token`: the preview (nothing written). With the
 * preview's token, in one transaction on the citizen's row lock: every upcoming booking
 * cancelled through the bookings module's cancellation (its time freed, its history, its audit
 * entry), every booking's personal data pseudonymised (pseudonymiseBookings, which takes the
 * bookings' emails with it, so the cancellations are told in one summary email per address),
 * unattached documents deleted, the citizen's row emptied to a husk (bookings keep pointing at
 * it; its login id freed, so a later login makes a new person), every session deleted (logged
 * out everywhere); audited as `citizen.erase` with the counts.
 * @throws DomainError UNAUTHENTICATED, FORBIDDEN, STALE_PREVIEW (the bookings changed since).
 */
export async function eraseMyData(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: { token?: string | null },
  meta: RequestMeta = {},
): Promise<ErasureImpact> {
  const citizen = requireCitizen(actor)
  const now = clock.now()
  if (!input.token) {
    return db.transaction(async (tx) => (await impactOf(tx, citizen.citizenId, now)).impact, {
      accessMode: 'read only',
    })
  }
  const token = input.token
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: citizens.id })
      .from(citizens)
      .where(eq(citizens.id, citizen.citizenId))
      .for('update')
    if (!row) throw citizenGone()
    const { all, upcoming, impact } = await impactOf(tx, citizen.citizenId, now)
    if (impact.token !== token) throw stalePreview()
    // no reason given: pseudonymisation takes free text from the history; the audit entry
    // below says why
    for (const b of upcoming) {
      await cancelBooking(tx, clock, actor, { bookingId: b.id }, meta)
    }
    // the cancellation emails go with the bookings' personal data: one email says it all instead
    await pseudonymiseBookings(
      tx,
      all.map((b) => b.id),
      now,
    )
    await enqueueSummaries(tx, citizen.citizenId, upcoming, now)
    await tx
      .delete(documents)
      .where(and(eq(documents.ownerCitizenId, citizen.citizenId), isNull(documents.bookingId)))
    await tx
      .update(citizens)
      .set({
        gsisUserId: `erased:${citizen.citizenId}`,
        taxIdHmac: null,
        firstName: '',
        lastName: '',
        email: null,
        phone: null,
        postalAddress: null,
      })
      .where(eq(citizens.id, citizen.citizenId))
    // logged out everywhere: the sessions (their IP addresses, browsers, the tax number) go
    const endedSessions = (
      await tx
        .delete(sessions)
        .where(
          and(eq(sessions.principalKind, 'citizen'), eq(sessions.principalId, citizen.citizenId)),
        )
        .returning({ id: sessions.id })
    ).length
    await auditWrite(tx, {
      actor,
      action: 'citizen.erase',
      entity: 'citizen',
      entityId: citizen.citizenId,
      ip: meta.ip,
      at: now,
      details: {
        upcomingCancelled: impact.upcomingCancelled,
        pastPseudonymised: impact.pastPseudonymised,
        submissionRecordsKept: impact.submissionRecordsKept,
        endedSessions,
      },
    })
    return { ...impact, applied: true }
  })
}

type ErasedBooking = Awaited<ReturnType<typeof impactOf>>['upcoming'][number]

/** One email per address the cancelled bookings gave, in that booking's language. */
async function enqueueSummaries(tx: Db, citizenId: string, cancelled: ErasedBooking[], now: Date) {
  const byAddress = new Map<string, ErasedBooking[]>()
  for (const b of cancelled) byAddress.set(b.email, [...(byAddress.get(b.email) ?? []), b])
  for (const [recipient, list] of byAddress) {
    await enqueueErasureEmail(tx, {
      citizenId,
      recipient,
      locale: list[0]!.locale,
      at: now,
      appointments: list.map((b) => ({
        reference: b.reference,
        startsAt: b.startsAt.toISOString(),
        kep: b.kep,
        procedure: b.procedure,
      })),
    })
  }
}
