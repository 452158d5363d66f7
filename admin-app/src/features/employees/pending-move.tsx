import { useMutation } from '@apollo/client/react'
import { Button, Notice, formatLocalDate, useLanguage } from '@keplive/ui'
import { FormErrorSummary, ImpactConfirm, useFormErrors, useImpactFlow } from '@keplive/kep-admin'
import type { EmployeeDetail_EmployeeFragment } from '../../gql/graphql'
import { useT } from '../../i18n'
import { cancelEmployeeMoveMutation } from './operations'

type Pending = NonNullable<EmployeeDetail_EmployeeFragment['pendingMove']>

/**
 * A move planned for a later date (issue 13 item 4): where and from when, and its cancellation,
 * previewed with what it does to the bookings at the new KEP, then confirmed.
 */
export function PendingMove({
  employee,
  pendingMove,
  onCancelled,
}: {
  employee: EmployeeDetail_EmployeeFragment
  pendingMove: Pending
  /** Once cancelled (this part then leaves the page with the move). */
  onCancelled: () => void
}) {
  const t = useT()
  const { language } = useLanguage()
  const [cancelMove] = useMutation(cancelEmployeeMoveMutation)
  const cancelling = useImpactFlow(async (impact) => {
    const { data } = await cancelMove({
      variables: { input: { employeeId: employee.id }, impact },
      // a preview's employee is as the change would leave them: never into the cache
      fetchPolicy: impact.apply ? undefined : 'no-cache',
      refetchQueries: impact.apply ? ['AuditTrailLine'] : [],
    })
    if (impact.apply) onCancelled()
    return data!.cancelEmployeeMove.impact
  })
  const errors = useFormErrors(
    cancelling.previewed ? undefined : cancelling.error,
    { 'input.employeeId': 'move-cancel' },
    'move-cancel',
  )
  const kep = `${language === 'el' ? pendingMove.kep.nameEl : pendingMove.kep.nameEn} (${pendingMove.kep.code})`
  const date = formatLocalDate(pendingMove.from, language)
  return (
    <>
      <Notice tone="info" title={t('employee.move.pending', { kep, date })}>
        <p>{t('employee.move.pendingHint')}</p>
      </Notice>
      {cancelling.previewed ? (
        <ImpactConfirm
          flow={cancelling}
          title={t('employee.move.cancelTitle', { name: employee.fullName, kep })}
          summary={<p>{date}</p>}
          fieldIds={{ 'input.employeeId': 'move-cancel' }}
        />
      ) : (
        <>
          <FormErrorSummary errors={errors} />
          <Button
            id="move-cancel"
            variant="secondary"
            disabled={cancelling.busy}
            onClick={() => void cancelling.preview()}
          >
            {t('employee.move.cancel')}
          </Button>
        </>
      )}
    </>
  )
}
