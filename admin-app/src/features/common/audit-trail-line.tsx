import { useQuery } from '@apollo/client/react'
import { formatDateTime, useLanguage } from '@keplive/ui'
import { graphql } from '../../gql'
import { useT, type MessageKey } from '../../i18n'

export const lastChangeQuery = graphql(`
  query AuditTrailLine($filter: AuditLogFilter!) {
    auditLog(filter: $filter, first: 1) {
      entries {
        at
        actorKind
        actorId
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
 * `entity="kep" entityId={kep.id}`, as the service records it). `names` turns an actor id into a
 * name where the page knows it (e.g. the administrators' list); otherwise the actor's kind shows.
 * After a change, refetch it with the mutation: `refetchQueries: ['AuditTrailLine']`.
 */
export function AuditTrailLine({
  entity,
  entityId,
  names,
}: {
  entity: string
  entityId: string
  names?: ReadonlyMap<string, string>
}) {
  const t = useT()
  const { language } = useLanguage()
  const { data } = useQuery(lastChangeQuery, {
    variables: { filter: { entity, entityId } },
    fetchPolicy: 'cache-and-network',
  })
  if (!data) return null
  const last = data.auditLog.entries[0]
  if (!last) return <p className="admin-audit-line">{t('audit.never')}</p>
  const at = formatDateTime(last.at, language)
  const named = last.actorId ? names?.get(last.actorId) : undefined
  const actor = named ?? t(actorKinds[last.actorKind] ?? 'audit.actor.other')
  return (
    <p className="admin-audit-line">
      {last.actorKind === 'system'
        ? t('audit.lastChange.system', { at })
        : t('audit.lastChange', { actor, at })}
    </p>
  )
}
