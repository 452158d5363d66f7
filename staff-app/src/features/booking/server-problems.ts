import { apiErrorOf, type ApiError } from '@keplive/api'
import type { ErrorSummaryItem, Language } from '@keplive/ui'

/** The server's answer to a change, split for the page: field by field, or one message. */
export interface ServerProblems {
  /** For the ErrorSummary: each field the server named, linked to its input on the page. */
  items: ErrorSummaryItem[]
  /** The message of each input (by its id on the page). */
  byField: Record<string, string>
  /** Anything not about one field (the time just taken, a change meanwhile …). */
  general?: string
}

/**
 * Reads a failed mutation: the server's fields (`input.reason` …) are mapped to the inputs
 * of the form by `fieldIds`; a field the form has no input for is said in general.
 */
export function serverProblems(
  error: unknown,
  language: Language,
  fieldIds: Record<string, string>,
  fallback: string,
): ServerProblems {
  const problem: ApiError | undefined = apiErrorOf(error)
  const items: ErrorSummaryItem[] = []
  const byField: Record<string, string> = {}
  const elsewhere: string[] = []
  for (const f of problem?.fields ?? []) {
    const id = fieldIds[f.field]
    const message = f.message[language]
    if (id) {
      items.push({ fieldId: id, message })
      byField[id] ??= message
    } else {
      elsewhere.push(message)
    }
  }
  const general =
    elsewhere.length > 0
      ? elsewhere.join(' ')
      : items.length === 0
        ? (problem?.messages?.[language] ?? fallback)
        : undefined
  return { items, byField, general }
}
