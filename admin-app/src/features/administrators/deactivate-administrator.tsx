import { ConfirmStep } from '@keplive/ui'
import { useMutation } from '@apollo/client/react'
import type { AdministratorRow_AdministratorFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { AuditTrailLine } from '@keplive/kep-admin'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { deactivateAdministratorMutation } from './administrators-operations'

/** The confirmation before deactivating an administrator (their sessions end at once). */
export function DeactivateAdministrator({
  administrator,
  onDone,
  onCancel,
}: {
  administrator: AdministratorRow_AdministratorFragment
  onDone: () => void
  onCancel: () => void
}) {
  const t = useT()
  const [deactivate, deactivating] = useMutation(deactivateAdministratorMutation, {
    refetchQueries: ['AdministratorsList', 'AuditTrailLine'],
    awaitRefetchQueries: true,
  })
  const errors = useFormErrors(deactivating.error, {}, 'confirm-step-title')
  const confirm = async () => {
    const result = await deactivate({
      variables: { input: { administratorId: administrator.id } },
    }).catch(() => undefined)
    if (result?.data) onDone()
  }
  return (
    <ConfirmStep
      title={t('administrators.deactivate.title', { name: administrator.fullName })}
      summary={
        <>
          <p className="govgr-body">
            {t('administrators.role.current', { role: t(`role.${administrator.role}`) })}
          </p>
          <AuditTrailLine entity="administrator" entityId={administrator.id} />
        </>
      }
      warning={t('administrators.deactivate.warning')}
      tone="warning"
      confirmLabel={t('administrators.deactivate.confirm')}
      error={<FormErrorSummary errors={errors} />}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      busy={deactivating.loading}
    />
  )
}
