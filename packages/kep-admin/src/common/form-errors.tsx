import { apiErrorOf, type ApiError } from '@keplive/api'
import {
  ErrorSummary,
  Notice,
  useErrorMessage,
  useLanguage,
  type ErrorSummaryItem,
} from '@keplive/ui'
import { useT } from '../i18n'

/**
 * What a failed mutation says about a form, in the current language: the message of each field
 * the server named (VALIDATION_FAILED's `extensions.fields`, paths like `input.taxId` or
 * `input.rows[3].taxId`), and the message of a refusal that names no field (FORBIDDEN, NOT_FOUND…).
 */
export interface FormErrors {
  /** The message for one field path, to show under its input; undefined when it is fine. */
  field: (path: string) => string | undefined
  /** The error summary's lines: each points at the input of its field. */
  summary: ErrorSummaryItem[]
  /** A refusal that is not about a field, to show above the form. */
  general: string | undefined
  read: ApiError | undefined
}

/**
 * The input a server field path points at: its own (`input.taxId`), else its nearest listed
 * parent's (`input.windows[0].opensAt` → `input.windows[0]` → `input.windows`); undefined when
 * no parent is listed.
 */
export function inputIdFor(path: string, fieldIds: Record<string, string>): string | undefined {
  for (let at = path; at !== ''; at = at.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
    if (Object.hasOwn(fieldIds, at)) return fieldIds[at]
    if (!/[.[]/.test(at)) return undefined
  }
  return undefined
}

/**
 * Reads a mutation's error for a form. `fieldIds` maps the server's field paths to the ids of the
 * inputs (`{ 'input.taxId': 'tax-id' }`); a path not in it points at the input of its nearest
 * listed parent (`input.windows[0].opensAt` → `input.windows`), else at `fallbackId`.
 */
export function useFormErrors(
  error: unknown,
  fieldIds: Record<string, string>,
  fallbackId?: string,
): FormErrors {
  const { language } = useLanguage()
  const message = useErrorMessage()
  const read = apiErrorOf(error)
  const problems = read?.fields ?? []
  return {
    field: (path) => problems.find((problem) => problem.field === path)?.message[language],
    summary: problems.map((problem) => ({
      fieldId: inputIdFor(problem.field, fieldIds) ?? fallbackId ?? '',
      message: problem.message[language],
    })),
    general:
      read && problems.length === 0
        ? message({ kind: read.kind, code: read.code, messages: read.messages })
        : undefined,
    read,
  }
}

/**
 * The top of a form after a refused submit: the GOV.GR error summary (it takes focus; each line
 * jumps to its input), or, for a refusal about no field, an alert. `extra` adds the app's own
 * checks (e.g. a required field left empty) before anything was sent.
 */
export function FormErrorSummary({
  errors,
  extra = [],
}: {
  errors: FormErrors
  extra?: ErrorSummaryItem[]
}) {
  const t = useT()
  const items = [...extra, ...errors.summary]
  if (items.length) return <ErrorSummary items={items} />
  if (errors.general)
    return (
      <Notice tone="alert" title={t('ui.error.summary')}>
        {errors.general}
      </Notice>
    )
  return null
}
