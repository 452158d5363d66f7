import { useQuery } from '@apollo/client/react'
import { Button, formatDateTime, SelectField, TextField, useLanguage } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { ChainStatus } from '../../features/audit/chain-status'
import { auditTrailQuery } from '../../features/audit/operations'
import { PagedTable, useCursorPaging, type Column } from '../../features/common/paged-table'
import { KepSelect } from '../../features/employees/kep-select'
import type { AuditLogFilter, AuditTrailQuery } from '../../gql/graphql'
import { useT } from '../../i18n'

type Entry = AuditTrailQuery['auditLog']['entries'][number]

const actorKinds = ['administrator', 'employee', 'citizen', 'api_client', 'system', 'anonymous']
const roles = ['administrator', 'operator', 'auditor', 'staff', 'manager']

interface Draft {
  actorKind: string
  actorId: string
  actorRole: string
  kepId: string
  action: string
  entity: string
  entityId: string
  from: string
  to: string
}
const emptyDraft: Draft = {
  actorKind: '',
  actorId: '',
  actorRole: '',
  kepId: '',
  action: '',
  entity: '',
  entityId: '',
  from: '',
  to: '',
}

/** The filter the server takes: a day's start for `from`, the next day's start for `to`. */
function filterOf(draft: Draft): AuditLogFilter {
  const dayStart = (date: string, plus = 0) => {
    const at = new Date(`${date}T00:00:00`)
    at.setDate(at.getDate() + plus)
    return at.toISOString()
  }
  const filter: AuditLogFilter = {}
  for (const key of [
    'actorKind',
    'actorId',
    'actorRole',
    'kepId',
    'action',
    'entity',
    'entityId',
  ] as const) {
    const value = draft[key].trim()
    if (value) filter[key] = value
  }
  if (draft.from) filter.from = dayStart(draft.from)
  if (draft.to) filter.to = dayStart(draft.to, 1)
  return filter
}

/** The CSV export of the same filter (GET /admin/exports/audit-log.csv). */
function exportHref(filter: AuditLogFilter, language: string): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value) params.set(key, value)
  }
  params.set('lang', language)
  return `/admin/exports/audit-log.csv?${params.toString()}`
}

/** One entry's every field: a disclosure in its row. */
function EntryDetails({ entry }: { entry: Entry }) {
  const t = useT()
  return (
    <details className="govgr-details">
      <summary className="govgr-details__summary">
        <span className="govgr-details__summary-text">
          {t('audit.details.open', { seq: entry.seq ?? '—' })}
        </span>
      </summary>
      <div className="govgr-details__text">
        <dl className="govgr-summary-list">
          {(
            [
              ['audit.details.seq', entry.seq ?? t('audit.details.unsealed')],
              ['audit.details.actorId', entry.actorId ?? '—'],
              ['audit.details.entityId', entry.entityId ?? '—'],
              ['audit.details.kepId', entry.kepId ?? '—'],
              ['audit.details.ip', entry.ipAddress ?? '—'],
              ['audit.details.hash', entry.hash ?? '—'],
              ['audit.details.prevHash', entry.prevHash ?? '—'],
            ] as const
          ).map(([key, value]) => (
            <div className="govgr-summary-list__row" key={key}>
              <dt className="govgr-summary-list__key">{t(key)}</dt>
              <dd className="govgr-summary-list__value audit-hash">{String(value)}</dd>
            </div>
          ))}
        </dl>
        <p className="govgr-body">{t('audit.details.json')}</p>
        <pre className="audit-json">{JSON.stringify(entry.details ?? null, null, 2)}</pre>
      </div>
    </details>
  )
}

