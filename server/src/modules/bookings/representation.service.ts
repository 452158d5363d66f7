import type { Actor } from '../../platform/actor.js'
import { validationFailed } from '../../platform/errors.js'
import { auditHmac } from '../audit/index.js'
import { fieldError } from './booking.validation.js'

// Issue 19 item 6, R1.1, Art. 7.1: booking for a business needs the logged-in person to be its
// legal representative, as the public registry says through KED. The KED client (calls module)
// is handed in by the server, typed here by what bookings need of it, so bookings import nothing
// of calls (which imports bookings).

/** The registry's answer, as KED's client gives it (calls/ked.client.ts). */
export interface RepresentationAnswer {
  status: 'REPRESENTS' | 'DOES_NOT_REPRESENT' | 'COMPANY_NOT_FOUND' | 'UNAVAILABLE'
  companyName: string | null
  role: string | null
  reference: string | null
}

/** What was asked and answered; NOT_ASKED: the session does not know the person's tax number. */
export interface RepresentationOutcome {
  status: RepresentationAnswer['status'] | 'NOT_ASKED'
  companyName: string | null
  role: string | null
  reference: string | null
}

/** KED's "legal representative of a company" check; never throws (a failure is UNAVAILABLE). */
export interface RepresentationRegistry {
  verifyRepresentation(query: {
    personTaxId: string
    companyTaxId: string
  }): Promise<RepresentationAnswer>
}

/** What a booking for a business needs: the registry, and the key of the recorded hashes. */
export interface RepresentationServices {
  registry: RepresentationRegistry
  auditKey: string
}

/** The booking's record of the check (columns of bookings); all null without a business. */
export interface RepresentationRecord {
  representationStatus: 'verified' | 'to_check' | null
  representationCheckedAt: Date | null
  representationReference: string | null
  representationPersonHmac: string | null
  representationCompanyHmac: string | null
}

export const noBusiness: RepresentationRecord = {
  representationStatus: null,
  representationCheckedAt: null,
  representationReference: null,
  representationPersonHmac: null,
  representationCompanyHmac: null,
}

const notRepresentative = () =>
  validationFailed([
    fieldError(
      'business.taxId',
      'not_representative',
      'Σύμφωνα με το Γενικό Εμπορικό Μητρώο δεν είστε νόμιμος εκπρόσωπος της επιχείρησης με αυτόν τον ΑΦΜ. Ελέγξτε τον ΑΦΜ ή κλείστε το ραντεβού ως ιδιώτης.',
      'According to the General Commercial Registry you are not a legal representative of the business with this tax number. Check the tax number, or book as a private person.',
    ),
  ])

const unknownCompany = () =>
  validationFailed([
    fieldError(
      'business.taxId',
      'company_not_found',
      'Το Γενικό Εμπορικό Μητρώο δεν γνωρίζει επιχείρηση με αυτόν τον ΑΦΜ· ελέγξτε τον.',
      'The General Commercial Registry knows no business with this tax number; please check it.',
    ),
  ])

/**
 * Asks the registry whether the calling citizen represents the business (outside any
 * transaction: a network call never holds one open). Represents → 'verified'; the registry
 * unreachable → 'to_check' (the booking goes ahead, the employee checks on the call). The
 * person's tax number is the one GSIS gave at this session's login (actor.taxId, kept with the
 * session only); a session from before it was kept cannot ask, and is 'to_check' too.
 * @throws DomainError VALIDATION_FAILED on business.taxId: not a representative, or no such
 *   company.
 */
export async function checkRepresentation(
  actor: Extract<Actor, { kind: 'citizen' }>,
  companyTaxId: string,
  services: RepresentationServices,
  now: Date,
): Promise<RepresentationRecord & { registry: RepresentationOutcome }> {
  const personTaxId = actor.taxId ?? null
  const answer: RepresentationOutcome = personTaxId
    ? await services.registry.verifyRepresentation({ personTaxId, companyTaxId })
    : { status: 'NOT_ASKED', companyName: null, role: null, reference: null }
  if (answer.status === 'DOES_NOT_REPRESENT') throw notRepresentative()
  if (answer.status === 'COMPANY_NOT_FOUND') throw unknownCompany()
  return {
    representationStatus: answer.status === 'REPRESENTS' ? 'verified' : 'to_check',
    representationCheckedAt: now,
    representationReference: answer.reference,
    representationPersonHmac: personTaxId ? auditHmac(services.auditKey, personTaxId) : null,
    representationCompanyHmac: auditHmac(services.auditKey, companyTaxId),
    registry: answer,
  }
}
