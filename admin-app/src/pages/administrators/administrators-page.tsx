import { useQuery } from '@apollo/client/react'
import { Button, Notice } from '@keplive/ui'
import { useState } from 'react'
import type { AdministratorRow_AdministratorFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { AddAdministratorForm } from '../../features/administrators/add-administrator-form'
import { administratorsQuery } from '../../features/administrators/administrators-operations'
import { ChangeRole } from '../../features/administrators/change-role'
import { DeactivateAdministrator } from '../../features/administrators/deactivate-administrator'
import { PagedTable, type Column } from '../../features/common/paged-table'
import { useRole } from '../../features/common/use-role'

type Row = AdministratorRow_AdministratorFragment
type Selected = { id: string; action: 'role' | 'deactivate' }

/**
 * The ministry's administrators and their roles (Art. 3.5): every administrator reads the list;
 * an ADMINISTRATOR adds one, changes another's role or deactivates another, after confirming.
 */
export function AdministratorsPage() {
  const t = useT()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR'
  const { data, loading, error } = useQuery(administratorsQuery)
  const [selected, setSelected] = useState<Selected | undefined>(undefined)
  const [done, setDone] = useState<string | undefined>(undefined)
  const rows = data?.administrators
  const chosen = rows?.find((row) => row.id === selected?.id)

  const status = (row: Row) =>
    !row.active
      ? t('administrators.status.inactive')
      : row.awaitingFirstLogin
        ? t('administrators.status.awaiting')
        : t('administrators.status.active')

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('administrators.column.name'),
      rowHeader: true,
      cell: (row) => (row.you ? `${row.fullName} ${t('administrators.you')}` : row.fullName),
    },
    { key: 'email', header: t('administrators.column.email'), cell: (row) => row.email },
    { key: 'taxId', header: t('administrators.column.taxId'), cell: (row) => row.taxId ?? '—' },
    { key: 'role', header: t('administrators.column.role'), cell: (row) => t(`role.${row.role}`) },
    { key: 'status', header: t('administrators.column.status'), cell: status },
  ]
  if (canChange) {
    columns.push({
      key: 'actions',
      header: t('administrators.column.actions'),
      cell: (row) =>
        row.active && !row.you ? (
          <div className="admin-actions">
            <Button
              variant="secondary"
              aria-label={t('administrators.changeRole.of', { name: row.fullName })}
              onClick={() => {
                setDone(undefined)
                setSelected({ id: row.id, action: 'role' })
              }}
            >
              {t('administrators.changeRole')}
            </Button>
            <Button
              variant="warning"
              aria-label={t('administrators.deactivate.of', { name: row.fullName })}
              onClick={() => {
                setDone(undefined)
                setSelected({ id: row.id, action: 'deactivate' })
              }}
            >
              {t('administrators.deactivate')}
            </Button>
          </div>
        ) : null,
    })
  }

  return (
    <>
      <h1>{t('administrators.title')}</h1>
      <p className="govgr-body">{t('administrators.intro')}</p>
      {role && !canChange ? <p className="govgr-body">{t('administrators.readOnly')}</p> : null}
      {done ? <Notice tone="success" title={done} /> : null}
      {chosen && selected?.action === 'role' ? (
        <ChangeRole
          key={chosen.id}
          administrator={chosen}
          onCancel={() => setSelected(undefined)}
          onDone={(newRole) => {
            setSelected(undefined)
            setDone(
              t('administrators.role.done', { name: chosen.fullName, role: t(`role.${newRole}`) }),
            )
          }}
        />
      ) : null}
      {chosen && selected?.action === 'deactivate' ? (
        <DeactivateAdministrator
          key={chosen.id}
          administrator={chosen}
          onCancel={() => setSelected(undefined)}
          onDone={() => {
            setSelected(undefined)
            setDone(t('administrators.deactivate.done', { name: chosen.fullName }))
          }}
        />
      ) : null}
      <PagedTable
        caption={t('administrators.caption')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyText={t('administrators.empty')}
        loading={loading}
        error={error}
      />
      {canChange ? (
        <AddAdministratorForm
          onAdded={(added) =>
            setDone(
              t('administrators.add.done', { name: added.fullName, role: t(`role.${added.role}`) }),
            )
          }
        />
      ) : null}
    </>
  )
}
