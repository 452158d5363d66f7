import { useQuery } from '@apollo/client/react'
import { Button, SelectField, TextField, useLocalized } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { PagedTable, useCursorPaging, type Column } from '../../features/common/paged-table'
import { useRole } from '../../features/common/use-role'
import { kepMunicipalitiesQuery } from '../../features/keps/kep-form'
import { KepStatusText } from '../../features/keps/kep-status'
import { graphql } from '../../gql'
import type { AdminKepsQuery, KepStatus } from '../../gql/graphql'
import { useT } from '../../i18n'

const adminKepsQuery = graphql(`
  query AdminKeps($filter: AdminKepFilter, $first: Int, $after: String) {
    adminKeps(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name {
          el
          en
        }
        municipalityName {
          el
          en
        }
        status
        statusFrom
        statusUntil
        workstationCount
        employeeCount
      }
    }
  }
`)

type Row = AdminKepsQuery['adminKeps']['nodes'][number]

interface Filter {
  search: string
  municipalityId: string
  region: string
  status: '' | KepStatus
}

const noFilter: Filter = { search: '', municipalityId: '', region: '', status: '' }
const pageSize = 25
const statuses: readonly KepStatus[] = ['ACTIVE', 'SUSPENDED', 'CLOSED']

/** The network's KEPs: search and filters, a server-paged table, and "New KEP" for ADMINISTRATORs. */
export function KepsPage() {
  const t = useT()
  const localized = useLocalized()
  const role = useRole()
  const paging = useCursorPaging()
  const [draft, setDraft] = useState<Filter>(noFilter)
  const [filter, setFilter] = useState<Filter>(noFilter)
  const municipalities = useQuery(kepMunicipalitiesQuery).data?.municipalities ?? []
  const { data, loading, error } = useQuery(adminKepsQuery, {
    variables: {
      first: pageSize,
      after: paging.after,
      filter: {
        search: filter.search || null,
        municipalityId: filter.municipalityId || null,
        region: filter.region || null,
        status: filter.status || null,
      },
    },
    fetchPolicy: 'cache-and-network',
  })
  const regions = [...new Map(municipalities.map((m) => [m.region.el, m.region])).values()].sort(
    (a, b) => localized(a).localeCompare(localized(b)),
  )
  const byName = [...municipalities].sort((a, b) =>
    localized(a.name).localeCompare(localized(b.name)),
  )
  const apply = (event: FormEvent) => {
    event.preventDefault()
    setFilter(draft)
    paging.reset()
  }
  const clear = () => {
    setDraft(noFilter)
    setFilter(noFilter)
    paging.reset()
  }

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('keps.column.name'),
      rowHeader: true,
      cell: (k) => <Link href={`/keps/${k.id}`}>{localized(k.name)}</Link>,
    },
    { key: 'code', header: t('keps.column.code'), cell: (k) => k.code },
    {
      key: 'municipality',
      header: t('keps.column.municipality'),
      cell: (k) => localized(k.municipalityName),
    },
    {
      key: 'status',
      header: t('keps.column.status'),
      cell: (k) => <KepStatusText status={k.status} from={k.statusFrom} until={k.statusUntil} />,
    },
    {
      key: 'workstations',
      header: t('keps.column.workstations'),
      numeric: true,
      cell: (k) => k.workstationCount,
    },
    {
      key: 'employees',
      header: t('keps.column.employees'),
      numeric: true,
      cell: (k) => k.employeeCount,
    },
  ]

  return (
    <>
      <h1>{t('keps.title')}</h1>
      <p>{t('keps.intro')}</p>
      {role === 'ADMINISTRATOR' ? (
        <p>
          <Link href="/keps/new" className="govgr-btn govgr-btn-primary">
            {t('keps.create')}
          </Link>
        </p>
      ) : null}
      <form onSubmit={apply} aria-labelledby="keps-filters" noValidate>
        <h2 className="govgr-heading-m" id="keps-filters">
          {t('keps.filters')}
        </h2>
        <TextField
          id="keps-search"
          type="search"
          label={t('keps.search')}
          hint={t('keps.search.hint')}
          value={draft.search}
          onChange={(e) => setDraft({ ...draft, search: e.target.value })}
        />
        <SelectField
          // a long option must not widen the page at 360 px
          style={{ maxWidth: '100%' }}
          id="keps-municipality"
          label={t('keps.municipality')}
          value={draft.municipalityId}
          onChange={(e) => setDraft({ ...draft, municipalityId: e.target.value })}
          options={[
            { value: '', label: t('keps.any') },
            ...byName.map((m) => ({ value: m.id, label: localized(m.name) })),
          ]}
        />
        <SelectField
          // a long option must not widen the page at 360 px
          style={{ maxWidth: '100%' }}
          id="keps-region"
          label={t('keps.region')}
          value={draft.region}
          onChange={(e) => setDraft({ ...draft, region: e.target.value })}
          options={[
            { value: '', label: t('keps.any') },
            ...regions.map((r) => ({ value: r.el, label: localized(r) })),
          ]}
        />
        <SelectField
          // a long option must not widen the page at 360 px
          style={{ maxWidth: '100%' }}
          id="keps-status"
          label={t('keps.status')}
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as Filter['status'] })}
          options={[
            { value: '', label: t('keps.anyStatus') },
            ...statuses.map((s) => ({ value: s, label: t(`keps.status.${s}`) })),
          ]}
        />
        <div className="admin-actions">
          <Button type="submit">{t('keps.apply')}</Button>
          <Button variant="secondary" onClick={clear}>
            {t('keps.clear')}
          </Button>
        </div>
      </form>
      <PagedTable
        caption={t('keps.caption', { count: data?.adminKeps.totalCount ?? 0 })}
        columns={columns}
        rows={data?.adminKeps.nodes}
        rowKey={(k) => k.id}
        emptyText={t('keps.empty')}
        loading={loading}
        error={error}
        paging={paging}
        pageInfo={data?.adminKeps.pageInfo}
      />
    </>
  )
}
