// R6.2, R7.1: the identity-document check through the government interoperability centre
// (KED). One interface; the HTTP client speaks the protocol below to KED_URL, and our own
// stand-in (ked-standin/) answers the same protocol with demo documents.
//
//   POST {KED_URL}/v1/documents/verify
//   Authorization: Basic base64(KED_CLIENT_ID:KED_CLIENT_SECRET)
//   { "documentType": "ID_CARD", "documentNumber": "ΑΚ123456" }
//   → 200 { "status": "VALID" | "NOT_FOUND" | "EXPIRED" | "REVOKED",
//           "holder": { "firstName", "lastName", "fatherName", "birthDate" } | null,
//           "reference": "…" }
//
// Issue 19 item 6, R1.1: the public registry's "legal representative of a company" check, the
// same service, credentials and timeout:
//
//   POST {KED_URL}/v1/representation/verify
//   { "personTaxId": "135792468", "companyTaxId": "998877666" }
//   → 200 { "status": "REPRESENTS" | "DOES_NOT_REPRESENT" | "COMPANY_NOT_FOUND",
//           "companyName": "…" | null, "role": "…" | null, "reference": "…" }

export const identityDocumentTypes = [
  'ID_CARD',
  'PASSPORT',
  'RESIDENCE_PERMIT',
  'DRIVING_LICENCE',
] as const
export type IdentityDocumentType = (typeof identityDocumentTypes)[number]

export type KedStatus = 'VALID' | 'NOT_FOUND' | 'EXPIRED' | 'REVOKED' | 'UNAVAILABLE'

export interface KedHolder {
  firstName: string
  lastName: string
  fatherName: string | null
  /** YYYY-MM-DD */
  birthDate: string
}

export interface KedResult {
  status: KedStatus
  /** The document's holder as KED knows them; for VALID, EXPIRED and REVOKED. */
  holder: KedHolder | null
  /** KED's reference of this check, quoted in the record. */
  reference: string | null
}

export interface KedQuery {
  documentType: IdentityDocumentType
  documentNumber: string
}

export type RepresentationStatus =
  'REPRESENTS' | 'DOES_NOT_REPRESENT' | 'COMPANY_NOT_FOUND' | 'UNAVAILABLE'

export interface RepresentationQuery {
  /** The person's tax number (ΑΦΜ), as GSIS gave it at login. */
  personTaxId: string
  /** The company's tax number (ΑΦΜ). */
  companyTaxId: string
}

export interface RepresentationResult {
  status: RepresentationStatus
  /** The company's registered name; for REPRESENTS and DOES_NOT_REPRESENT. */
  companyName: string | null
  /** The person's role in the company (e.g. managing director); for REPRESENTS. */
  role: string | null
  /** KED's reference of this check, quoted in the record. */
  reference: string | null
}

export interface KedClient {
  /** Never throws: KED unreachable, slow or answering nonsense is UNAVAILABLE. */
  verifyDocument(query: KedQuery): Promise<KedResult>
  /** Issue 19 item 6: never throws either; every failure is UNAVAILABLE. */
  verifyRepresentation(query: RepresentationQuery): Promise<RepresentationResult>
}

// Greek identity cards use capital letters that look Latin (A, B, E, …); people type either.
const latinToGreek: Record<string, string> = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  Z: 'Ζ',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  Y: 'Υ',
  X: 'Χ',
}

/**
 * A document number as KED keys it: capitals, no spaces or dashes; an identity card's Latin
 * look-alike letters become the Greek ones they stand for ("ak 123456" → "ΑΚ123456").
 */
export function normaliseDocumentNumber(type: IdentityDocumentType, raw: string): string {
  const compact = raw
    .normalize('NFC')
    .toUpperCase()
    .replace(/[\s\-./]/g, '')
  return type === 'ID_CARD' ? compact.replace(/[A-Z]/g, (c) => latinToGreek[c] ?? c) : compact
}

const unavailable: KedResult = { status: 'UNAVAILABLE', holder: null, reference: null }

const statuses = new Set(['VALID', 'NOT_FOUND', 'EXPIRED', 'REVOKED'])

function parseAnswer(body: unknown): KedResult {
  if (typeof body !== 'object' || body === null) return unavailable
  const b = body as Record<string, unknown>
  if (typeof b.status !== 'string' || !statuses.has(b.status)) return unavailable
  const h = b.holder as Record<string, unknown> | null | undefined
  const holder =
    h &&
    typeof h.firstName === 'string' &&
    typeof h.lastName === 'string' &&
    typeof h.birthDate === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(h.birthDate)
      ? {
          firstName: h.firstName,
          lastName: h.lastName,
          fatherName: typeof h.fatherName === 'string' ? h.fatherName : null,
          birthDate: h.birthDate,
        }
      : null
  return {
    status: b.status as KedStatus,
    holder,
    reference: typeof b.reference === 'string' ? b.reference.slice(0, 100) : null,
  }
}

const representationUnavailable: RepresentationResult = {
  status: 'UNAVAILABLE',
  companyName: null,
  role: null,
  reference: null,
}

const representationStatuses = new Set(['REPRESENTS', 'DOES_NOT_REPRESENT', 'COMPANY_NOT_FOUND'])

const shortText = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null

function parseRepresentation(body: unknown): RepresentationResult {
  if (typeof body !== 'object' || body === null) return representationUnavailable
  const b = body as Record<string, unknown>
  if (typeof b.status !== 'string' || !representationStatuses.has(b.status)) {
    return representationUnavailable
  }
  return {
    status: b.status as RepresentationStatus,
    companyName: shortText(b.companyName, 200),
    role: shortText(b.role, 100),
    reference: shortText(b.reference, 100),
  }
}

/** The HTTP client of KED: JSON over HTTPS, a timeout, every failure UNAVAILABLE. */
export function httpKedClient(options: {
  /** The base URL; a function when it is known only once the server listens (the stand-in). */
  url: string | (() => string)
  clientId: string
  clientSecret: string
  timeoutMs: number
  onError?: (err: unknown) => void
}): KedClient {
  const authorization = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`
  /** POSTs JSON to KED; the parsed body of a 200, otherwise undefined (and onError told). */
  async function post(route: string, body: unknown): Promise<unknown> {
    const base = typeof options.url === 'function' ? options.url() : options.url
    try {
      const res = await fetch(`${base}${route}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          authorization,
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs),
      })
      if (res.status !== 200) {
        options.onError?.(new Error(`KED answered HTTP ${res.status}`))
        return undefined
      }
      return await res.json()
    } catch (err) {
      options.onError?.(err)
      return undefined
    }
  }
  return {
    async verifyDocument(query) {
      return parseAnswer(await post('/v1/documents/verify', query))
    },
    async verifyRepresentation(query) {
      return parseRepresentation(await post('/v1/representation/verify', query))
    },
  }
}
