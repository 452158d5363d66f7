import { useQuery } from '@apollo/client/react'
import { Button, SelectField, TextField, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { PagedTable, useCursorPaging, type Column } from '../../features/common/paged-table'
import { useRole } from '../../features/common/use-role'
import {
  adminProceduresQuery,
  procedureChoicesQuery,
} from '../../features/procedures/procedure-operations'
import '../../features/procedures/procedures.css'
import type { AdminProceduresQuery, ServiceCategoryCode } from '../../gql/graphql'
import { useT } from '../../i18n'

type Row = AdminProceduresQuery['adminProcedures']['nodes'][number]

interface Filters {
  table: '' | 'national' | 'municipal'
  category: ServiceCategoryCode | ''
  municipalityId: string
  search: string
  state: '' | 'active' | 'retired'
}

const noFilters: Filters = { table: '', category: '', municipalityId: '', search: '', state: '' }
const pageSize = 25

/** The procedure tables (R4.1–R4.4), paged on the server, with filters. */
export function ProceduresPage() {
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const paging = useCursorPaging()
  const [draft, setDraft] = useState<Filters>(noFilters)
  const [applied, setApplied] = useState<Filters>(noFilters)
  const choices = useQuery(procedureChoicesQuery)
  const { data, loading, error } = useQuery(adminProceduresQuery, {
    variables: {
      first: pageSize,
      after: paging.after,
      filter: {
        national: applied.table === '' ? undefined : applied.table === 'national',
        category: applied.category || undefined,
        municipalityId: applied.municipalityId || undefined,
        search: applied.search.trim() || undefined,
        active: applied.state === '' ? undefined : applied.state === 'active',
      },
    },
    fetchPolicy: 'cache-and-network',
  })
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setDraft((f) => ({ ...f, [key]: value }))
  const apply = (event: FormEvent) => {
    event.preventDefault()
    setApplied(draft)
    paging.reset()
  }

  const columns: Column<Row>[] = [
    {
      key: 'code',
      header: t('procedures.col.code'),
      rowHeader: true,
      cell: (p) => (
        <Link className="govgr-link" href={`/procedures/${p.id}`}>
          {p.code}
        </Link>
      ),
    },
    {
      key: 'title',
      header: t('procedures.col.title'),
      cell: (p) => localized({ el: p.titleEl, en: p.titleEn }),
    },
    {
      key: 'category',
      header: t('procedures.col.category'),
      cell: (p) => localized(p.category.name),
    },
    {
      key: 'table',
      header: t('procedures.col.table'),
      cell: (p) => (p.municipality ? localized(p.municipality.name) : t('procedures.national')),
    },
    {
      key: 'state',
      header: t('procedures.col.state'),
      cell: (p) => (p.active ? t('procedures.active') : t('procedures.retired')),
    },
    {
      key: 'form',
      header: t('procedures.col.form'),
      cell: (p) =>
        p.form
          ? t('procedures.form.pdf')
          : p.formUrl
            ? t('procedures.form.link')
            : t('procedures.form.none'),
    },
  ]

  return (
    <>
      <h1>{t('procedures.title')}</h1>
      <p>{t('procedures.intro')}</p>
      {role === 'ADMINISTRATOR' ? (
        <p>
          <Link className="govgr-btn govgr-btn-primary" href="/procedures/new">
            {t('procedures.new')}
          </Link>
        </p>
      ) : null}
      <form onSubmit={apply} aria-labelledby="procedure-filters-title" noValidate>
        <h2 className="govgr-heading-s" id="procedure-filters-title">
          {t('procedures.filters')}
        </h2>
        <div className="procedure-filters">
          <SelectField
            id="filter-table"
            label={t('procedures.filter.table')}
            value={draft.table}
            onChange={(e) => set('table', e.target.value as Filters['table'])}
            options={[
              { value: '', label: t('procedures.filter.table.all') },
              { value: 'national', label: t('procedures.filter.table.national') },
              { value: 'municipal', label: t('procedures.filter.table.municipal') },
            ]}
          />
          <SelectField
            id="filter-category"
            label={t('procedures.filter.category')}
            value={draft.category}
            onChange={(e) => set('category', e.target.value as Filters['category'])}
            options={[
              { value: '', label: t('procedures.filter.category.all') },
              ...(choices.data?.serviceCategories ?? []).map((c) => ({
                value: c.code,
                label: localized(c.name),
              })),
            ]}
          />
          <SelectField
            id="filter-municipality"
            label={t('procedures.filter.municipality')}
            value={draft.municipalityId}
            onChange={(e) => set('municipalityId', e.target.value)}
            options={[
              { value: '', label: t('procedures.filter.municipality.all') },
              ...(choices.data?.municipalities ?? []).map((m) => ({
                value: m.id,
                label: localized(m.name),
              })),
            ]}
          />
          <SelectField
            id="filter-state"
            label={t('procedures.filter.state')}
            value={draft.state}
            onChange={(e) => set('state', e.target.value as Filters['state'])}
            options={[
              { value: '', label: t('procedures.filter.state.all') },
              { value: 'active', label: t('procedures.filter.state.active') },
              { value: 'retired', label: t('procedures.filter.state.retired') },
            ]}
          />
          <TextField
            id="filter-search"
            type="search"
            label={t('procedures.filter.search')}
            hint={t('procedures.filter.search.hint')}
            value={draft.search}
            onChange={(e) => set('search', e.target.value)}
          />
        </div>
        <div className="admin-actions">
          <Button type="submit" variant="secondary">
            {t('procedures.filter.apply')}
          </Button>
        </div>
      </form>
      <PagedTable
        caption={t('procedures.caption')}
        columns={columns}
        rows={data?.adminProcedures.nodes}
        rowKey={(p) => p.id}
        emptyText={t('procedures.empty')}
        loading={loading}
        error={error}
        paging={paging}
        pageInfo={data?.adminProcedures.pageInfo}
      />
    </>
  )
}
