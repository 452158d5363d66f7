import { eq } from 'drizzle-orm'
import type { Actor } from '../../platform/actor.js'
import type { Clock } from '../../platform/clock.js'
import { asParts, type Db, type Statement } from '../../platform/db/client.js'
import { DomainError, notFound, validationFailed, type FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import { auditWrite } from '../audit/index.js'
import { contactChangeEmailWrites, type ContactField } from '../notifications/index.js'
import { checkContact, fieldError, type ContactInput } from './booking.validation.js'
import { canEditBookingContact, canReadBooking } from './bookings.policy.js'
import type { Booking, RequestMeta } from './bookings.service.js'
import { bookingEvents, bookings } from './bookings.table.js'

/** Issue 16 item 5: what the citizen may change on an upcoming booking's page. */
export interface ContactChangeInput {
  bookingId: string
  email: string
  phone: string
  postalAddress: string
  /** Left out (null): unchanged. */
  specialRequirements?: ContactInput['specialRequirements']
}

/**
 * Special requirements change only this long before the start: the KEP needs the time to
 * arrange an interpreter (or to cancel one).
 */
export const specialRequirementsCutoffHours = 24

/**
 * Issue 16 item 5: the citizen changes their upcoming booking's email, phone, postal address
 * and (until 24 h before the start) special requirements. In one transaction, on the booking's
 * row lock: the booking (its version bumped), its history, its audit entry (which fields, never
 * their values) and exactly one email of the change to the booking's new address, the
 * reminders still to come redirected there. The same details sent again change nothing and
 * write nothing, so a form submitted twice emails once.
 * @throws DomainError UNAUTHENTICATED (no session); NOT_FOUND (no such booking, or not the
 *   caller's to see); FORBIDDEN (the KEP's staff or an administrator, who may read it);
 *   VALIDATION_FAILED field by field: `bookingId` (started, ended or cancelled), `email`,
 *   `phone`, `postalAddress`, `specialRequirements.other`, `specialRequirements` (`too_late`).
 */
export async function updateBookingContact(
  db: Db,
  clock: Clock,
  actor: Actor,
  input: ContactChangeInput,
  meta: RequestMeta = {},
): Promise<Booking> {
  if (actor.kind === 'anonymous') {
    throw new DomainError('UNAUTHENTICATED', {
      el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να συνεχίσετε.',
      en: 'Please log in with your TaxisNet credentials to continue.',
    })
  }
  const now = clock.now()
  return db.transaction(async (tx) => {
    const booking = await lockBooking(tx, actor, input.bookingId)
    requireUpcoming(booking, now)
    const errors: FieldError[] = []
    // the name and the business are not changed here: the booking's own pass the same checks
    const contact = checkContact(
      {
        fullName: booking.fullName,
        email: input.email,
        phone: input.phone,
        postalAddress: input.postalAddress,
        // left out, they stay as they are
        specialRequirements: input.specialRequirements ?? {
          signLanguage: booking.needsSignLanguage,
          lipReading: booking.needsLipReading,
          other: booking.otherRequirements,
        },
      },
      errors,
    )
    const changed = contact ? changedFields(booking, contact) : []
    if (
      changed.includes('specialRequirements') &&
      booking.startsAt.getTime() - now.getTime() < specialRequirementsCutoffHours * 3_600_000
    ) {
      errors.push(
        fieldError(
          'specialRequirements',
          'too_late',
          `Οι ειδικές απαιτήσεις αλλάζουν έως ${specialRequirementsCutoffHours} ώρες πριν το ραντεβού, ώστε το ΚΕΠ να προλάβει να κανονίσει διερμηνέα. Επικοινωνήστε με το ΚΕΠ.`,
          `Special requirements can change until ${specialRequirementsCutoffHours} hours before the appointment, so the KEP has time to arrange an interpreter. Please contact the KEP.`,
        ),
      )
    }
    if (errors.length > 0 || !contact) throw validationFailed(errors)
    if (changed.length === 0) return booking

    const after = {
      ...booking,
      email: contact.email,
      phone: contact.phone,
      postalAddress: contact.postalAddress,
      needsSignLanguage: contact.needsSignLanguage,
      needsLipReading: contact.needsLipReading,
      otherRequirements: contact.otherRequirements,
      // the email's unique key (booking, kind, version): one email per change
      version: booking.version + 1,
      updatedAt: now,
    }
    const parts: Statement[] = [
      tx.insert(bookingEvents).values({
        bookingId: booking.id,
        action: 'contact_changed',
        actorKind: 'citizen',
        actorId: booking.citizenId,
        at: now,
        details: { fields: changed },
      }),
      ...contactChangeEmailWrites(tx, after, now, changed),
      auditWrite(tx, {
        actor,
        action: 'booking.update_contact',
        entity: 'booking',
        entityId: booking.id,
        ip: meta.ip,
        at: now,
        details: { fields: changed },
      }),
    ]
    const [updated] = await tx
      .with(...asParts(tx, 'contact_', parts))
      .update(bookings)
      .set({
        email: after.email,
        phone: after.phone,
        postalAddress: after.postalAddress,
        needsSignLanguage: after.needsSignLanguage,
        needsLipReading: after.needsLipReading,
        otherRequirements: after.otherRequirements,
        version: after.version,
        updatedAt: now,
      })
      .where(eq(bookings.id, booking.id))
      .returning()
      .prepare('update_contact')
      .execute()
    return updated!
  })
}

/** The booking, locked; NOT_FOUND unless the caller may see it, FORBIDDEN unless theirs. */
async function lockBooking(tx: Db, actor: Actor, id: string): Promise<Booking> {
  const [booking] = isUuid(id)
    ? await tx.select().from(bookings).where(eq(bookings.id, id)).for('update')
    : []
  if (!booking || !canReadBooking(actor, booking)) {
    throw notFound({ el: `Το ραντεβού «${id}»`, en: `The appointment "${id}"` })
  }
  if (!canEditBookingContact(actor, booking)) {
    throw new DomainError('FORBIDDEN', {
      el: 'Τα στοιχεία επικοινωνίας του ραντεβού τα αλλάζει μόνο ο πολίτης που το έκλεισε.',
      en: 'Only the citizen who booked the appointment changes its contact details.',
    })
  }
  return booking
}

/** Only an appointment still to come: one that started, ended or was cancelled stays as it was. */
function requireUpcoming(booking: Booking, now: Date): void {
  if (booking.status === 'booked' && booking.startsAt.getTime() > now.getTime()) return
  throw validationFailed([
    fieldError(
      'bookingId',
      booking.status === 'booked' ? 'already_started' : `status_${booking.status}`,
      'Τα στοιχεία του ραντεβού δεν αλλάζουν πια: έχει ξεκινήσει, ολοκληρωθεί ή ακυρωθεί.',
      'The appointment’s details can no longer change: it has started, ended or been cancelled.',
    ),
  ])
}

function changedFields(
  booking: Booking,
  contact: NonNullable<ReturnType<typeof checkContact>>,
): ContactField[] {
  const changed: ContactField[] = []
  if (contact.email !== booking.email) changed.push('email')
  if (contact.phone !== booking.phone) changed.push('phone')
  if (contact.postalAddress !== booking.postalAddress) changed.push('postalAddress')
  if (
    contact.needsSignLanguage !== booking.needsSignLanguage ||
    contact.needsLipReading !== booking.needsLipReading ||
    contact.otherRequirements !== booking.otherRequirements
  ) {
    changed.push('specialRequirements')
  }
  return changed
}
