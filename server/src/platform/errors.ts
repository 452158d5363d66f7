import type { GraphQLFormattedError } from 'graphql'
import { unwrapResolverError } from '@apollo/server/errors'
import type { Logger } from './logger.js'

/** A message in both languages of the service; Greek first. */
export interface Bilingual {
  el: string
  en: string
}

/** The stable codes a client may act on; each becomes `extensions.code`. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'SLOT_UNAVAILABLE'
  | 'CONFLICT'
  // an impact preview no longer holds: the bookings it listed changed since (administration)
  | 'STALE_PREVIEW'
  | 'RATE_LIMITED'
  // a dependency (the database) is unreachable for a moment: HTTP 503 with Retry-After
  | 'SERVICE_UNAVAILABLE'
  // the call (calls module)
  | 'CALL_NOT_OPEN'
  | 'CALL_ENDED'
  | 'NOT_ADMITTED'
  | 'INVITATION_IN_USE'
  | 'IDENTITY_NOT_VERIFIED'
  | 'SIGNAL_TOO_LARGE'
  // an employee who has not yet acknowledged the acceptable-use notice (Art. 7.2, issue 14)
  | 'ACCEPTABLE_USE_REQUIRED'

export interface FieldError {
  /** The input field, as a path: `input.email`, `input.documents[2]`. */
  field: string
  /** A stable, machine-readable reason: `required`, `too_long`, `invalid_format`, … */
  reason: string
  message: Bilingual
}

/**
 * An expected failure of a rule, thrown by services. Anything else that escapes a resolver is a
 * bug: it is logged and masked as INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messages: Bilingual,
    readonly details: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(messages.en)
    this.name = 'DomainError'
  }
}

/** One field's problem, in both languages: `fieldError('input.email', 'required', el, en)`. */
export const fieldError = (field: string, reason: string, el: string, en: string): FieldError => ({
  field,
  reason,
  message: { el, en },
})

export const notFound = (what: Bilingual): DomainError =>
  new DomainError('NOT_FOUND', {
    el: `${what.el}: δεν βρέθηκε.`,
    en: `${what.en} was not found.`,
  })

export const validationFailed = (fields: FieldError[]): DomainError =>
  new DomainError(
    'VALIDATION_FAILED',
    {
      el: 'Ορισμένα στοιχεία δεν είναι σωστά. Διορθώστε τα πεδία που επισημαίνονται.',
      en: 'Some details are not valid. Please correct the highlighted fields.',
    },
    { fields },
  )

/** Seconds a client is told to wait (Retry-After) when the service is briefly unavailable. */
export const unavailableRetryAfterSeconds = 5

export const serviceUnavailable = (): DomainError =>
  new DomainError(
    'SERVICE_UNAVAILABLE',
    {
      el: 'Η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.',
      en: 'The service is not available at the moment. Please try again in a moment.',
    },
    { retryAfterSeconds: unavailableRetryAfterSeconds },
  )

/** Network and driver codes of a connection that failed, was refused, dropped or ended. */
const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // postgres.js
  'CONNECTION_ENDED',
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '53300',
])

/**
 * Whether an error (anywhere in its `cause` chain, or an AggregateError's parts) says the
 * database could not be reached or dropped the connection, as postgres.js and PGlite report
 * it: the service is briefly unavailable, not broken.
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 8) return false
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  if (
    typeof e.code === 'string' &&
    (connectionCodes.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))
  ) {
    return true
  }
  if (e.message === 'PGlite is closed') return true
  if (Array.isArray(e.errors) && e.errors.some((part) => isDatabaseUnavailable(part, depth + 1))) {
    return true
  }
  return isDatabaseUnavailable(e.cause, depth + 1)
}

export type Locale = 'el' | 'en'

/** Picks the reply language from Accept-Language; Greek unless English is preferred. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'el'
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'el'
}

/** Codes Apollo gives its own request errors; their messages describe the request, not us. */
const safeCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
])

/**
 * Turns every error into what a client may see. Domain errors keep their code and both
 * messages; GraphQL's own errors (syntax, validation) pass through; everything else is masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
  locale: Locale = 'el',
): GraphQLFormattedError {
  const original = unwrapResolverError(error)
  if (original instanceof DomainError) {
    return {
      message: original.messages[locale],
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        messages: original.messages,
        ...original.details,
      },
    }
  }
  if (isDatabaseUnavailable(original)) {
    // the driver's error carries the statement and its parameters: not even in the log
    logger.warn({ code: errorCodeOf(original), path: formatted.path }, 'database unavailable')
    const unavailable = serviceUnavailable()
    return {
      message: unavailable.messages[locale],
      path: formatted.path,
      extensions: {
        code: unavailable.code,
        messages: unavailable.messages,
        ...unavailable.details,
      },
    }
  }
  const code = formatted.extensions?.code
  if (typeof code === 'string' && safeCodes.has(code)) {
    // Parse, validation and bad-input errors written by graphql-js or Apollo: safe to show.
    return { message: formatted.message, locations: formatted.locations, extensions: { code } }
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error in a resolver')
  return {
    message:
      locale === 'en'
        ? 'Something went wrong on our side. Please try again in a few minutes.'
        : 'Κάτι πήγε στραβά από τη δική μας πλευρά. Δοκιμάστε ξανά σε λίγα λεπτά.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  }
}

/** The first string `code` in an error's cause chain (SQLSTATE or network code), for logs. */
export function errorCodeOf(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 8; i++) {
    if (typeof e.code === 'string') return e.code
    e = e.cause as typeof e
  }
  return undefined
}
