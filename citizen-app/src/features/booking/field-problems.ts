import type { ApiError } from '@keplive/api'
import { useLocalized } from '@keplive/ui'

/**
 * A refused form's problems, field by field (VALIDATION_FAILED): the message under each input,
 * and the error summary's items pointing at them. `elementOf` maps the server's field path to
 * the form's input id.
 */
export function useFieldProblems(failure: ApiError | null, elementOf: (field: string) => string) {
  const localized = useLocalized()
  const problems = failure?.code === 'VALIDATION_FAILED' ? failure.fields : []
  return {
    errorOf: (element: string) => {
      const problem = problems.find((p) => elementOf(p.field) === element)
      return problem ? localized(problem.message) : undefined
    },
    summary: problems.map((p) => ({ fieldId: elementOf(p.field), message: localized(p.message) })),
  }
}
