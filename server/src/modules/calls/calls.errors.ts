import { DomainError, notFound } from '../../platform/errors.js'

// The calls module's refusals, each with both messages; codes are in platform/errors.ts.

export const callNotFound = () => notFound({ el: 'Η κλήση', en: 'The call' })

export const bookingNotFound = () => notFound({ el: 'Το ραντεβού', en: 'The appointment' })

export const notAParticipant = () =>
  new DomainError('FORBIDDEN', {
    el: 'Δεν συμμετέχετε σε αυτή την κλήση. Ανοίξτε ξανά τον σύνδεσμο της κλήσης.',
    en: 'You are not in this call. Open the call’s link again.',
  })

export const mustLogIn = () =>
  new DomainError('UNAUTHENTICATED', {
    el: 'Συνδεθείτε με τους κωδικούς TaxisNet για να μπείτε στην κλήση.',
    en: 'Please log in with your TaxisNet credentials to join the call.',
  })

export const staffOnly = () =>
  new DomainError('FORBIDDEN', {
    el: 'Μόνο οι υπάλληλοι του ΚΕΠ του ραντεβού μπορούν να το κάνουν αυτό.',
    en: 'Only the staff of the appointment’s KEP can do this.',
  })

/** Issue 14 item 2: a colleague of the KEP reads the call but does not run it. */
export const notAssigned = () =>
  new DomainError('FORBIDDEN', {
    el: 'Το ραντεβού έχει ανατεθεί σε άλλον υπάλληλο: μόνο εκείνος ή ο προϊστάμενος του ΚΕΠ διεξάγει την κλήση.',
    en: 'The appointment is assigned to another employee: only they or the KEP’s manager run the call.',
  })

export function callNotOpen(opensAt: Date, closesAt: Date, now: Date): DomainError {
  const athens = (d: Date, locale: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'Europe/Athens',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(d)
  const early = now.getTime() < opensAt.getTime()
  return new DomainError(
    'CALL_NOT_OPEN',
    early
      ? {
          el: `Η κλήση ανοίγει ${athens(opensAt, 'el-GR')}. Ελάτε ξανά τότε.`,
          en: `The call opens at ${athens(opensAt, 'en-GB')}. Please come back then.`,
        }
      : {
          el: 'Η ώρα της κλήσης έχει περάσει. Μπορείτε να κλείσετε νέο ραντεβού.',
          en: 'The time of this call has passed. You can book a new appointment.',
        },
    { opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() },
  )
}

export const callEnded = () =>
  new DomainError('CALL_ENDED', {
    el: 'Η κλήση έχει τελειώσει.',
    en: 'The call has ended.',
  })

export const notAdmitted = () =>
  new DomainError('NOT_ADMITTED', {
    el: 'Περιμένετε: ο υπάλληλος θα σας δεχτεί σε λίγο.',
    en: 'Please wait: the employee will let you in shortly.',
  })

/** Issue 11 defect 5: an interpreter's link works only in the browser that used it first. */
export const invitationInUse = () =>
  new DomainError('INVITATION_IN_USE', {
    el: 'Ο σύνδεσμος πρόσκλησης έχει ήδη ανοιχτεί σε άλλη συσκευή ή άλλο πρόγραμμα περιήγησης. Ανοίξτε τον εκεί ή ζητήστε νέο σύνδεσμο από το ΚΕΠ.',
    en: 'This invitation link was already opened on another device or browser. Open it there, or ask the KEP for a new link.',
  })

export const identityNotVerified = () =>
  new DomainError('IDENTITY_NOT_VERIFIED', {
    el: 'Πρώτα πρέπει να επιβεβαιωθεί η ταυτότητα του πολίτη μέσω ΚΕΔ.',
    en: 'The citizen’s identity must first be confirmed through KED.',
  })

/** A signal over the size limit, or one more than a call's mailbox holds. */
export const signalTooLarge = (maxBytes: number, maxSignals?: number) =>
  new DomainError(
    'SIGNAL_TOO_LARGE',
    maxSignals
      ? {
          el: `Η κλήση έχει ήδη ${maxSignals} μηνύματα σηματοδοσίας: ξεκινήστε τη σύνδεση ξανά.`,
          en: `The call already has ${maxSignals} signalling messages: please reconnect.`,
        }
      : {
          el: `Το μήνυμα σηματοδοσίας ξεπερνά τα ${maxBytes} bytes.`,
          en: `The signalling message is larger than ${maxBytes} bytes.`,
        },
    maxSignals ? { maxSignals } : { maxBytes },
  )
