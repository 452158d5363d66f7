import { useQuery } from '@apollo/client/react'
import { formatDateTime, useLanguage } from '@keplive/ui'
import { graphql } from '../gql'
import { useT, type KepAdminMessageKey as MessageKey } from '../i18n'

export const lastChangeQuery = graphql(`
  query AuditTrailLine($filter: AuditLogFilter!) {
    auditLog(filter: $filter, first: 1) {
      entries {
        at
        actorKind
        actorName
      }
    }
  }
`)

const actorKinds: Record<string, MessageKey> = {
  administrator: 'audit.actor.administrator',
  employee: 'audit.actor.employee',
  citizen: 'audit.actor.citizen',
  api_client: 'audit.actor.api_client',
}

/**
 * "Last changed by … on …" under a record: the newest audit entry of the entity (e.g.
 * `entity="kep" entityId={kep.id}`, as the service records it). The API names administrators and
 * KEP employees; a citizen or an API client shows by kind, never by name.
 * After a change, refetch it with the mutation: `refetchQueries: ['AuditTrailLine']`.
 */
export function AuditTrailLine({ entity, entityId }: { entity: string; entityId: string }) {
  const t = useT()
  const { language } = useLanguage()
  const { data } = useQuery(lastChangeQuery, {
    variables: { filter: { entity, entityId } },
    fetchPolicy: 'cache-and-network',
  })
  if (!data) return null
  const last = data.auditLog.entries[0]
  if (!last) return <p className="keplive-audit-line">{t('audit.never')}</p>
  const at = formatDateTime(last.at, language)
  const actor = last.actorName ?? t(actorKinds[last.actorKind] ?? 'audit.actor.other')
  return (
    <p className="keplive-audit-line">
      {last.actorKind === 'system'
        ? t('audit.lastChange.system', { at })
        : t('audit.lastChange', { actor, at })}
    </p>
  )
}
