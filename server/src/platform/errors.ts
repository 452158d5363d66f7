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
  | 'RATE_LIMITED'
  // the call (calls module)
  | 'CALL_NOT_OPEN'
  | 'CALL_ENDED'
  | 'NOT_ADMITTED'
  | 'INVITATION_IN_USE'
  | 'IDENTITY_NOT_VERIFIED'
  | 'SIGNAL_TOO_LARGE'

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