/** Issue 17 item 4: the audit trail — filters, pages, a row's details, the chain, the CSV. */
export function AuditPage() {
  const t = useT()
  const { language } = useLanguage()
  const paging = useCursorPaging()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [filter, setFilter] = useState<AuditLogFilter>({})
  const { data, loading, error } = useQuery(auditTrailQuery, {
    variables: { filter, after: paging.after },
    fetchPolicy: 'cache-and-network',
  })
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }))
  const apply = (event: FormEvent) => {
    event.preventDefault()
    setFilter(filterOf(draft))
    paging.reset()
  }
  const clear = () => {
    setDraft(emptyDraft)
    setFilter({})
    paging.reset()
  }

  const columns: Column<Entry>[] = [
    {
      key: 'at',
      header: t('audit.column.at'),
      cell: (e) => formatDateTime(e.at, language),
      rowHeader: true,
    },
    {
      key: 'actor',
      header: t('audit.column.actor'),
      cell: (e) =>
        [
          e.actorName ?? t(`audit.kind.${e.actorKind}` as 'audit.kind.system'),
          e.actorRole ? `(${e.actorRole})` : '',
        ]
          .filter(Boolean)
          .join(' '),
    },
    { key: 'action', header: t('audit.column.action'), cell: (e) => e.action },
    {
      key: 'entity',
      header: t('audit.column.entity'),
      cell: (e) => (e.entityId ? `${e.entity} ${e.entityId}` : e.entity),
    },
    { key: 'details', header: t('audit.column.details'), cell: (e) => <EntryDetails entry={e} /> },
  ]

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="govgr-body">{t('audit.intro')}</p>
      <ChainStatus />
      <section aria-labelledby="audit-filter-title">
        <h2 className="govgr-heading-m" id="audit-filter-title">
          {t('audit.filter.title')}
        </h2>
        <form onSubmit={apply} noValidate>
          <SelectField
            id="audit-actor-kind"
            label={t('audit.filter.actorKind')}
            value={draft.actorKind}
            onChange={(e) => set('actorKind')(e.target.value)}
            options={[
              { value: '', label: t('audit.filter.any') },
              ...actorKinds.map((kind) => ({
                value: kind,
                label: t(`audit.kind.${kind}` as 'audit.kind.system'),
              })),
            ]}
          />
          <TextField
            id="audit-actor-id"
            label={t('audit.filter.actorId')}
            hint={t('audit.filter.actorId.hint')}
            value={draft.actorId}
            onChange={(e) => set('actorId')(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <SelectField
            id="audit-actor-role"
            label={t('audit.filter.role')}
            value={draft.actorRole}
            onChange={(e) => set('actorRole')(e.target.value)}
            options={[
              { value: '', label: t('audit.filter.any') },
              ...roles.map((role) => ({
                value: role,
                label: t(`audit.role.${role}` as 'audit.role.staff'),
              })),
            ]}
          />
          <KepSelect
            id="audit-kep"
            label={t('audit.filter.kep')}
            emptyLabel={t('audit.filter.any')}
            value={draft.kepId}
            onChange={set('kepId')}
          />
          <TextField
            id="audit-action"
            label={t('audit.filter.action')}
            hint={t('audit.filter.action.hint')}
            value={draft.action}
            onChange={(e) => set('action')(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            id="audit-entity"
            label={t('audit.filter.entity')}
            value={draft.entity}
            onChange={(e) => set('entity')(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            id="audit-entity-id"
            label={t('audit.filter.entityId')}
            value={draft.entityId}
            onChange={(e) => set('entityId')(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            id="audit-from"
            type="date"
            label={t('audit.filter.from')}
            value={draft.from}
            onChange={(e) => set('from')(e.target.value)}
          />
          <TextField
            id="audit-to"
            type="date"
            label={t('audit.filter.to')}
            value={draft.to}
            onChange={(e) => set('to')(e.target.value)}
          />
          <Button type="submit">{t('audit.filter.apply')}</Button>{' '}
          <Button type="button" variant="secondary" onClick={clear}>
            {t('audit.filter.clear')}
          </Button>
        </form>
      </section>
      <p className="govgr-body">
        <a className="govgr-link" href={exportHref(filter, language)} download>
          {t('audit.export')}
        </a>
      </p>
      <PagedTable
        caption={t('audit.caption')}
        columns={columns}
        rows={data?.auditLog.entries}
        rowKey={(e) => `${e.seq ?? ''}-${e.at}-${e.action}-${e.entityId ?? ''}-${e.hash ?? ''}`}
        emptyText={t('audit.empty')}
        loading={loading}
        error={error}
        paging={paging}
        pageInfo={data?.auditLog.pageInfo}
      />
    </>
  )
}
