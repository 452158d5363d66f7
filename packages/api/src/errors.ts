import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors'

/** A message in both languages of the service, as the server sends it. */
export interface BilingualText {
  el: string
  en: string
}

/** One input field the server refused, e.g. `{ field: 'input.email', reason: 'invalid_format' }`. */
export interface FieldProblem {
  field: string
  reason: string
  message: BilingualText
}

/**
 * Why an operation failed, in the terms the apps act on: the server's stable code, its message
 * in both languages, and — for VALIDATION_FAILED — the fields at fault; any further details
 * (e.g. SLOT_UNAVAILABLE's alternatives) stay in `details`.
 */
export interface ApiError {
  kind: 'network' | 'server'
  code: string | undefined
  messages: BilingualText | undefined
  fields: FieldProblem[]
  details: Record<string, unknown>
}

function isBilingual(value: unknown): value is BilingualText {
  const text = value as Partial<BilingualText> | null | undefined
  return typeof text?.el === 'string' && typeof text.en === 'string'
}

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is FieldProblem =>
      typeof (item as FieldProblem | null)?.field === 'string' &&
      typeof (item as FieldProblem).reason === 'string' &&
      isBilingual((item as FieldProblem).message),
  )
}

/** What the apps say when the service is briefly unavailable (HTTP 503, SERVICE_UNAVAILABLE). */
export const serviceUnavailableMessages: BilingualText = {
  el: 'Η υπηρεσία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγο.',
  en: 'The service is not available at the moment. Please try again in a moment.',
}

function fromExtensions(extensions: Record<string, unknown>): ApiError {
  const { code, messages, fields, ...details } = extensions
  return {
    kind: 'server',
    code: typeof code === 'string' ? code : undefined,
    messages: isBilingual(messages) ? messages : undefined,
    fields: fieldProblems(fields),
    details,
  }
}

/** The first error's extensions of a GraphQL-over-HTTP body Apollo did not parse (a non-2xx JSON). */
function extensionsOfBody(bodyText: string): Record<string, unknown> | undefined {
  try {
    const body = JSON.parse(bodyText) as { errors?: { extensions?: unknown }[] } | null
    const extensions = body?.errors?.[0]?.extensions
    return extensions && typeof extensions === 'object'
      ? (extensions as Record<string, unknown>)
      : undefined
  } catch {
    return undefined // a proxy's HTML page, an empty body, …
  }
}

/** Reads any error Apollo Client hands back as an ApiError; `undefined` for no error. */
export function apiErrorOf(error: unknown): ApiError | undefined {
  if (!error) return undefined
  if (CombinedGraphQLErrors.is(error)) {
    return fromExtensions((error.errors[0]?.extensions ?? {}) as Record<string, unknown>)
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    // Refused before GraphQL ran (401, 429, 503): the server still says why in JSON.
    const read = fromExtensions(extensionsOfBody(error.bodyText) ?? {})
    read.code ??=
      error.statusCode === 429
        ? 'RATE_LIMITED'
        : error.statusCode === 503
          ? 'SERVICE_UNAVAILABLE'
          : undefined
    if (read.code === 'SERVICE_UNAVAILABLE') read.messages ??= serviceUnavailableMessages
    return read
  }
  return { kind: 'network', code: undefined, messages: undefined, fields: [], details: {} }
}

/** The message of one field, e.g. to show under its input; `undefined` when it is fine. */
export function fieldMessage(
  error: ApiError | undefined,
  field: string,
): BilingualText | undefined {
  return error?.fields.find((problem) => problem.field === field)?.message
}
