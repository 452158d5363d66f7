import type { FieldError } from '../../platform/errors.js'
import { isUuid } from '../../platform/uuid.js'
import type { AuditFilter } from './audit.service.js'

// Issue 17 item 4: the trail's filter, checked the same way for the screen (auditLog) and the
// CSV export: field by field, Greek and English, nothing read before it passes.

/** The roles an entry may carry (the administrators' three, the KEPs' two). */
export const auditRoles = ['administrator', 'operator', 'auditor', 'staff', 'manager'] as const

/** At most this long a time range (issue 17: "date ranges of more than 2 years"). */
const maxRangeMs = 2 * 366 * 86_400_000

export function auditFilterProblems(filter: AuditFilter): FieldError[] {
  const problems: FieldError[] = []
  for (const field of ['actorKind', 'action', 'entity', 'entityId'] as const) {
    if ((filter[field]?.length ?? 0) > 200) {
      problems.push({
        field,
        reason: 'too_long',
        message: { el: 'Έως 200 χαρακτήρες.', en: 'At most 200 characters.' },
      })
    }
  }
  for (const field of ['actorId', 'kepId'] as const) {
    const value = filter[field]
    if (value && !isUuid(value)) {
      problems.push({
        field,
        reason: 'invalid_format',
        message: { el: 'Μη έγκυρο αναγνωριστικό.', en: 'Invalid id.' },
      })
    }
  }
  if (filter.actorRole && !(auditRoles as readonly string[]).includes(filter.actorRole)) {
    problems.push({
      field: 'actorRole',
      reason: 'unknown_role',
      message: {
        el: 'Άγνωστος ρόλος: administrator, operator, auditor, staff ή manager.',
        en: 'Unknown role: administrator, operator, auditor, staff or manager.',
      },
    })
  }
  const { from, to } = filter
  if (from && to && from > to) {
    problems.push({
      field: 'to',
      reason: 'before_start',
      message: { el: 'Το τέλος είναι πριν από την αρχή.', en: 'The end is before the start.' },
    })
  } else if (from && to && to.getTime() - from.getTime() > maxRangeMs) {
    problems.push({
      field: 'to',
      reason: 'range_too_long',
      message: { el: 'Έως 2 χρόνια τη φορά.', en: 'At most 2 years at a time.' },
    })
  }
  return problems
}

/** The filter's set fields, for the audit entry of a read or an export (ids, never names). */
export function auditFilterFacts(filter: AuditFilter): Record<string, string> {
  const facts: Record<string, string> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined || value === '') continue
    facts[key] = value instanceof Date ? value.toISOString() : String(value)
  }
  return facts
}
