import { useMutation } from '@apollo/client/react'
import { ConfirmStep, Radios } from '@keplive/ui'
import { useState } from 'react'
import type { AdministratorRole, AdministratorRow_AdministratorFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { AuditTrailLine } from '@keplive/kep-admin'
import { FormErrorSummary, useFormErrors } from '@keplive/kep-admin'
import { adminRoles } from '../common/use-role'
import { setAdministratorRoleMutation } from './administrators-operations'

/** Another role for one administrator, confirmed; the server keeps one ADMINISTRATOR always. */
export function ChangeRole({
  administrator,
  onDone,
  onCancel,
}: {
  administrator: AdministratorRow_AdministratorFragment
  onDone: (role: AdministratorRole) => void
  onCancel: () => void
}) {
  const t = useT()
  const [role, setRole] = useState<AdministratorRole>(administrator.role)
  const [same, setSame] = useState(false)
  const [save, saving] = useMutation(setAdministratorRoleMutation, {
    refetchQueries: ['AdministratorsList', 'AuditTrailLine'],
    awaitRefetchQueries: true,
  })
  const errors = useFormErrors(saving.error, {
    'input.role': 'change-role',
    'input.administratorId': 'change-role',
  })
  const confirm = async () => {
    setSame(role === administrator.role)
    if (role === administrator.role) return
    const result = await save({
      variables: { input: { administratorId: administrator.id, role } },
    }).catch(() => undefined)
    if (result?.data) onDone(result.data.setAdministratorRole.administrator.role)
  }
  return (
    <ConfirmStep
      title={t('administrators.role.title', { name: administrator.fullName })}
      summary={
        <>
          <p className="govgr-body">
            {t('administrators.role.current', { role: t(`role.${administrator.role}`) })}
          </p>
          <AuditTrailLine entity="administrator" entityId={administrator.id} />
          <Radios<AdministratorRole>
            id="change-role"
            name="change-role"
            legend={t('administrators.column.role')}
            value={role}
            onChange={setRole}
            error={
              same
                ? t('administrators.role.same')
                : (errors.field('input.role') ?? errors.field('input.administratorId'))
            }
            choices={adminRoles.map((value) => ({ value, label: t(`role.${value}`) }))}
          />
        </>
      }
      error={
        <FormErrorSummary
          errors={errors}
          extra={same ? [{ fieldId: 'change-role', message: t('administrators.role.same') }] : []}
        />
      }
      confirmLabel={t('administrators.role.confirm')}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      busy={saving.loading}
    />
  )
}
