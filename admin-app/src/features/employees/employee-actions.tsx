import { useMutation } from '@apollo/client/react'
import { Button, Notice, TextField, formatLocalDate, useLanguage } from '@keplive/ui'
import { useState } from 'react'
import {
  FormErrorSummary,
  ImpactConfirm,
  todayInAthens,
  useFormErrors,
  useImpactFlow,
} from '@keplive/kep-admin'
import type { EmployeeDetail_EmployeeFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { KepSelect } from './kep-select'
import { PendingMove } from './pending-move'
import {
  deactivateEmployeeMutation,
  moveEmployeeMutation,
  reactivateEmployeeMutation,
  setEmployeeRoleMutation,
} from './operations'

/**
 * Role, move and deactivation of one employee (OPERATOR, ADMINISTRATOR); a move and a
 * deactivation are previewed with what they do to bookings, then confirmed.
 */
export function EmployeeActions({ employee }: { employee: EmployeeDetail_EmployeeFragment }) {
  const t = useT()
  const { language } = useLanguage()
  const [notice, setNotice] = useState<string | undefined>()
  const [setRole, roleState] = useMutation(setEmployeeRoleMutation)
  const [reactivate, reactivateState] = useMutation(reactivateEmployeeMutation)
  const [deactivate] = useMutation(deactivateEmployeeMutation)
  const [move] = useMutation(moveEmployeeMutation)
  const [from, setFrom] = useState(todayInAthens())
  const [toKepId, setToKepId] = useState('')
  const [moveFrom, setMoveFrom] = useState(todayInAthens())

  const deactivation = useImpactFlow(async (impact) => {
    const { data } = await deactivate({
      variables: { input: { employeeId: employee.id, from }, impact },
      // a preview's employee is as the change would leave them: never into the cache
      fetchPolicy: impact.apply ? undefined : 'no-cache',
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
    })
    return data!.deactivateEmployee.impact
  })
  const moving = useImpactFlow(async (impact) => {
    const { data } = await move({
      variables: { input: { employeeId: employee.id, toKepId, from: moveFrom }, impact },
      fetchPolicy: impact.apply ? undefined : 'no-cache',
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
    })
    return data!.moveEmployee.impact
  })
  const deactivationErrors = useFormErrors(
    deactivation.previewed ? undefined : deactivation.error,
    { 'input.from': 'deactivate-from' },
    'deactivate-from',
  )
  const moveErrors = useFormErrors(
    moving.previewed ? undefined : moving.error,
    { 'input.toKepId': 'move-to', 'input.from': 'move-from' },
    'move-to',
  )
  const roleErrors = useFormErrors(roleState.error ?? reactivateState.error, {})

  const toggleRole = async () => {
    try {
      await setRole({
        variables: {
          input: {
            employeeId: employee.id,
            role: employee.role === 'MANAGER' ? 'STAFF' : 'MANAGER',
          },
        },
        refetchQueries: ['AuditTrailLine'],
      })
      setNotice(t('employee.roleChanged'))
    } catch {
      // shown below
    }
  }
  const working = employee.active && !employee.leavesOn

  return (
    <section aria-labelledby="employee-actions-title">
      <h2 className="govgr-heading-m" id="employee-actions-title">
        {t('employee.actions')}
      </h2>
      {notice ? <Notice tone="success" title={notice} /> : null}
      {deactivation.done ? <Notice tone="success" title={t('employee.deactivated')} /> : null}
      {moving.done ? (
        <Notice
          tone="success"
          title={t(employee.pendingMove ? 'employee.move.planned' : 'employee.moved')}
        />
      ) : null}
      <FormErrorSummary errors={roleErrors} />
      <p className="admin-actions">
        <Button variant="secondary" onClick={() => void toggleRole()} disabled={roleState.loading}>
          {employee.role === 'MANAGER' ? t('employee.makeStaff') : t('employee.makeManager')}
        </Button>
        {!working ? (
          <Button
            variant="secondary"
            disabled={reactivateState.loading}
            onClick={() =>
              void reactivate({
                variables: { input: { employeeId: employee.id } },
                refetchQueries: ['AuditTrailLine'],
              })
                .then(() => setNotice(t('employee.reactivated')))
                .catch(() => undefined)
            }
          >
            {t('employee.reactivate')}
          </Button>
        ) : null}
      </p>

      <h3 className="govgr-heading-s">{t('employee.move')}</h3>
      {employee.pendingMove ? (
        <PendingMove
          employee={employee}
          pendingMove={employee.pendingMove}
          onCancelled={() => setNotice(t('employee.move.cancelled'))}
        />
      ) : moving.previewed ? (
        <ImpactConfirm
          flow={moving}
          title={t('employee.move.confirmTitle', { name: employee.fullName })}
          summary={<p>{formatLocalDate(moveFrom, language)}</p>}
          fieldIds={{ 'input.toKepId': 'move-to', 'input.from': 'move-from' }}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void moving.preview()
          }}
          noValidate
        >
          <FormErrorSummary errors={moveErrors} />
          <KepSelect
            id="move-to"
            label={t('employee.move.to')}
            emptyLabel={t('employees.form.chooseKep')}
            value={toKepId}
            onChange={setToKepId}
            exclude={employee.kep.id}
            error={moveErrors.field('input.toKepId')}
          />
          <TextField
            id="move-from"
            type="date"
            label={t('employee.move.from')}
            hint={t('employee.move.hint')}
            value={moveFrom}
            onChange={(e) => setMoveFrom(e.target.value)}
            error={moveErrors.field('input.from')}
          />
          <Button type="submit" variant="secondary" disabled={moving.busy}>
            {t('employee.move.preview')}
          </Button>
        </form>
      )}

      {working || employee.leavesOn ? (
        <>
          <h3 className="govgr-heading-s">{t('employee.deactivate')}</h3>
          {deactivation.previewed ? (
            <ImpactConfirm
              flow={deactivation}
              title={t('employee.deactivate.confirmTitle', { name: employee.fullName })}
              summary={<p>{formatLocalDate(from, language)}</p>}
              fieldIds={{ 'input.from': 'deactivate-from' }}
            />
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault()
                void deactivation.preview()
              }}
              noValidate
            >
              <FormErrorSummary errors={deactivationErrors} />
              <TextField
                id="deactivate-from"
                type="date"
                label={t('employee.deactivate.from')}
                hint={t('employee.deactivate.hint')}
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                error={deactivationErrors.field('input.from')}
              />
              <Button type="submit" variant="warning" disabled={deactivation.busy}>
                {t('employee.deactivate.preview')}
              </Button>
            </form>
          )}
        </>
      ) : null}
    </section>
  )
}
