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

export interface KedClient {
  /** Never throws: KED unreachable, slow or answering nonsense is UNAVAILABLE. */
  verifyDocument(query: KedQuery): Promise<KedResult>
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
  return {
    async verifyDocument(query) {
      const base = typeof options.url === 'function' ? options.url() : options.url
      try {
        const res = await fetch(`${base}/v1/documents/verify`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            authorization,
          },
          body: JSON.stringify(query),
          signal: AbortSignal.timeout(options.timeoutMs),
        })
        if (res.status !== 200) {
          options.onError?.(new Error(`KED answered HTTP ${res.status}`))
          return unavailable
        }
        return parseAnswer(await res.json())
      } catch (err) {
        options.onError?.(err)
        return unavailable
      }
    },
  }
}
