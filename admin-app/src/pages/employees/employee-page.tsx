import { useQuery } from '@apollo/client/react'
import { apiErrorOf } from '@keplive/api'
import { Loading, Notice, SummaryList, formatLocalDate, useLanguage } from '@keplive/ui'
import { Link, useParams, useSearch } from 'wouter'
import { Absences, AuditTrailLine, AvailabilityEditor } from '@keplive/kep-admin'
import { useRole } from '../../features/common/use-role'
import { EmployeeActions } from '../../features/employees/employee-actions'
import { adminEmployeeQuery } from '../../features/employees/operations'
import { useT } from '../../i18n'

/** One employee: details, role, move, deactivation, availability and absences. */
export function EmployeePage() {
  const t = useT()
  const { language } = useLanguage()
  const { id } = useParams<{ id: string }>()
  const added = new URLSearchParams(useSearch()).has('added')
  const role = useRole()
  const canChange = role === 'ADMINISTRATOR' || role === 'OPERATOR'
  const { data, loading, error } = useQuery(adminEmployeeQuery, { variables: { id } })
  const employee = data?.adminEmployee
  const back = (
    <p>
      <Link className="govgr-back-link" href="/employees">
        {t('employee.back')}
      </Link>
    </p>
  )
  if (!employee) {
    return (
      <>
        {back}
        {loading ? <Loading /> : null}
        {error ? (
          <Notice tone="alert" title={t('employee.notFound')}>
            {apiErrorOf(error)?.messages?.[language]}
          </Notice>
        ) : null}
      </>
    )
  }
  const status =
    employee.leavesOn && employee.active
      ? t('employees.status.leaves', { date: formatLocalDate(employee.leavesOn, language) })
      : t(employee.active ? 'employees.status.active' : 'employees.status.inactive')
  return (
    <>
      {back}
      <h1>{employee.fullName}</h1>
      {added ? <Notice tone="success" title={t('employees.added')} /> : null}
      <AuditTrailLine entity="employee" entityId={employee.id} />
      <h2 className="govgr-heading-m">{t('employee.details')}</h2>
      <SummaryList
        rows={[
          { key: t('employee.taxId'), value: employee.taxId ?? '—' },
          { key: t('employee.email'), value: employee.email },
          {
            key: t('employee.kep'),
            value: `${language === 'el' ? employee.kep.nameEl : employee.kep.nameEn} (${employee.kep.code})`,
          },
          { key: t('employee.role'), value: t(`employees.role.${employee.role}`) },
          { key: t('employee.status'), value: status },
          ...(employee.pendingMove
            ? [
                {
                  key: t('employee.pendingMove'),
                  value: t('employee.pendingMove.value', {
                    kep: `${language === 'el' ? employee.pendingMove.kep.nameEl : employee.pendingMove.kep.nameEn} (${employee.pendingMove.kep.code})`,
                    date: formatLocalDate(employee.pendingMove.from, language),
                  }),
                },
              ]
            : []),
          {
            key: t('employee.login'),
            value: t(employee.hasLoggedIn ? 'employee.login.yes' : 'employee.login.no'),
          },
        ]}
      />
      {canChange ? <EmployeeActions employee={employee} /> : null}
      <AvailabilityEditor employee={employee} canChange={canChange} />
      <Absences employee={employee} canChange={canChange} />
    </>
  )
}
