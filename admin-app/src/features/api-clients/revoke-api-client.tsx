import { useMutation } from '@apollo/client/react'
import { ConfirmStep } from '@keplive/ui'
import { AuditTrailLine, FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import type { ApiClientRow_ApiClientFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { revokeApiClientMutation } from './api-clients-operations'

/** The confirmation before revoking a key (requests with it fail from then on). */
export function RevokeApiClient({
  client,
  onDone,
  onCancel,
}: {
  client: ApiClientRow_ApiClientFragment
  onDone: () => void
  onCancel: () => void
}) {
  const t = useT()
  const [revoke, revoking] = useMutation(revokeApiClientMutation, {
    refetchQueries: ['ApiClientsList', 'AuditTrailLine'],
    awaitRefetchQueries: true,
  })
  const errors = useFormErrors(revoking.error, {}, 'confirm-step-title')
  const confirm = async () => {
    const result = await revoke({ variables: { input: { id: client.id } } }).catch(
      () => undefined, // shown from revoking.error
    )
    if (result?.data) onDone()
  }
  return (
    <ConfirmStep
      title={t('apiClients.revoke.title', { name: client.name })}
      summary={
        <>
          <p className="govgr-body">
            {t('apiClients.revoke.summary', {
              prefix: client.keyPrefix,
              count: client.requestsLastDay,
            })}
          </p>
          <AuditTrailLine entity="api_client" entityId={client.id} />
        </>
      }
      warning={t('apiClients.revoke.warning')}
      tone="warning"
      confirmLabel={t('apiClients.revoke.confirm')}
      error={<FormErrorSummary errors={errors} />}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      busy={revoking.loading}
    />
  )
}
