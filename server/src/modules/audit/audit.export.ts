import { validationFailed, type FieldError } from '../../platform/errors.js'
import { pagedRows } from '../../platform/paged-rows.js'
import type { CsvExport } from '../exports/index.js'
import { auditFilterProblems } from './audit.filter.js'
import { listAuditLog, type AuditFilter } from './audit.service.js'

// Issue 17 item 4: the audit trail as CSV, with the filters of `auditLog` (actor, role, KEP,
// action, entity, time), newest first as the screen lists it. The rows are the audit log's own:
// ids and keyed hashes, never personal data in clear (R7.2).

const auditPageSize = 1000

const filterParameters = [
  'actorKind',
  'actorId',
  'actorRole',
  'kepId',
  'action',
  'entity',
  'entityId',
  'from',
  'to',
]

function instant(value: string | undefined, field: string, problems: FieldError[]) {
  if (value === undefined || value === '') return null
  const at = new Date(value)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) {
    problems.push({
      field,
      reason: 'invalid_format',
      message: {
        el: 'Δώστε ημερομηνία και ώρα ISO 8601, π.χ. 2027-01-12T08:00:00Z.',
        en: 'Give an ISO 8601 date and time, e.g. 2027-01-12T08:00:00Z.',
      },
    })
    return null
  }
  return at
}

export const auditLogExport: CsvExport<AuditFilter> = {
  name: 'audit-log',
  parameters: filterParameters,
  parse(query) {
    const problems: FieldError[] = []
    const from = instant(query.from, 'from', problems)
    const to = instant(query.to, 'to', problems)
    const filter: AuditFilter = {
      actorKind: query.actorKind || null,
      actorId: query.actorId || null,
      actorRole: query.actorRole || null,
      kepId: query.kepId || null,
      action: query.action || null,
      entity: query.entity || null,
      entityId: query.entityId || null,
      from,
      to,
    }
    problems.push(...auditFilterProblems(filter))
    if (problems.length > 0) throw validationFailed(problems)
    return filter
  },
  header: (locale) =>
    locale === 'el'
      ? [
          'Α/Α αλυσίδας',
          'Χρόνος',
          'Είδος δρώντος',
          'Δρων',
          'Ενέργεια',
          'Οντότητα',
          'Αναγνωριστικό οντότητας',
          'Διεύθυνση IP',
          'Λεπτομέρειες',
          'Hash',
        ]
      : [
          'Chain sequence',
          'At',
          'Actor kind',
          'Actor',
          'Action',
          'Entity',
          'Entity id',
          'IP address',
          'Details',
          'Hash',
        ],
  async *rows(db, filter, ctx) {
    const entries = pagedRows(async (after) => {
      const page = await listAuditLog(db, ctx.clock, filter, auditPageSize, after)
      return { rows: page.entries, next: page.hasNextPage ? page.endCursor : null }
    })
    for await (const e of entries) {
      yield [
        e.seq,
        e.at,
        e.actorKind,
        e.actorId,
        e.action,
        e.entity,
        e.entityId,
        e.ipAddress,
        e.details ? JSON.stringify(e.details) : null,
        e.hash,
      ]
    }
  },
  fileName: (_filter, ctx) => `audit-log-${ctx.clock.now().toISOString().slice(0, 10)}`,
}
