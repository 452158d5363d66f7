import { useQuery } from '@apollo/client/react'
import { Button, formatLocalDate, SelectField, TextField, useLanguage } from '@keplive/ui'
import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { PagedTable, useCursorPaging } from '../../features/common/paged-table'
import { useRole } from '../../features/common/use-role'
import { KepSelect } from '../../features/employees/kep-select'
import { adminEmployeesQuery } from '../../features/employees/operations'
import type { AdminEmployeesQuery } from '../../gql/graphql'
import { useT } from '../../i18n'

type Row = AdminEmployeesQuery['adminEmployees']['employees'][number]
type Status = '' | 'active' | 'inactive'

const pageSize = 25

/** The KEPs' employees, a page at a time, by KEP, name and status (any administrator). */
export function EmployeesPage() {
  const t = useT()
  const { language } = useLanguage()
  const role = useRole()
  const paging = useCursorPaging()
  const [draft, setDraft] = useState({ kepId: '', search: '', status: '' as Status })
  const [filter, setFilter] = useState(draft)
  const { data, loading, error } = useQuery(adminEmployeesQuery, {
    variables: {
      first: pageSize,
      after: paging.after,
      filter: {
        kepId: filter.kepId || null,
        search: filter.search.trim() || null,
        active: filter.status === '' ? null : filter.status === 'active',
      },
    },
    fetchPolicy: 'cache-and-network',
  })
  const search = (event: FormEvent) => {
    event.preventDefault()
    paging.reset()
    setFilter(draft)
  }
  const status = (row: Row) =>
    row.leavesOn && row.active
      ? t('employees.status.leaves', { date: formatLocalDate(row.leavesOn, language) })
      : t(row.active ? 'employees.status.active' : 'employees.status.inactive')
  return (
    <>
      <h1>{t('employees.title')}</h1>
      {role && role !== 'AUDITOR' ? (
        <p className="admin-actions">
          <Link className="govgr-btn govgr-btn-primary" href="/employees/new">
            {t('employees.add')}
          </Link>
          <Link className="govgr-link" href="/employees/import">
            {t('employees.import')}
          </Link>
        </p>
      ) : null}
      <form onSubmit={search} aria-labelledby="employees-filter-title">
        <h2 className="govgr-heading-s" id="employees-filter-title">
          {t('employees.filter.title')}
        </h2>
        <KepSelect
          id="filter-kep"
          label={t('employees.filter.kep')}
          emptyLabel={t('employees.filter.anyKep')}
          value={draft.kepId}
          onChange={(kepId) => setDraft((d) => ({ ...d, kepId }))}
        />
        <TextField
          id="filter-search"
          label={t('employees.filter.search')}
          value={draft.search}
          onChange={(e) => setDraft((d) => ({ ...d, search: e.target.value }))}
        />
        <SelectField
          id="filter-status"
          label={t('employees.filter.status')}
          value={draft.status}
          onChange={(e) => setDraft((d) => ({ ...d, status: e.target.value as Status }))}
          options={[
            { value: '', label: t('employees.filter.any') },
            { value: 'active', label: t('employees.filter.active') },
            { value: 'inactive', label: t('employees.filter.inactive') },
          ]}
        />
        <Button type="submit" variant="secondary">
          {t('employees.filter.apply')}
        </Button>
      </form>
      <PagedTable<Row>
        caption={t('employees.table.caption')}
        columns={[
          {
            key: 'name',
            header: t('employees.column.name'),
            rowHeader: true,
            cell: (row) => (
              <Link className="govgr-link" href={`/employees/${row.id}`}>
                {row.fullName}
              </Link>
            ),
          },
          {
            key: 'kep',
            header: t('employees.column.kep'),
            cell: (row) => (language === 'el' ? row.kep.nameEl : row.kep.nameEn),
          },
          {
            key: 'role',
            header: t('employees.column.role'),
            cell: (row) => t(`employees.role.${row.role}`),
          },
          { key: 'status', header: t('employees.column.status'), cell: status },
        ]}
        rows={data?.adminEmployees.employees}
        rowKey={(row) => row.id}
        emptyText={t('employees.table.empty')}
        loading={loading}
        error={error}
        paging={paging}
        pageInfo={data?.adminEmployees.pageInfo}
      />
    </>
  )
}
