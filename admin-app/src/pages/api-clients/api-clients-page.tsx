import { useQuery } from '@apollo/client/react'
import { Button, formatDateTime, Notice, useLanguage } from '@keplive/ui'
import { useState } from 'react'
import type { ApiClientRow_ApiClientFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { apiClientsQuery } from '../../features/api-clients/api-clients-operations'
import { CreateApiClientForm } from '../../features/api-clients/create-api-client-form'
import { NewApiKey } from '../../features/api-clients/new-api-key'
import { RevokeApiClient } from '../../features/api-clients/revoke-api-client'
import { PagedTable, type Column } from '../../features/common/paged-table'
import { useRole } from '../../features/common/use-role'

type Row = ApiClientRow_ApiClientFragment

/**
 * Third parties' API keys (issue 17 item 5): every administrator sees the keys and their use
 * (the listing is audited); an ADMINISTRATOR creates one — its key shown once — or revokes one
 * after confirming.
 */
export function ApiClientsPage() {
  const t = useT()
  const { language } = useLanguage()
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR'
  const { data, loading, error } = useQuery(apiClientsQuery, { fetchPolicy: 'cache-and-network' })
  const [revoking, setRevoking] = useState<string | undefined>(undefined)
  const [created, setCreated] = useState<{ name: string; key: string } | undefined>(undefined)
  const [done, setDone] = useState<string | undefined>(undefined)
  const rows = data?.apiClients
  const chosen = rows?.find((row) => row.id === revoking)

  const columns: Column<Row>[] = [
    { key: 'name', header: t('apiClients.column.name'), rowHeader: true, cell: (row) => row.name },
    {
      key: 'key',
      header: t('apiClients.column.key'),
      cell: (row) => <code>{`kep_${row.keyPrefix}_…`}</code>,
    },
    {
      key: 'scopes',
      header: t('apiClients.column.scopes'),
      cell: (row) => row.scopes.map((scope) => t(`apiClients.scope.${scope}`)).join(', '),
    },
    {
      key: 'rateLimit',
      header: t('apiClients.column.rateLimit'),
      numeric: true,
      cell: (row) => row.rateLimitPerMinute.toLocaleString(language),
    },
    {
      key: 'created',
      header: t('apiClients.column.created'),
      cell: (row) => {
        const date = formatDateTime(row.createdAt as string, language)
        return row.createdByName
          ? t('apiClients.created', { date, name: row.createdByName })
          : t('apiClients.createdUnknown', { date })
      },
    },
    {
      key: 'lastUsed',
      header: t('apiClients.column.lastUsed'),
      cell: (row) =>
        row.lastUsedAt ? formatDateTime(row.lastUsedAt as string, language) : t('apiClients.never'),
    },
    {
      key: 'lastDay',
      header: t('apiClients.column.lastDay'),
      numeric: true,
      cell: (row) => row.requestsLastDay.toLocaleString(language),
    },
    {
      key: 'status',
      header: t('apiClients.column.status'),
      cell: (row) =>
        row.revokedAt
          ? t('apiClients.status.revoked', {
              date: formatDateTime(row.revokedAt as string, language),
            })
          : t('apiClients.status.active'),
    },
  ]
  if (canChange) {
    columns.push({
      key: 'actions',
      header: t('apiClients.column.actions'),
      cell: (row) =>
        row.revokedAt ? null : (
          <Button
            variant="warning"
            aria-label={t('apiClients.revoke.of', { name: row.name })}
            onClick={() => {
              setDone(undefined)
              setCreated(undefined)
              setRevoking(row.id)
            }}
          >
            {t('apiClients.revoke')}
          </Button>
        ),
    })
  }

  return (
    <>
      <h1>{t('apiClients.title')}</h1>
      <p className="govgr-body">
        {t('apiClients.intro')}{' '}
        <a className="govgr-link" href="/developers">
          {t('apiClients.developers')}
        </a>
      </p>
      {role && !canChange ? <p className="govgr-body">{t('apiClients.readOnly')}</p> : null}
      {done ? <Notice tone="success" title={done} /> : null}
      {created ? (
        <NewApiKey name={created.name} apiKey={created.key} onClose={() => setCreated(undefined)} />
      ) : null}
      {chosen ? (
        <RevokeApiClient
          key={chosen.id}
          client={chosen}
          onCancel={() => setRevoking(undefined)}
          onDone={() => {
            setRevoking(undefined)
            setDone(t('apiClients.revoke.done', { name: chosen.name }))
          }}
        />
      ) : null}
      <PagedTable
        caption={t('apiClients.caption')}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        emptyText={t('apiClients.empty')}
        loading={loading && !rows}
        error={error}
      />
      {canChange ? (
        <CreateApiClientForm
          onCreated={(made) => {
            setDone(undefined)
            setRevoking(undefined)
            setCreated(made)
          }}
        />
      ) : null}
    </>
  )
}
